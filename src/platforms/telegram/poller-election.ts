/**
 * Exactly one instance long-polls a bot (Telegram answers a second poller with 409). The instances
 * elect it through a PostgreSQL advisory lock held on a connection of its own: the holder polls; the
 * others try again every few seconds. When the holder dies its connection closes, PostgreSQL releases
 * the lock, and another instance takes over at its next try.
 */
import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Logger } from '../../logger.js'
import { sleep } from './api-retry.js'

export interface PollerElectionOptions {
  readonly connectionString: string
  /** Which lock: one per bot, so two bots sharing a database do not block each other. */
  readonly botId: number
  /** How often a standby instance tries to take the lock (default 3 s). */
  readonly retryMs?: number
  /** How often the holder checks its lock connection is alive (default 5 s). */
  readonly checkMs?: number
  readonly logger: Logger
  /** Elected: start polling. */
  onElected(): Promise<void>
  /** No longer the holder (connection lost, or stopping): stop polling before anyone else may start. */
  onDeposed(): Promise<void>
  /** Another instance holds the lock. */
  onStandby(): void
}

/** A stable 64-bit advisory lock key for this bot's poller. */
export function pollerLockKey(botId: number): string {
  return createHash('sha256').update(`sinergi:telegram-poller:${botId}`).digest().readBigInt64BE(0).toString()
}

export class PollerElection {
  readonly #stop = new AbortController()
  #session: AbortController | undefined
  #loop: Promise<void> | undefined

  constructor(private readonly options: PollerElectionOptions) {}

  start(): void {
    this.#loop ??= this.#run()
  }

  /** Stops polling (if this instance polls), then releases the lock by closing its connection. */
  async stop(): Promise<void> {
    this.#stop.abort()
    this.#session?.abort()
    await this.#loop
  }

  async #run(): Promise<void> {
    const { logger } = this.options
    const retryMs = this.options.retryMs ?? 3_000
    const key = pollerLockKey(this.options.botId)
    /** The last attempt failed: while the server stays unreachable, once in the log is enough. */
    let failing = false
    while (!this.#stop.signal.aborted) {
      const session = new AbortController()
      this.#session = session
      const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true })
      // A broken lock connection means the lock may already be someone else's: stop polling at once.
      client.on('error', () => session.abort())
      client.on('end', () => session.abort())
      let elected = false
      try {
        await client.connect()
        if (failing) logger.info('poller lock connection open again')
        failing = false
        let announcedStandby = false
        for (;;) {
          if (session.signal.aborted || this.#stop.signal.aborted) break
          const { rows } = await client.query<{ held: boolean }>(
            'SELECT pg_try_advisory_lock($1::bigint) AS held',
            [key],
          )
          if (rows[0]?.held) {
            elected = true
            break
          }
          if (!announcedStandby) {
            announcedStandby = true
            this.options.onStandby()
            logger.info('another instance polls Telegram; standing by')
          }
          await sleep(retryMs, session.signal)
        }
        if (elected) {
          logger.info('elected to poll Telegram')
          await this.options.onElected()
          const checkMs = this.options.checkMs ?? 5_000
          for (;;) {
            await sleep(checkMs, session.signal)
            await client.query('SELECT 1')
          }
        }
      } catch (error) {
        if (!this.#stop.signal.aborted && !session.signal.aborted && !failing)
          logger.warn(
            { reason: error instanceof Error ? error.message : String(error) },
            'poller lock connection failed; retrying',
          )
        failing = true
      } finally {
        if (elected) {
          await this.options.onDeposed()
          if (!this.#stop.signal.aborted) logger.warn('lost the Telegram poller lock; polling stopped')
        }
        // Closing the session releases the advisory lock.
        await client.end().catch(() => {})
      }
      if (!this.#stop.signal.aborted) await sleep(retryMs, this.#stop.signal).catch(() => {})
    }
  }
}
