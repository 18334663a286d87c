/**
 * The core between the dispatcher and the platform adapters (src/platforms/port.ts): an incoming
 * message is dispatched and its answers routed — replies into the chat of the command, person targets
 * into the person's private chat on the same platform (or a hint in the group when the bot cannot
 * write to them there), chat targets into a stored chat on whichever platform it lives; the chat
 * bookkeeping of every platform (added, removed, moved) and scheduled delivery through each
 * platform's queue. Platform-neutral: adapters only translate.
 */
import type { Kysely } from 'kysely'
import type { Dispatched, Dispatcher } from '../chat/dispatcher.js'
import { type ChatDelivery, DeliveryError, type Incoming, type Outgoing } from '../chat/types.js'
import type { Clock } from '../clock.js'
import type { Database } from '../db/database.js'
import {
  type ChatRow,
  findChat,
  forumOfChat,
  getChat,
  markChatInactive,
  moveChat,
  upsertChat,
} from '../domain/chats/chats.js'
import { personInline, personRef } from '../domain/people/find-person.js'
import { identityByUsername, identityOn, knownIdentities } from '../domain/people/identities.js'
import type { Logger } from '../logger.js'
import type { AnswerOrigin, ChatAddress, PlatformAdapter, PlatformCore } from '../platforms/port.js'
import { translateBlocks } from '../text/catalog/index.js'
import type { Language, Platform, PlatformChat } from '../vocabulary.js'
import { QueueWaitError } from './send-queue.js'

export interface RelayDependencies {
  readonly db: Kysely<Database>
  readonly dispatcher: Dispatcher
  readonly clock: Clock
  readonly logger: Logger
  readonly defaultLanguage: Language
  /** Everything of one scheduled delivery fits in this, under the outbox worker's own send timeout. */
  readonly scheduledBudgetMs?: number
}

/** A scheduled send does not start with less than this left of its budget. */
const SEND_RESERVE_MS = 15_000
const DEFAULT_SCHEDULED_BUDGET_MS = 50_000
/** A platform that cannot send from this instance now: the outbox looks at the row again after this. */
const NOT_HERE_RETRY_MS = 60_000

export class Relay implements PlatformCore {
  readonly #adapters = new Map<Platform, PlatformAdapter>()
  /** Scheduled delivery per platform that can send from this instance (the outbox worker claims by it). */
  readonly deliveries = new Map<Platform, ChatDelivery>()

  constructor(private readonly deps: RelayDependencies) {}

  /** Adds a platform; its scheduled messages go through it while `canDeliver` holds. */
  register(adapter: PlatformAdapter): void {
    this.#adapters.set(adapter.platform, adapter)
    this.deliveries.set(adapter.platform, {
      platform: adapter.platform,
      deliver: (chatExternalId, message) => this.#deliverScheduled(adapter, chatExternalId, message),
    })
  }

  /** Stops taking scheduled work for a platform on this instance (another instance holds it). */
  withhold(platform: Platform): void {
    this.deliveries.delete(platform)
  }

  /** Takes scheduled work for a registered platform again. */
  offer(platform: Platform): void {
    const adapter = this.#adapters.get(platform)
    if (adapter && !this.deliveries.has(platform)) this.register(adapter)
  }

  dispatch(adapter: PlatformAdapter, incoming: Incoming): Promise<Dispatched> {
    return this.deps.dispatcher.dispatch(incoming, adapter.members)
  }

  async receive(adapter: PlatformAdapter, incoming: Incoming): Promise<Dispatched> {
    const { dispatcher } = this.deps
    const dispatched = await dispatcher.dispatch(incoming, adapter.members, { reportsAnswered: true })
    const delivered = await this.route(adapter, dispatched.messages, {
      chat: { externalId: incoming.chat.externalId, kind: incoming.chat.kind },
      quote: { messageId: incoming.messageId, raw: incoming.raw },
    })
    // An answer never sent (the process is stopping) is owed from now: the chat is told after the restart.
    if (dispatched.awaitsAnswer)
      dispatcher.answered(adapter.platform, dispatched.awaitsAnswer, delivered ? 'sent' : 'lost')
    return dispatched
  }

