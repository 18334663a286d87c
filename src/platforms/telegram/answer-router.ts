/**
 * Where the dispatcher's answers go on Telegram: replies into the chat of the command, person targets
 * into the person's private chat, chat targets into a stored chat (on Telegram, or handed to another
 * platform), and scheduled deliveries behind the replies.
 */
import type { Kysely } from 'kysely'
import { type ChatDelivery, DeliveryError, type IncomingChat, type Outgoing } from '../../chat/types.js'
import type { Database } from '../../db/database.js'
import { personInline, personRef } from '../../domain/people/find-person.js'
import { identityOn } from '../../domain/people/identities.js'
import type { Logger } from '../../logger.js'
import { translateBlocks } from '../../text/catalog/index.js'
import { type Inline, link } from '../../text/rich-text.js'
import type { Language, Platform } from '../../vocabulary.js'
import { apiErrorOf, isChatGone, isForbidden } from './api-retry.js'
import { chatById, isChatInactive, languageOfChat } from './chat-records.js'
import type { TelegramSender } from './send-outgoing.js'

/** The chat an answer replies into, the message it quotes, and what goes before a question. */
export interface ReplyOrigin {
  readonly chat: IncomingChat
  readonly quoteMessageId?: number
  readonly prefix?: readonly Inline[]
}

export interface AnswerRouterDependencies {
  readonly db: Kysely<Database>
  readonly sender: TelegramSender
  readonly defaultLanguage: Language
  readonly botUsername: () => string
  readonly otherPlatforms?: (platform: Platform) => ChatDelivery | undefined
  readonly logger: Logger
  /** A log-safe description of an error (no token). */
  readonly describe: (error: unknown) => Record<string, unknown>
}

export class AnswerRouter {
  constructor(private readonly deps: AnswerRouterDependencies) {}

  /**
   * Sends the dispatcher's answers in order: replies into the chat of the command, person targets into
   * the person's private chat, chat targets into the stored chat. When a person cannot be written to
   * privately (403: they never opened the bot), the group is told how, and the rest of the answer —
   * which would say the private message went out — is not sent.
   */
  async send(answers: readonly Outgoing[], origin: ReplyOrigin): Promise<void> {
    for (const answer of answers) {
      try {
        const target = answer.target
        if (target.kind === 'reply') {
          await this.deps.sender.send(origin.chat.externalId, origin.chat.kind === 'group', answer, {
            priority: 'reply',
            ...(answer.quote && origin.quoteMessageId !== undefined
              ? { quoteMessageId: origin.quoteMessageId }
              : {}),
            ...(answer.asksReply && origin.prefix ? { prefix: origin.prefix } : {}),
          })
        } else if (target.kind === 'person') {
          if (!(await this.#sendPrivately(target.personId, answer))) {
            await this.#openPrivateChatFirst(target.personId, origin)
            return
          }
        } else {
          await this.#sendToStoredChat(target.chatId, answer)
        }
      } catch (error) {
        this.deps.logger.warn(
          { chat: origin.chat.externalId, ...this.deps.describe(error) },
          'sending an answer failed',
        )
        if (answer.target.kind === 'reply' && (isForbidden(error) || isChatGone(error))) return
      }
    }
  }

  /** False when the person has no Telegram identity or Telegram refuses the private chat. */
  async #sendPrivately(personId: number, answer: Outgoing): Promise<boolean> {
    const identity = await identityOn(this.deps.db, personId, 'telegram')
    if (!identity) return false
    try {
      await this.deps.sender.send(identity.external_id, false, answer, { priority: 'reply' })
      return true
    } catch (error) {
      if (isForbidden(error) || isChatGone(error)) return false
      throw error
    }
  }

  async #openPrivateChatFirst(personId: number, origin: ReplyOrigin): Promise<void> {
    const { db, defaultLanguage } = this.deps
    const username = this.deps.botUsername()
    const lang = await languageOfChat(db, origin.chat.externalId, defaultLanguage)
    const person = personInline(await personRef(db, personId, 'telegram'))
    const text = translateBlocks(lang, 'telegram.private_first', {
      person,
      link: link(`https://t.me/${username}`, `t.me/${username}`),
    })
    await this.deps.sender.send(
      origin.chat.externalId,
      origin.chat.kind === 'group',
      { target: { kind: 'reply' }, text },
      {
        priority: 'reply',
        ...(origin.quoteMessageId !== undefined ? { quoteMessageId: origin.quoteMessageId } : {}),
      },
    )
  }

  async #sendToStoredChat(chatId: number, answer: Outgoing): Promise<void> {
    const chat = await chatById(this.deps.db, chatId)
    if (!chat?.active) return
    if (chat.platform === 'telegram') {
      await this.deps.sender.send(chat.external_id, chat.kind === 'group', answer, { priority: 'reply' })
      return
    }
    await this.deps.otherPlatforms?.(chat.platform)?.deliver(chat.external_id, answer)
  }

  /** A scheduled message (brief, reminder, notice) into a stored chat, behind the replies. */
  async deliver(chatExternalId: string, message: Outgoing): Promise<void> {
    if (await isChatInactive(this.deps.db, chatExternalId))
      throw new DeliveryError('the bot is no longer in this Telegram chat', true)
    // Telegram: private chats are users (positive ids), groups and supergroups have negative ids.
    const group = Number(chatExternalId) < 0
    try {
      await this.deps.sender.send(chatExternalId, group, message, { priority: 'scheduled' })
    } catch (error) {
      const api = apiErrorOf(error)
      const summary = JSON.stringify(this.deps.describe(error))
      if (isForbidden(error) || isChatGone(error)) throw new DeliveryError(summary, true)
      const retryAfter = api?.parameters.retry_after
      throw new DeliveryError(summary, false, retryAfter === undefined ? undefined : retryAfter * 1000)
    }
  }
}
