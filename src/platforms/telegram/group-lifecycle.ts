/**
 * The bot's own life in Telegram chats, reported to the core: added to a group or a private chat,
 * removed or blocked, a group upgraded to a supergroup (a new chat id), and commands from anonymous
 * group admins (who must write as themselves).
 */
import type { ChatMember, ChatMemberUpdated, Message } from 'grammy/types'
import { parseCommand } from '../../chat/parse-command.js'
import { translateBlocks } from '../../text/catalog/index.js'
import type { PlatformAdapter, PlatformCore } from '../port.js'
import type { TelegramMemberPort } from './member-port.js'
import { type BotIdentity, chatOf } from './to-incoming.js'

export class GroupLifecycle {
  constructor(
    private readonly core: PlatformCore,
    private readonly adapter: PlatformAdapter,
    private readonly port: TelegramMemberPort,
  ) {}

  /**
   * A group admin posting "as the group" (anonymous) is nobody Sinergi can check: a command from them
   * gets one line saying how to send it as themselves, instead of silence.
   */
  async anonymousAdmin(message: Message, me: BotIdentity): Promise<void> {
    const chat = chatOf(message.chat)
    const parsed = parseCommand(message.text ?? message.caption ?? '', 'telegram', me.username)
    if (!chat || !parsed || !this.core.isCommand(parsed.name)) return
    const lang = await this.core.languageOf('telegram', chat.externalId)
    await this.core.route(
      this.adapter,
      [{ target: { kind: 'reply' }, text: translateBlocks(lang, 'telegram.anonymous_admin'), quote: true }],
      { chat, quote: { messageId: String(message.message_id) } },
    )
  }

  async migrated(oldId: string, newId: string): Promise<void> {
    this.port.forgetChat(oldId)
    await this.core.chatMoved('telegram', oldId, newId)
  }

  /** The bot itself was added to or removed from a chat (or blocked / unblocked in a private chat). */
  async membershipChanged(update: ChatMemberUpdated): Promise<void> {
    const chat = chatOf(update.chat)
    if (!chat) return
    const wasIn = isPresent(update.old_chat_member)
    const isIn = isPresent(update.new_chat_member)
    if (isIn && !wasIn) {
      await this.core.botAdded(this.adapter, chat)
    } else if (wasIn && !isIn) {
      this.port.forgetChat(chat.externalId)
      await this.core.botRemoved('telegram', chat.externalId)
    }
  }
}

/** Is the bot a member of the chat in this state? */
function isPresent(member: ChatMember): boolean {
  if (member.status === 'restricted') return member.is_member
  return member.status === 'member' || member.status === 'administrator' || member.status === 'creator'
}
