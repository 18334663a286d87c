/**
 * Everything Sinergi sends on WhatsApp goes through here, into the one paced queue: the dispatcher's
 * answers routed to their chats (the command's chat, a person's private chat, a stored chat, or a
 * chat on another platform), and scheduled messages (briefs, reminders, notices) behind the replies.
 */
import { generateMessageIDV2, type WAMessage } from 'baileys'
import type { Kysely } from 'kysely'
import { type ChatDelivery, DeliveryError, type Outgoing } from '../../chat/types.js'
import type { Database } from '../../db/database.js'
import { identityOn } from '../../domain/people/identities.js'
import type { Logger } from '../../logger.js'
import { mentionedJids } from '../../text/render-whatsapp.js'
import type { Platform } from '../../vocabulary.js'
import { withTimeout } from '../../with-timeout.js'
import type { GroupDirectory } from './groups.js'
import { type LidResolver, pairOf } from './identity.js'
import { contentsOf, swapMentions } from './outgoing-content.js'
import type { WaSocketPort } from './port.js'
import { type PacedQueue, type QueueTimers, QueueWaitError } from './send-queue.js'
import type { SentMessages } from './sent-messages.js'

/** A scheduled send does not start with less than this left of its budget. */
const SEND_RESERVE_MS = 15_000

export interface ReplyOrigin {
  readonly chatJid: string
  readonly quoted?: WAMessage
}

export interface WhatsAppSenderOptions {
  readonly db: Kysely<Database>
  readonly log: Logger
  readonly queue: PacedQueue
  readonly timers: QueueTimers
  readonly sent: SentMessages
  readonly groups: GroupDirectory
  readonly resolver: LidResolver
  /** The open socket, or undefined while this instance cannot deliver. */
  readonly socket: () => WaSocketPort | undefined
  readonly otherPlatforms?: ((platform: Platform) => ChatDelivery | undefined) | undefined
  readonly sendTimeoutMs?: number | undefined
  readonly scheduledBudgetMs?: number | undefined
  readonly replyMaxWaitMs?: number | undefined
}

export class WhatsAppSender {
  readonly #log: Logger

  constructor(private readonly options: WhatsAppSenderOptions) {
    this.#log = options.log
  }

  /**
   * Sends the dispatcher's answers in order: replies into the chat of the command (quoting it when
   * asked), person targets into the person's private chat, chat targets into the stored chat.
   */
  async sendAnswers(answers: readonly Outgoing[], origin: ReplyOrigin): Promise<void> {
    for (const answer of answers) {
      try {
        const target = answer.target
        if (target.kind === 'reply') {
          await this.send(origin.chatJid, answer, 'reply', answer.quote ? origin.quoted : undefined)
        } else if (target.kind === 'person') {
          const identity = await identityOn(this.options.db, target.personId, 'whatsapp')
          if (!identity) {
            this.#log.warn({ person: target.personId }, 'a private message has no WhatsApp identity to go to')
            continue
          }
          await this.send(identity.external_id, answer, 'reply')
        } else {
          await this.#sendToStoredChat(target.chatId, answer)
        }
      } catch (error) {
        this.#log.warn({ chat: origin.chatJid, reason: errorText(error) }, 'sending an answer failed')
      }
    }
  }

  async #sendToStoredChat(chatId: number, answer: Outgoing): Promise<void> {
    const chat = await this.options.db
      .selectFrom('chats')
      .select(['platform', 'external_id', 'active'])
      .where('id', '=', chatId)
      .executeTakeFirst()
    if (!chat?.active) return
    if (chat.platform === 'whatsapp') return this.send(chat.external_id, answer, 'reply')
    await this.options.otherPlatforms?.(chat.platform)?.deliver(chat.external_id, answer)
  }

  /** A scheduled message (brief, reminder, notice) into a stored chat, behind the replies. */
  async deliver(chatJid: string, message: Outgoing): Promise<void> {
    const chat = await this.options.db
      .selectFrom('chats')
      .select('active')
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', chatJid)
      .executeTakeFirst()
    if (chat && !chat.active) throw new DeliveryError('the bot is no longer in this WhatsApp group', true)
    if (!this.options.socket()) {
      throw new DeliveryError('WhatsApp is not connected on this instance', false, 60_000, true)
    }
    try {
      const deadline = this.options.timers.now() + (this.options.scheduledBudgetMs ?? 50_000)
      await this.send(chatJid, message, 'scheduled', undefined, deadline)
    } catch (error) {
      if (error instanceof QueueWaitError) throw new DeliveryError(error.message, false, 60_000, true)
      const code = (error as { output?: { statusCode?: number } }).output?.statusCode
      // 403/404: the bot is not (or no longer) in the group, or the chat does not exist.
      throw new DeliveryError(errorText(error), code === 403 || code === 404)
    }
  }

  /**
   * One Outgoing into one chat: text first (quoting the command when asked), then each file. With a
   * `deadline` (queue clock), each part must start early enough to finish by it.
   */
  async send(
    jid: string,
    message: Outgoing,
    priority: 'reply' | 'scheduled',
    quoted?: WAMessage,
    deadline?: number,
  ): Promise<void> {
    const sendTimeoutMs = this.options.sendTimeoutMs ?? 60_000
    if (message.buttons?.length)
      this.#log.debug({ chat: jid }, 'buttons dropped: on WhatsApp the same actions are commands')
    const text = swapMentions(message.text, await this.#mentionForms(jid, mentionedJids(message.text)))
    const contents = contentsOf({ ...message, text })
    for (const [index, content] of contents.entries()) {
      const maxWaitMs =
        deadline === undefined
          ? (this.options.replyMaxWaitMs ?? 15 * 60_000)
          : deadline - SEND_RESERVE_MS - this.options.timers.now()
      await this.options.queue.run(
        jid,
        priority,
        async () => {
          const socket = this.options.socket()
          if (!socket) throw new QueueWaitError('WhatsApp disconnected before the message could be sent')
          // Our own id, recorded before sending: WhatsApp may hand the message back before the send returns.
          const id = generateMessageIDV2(socket.user?.id)
          await this.options.sent.remember(id, jid)
          const timeoutMs =
            deadline === undefined
              ? sendTimeoutMs
              : Math.min(sendTimeoutMs, deadline - this.options.timers.now())
          const sent = await withTimeout(
            socket.sendMessage(jid, content, { messageId: id, ...(index === 0 && quoted ? { quoted } : {}) }),
            timeoutMs,
            'WhatsApp did not answer',
          )
          if (sent?.message) await this.options.sent.store(id, sent.message)
        },
        maxWaitMs,
      )
    }
  }

  /**
   * Mentions addressed the way the group addresses its members: a group in LID mode gets LIDs, a
   * group in phone-number mode numbers, when the other form is known. Private chats keep them as they are.
   */
  async #mentionForms(jid: string, mentioned: readonly string[]): Promise<Map<string, string>> {
    const swap = new Map<string, string>()
    if (mentioned.length === 0 || !jid.endsWith('@g.us')) return swap
    const mode = (await this.options.groups.cached(jid))?.addressingMode
    if (!mode) return swap
    for (const original of mentioned) {
      const pair = await this.options.resolver.complete(pairOf(original))
      const wanted = mode === 'lid' ? pair.lid : pair.pn
      if (wanted && wanted !== original) swap.set(original, wanted)
    }
    return swap
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
