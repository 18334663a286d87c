/**
 * The Setujui / Revisi / Tolak buttons under a submitted draft. A press is the presser sending the
 * equivalent command (`/setujui 14`), so it passes the very same checks as typing it; then the press is
 * answered (answerCallbackQuery) and the draft message shows the new status. Revisi and Tolak ask for
 * the note with a ForceReply question; the draft message is edited when the note has been given.
 */

import type { CallbackQuery, Message, MessageEntity } from 'grammy/types'
import type { Kysely } from 'kysely'
import type { Dispatcher } from '../../chat/dispatcher.js'
import type { Incoming, IncomingChat, Outgoing, PlatformPort } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import { statusName } from '../../domain/content/present.js'
import { translatePlain } from '../../text/catalog/index.js'
import { renderPlain } from '../../text/render-plain.js'
import { type Inline, mention } from '../../text/rich-text.js'
import type { ContentStatus, Language } from '../../vocabulary.js'
import { draftStatusFrom } from './chat-records.js'
import { chatOf, senderOf } from './to-incoming.js'

/** `review:approve:14` — the callback data `/konten tambah` puts on its buttons (≤ 64 bytes). */
const REVIEW_ACTION = /^review:(approve|revise|reject):(\d{1,9})$/
const COMMAND_OF = { approve: 'setujui', revise: 'revisi', reject: 'tolak' } as const
/** Telegram shows at most 200 characters in a callback answer. */
const CALLBACK_TEXT_LIMIT = 200
const TELEGRAM_TEXT_LIMIT = 4096
/** How long a Revisi/Tolak press waits for its note (the dispatcher's questions live 10 minutes). */
const NOTE_WAIT_MS = 10 * 60_000

/** Where answers to a press go, and how: the adapter's one way of sending a dispatcher's answers. */
export interface PressOrigin {
  readonly chat: IncomingChat
  readonly quoteMessageId: number
  /** Put before a question, so a selective ForceReply reaches the presser. */
  readonly prefix: readonly Inline[]
}

export interface ReviewButtonsDependencies {
  readonly db: Kysely<Database>
  readonly dispatcher: Dispatcher
  readonly port: PlatformPort
  readonly clock: Clock
  readonly language: (chatExternalId: string) => Promise<Language>
  readonly sendAnswers: (answers: readonly Outgoing[], origin: PressOrigin) => Promise<void>
  readonly answerPress: (queryId: string, text?: string, alert?: boolean) => Promise<void>
  readonly editDraftMessage: (
    chatExternalId: string,
    messageId: number,
    text: string | undefined,
    entities: MessageEntity[],
  ) => Promise<void>
}

interface AwaitingNote {
  readonly message: Message
  readonly number: number
  readonly before: string | undefined
  readonly until: number
}

export class ReviewButtons {
  /** Revisi/Tolak presses waiting for their note, by `chat:presser`; in memory (a restart keeps the buttons). */
  readonly #awaiting = new Map<string, AwaitingNote>()

  constructor(private readonly deps: ReviewButtonsDependencies) {}

  /** Handles a button press; false when the data is not ours (the caller answers it blankly). */
  async press(query: CallbackQuery): Promise<boolean> {
    const match = REVIEW_ACTION.exec(query.data ?? '')
    if (!match) return false
    const decision = match[1] as keyof typeof COMMAND_OF
    const number = Number(match[2])
    const message = query.message && query.message.date !== 0 ? (query.message as Message) : undefined
    const chat = message && chatOf(message.chat)
    if (!message || !chat) {
      await this.deps.answerPress(query.id, translatePlain('id', 'telegram.button.expired'), true)
      return true
    }
    const { db, clock } = this.deps
    const presser = senderOf(query.from)
    const before = await draftStatusFrom(db, chat.externalId, presser.externalId, number)
    const incoming: Incoming = {
      chat,
      sender: presser,
      text: `/${COMMAND_OF[decision]} ${number}`,
      // The press, not the draft message, is the unit that must not run twice.
      messageId: `cb:${query.id}`,
      sentAt: clock.now(),
      attachments: [],
      mentions: [],
      raw: query,
    }
    const answers = await this.deps.dispatcher.handle(incoming, this.deps.port)
    const origin: PressOrigin = {
      chat,
      quoteMessageId: message.message_id,
      prefix: [
        mention({ platform: 'telegram', externalId: presser.externalId, name: presser.displayName }),
        ' — ',
      ],
    }
    if (answers.length === 0) {
      await this.deps.answerPress(query.id)
      return true
    }
    const after = await draftStatusFrom(db, chat.externalId, presser.externalId, number)
    const lang = await this.deps.language(chat.externalId)
    if (after !== undefined && after !== before) {
      await this.deps.answerPress(query.id, doneText(lang, number, after))
      await this.#showStatus(message, lang, after, presser.displayName)
      await this.deps.sendAnswers(answers, origin)
    } else if (answers.some((answer) => answer.asksReply)) {
      this.#awaiting.set(`${chat.externalId}:${presser.externalId}`, {
        message,
        number,
        before,
        until: clock.now().getTime() + NOTE_WAIT_MS,
      })
      await this.deps.answerPress(query.id, translatePlain(lang, 'telegram.button.asked'))
      await this.deps.sendAnswers(answers, origin)
    } else {
      // A refusal (not the coordinator, already reviewed): told to the presser alone, not to the group.
      await this.deps.answerPress(query.id, shorten(answers.map((a) => renderPlain(a.text)).join('\n')), true)
    }
    return true
  }

  /** After any message: if it was the note a Revisi/Tolak press asked for, show the new status on the draft. */
  async afterMessage(incoming: Incoming): Promise<void> {
    if (this.#awaiting.size === 0) return
    const now = this.deps.clock.now().getTime()
    for (const [key, entry] of this.#awaiting) if (entry.until < now) this.#awaiting.delete(key)
    const key = `${incoming.chat.externalId}:${incoming.sender.externalId}`
    const entry = this.#awaiting.get(key)
    if (!entry) return
    const status = await draftStatusFrom(
      this.deps.db,
      incoming.chat.externalId,
      incoming.sender.externalId,
      entry.number,
    )
    if (status === undefined || status === entry.before) return
    this.#awaiting.delete(key)
    const lang = await this.deps.language(incoming.chat.externalId)
    await this.#showStatus(entry.message, lang, status, incoming.sender.displayName)
  }

  /** Appends "Status: disetujui — Sari" in bold to the draft message and removes its buttons. */
  async #showStatus(message: Message, lang: Language, status: string, name: string): Promise<void> {
    const line = translatePlain(lang, 'telegram.review.status_line', {
      status: statusName(status as ContentStatus, lang),
      name,
    })
    const base = message.text
    const text = base === undefined ? undefined : `${base}\n\n${line}`
    const fits = text !== undefined && text.length <= TELEGRAM_TEXT_LIMIT
    const entities: MessageEntity[] = fits
      ? [...(message.entities ?? []), { type: 'bold', offset: base!.length + 2, length: line.length }]
      : []
    await this.deps.editDraftMessage(
      String(message.chat.id),
      message.message_id,
      fits ? text : undefined,
      entities,
    )
  }
}

const doneText = (lang: Language, number: number, status: string) =>
  translatePlain(lang, 'telegram.button.done', { number, status: statusName(status as ContentStatus, lang) })

const shorten = (text: string) =>
  text.length <= CALLBACK_TEXT_LIMIT ? text : `${text.slice(0, CALLBACK_TEXT_LIMIT - 1).trimEnd()}…`
