/**
 * Everything Sinergi sends on WhatsApp, as Baileys calls through the one paced queue: one `Outgoing`
 * into one chat, text first (quoting the command when asked), then each file, mentions addressed the
 * way the group addresses its members.
 */
import { generateMessageIDV2, type WAMessage } from 'baileys'
import type { Outgoing } from '../../chat/types.js'
import type { Logger } from '../../logger.js'
import { type QueueTimers, QueueWaitError, type SendQueue } from '../../relay/send-queue.js'
import { mentionedJids } from '../../text/render-whatsapp.js'
import { withTimeout } from '../../with-timeout.js'
import type { GroupDirectory } from './groups.js'
import { type LidResolver, pairOf } from './identity.js'
import { contentsOf, swapMentions } from './outgoing-content.js'
import type { WaSocketPort } from './port.js'
import type { SentMessages } from './sent-messages.js'

export interface WhatsAppSenderOptions {
  readonly log: Logger
  readonly queue: SendQueue
  readonly timers: QueueTimers
  readonly sent: SentMessages
  readonly groups: GroupDirectory
  readonly resolver: LidResolver
  /** The open socket, or undefined while this instance cannot deliver. */
  readonly socket: () => WaSocketPort | undefined
  readonly sendTimeoutMs?: number | undefined
  readonly replyMaxWaitMs?: number | undefined
}

export class WhatsAppSender {
  readonly #log: Logger

  constructor(private readonly options: WhatsAppSenderOptions) {
    this.#log = options.log
  }

  /**
   * One Outgoing into one chat: text first (quoting the command when asked), then each file. With
   * `startBy` and `finishBy` (queue clock), each part must start by the one and be over by the other.
   */
  async send(
    jid: string,
    message: Outgoing,
    priority: 'reply' | 'scheduled',
    quoted?: WAMessage,
    limits: { readonly startBy?: number; readonly finishBy?: number } = {},
  ): Promise<void> {
    const { startBy, finishBy } = limits
    const sendTimeoutMs = this.options.sendTimeoutMs ?? 60_000
    if (message.buttons?.length)
      this.#log.debug({ chat: jid }, 'buttons dropped: on WhatsApp the same actions are commands')
    const text = swapMentions(message.text, await this.#mentionForms(jid, mentionedJids(message.text)))
    const contents = contentsOf({ ...message, text })
    for (const [index, content] of contents.entries()) {
      const maxWaitMs =
        startBy === undefined
          ? (this.options.replyMaxWaitMs ?? 15 * 60_000)
          : startBy - this.options.timers.now()
      await this.options.queue.run(
        { chatId: jid, group: jid.endsWith('@g.us') },
        priority,
        async () => {
          const socket = this.options.socket()
          if (!socket) throw new QueueWaitError('WhatsApp disconnected before the message could be sent')
          // Our own id, recorded before sending: WhatsApp may hand the message back before the send returns.
          const id = generateMessageIDV2(socket.user?.id)
          await this.options.sent.remember(id, jid)
          const timeoutMs =
            finishBy === undefined
              ? sendTimeoutMs
              : Math.min(sendTimeoutMs, finishBy - this.options.timers.now())
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
