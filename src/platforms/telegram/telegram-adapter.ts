/**
 * Sinergi on Telegram (grammY): updates in by long polling (one elected poller among replicas) or by
 * webhook, each turned into an `Incoming` for the dispatcher, strictly in order within a chat and
 * concurrently across chats; the answers out through one rate-limited send queue. Also the group
 * lifecycle (added, removed, upgraded to a supergroup), the command menus and the review buttons.
 * The update pipeline is in update-pipeline.ts, polling in polling.ts, button-press replies in
 * press-replies.ts.
 */
import { createHmac } from 'node:crypto'
import { Bot, webhookCallback } from 'grammy'
import type { CallbackQuery, Message, Update } from 'grammy/types'
import type { Hono } from 'hono'
import type { CommandDefinition } from '../../chat/command.js'
import { DeliveryError, type Outgoing } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { DatabaseAvailability } from '../../db/availability.js'
import type { Logger } from '../../logger.js'
import { QueueWaitError, SendQueue } from '../../relay/send-queue.js'
import { link } from '../../text/rich-text.js'
import type { PlatformState } from '../../vocabulary.js'
import { withTimeout } from '../../with-timeout.js'
import type { ChatAddress, PlatformAdapter, PlatformCore, TransmitOptions } from '../port.js'
import { apiErrorOf, describeError, isChatGone, isForbidden, retryTransformer, sleep } from './api-retry.js'
import { registerCommandMenus } from './command-menu.js'
import { GroupLifecycle } from './group-lifecycle.js'
import { TelegramMemberPort } from './member-port.js'
import { type SendLimits, TELEGRAM_LIMITS, telegramPacing } from './pacing.js'
import { PollerElection } from './poller-election.js'
import { confirmOnlyWhenSettled, TelegramPolling } from './polling.js'
import { PressReplies } from './press-replies.js'
import { ReviewButtons } from './review-buttons.js'
import { TelegramSender } from './send-outgoing.js'
import { type BotIdentity, toIncoming, topicOf } from './to-incoming.js'
import { ALLOWED_UPDATES, installUpdatePipeline } from './update-pipeline.js'

/** At the end of a stop, how long updates still waiting their turn are handled without replies, at most. */
const UNREPLIED_HANDLING_MS = 1_500

type GrammySignal = Parameters<Bot['api']['getMe']>[0]

/** Where Telegram posts updates in webhook mode, on the service's own HTTP server. */
export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook'

export interface TelegramAdapterOptions {
  readonly token: string
  readonly apiRoot: string
  readonly mode: 'polling' | 'webhook'
  /** Base of the webhook URL. */
  readonly publicUrl: string
  /** Secret token Telegram sends with every webhook request; random per start when unset. */
  readonly webhookSecret?: string
  /** Where messages and chat events go. */
  readonly core: PlatformCore
  readonly commands: readonly CommandDefinition[]
  readonly clock: Clock
  readonly logger: Logger
  /** Poll only while holding an advisory lock on this PostgreSQL server (several replicas). Unset: just poll. */
  readonly pollerLock?: {
    readonly connectionString: string
    readonly retryMs?: number
    readonly checkMs?: number
  }
  readonly limits?: SendLimits
  /** Seconds one getUpdates call waits for updates (default 30). */
  readonly pollTimeoutSeconds?: number
  /** Called on every state change, for /readyz. */
  readonly onState?: (state: PlatformState) => void
  /** Counts Bot API errors for GET /metrics. */
  readonly metrics?: { platformApiError(platform: string, reason: string): void }
  /**
   * While the database server is unreachable, updates that need it are held and handled once it answers,
   * and no getUpdates confirms them before that (Telegram keeps unconfirmed updates for a next poller).
   */
  readonly database?: DatabaseAvailability
}

export class TelegramAdapter implements PlatformAdapter {
  readonly platform = 'telegram' as const
  readonly members: TelegramMemberPort
  readonly queue: SendQueue
  readonly introduction = { fresh: 'telegram.intro', linked: 'telegram.intro_linked' } as const
  readonly #core: PlatformCore
  readonly #bot: Bot
  readonly #log: Logger
  readonly #sender: TelegramSender
  readonly #buttons: ReviewButtons
  readonly #lifecycle: GroupLifecycle
  readonly #secret: string
  readonly #stopping = new AbortController()
  /** Aborted once the drain of a stop is over: updates taken before the stop still finish until then. */
  readonly #closing = new AbortController()
  readonly #polling: TelegramPolling
  readonly #press: PressReplies
  #state: PlatformState = { state: 'starting' }
  /** Updates taken (handled or waiting for their chat's turn), awaited by stop(). */
  readonly #handling = new Set<Promise<void>>()
  #closed = false
  #boot: Promise<void> | undefined
  #election: PollerElection | undefined

