/**
 * What the bot does in answer to a button press on Telegram: it answers the callback query (a toast
 * or an alert) and edits the draft message the buttons sat on, through the send queue like any reply.
 *
 * Telegram drops a press that is not answered within about 15 seconds, and a press can be answered
 * once. A press waits for its chat's turn behind the chat's other updates, and those may wait for the
 * group's send budget (20 messages a minute), so the press is acknowledged with a neutral toast as it
 * arrives when it has to wait, or after a second when its handling has not answered it by then.
 */
import type { Api } from 'grammy'
import type { CallbackQuery, MessageEntity } from 'grammy/types'
import type { Logger } from '../../logger.js'
import type { SendQueue } from '../../relay/send-queue.js'
import { translatePlain } from '../../text/catalog/index.js'
import type { Language } from '../../vocabulary.js'

/** How long a press's handling may take to answer it with its outcome before it is acknowledged. */
const PROMPT_ANSWER_MS = 1_000

export class PressReplies {
  /** Presses not answered yet, with the timer that acknowledges each. */
  readonly #unanswered = new Map<string, NodeJS.Timeout>()

  constructor(
    private readonly api: Api,
    private readonly queue: SendQueue,
    private readonly log: Logger,
    private readonly describe: (error: unknown) => Record<string, unknown>,
    private readonly languageOf: (chatId: string) => Promise<Language>,
  ) {}

  /** A press arrived; `mustWait`: other updates of its chat are under way, so it is acknowledged now. */
  arrived(query: CallbackQuery, mustWait: boolean): void {
    const timer = setTimeout(() => void this.#acknowledge(query), mustWait ? 0 : PROMPT_ANSWER_MS)
    this.#unanswered.set(query.id, timer)
  }

  /** Answers the press; false when it was acknowledged already, so this text did not reach the presser. */
  async answer(queryId: string, text?: string, alert?: boolean): Promise<boolean> {
    if (!this.#claim(queryId)) return false
    await this.#answerQuery(queryId, text, alert)
    return true
  }

  /** Replaces the draft's text (or, with none, only drops its buttons). */
  async editDraft(
    chatId: string,
    messageId: number,
    text: string | undefined,
    entities: MessageEntity[],
  ): Promise<void> {
    const noButtons = { reply_markup: { inline_keyboard: [] } }
    try {
      await this.queue.run({ chatId, group: Number(chatId) < 0 }, 'reply', () =>
        text === undefined
          ? this.api.editMessageReplyMarkup(chatId, messageId, noButtons)
          : this.api.editMessageText(chatId, messageId, text, { entities, ...noButtons }),
      )
    } catch (error) {
      this.log.warn(this.describe(error), 'editing the draft message failed')
    }
  }

  /** Forgets the presses still unanswered (the adapter stops). */
  stop(): void {
    for (const timer of this.#unanswered.values()) clearTimeout(timer)
    this.#unanswered.clear()
  }

  async #acknowledge(query: CallbackQuery): Promise<void> {
    if (!this.#claim(query.id)) return
    const chatId = query.message?.chat.id
    const lang =
      chatId === undefined ? 'id' : await this.languageOf(String(chatId)).catch(() => 'id' as const)
    await this.#answerQuery(query.id, translatePlain(lang, 'telegram.button.working'))
  }

  /** True for the one caller that may answer this press. */
  #claim(queryId: string): boolean {
    const timer = this.#unanswered.get(queryId)
    if (timer === undefined) return false
    clearTimeout(timer)
    this.#unanswered.delete(queryId)
    return true
  }

  async #answerQuery(queryId: string, text?: string, alert?: boolean): Promise<void> {
    try {
      await this.api.answerCallbackQuery(queryId, {
        ...(text ? { text } : {}),
        ...(alert ? { show_alert: true } : {}),
      })
    } catch (error) {
      // "query is too old" after a long outage: nothing to answer any more.
      this.log.debug(this.describe(error), 'answerCallbackQuery failed')
    }
  }
}
