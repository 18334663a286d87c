/**
 * The Setujui / Revisi / Tolak buttons under a submitted draft. A press is the presser sending the
 * equivalent command (`/setujui 14`), so it passes the very same checks as typing it; then the press is
 * answered (answerCallbackQuery) and the draft message shows the new status. Revisi and Tolak ask for
 * the note with a ForceReply question; the draft message is edited when the note has been given. What
 * a command changed comes from its outcome, never from the tables.
 */
import type { CallbackQuery, Message, MessageEntity } from 'grammy/types'
import { commandOfButton, decodeButtonAction } from '../../chat/button-actions.js'
import type { CommandOutcome } from '../../chat/command.js'
import type { Incoming, Outgoing, SenderIdentity } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import { statusName } from '../../domain/content/present.js'
import { translatePlain } from '../../text/catalog/index.js'
import { renderPlain } from '../../text/render-plain.js'
import { mention } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import type { ContentStatus, Language } from '../../vocabulary.js'
import type { PlatformAdapter, PlatformCore } from '../port.js'
import type { PressReplies } from './press-replies.js'
import { chatOf, senderOf } from './to-incoming.js'

/** Telegram shows at most 200 characters in a callback answer. */
const CALLBACK_TEXT_LIMIT = 200
const TELEGRAM_TEXT_LIMIT = 4096
/** How long a Revisi/Tolak press waits for its note (the dispatcher's questions live 10 minutes). */
const NOTE_WAIT_MS = 10 * 60_000

interface AwaitingNote {
  readonly message: Message
  readonly number: number
  readonly until: number
}

export class ReviewButtons {
  /** Revisi/Tolak presses waiting for their note, by `chat:presser`; in memory (a restart keeps the buttons). */
  readonly #awaiting = new Map<string, AwaitingNote>()

  constructor(
    private readonly core: PlatformCore,
    private readonly adapter: PlatformAdapter,
    private readonly replies: PressReplies,
    private readonly clock: Clock,
  ) {}

  /** Handles a button press; false when the data is not ours (the caller answers it blankly). */
  async press(query: CallbackQuery): Promise<boolean> {
    const action = decodeButtonAction(query.data ?? '')
    if (!action) return false
    const message = query.message && query.message.date !== 0 ? (query.message as Message) : undefined
    const chat = message && chatOf(message.chat)
    if (!message || !chat) {
      await this.replies.answer(query.id, translatePlain('id', 'telegram.button.expired'), true)
      return true
    }
    const presser = senderOf(query.from)
    const incoming: Incoming = {
      chat,
      sender: presser,
      text: commandOfButton(action),
      // The press, not the draft message, is the unit that must not run twice.
      messageId: `cb:${query.id}`,
      sentAt: this.clock.now(),
      attachments: [],
      mentions: [],
      raw: query,
    }
    const { messages, outcome } = await this.core.dispatch(this.adapter, incoming)
    const origin = {
      chat,
      quote: { messageId: String(message.message_id), raw: message },
      prefix: [
        mention({ platform: 'telegram', externalId: presser.externalId, name: presser.displayName }),
        ' — ',
      ],
    }
    if (messages.length === 0) {
      await this.replies.answer(query.id)
      return true
    }
    const lang = await this.core.languageOf('telegram', chat.externalId)
    const reviewed = reviewedStatus(outcome, action.number)
    if (reviewed) {
      await this.replies.answer(query.id, doneText(lang, action.number, reviewed))
      await this.#showStatus(message, lang, reviewed, presser.displayName)
      await this.core.route(this.adapter, messages, origin)
    } else if (messages.some((answer) => answer.asksReply)) {
      this.#awaiting.set(`${chat.externalId}:${presser.externalId}`, {
        message,
        number: action.number,
        until: this.clock.now().getTime() + NOTE_WAIT_MS,
      })
      await this.replies.answer(query.id, translatePlain(lang, 'telegram.button.asked'))
      await this.core.route(this.adapter, messages, origin)
    } else {
      // A refusal (not the coordinator, already reviewed): told to the presser alone, not to the group.
      const refusal = shorten(messages.map((a) => renderPlain(a.text)).join('\n'), CALLBACK_TEXT_LIMIT)
      if (!(await this.replies.answer(query.id, refusal, true))) await this.#tellPrivately(presser, messages)
    }
    return true
  }

  /**
   * The press was acknowledged before its refusal was known: the refusal goes to the presser's private
   * chat. Telegram has no message only one group member sees, so when the presser never opened the
   * bot's private chat the refusal is not shown at all (the draft keeps its buttons and status).
   */
  async #tellPrivately(presser: SenderIdentity, messages: readonly Outgoing[]): Promise<void> {
    const chat = this.adapter.privateChatOf(presser.externalId)
    for (const message of messages) {
      await this.adapter.transmit(chat, message, { priority: 'reply' }).catch(() => {})
    }
  }

  /** After any message: if it gave the note a Revisi/Tolak press asked for, show the new status on the draft. */
  async afterMessage(incoming: Incoming, outcome: CommandOutcome | undefined): Promise<void> {
    if (this.#awaiting.size === 0) return
    const now = this.clock.now().getTime()
    for (const [key, entry] of this.#awaiting) if (entry.until < now) this.#awaiting.delete(key)
    const key = `${incoming.chat.externalId}:${incoming.sender.externalId}`
    const entry = this.#awaiting.get(key)
    const status = entry && reviewedStatus(outcome, entry.number)
    if (!entry || !status) return
    this.#awaiting.delete(key)
    const lang = await this.core.languageOf('telegram', incoming.chat.externalId)
    await this.#showStatus(entry.message, lang, status, incoming.sender.displayName)
  }

  /** Appends "Status: disetujui — Sari" in bold to the draft message and removes its buttons. */
  async #showStatus(message: Message, lang: Language, status: ContentStatus, name: string): Promise<void> {
    const line = translatePlain(lang, 'telegram.review.status_line', {
      status: statusName(status, lang),
      name,
    })
    const base = message.text
    const text = base === undefined ? undefined : `${base}\n\n${line}`
    const fits = text !== undefined && text.length <= TELEGRAM_TEXT_LIMIT
    const entities: MessageEntity[] = fits
      ? [...(message.entities ?? []), { type: 'bold', offset: base!.length + 2, length: line.length }]
      : []
    await this.replies.editDraft(
      String(message.chat.id),
      message.message_id,
      fits ? text : undefined,
      entities,
    )
  }
}

/** The draft's new status when the command reviewed draft #number. */
function reviewedStatus(outcome: CommandOutcome | undefined, number: number): ContentStatus | undefined {
  return outcome?.kind === 'draftReviewed' && outcome.number === number ? outcome.status : undefined
}

const doneText = (lang: Language, number: number, status: ContentStatus) =>
  translatePlain(lang, 'telegram.button.done', { number, status: statusName(status, lang) })