  constructor(private readonly options: TelegramAdapterOptions) {
    this.#core = options.core
    this.#log = options.logger.child({ platform: 'telegram' })
    this.#secret = options.webhookSecret ?? derivedWebhookSecret(options.token)
    this.#bot = new Bot(options.token, { client: { apiRoot: options.apiRoot, timeoutSeconds: 75 } })
    this.#polling = new TelegramPolling({
      bot: this.#bot,
      log: this.#log,
      describe: (error) => this.#describe(error),
      stopping: this.#stopping.signal,
      pollTimeoutSeconds: options.pollTimeoutSeconds,
      state: () => this.#state,
      setState: (state) => this.#setState(state),
    })
    this.#bot.api.config.use(this.#polling.watch())
    if (options.database) this.#bot.api.config.use(confirmOnlyWhenSettled(options.database))
    this.#bot.api.config.use(
      retryTransformer({
        stopSignal: this.#stopping.signal,
        onError: (reason) => options.metrics?.platformApiError('telegram', reason),
      }),
    )
    this.queue = new SendQueue(telegramPacing(options.limits ?? TELEGRAM_LIMITS))
    this.#press = new PressReplies(
      this.#bot.api,
      this.queue,
      this.#log,
      (error) => this.#describe(error),
      (chatId) => this.#core.languageOf('telegram', chatId),
    )
    this.members = new TelegramMemberPort(this.#bot.api, () => this.#identity()?.username)
    this.#sender = new TelegramSender(this.#bot.api, this.queue, {
      migrated: (oldId, newId) => this.#lifecycle.migrated(oldId, newId),
      forbidden: async (chatId) => {
        this.members.forgetChat(chatId)
        await this.#core.botRemoved('telegram', chatId)
      },
    })
    this.#lifecycle = new GroupLifecycle(this.#core, this, this.members)
    this.#buttons = new ReviewButtons(this.#core, this, this.#press, options.clock)
    // Tracked from arrival, so that a stop also waits for updates still waiting for their chat's turn.
    this.#bot.use((_, next) => this.#tracked(next()))
    installUpdatePipeline(this.#bot, {
      handle: (update) => this.#handle(update),
      pressArrived: (query, mustWait) => this.#press.arrived(query, mustWait),
      failed: (error) => this.#log.error(this.#describe(error), 'telegram update failed'),
    })
  }

  /** Sends one message; Telegram's refusals become DeliveryErrors (403 and a gone chat are permanent). */
  async transmit(chat: ChatAddress, message: Outgoing, options: TransmitOptions): Promise<void> {
    const quoteMessageId = Number(options.quote?.messageId)
    // The topic of the command answered, else the one the chat was linked from (scheduled messages).
    const threadId =
      topicOf(options.quote?.raw) ?? (chat.topic === undefined ? undefined : Number(chat.topic))
    try {
      await this.#sender.send(chat.externalId, chat.kind === 'group', message, {
        priority: options.priority,
        ...(threadId === undefined ? {} : { threadId }),
        ...(Number.isSafeInteger(quoteMessageId) ? { quoteMessageId } : {}),
        ...(options.prefix ? { prefix: options.prefix } : {}),
        ...(options.startBy === undefined ? {} : { startBy: options.startBy }),
      })
    } catch (error) {
      if (error instanceof DeliveryError) throw error
      if (error instanceof QueueWaitError) throw new DeliveryError(error.message, false, undefined, true)
      const summary = JSON.stringify(this.#describe(error))
      if (isForbidden(error) || isChatGone(error)) throw new DeliveryError(summary, true)
      const retryAfter = apiErrorOf(error)?.parameters.retry_after
      throw new DeliveryError(summary, false, retryAfter === undefined ? undefined : retryAfter * 1000)
    }
  }

  /** Telegram: private chats are users (positive ids), groups and supergroups have negative ids. */
  addressOf(chatExternalId: string): ChatAddress {
    return { externalId: chatExternalId, kind: Number(chatExternalId) < 0 ? 'group' : 'private' }
  }

  /** A user's private chat with the bot has the user's id. */
  privateChatOf(identityExternalId: string): ChatAddress {
    return { externalId: identityExternalId, kind: 'private' }
  }

  /** A bot may write to someone only after they opened its chat (t.me/<bot>, Start). */
  privateChatLink() {
    const username = this.#identity()?.username ?? ''
    return {
      link: link(`https://t.me/${username}`, `t.me/${username}`),
      hint: 'telegram.private_first' as const,
    }
  }

  canDeliver(): boolean {
    return true
  }

  /** Starts in the background: identifies the bot (retrying), registers the menus, then polls or sets the webhook. */
  start(): void {
    this.#boot ??= this.#start().catch((error) => {
      if (!this.#stopping.signal.aborted) this.#log.error(this.#describe(error), 'telegram start failed')
    })
  }

  /** In webhook mode, serves Telegram's POSTs on the app; every request must carry the secret token. */
  mountWebhook(app: Hono): void {
    if (this.options.mode !== 'webhook') return
    const handle = webhookCallback(this.#bot, 'hono', {
      secretToken: this.#secret,
      // A slow update (a busy group's queue) is acknowledged anyway and finishes in the background.
      onTimeout: 'return',
      timeoutMilliseconds: 50_000,
    })
    app.post(TELEGRAM_WEBHOOK_PATH, (c) => handle(c))
  }

  state(): PlatformState {
    return this.#state
  }

  /**
   * Stops polling and releases the poller lock; then, within `drainMs`, lets the updates under way
   * finish and their replies go out (paced as always). The last part of `drainMs` handles the updates
   * still waiting for their chat's turn with the send queue closed: Telegram counts them delivered, so
   * unhandled they would be lost; handled, their replies are lost instead and the chat is told after the
   * restart.
   */
  async stop(drainMs = 0): Promise<void> {
    const drainUntil = this.queue.now() + drainMs
    const unrepliedMs = Math.min(UNREPLIED_HANDLING_MS, drainMs / 4)
    this.#stopping.abort()
    this.#polling.renounce()
    await this.#election?.stop()
    await this.#polling.end()
    await this.#boot
    await this.queue.drain([...this.#handling], drainUntil - unrepliedMs - this.queue.now())
    this.queue.close()
    // Those still unhandled when the time is up are dropped just below, each logged.
    await withTimeout(
      Promise.allSettled([...this.#handling]),
      Math.max(0, drainUntil - this.queue.now()),
    ).catch(() => {})
    // Updates not started by now are not started (each is logged), so nothing of this adapter touches
    // the database once stop() resolves.
    this.#closed = true
    this.#closing.abort()
    this.#press.stop()
    await Promise.allSettled([...this.#handling])
    this.#setState({ state: 'stopped' })
  }

  #tracked(work: Promise<void>): Promise<void> {
    this.#handling.add(work)
    const forget = () => this.#handling.delete(work)
    work.then(forget, forget)
    return work
  }

  async #start(): Promise<void> {
    let delay = 1_000
    for (;;) {
      try {
        // Not bot.init(): it retries network errors forever and silently; here each failure is reported.
        // (grammY types its signal with the abort-controller polyfill; Node's own is what it gets at run time.)
        this.#bot.botInfo = await this.#bot.api.getMe(this.#stopping.signal as unknown as GrammySignal)
        break
      } catch (error) {
        if (this.#stopping.signal.aborted) return
        const code = apiErrorOf(error)?.error_code
        this.#setState({
          state: 'error',
          detail: code === 401 ? 'bot token refused (401)' : 'Bot API unreachable',
        })
        this.#log.error(this.#describe(error), 'cannot identify the bot; retrying')
        await sleep(delay, this.#stopping.signal)
        delay = Math.min(delay * 2, 60_000)
      }
    }
    const me = this.#identity()!
    this.#log.info({ username: me.username, mode: this.options.mode }, 'telegram bot identified')
    await registerCommandMenus(this.#bot.api, this.options.commands).catch((error) =>
      this.#log.warn(this.#describe(error), 'registering the command menus failed'),
    )
    if (this.#stopping.signal.aborted) return
    if (this.options.mode === 'webhook') return this.#setWebhook()
    const lock = this.options.pollerLock
    if (!lock) return this.#polling.begin()
    this.#election = new PollerElection({
      connectionString: lock.connectionString,
      botId: me.id,
      retryMs: lock.retryMs,
      checkMs: lock.checkMs,
      logger: this.#log,
      onElected: () => this.#polling.begin(),
      onDeposed: () => this.#polling.end(),
      onStandby: () => this.#setState({ state: 'standby', detail: 'another instance polls' }),
    })
    this.#election.start()
  }

  async #setWebhook(): Promise<void> {
    const url = `${this.options.publicUrl}${TELEGRAM_WEBHOOK_PATH}`
    let delay = 1_000
    while (!this.#stopping.signal.aborted) {
      try {
        await this.#bot.api.setWebhook(
          url,
          { secret_token: this.#secret, allowed_updates: [...ALLOWED_UPDATES] },
          this.#stopping.signal as unknown as GrammySignal,
        )
        this.#setState({ state: 'webhook', detail: url })
        this.#log.info({ url }, 'telegram webhook set')
        return
      } catch (error) {
        const refused = apiErrorOf(error)?.error_code === 400
        this.#setState({ state: 'error', detail: refused ? 'webhook URL refused' : 'setWebhook failed' })
        this.#log.error({ ...this.#describe(error), url }, 'setting the telegram webhook failed')
        if (refused) return
        await sleep(delay, this.#stopping.signal).catch(() => {})
        delay = Math.min(delay * 2, 60_000)
      }
    }
  }

  /** One update; its failure is logged and never stops the others. */
  async #handle(update: Update): Promise<void> {
    if (this.#closed) {
      this.#log.warn({ update: update.update_id }, 'update not handled: Sinergi stopped before its turn')
      return
    }
    const { database } = this.options
    try {
      if (database) await database.retryThroughOutage(() => this.#handleOnce(update), this.#closing.signal)
      else await this.#handleOnce(update)
    } catch (error) {
      this.#log.error(
        { update: update.update_id, ...this.#describe(error) },
        'handling a telegram update failed',
      )
    }
  }

  async #handleOnce(update: Update): Promise<void> {
    try {
      // An edit is read under the id of the message it edits: the dispatcher runs a command once, so a
      // corrected command is not run again, while a message edited into a command runs.
      const message = update.message ?? update.edited_message
      if (message) await this.#onMessage(message)
      else if (update.callback_query) await this.#onPress(update.callback_query)
      else if (update.my_chat_member) await this.#lifecycle.membershipChanged(update.my_chat_member)
    } catch (error) {
      if (this.options.database?.noteFailure(error)) throw error
      this.#log.error(
        { update: update.update_id, ...this.#describe(error) },
        'handling a telegram update failed',
      )
    }
  }

  async #onMessage(message: Message): Promise<void> {
    if (message.migrate_to_chat_id !== undefined) {
      return this.#lifecycle.migrated(String(message.chat.id), String(message.migrate_to_chat_id))
    }
    if (message.migrate_from_chat_id !== undefined) {
      return this.#lifecycle.migrated(String(message.migrate_from_chat_id), String(message.chat.id))
    }
    const me = this.#identity()
    if (!me) return
    if (message.sender_chat?.id === message.chat.id) return this.#lifecycle.anonymousAdmin(message, me)
    const incoming = await toIncoming(message, me, (username) =>
      this.#core.identityByUsername('telegram', username),
    )
    if (!incoming) return
    const { outcome } = await this.#core.receive(this, incoming)
    await this.#buttons.afterMessage(incoming, outcome)
  }

  async #onPress(query: CallbackQuery): Promise<void> {
    if (!(await this.#buttons.press(query))) await this.#press.answer(query.id)
  }

  #identity(): BotIdentity | undefined {
    if (!this.#bot.isInited()) return undefined
    const me = this.#bot.botInfo
    return { id: me.id, username: me.username }
  }

  #describe(error: unknown): Record<string, unknown> {
    return describeError(error, this.options.token)
  }

  #setState(state: PlatformState): void {
    this.#state = state
    this.options.onState?.(state)
  }
}

/**
 * The webhook secret when TELEGRAM_WEBHOOK_SECRET is unset: derived from the bot token, so every replica
 * of one bot agrees on it without configuration, and nobody without the token can forge it.
 */
export function derivedWebhookSecret(token: string): string {
  return createHmac('sha256', token).update('sinergi:telegram-webhook-secret').digest('base64url')
}