  /**
   * Sends answers in order. When a person cannot be written to privately, the chat of the command is
   * told how, and the rest of the answer — which would say the private message went out — is not sent.
   */
  async route(
    adapter: PlatformAdapter,
    answers: readonly Outgoing[],
    origin: AnswerOrigin,
  ): Promise<boolean> {
    const log = this.deps.logger.child({ platform: adapter.platform, chat: origin.chat.externalId })
    let delivered = true
    for (const answer of answers) {
      const target = answer.target
      try {
        if (target.kind === 'reply') {
          await adapter.transmit(origin.chat, answer, {
            priority: 'reply',
            ...(answer.quote && origin.quote ? { quote: origin.quote } : {}),
            ...(answer.asksReply && origin.prefix ? { prefix: origin.prefix } : {}),
          })
        } else if (target.kind === 'person') {
          if (!(await this.#sendPrivately(adapter, target.personId, answer))) {
            await this.#openPrivateChatFirst(adapter, target.personId, origin)
            return delivered
          }
        } else {
          await this.#sendToStoredChat(target.chatId, answer)
        }
      } catch (error) {
        if (neverSent(error)) {
          // The command's change is saved; this line is all that tells of the answer the chat never got.
          log.warn({ target: target.kind, reason: errorText(error) }, 'answer lost: it was never sent')
          delivered = false
          continue
        }
        log.warn({ reason: errorText(error) }, 'sending an answer failed')
        // The bot can no longer write into the chat of the command: the rest would fail alike.
        if (target.kind === 'reply' && error instanceof DeliveryError && error.permanent) return delivered
      }
    }
    return delivered
  }

  /** False when the person has no identity on this platform or the platform refuses the private chat. */
  async #sendPrivately(adapter: PlatformAdapter, personId: number, answer: Outgoing): Promise<boolean> {
    const identity = await identityOn(this.deps.db, personId, adapter.platform)
    if (!identity) return false
    try {
      await adapter.transmit(adapter.privateChatOf(identity.external_id), answer, { priority: 'reply' })
      return true
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) return false
      throw error
    }
  }

  async #openPrivateChatFirst(
    adapter: PlatformAdapter,
    personId: number,
    origin: AnswerOrigin,
  ): Promise<void> {
    const { db } = this.deps
    const lang = await this.languageOf(adapter.platform, origin.chat.externalId)
    const person = personInline(await personRef(db, personId, adapter.platform))
    const opening = adapter.privateChatLink()
    const text = opening
      ? translateBlocks(lang, opening.hint, { person, link: opening.link })
      : translateBlocks(lang, 'core.private_unreachable', { person })
    await adapter.transmit(
      origin.chat,
      { target: { kind: 'reply' }, text },
      { priority: 'reply', ...(origin.quote ? { quote: origin.quote } : {}) },
    )
  }

  async #sendToStoredChat(chatId: number, answer: Outgoing): Promise<void> {
    const chat = await getChat(this.deps.db, chatId)
    if (!chat?.active) return
    const adapter = this.#adapters.get(chat.platform)
    if (!adapter) {
      this.deps.logger.warn({ platform: chat.platform, chatId }, 'no adapter for this chat’s platform here')
      return
    }
    await adapter.transmit(addressOfRow(adapter, chat), answer, { priority: 'reply' })
  }

  /** A brief, reminder or notice into a stored chat, behind the replies, within the outbox's budget. */
  async #deliverScheduled(
    adapter: PlatformAdapter,
    chatExternalId: string,
    message: Outgoing,
  ): Promise<void> {
    const chat = await findChat(this.deps.db, adapter.platform, chatExternalId)
    if (chat && !chat.active) throw new DeliveryError('the bot is no longer in this chat', true)
    if (!adapter.canDeliver()) {
      throw new DeliveryError(
        `${adapter.platform} cannot send from this instance now`,
        false,
        NOT_HERE_RETRY_MS,
        true,
      )
    }
    const budget = this.deps.scheduledBudgetMs ?? DEFAULT_SCHEDULED_BUDGET_MS
    const now = adapter.queue.now()
    try {
      const address = chat ? addressOfRow(adapter, chat) : adapter.addressOf(chatExternalId)
      await adapter.transmit(address, message, {
        priority: 'scheduled',
        startBy: now + budget - SEND_RESERVE_MS,
        finishBy: now + budget,
      })
    } catch (error) {
      if (error instanceof QueueWaitError)
        throw new DeliveryError(error.message, false, NOT_HERE_RETRY_MS, true)
      if (error instanceof DeliveryError) throw error
      throw new DeliveryError(errorText(error), false)
    }
  }

  /** The bot is in a chat (again): recorded active; in a group it was not in, it introduces itself once. */
  async botAdded(adapter: PlatformAdapter, chat: PlatformChat): Promise<void> {
    const { db, clock } = this.deps
    const before = await findChat(db, chat.platform, chat.externalId)
    await upsertChat(db, chat, clock.now())
    this.deps.logger.info(
      { platform: chat.platform, chat: chat.externalId, kind: chat.kind },
      'bot added to a chat',
    )
    // Already active: a second report of the same addition.
    if (before?.active || chat.kind !== 'group' || !adapter.introduction) return
    const forum = await forumOfChat(db, chat.platform, chat.externalId)
    const lang = forum?.language ?? this.deps.defaultLanguage
    const bot = adapter.members.botUsername ?? ''
    const text = forum
      ? translateBlocks(lang, adapter.introduction.linked, { forum: forum.name, bot })
      : translateBlocks(lang, adapter.introduction.fresh, { bot })
    await this.route(adapter, [{ target: { kind: 'reply' }, text }], {
      chat: adapter.addressOf(chat.externalId),
    })
  }

  async botRemoved(platform: Platform, chatExternalId: string): Promise<void> {
    await markChatInactive(this.deps.db, platform, chatExternalId)
    this.deps.logger.info({ platform, chat: chatExternalId }, 'bot removed from a chat; it is now inactive')
  }

  async chatMoved(platform: Platform, oldExternalId: string, newExternalId: string): Promise<void> {
    await moveChat(this.deps.db, platform, oldExternalId, newExternalId)
    this.deps.logger.info({ platform, from: oldExternalId, to: newExternalId }, 'chat moved to a new id')
  }

  isCommand(name: string): boolean {
    return this.deps.dispatcher.index.find(name) !== undefined
  }

  async languageOf(platform: Platform, chatExternalId: string): Promise<Language> {
    return (await forumOfChat(this.deps.db, platform, chatExternalId))?.language ?? this.deps.defaultLanguage
  }

  identityByUsername(platform: Platform, username: string) {
    return identityByUsername(this.deps.db, platform, username)
  }

  knownIdentities(platform: Platform, externalIds: readonly string[]) {
    return knownIdentities(this.deps.db, platform, externalIds)
  }
}

/** A stored chat as its adapter addresses it, in the topic it was linked from. */
function addressOfRow(adapter: PlatformAdapter, chat: ChatRow): ChatAddress {
  const address = adapter.addressOf(chat.external_id)
  return chat.topic ? { ...address, topic: chat.topic } : address
}

const neverSent = (error: unknown): boolean =>
  error instanceof QueueWaitError || (error instanceof DeliveryError && error.notSent)

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
