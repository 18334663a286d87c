/**
 * Telegram messages as the neutral `Incoming` the dispatcher reads: text or caption, the files sent with
 * it or in the message it replies to, the people it mentions, and when Telegram says it was sent.
 */
import type { Chat, Message, MessageEntity, User } from 'grammy/types'
import type { Attachment, Incoming, IncomingChat, SenderIdentity } from '../../chat/types.js'

/** Who the bot is on Telegram: replies to it and `/cmd@name` are recognised by these. */
export interface BotIdentity {
  readonly id: number
  readonly username: string
}

/** Finds a person the bot has seen by their Telegram username (without `@`). */
export type UsernameLookup = (username: string) => Promise<SenderIdentity | undefined>

/** A Telegram user as a sender identity: numeric id, username, "First Last". */
export function senderOf(user: User): SenderIdentity {
  const displayName = [user.first_name, user.last_name].filter(Boolean).join(' ').trim()
  return {
    platform: 'telegram',
    externalId: String(user.id),
    ...(user.username ? { username: user.username } : {}),
    displayName: displayName || user.username || String(user.id),
  }
}

/** Groups and supergroups are groups, private chats are private; channels are not Sinergi's business. */
export function chatOf(chat: Chat): IncomingChat | undefined {
  if (chat.type === 'private') return { platform: 'telegram', externalId: String(chat.id), kind: 'private' }
  if (chat.type === 'group' || chat.type === 'supergroup')
    return { platform: 'telegram', externalId: String(chat.id), kind: 'group', title: chat.title }
  return undefined
}

/** The file a message carries (the largest size of a photo), as the platform's reference to it. */
export function attachmentsOf(message: Message): Attachment[] {
  const files: Attachment[] = []
  const largest = message.photo?.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a))
  if (largest) files.push({ media: 'photo', fileRef: largest.file_id, mimeType: 'image/jpeg' })
  const withName = (
    media: Attachment['media'],
    file: { file_id: string; file_name?: string; mime_type?: string } | undefined,
  ) => {
    if (!file) return
    files.push({
      media,
      fileRef: file.file_id,
      ...(file.file_name ? { fileName: file.file_name } : {}),
      ...(file.mime_type ? { mimeType: file.mime_type } : {}),
    })
  }
  withName('video', message.video ?? message.animation)
  withName('audio', message.audio ?? message.voice)
  // An animation also comes with a `document` copy of itself: count it once.
  if (!message.animation) withName('document', message.document)
  return files
}

const START = /^\/start(?:@([A-Za-z0-9_]+))?(?=\s|$)/i

/**
 * The message as the dispatcher sees it; undefined when there is nothing to read (no text or caption,
 * a channel, a message from a bot). `/start` — what Telegram sends when someone opens the bot — is
 * answered as `/bantuan`.
 */
export async function toIncoming(
  message: Message,
  bot: BotIdentity,
  lookupUsername: UsernameLookup,
): Promise<Incoming | undefined> {
  const topic = topicOf(message)
  const found = chatOf(message.chat)
  const chat = found && topic !== undefined ? { ...found, topic: String(topic) } : found
  const from = message.from
  // Channel posts copied into a linked discussion group are not anyone's command.
  if (!chat || !from || from.is_bot || message.is_automatic_forward) return undefined
  let text = message.text ?? message.caption ?? ''
  if (!text.trim()) return undefined
  const start = START.exec(text)
  if (start && (!start[1] || start[1].toLowerCase() === bot.username.toLowerCase()))
    text = `/bantuan${start[1] ? `@${start[1]}` : ''}`
  const entities = message.entities ?? message.caption_entities ?? []
  const original = message.text ?? message.caption ?? ''
  const reply = message.reply_to_message
  return {
    chat,
    sender: senderOf(from),
    text,
    messageId: String(message.message_id),
    // An edit that makes a message a command gives the command now, not when the message was first sent.
    sentAt: new Date((message.edit_date ?? message.date) * 1000),
    ...(reply
      ? {
          replyTo: {
            messageId: String(reply.message_id),
            fromBot: reply.from?.id === bot.id,
            ...(reply.from && !reply.from.is_bot ? { sender: senderOf(reply.from) } : {}),
            attachments: attachmentsOf(reply),
            ...(reply.text || reply.caption ? { text: reply.text ?? reply.caption } : {}),
          },
        }
      : {}),
    attachments: attachmentsOf(message),
    mentions: await mentionsOf(original, entities, bot, lookupUsername),
    raw: message,
  }
}

/**
 * People the message names: a `text_mention` carries the user itself (people without a username); an
 * `@username` counts when the bot has seen that username. The bot's own name is not a mention of a person.
 */
async function mentionsOf(
  text: string,
  entities: readonly MessageEntity[],
  bot: BotIdentity,
  lookupUsername: UsernameLookup,
): Promise<SenderIdentity[]> {
  const found: SenderIdentity[] = []
  const seen = new Set<string>()
  const add = (identity: SenderIdentity | undefined) => {
    if (!identity || seen.has(identity.externalId) || identity.externalId === String(bot.id)) return
    seen.add(identity.externalId)
    found.push(identity)
  }
  for (const entity of entities) {
    if (entity.type === 'text_mention') add(senderOf(entity.user))
    if (entity.type === 'mention') {
      const username = text.slice(entity.offset + 1, entity.offset + entity.length)
      if (username.toLowerCase() === bot.username.toLowerCase()) continue
      add(await lookupUsername(username))
    }
  }
  return found
}

/** The forum topic a message was posted in: its answer, every part of it, goes there too, not to General. */
export function topicOf(raw: unknown): number | undefined {
  const message = raw as Partial<Message> | undefined
  return message?.is_topic_message ? message.message_thread_id : undefined
}
