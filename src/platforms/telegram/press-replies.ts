/**
 * What the bot does in answer to a button press on Telegram: it answers the callback query (a toast
 * or an alert) and edits the draft message the buttons sat on, through the send queue like any reply.
 */
import type { Api } from 'grammy'
import type { MessageEntity } from 'grammy/types'
import type { Logger } from '../../logger.js'
import type { SendQueue } from '../../relay/send-queue.js'

export class PressReplies {
  constructor(
    private readonly api: Api,
    private readonly queue: SendQueue,
    private readonly log: Logger,
    private readonly describe: (error: unknown) => Record<string, unknown>,
  ) {}

  async answer(queryId: string, text?: string, alert?: boolean): Promise<void> {
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
}
