/**
 * Long polling of the Telegram bot, when this instance polls: a webhook left from an earlier
 * deployment is deleted first, the runner is restarted a few seconds after it fails, and getUpdates
 * trouble (which the runner retries silently) and recovery are reported for /readyz and the log.
 */
import { type RunnerHandle, run } from '@grammyjs/runner'
import type { Bot } from 'grammy'
import type { DatabaseAvailability } from '../../db/availability.js'
import type { Logger } from '../../logger.js'
import type { PlatformState } from '../../vocabulary.js'
import { apiErrorOf } from './api-retry.js'
import { ALLOWED_UPDATES } from './update-pipeline.js'

const RESTART_POLLING_MS = 5_000
/**
 * getUpdates is retried at this steady pace while it fails. The runner's default doubles the pause
 * without a cap: after a 20-minute outage it would stay deaf for about as long again. One small request
 * every two seconds costs nothing, and polling resumes within seconds of the network returning.
 */
const POLL_RETRY_MS = 2_000

export interface PollingContext {
  readonly bot: Bot
  readonly log: Logger
  readonly describe: (error: unknown) => Record<string, unknown>
  readonly stopping: AbortSignal
  /** Seconds one getUpdates call waits for updates (default 30). */
  readonly pollTimeoutSeconds?: number | undefined
  state(): PlatformState
  setState(state: PlatformState): void
}

export class TelegramPolling {
  #runner: RunnerHandle | undefined
  #wanted = false
  #restartTimer: NodeJS.Timeout | undefined

  constructor(private readonly context: PollingContext) {}

  /** Polls from now on, restarting after failures, until ended. */
  async begin(): Promise<void> {
    this.#wanted = true
    await this.#start()
  }

  /** No more restarts; what runs goes on until ended. */
  renounce(): void {
    this.#wanted = false
  }

  /** Stops polling, waiting for the updates under way. */
  async end(): Promise<void> {
    this.#wanted = false
    await this.#stop()
  }

  /** An API transformer that watches getUpdates (install it on the bot's API). */
  watch(): Parameters<Bot['api']['config']['use']>[0] {
    const { context } = this
    return async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal)
      try {
        const response = await prev(method, payload, signal)
        if (!response.ok) this.#trouble(`${response.error_code}: ${response.description}`)
        else if (context.state().state === 'reconnecting') context.setState({ state: 'polling' })
        return response
      } catch (error) {
        if (!signal?.aborted) this.#trouble('Bot API unreachable')
        throw error
      }
    }
  }

  async #start(): Promise<void> {
    const { bot, log, describe, stopping } = this.context
    if (!this.#wanted || stopping.aborted || this.#runner?.isRunning()) return
    // A webhook left from an earlier deployment would make every getUpdates fail with 409.
    await bot.api.deleteWebhook().catch((error) => log.warn(describe(error), 'deleteWebhook failed'))
    if (!this.#wanted || stopping.aborted) return
    const runner = run(bot, {
      runner: {
        fetch: { timeout: this.context.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
        silent: true,
        retryInterval: POLL_RETRY_MS,
        maxRetryTime: 60 * 60_000,
      },
      sink: { concurrency: 100 },
    })
    this.#runner = runner
    this.context.setState({ state: 'polling' })
    log.info('polling telegram')
    runner.task()?.catch((error) => {
      if (this.#runner !== runner) return
      this.#runner = undefined
      const conflict = apiErrorOf(error)?.error_code === 409
      this.context.setState({
        state: 'error',
        detail: conflict ? 'another process polls this bot (409)' : 'polling failed',
      })
      log.error(describe(error), 'telegram polling stopped; restarting soon')
      clearTimeout(this.#restartTimer)
      this.#restartTimer = setTimeout(() => void this.#start(), RESTART_POLLING_MS)
    })
  }

  async #stop(): Promise<void> {
    clearTimeout(this.#restartTimer)
    const runner = this.#runner
    this.#runner = undefined
    if (runner?.isRunning()) await runner.stop()
    if (!this.context.stopping.aborted && this.context.state().state === 'polling')
      this.context.setState({ state: 'standby' })
  }

  #trouble(detail: string): void {
    if (this.context.state().state !== 'reconnecting')
      this.context.log.warn({ detail }, 'getUpdates failed; retrying')
    this.context.setState({ state: 'reconnecting', detail })
  }
}

/**
 * Holds back getUpdates while the database is unreachable or updates wait to be retried: its offset
 * would confirm every update fetched before, and a confirmed update is gone if this process stops.
 */
export function confirmOnlyWhenSettled(
  database: DatabaseAvailability,
): Parameters<Bot['api']['config']['use']>[0] {
  return async (prev, method, payload, signal) => {
    if (method === 'getUpdates') await database.whenSettled(signal as AbortSignal | undefined)
    return prev(method, payload, signal)
  }
}
