/**
 * Whether the database server answers, as learnt from failing queries. A restart or failover of
 * PostgreSQL must not take the process down, nor lose what arrives meanwhile: whoever sees a query fail
 * because the server is unreachable reports it here; from then on one probe asks the server, with a
 * doubling pause, until it answers, and everything waiting on it (scheduler ticks, held chat messages,
 * Telegram's next getUpdates) goes on. The log says so once when the outage begins and once when it ends.
 * On PGlite no failure is ever of that kind, so nothing here changes anything.
 */
import type { Logger } from '../logger.js'
import { withTimeout } from '../with-timeout.js'
import { isDatabaseUnreachable } from './unreachable.js'

export interface AvailabilityOptions {
  /** A trivial query; resolves when the server answers. */
  ping(): Promise<void>
  readonly logger: Logger
  /** The first pause between probes while the server is unreachable; it doubles up to `maxProbeMs`. */
  readonly firstProbeMs?: number
  readonly maxProbeMs?: number
}

export interface Outage {
  readonly reason: string
  readonly since: Date
}

/** The waits still open when the process stops are ended with this. */
export class AvailabilityStoppedError extends Error {
  override name = 'AvailabilityStoppedError'
}

const FIRST_PROBE_MS = 500
/** A restarted server is noticed within this long: short enough for a failover, long enough to be cheap. */
const MAX_PROBE_MS = 5_000
const PROBE_TIMEOUT_MS = 5_000

interface Waiter {
  check(): void
  fail(error: Error): void
}

export class DatabaseAvailability {
  #outage: Outage | undefined
  /** Pieces of work that hit the outage and wait to be retried. */
  #held = 0
  #stopped = false
  #probeTimer: NodeJS.Timeout | undefined
  readonly #waiters = new Set<Waiter>()
  readonly #log: Logger

  constructor(private readonly options: AvailabilityOptions) {
    this.#log = options.logger.child({ component: 'database' })
  }

  /** The outage under way, if the server is known to be unreachable. */
  get outage(): Outage | undefined {
    return this.#outage
  }

  /** Hears a failed query: true when it means the server is unreachable (then an outage is under way). */
  noteFailure(error: unknown): boolean {
    if (!isDatabaseUnreachable(error)) return false
    if (!this.#outage && !this.#stopped) {
      const reason = error instanceof Error ? error.message : String(error)
      this.#outage = { reason, since: new Date() }
      this.#log.warn({ reason }, 'database unreachable; pausing work that needs it until it answers')
      this.#probe(this.options.firstProbeMs ?? FIRST_PROBE_MS)
    }
    return true
  }

  /** Resolves at once, or when the outage under way ends. */
  whenUp(signal?: AbortSignal): Promise<void> {
    return this.#until(() => !this.#outage, signal)
  }

  /** Resolves when the server answers and no held work waits to be retried. */
  whenSettled(signal?: AbortSignal): Promise<void> {
    return this.#until(() => !this.#outage && this.#held === 0, signal)
  }

  /**
   * Runs `work`; when it fails because the server is unreachable, waits for the server and runs it
   * again, as often as it takes. Other failures are thrown as they are.
   */
  async retryThroughOutage<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let held = false
    try {
      for (;;) {
        await this.whenUp(signal)
        try {
          return await work()
        } catch (error) {
          if (!this.noteFailure(error)) throw error
          if (!held) {
            held = true
            this.#held += 1
          }
        }
      }
    } finally {
      if (held) {
        this.#held -= 1
        this.#changed()
      }
    }
  }

  /** Stops probing; waits still open fail with AvailabilityStoppedError. */
  stop(): void {
    this.#stopped = true
    clearTimeout(this.#probeTimer)
    const error = new AvailabilityStoppedError('stopping: the database is no longer awaited')
    for (const waiter of [...this.#waiters]) waiter.fail(error)
  }

  #probe(delayMs: number): void {
    this.#probeTimer = setTimeout(async () => {
      if (this.#stopped) return
      try {
        await withTimeout(this.options.ping(), PROBE_TIMEOUT_MS)
      } catch {
        this.#probe(Math.min(delayMs * 2, this.options.maxProbeMs ?? MAX_PROBE_MS))
        return
      }
      const downForMs = Date.now() - (this.#outage?.since.getTime() ?? Date.now())
      this.#outage = undefined
      this.#log.info({ downForMs }, 'database reachable again; resuming')
      this.#changed()
    }, delayMs)
  }

  #until(condition: () => boolean, signal?: AbortSignal): Promise<void> {
    if (this.#stopped) return Promise.reject(new AvailabilityStoppedError('stopping'))
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (condition()) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        this.#waiters.delete(waiter)
        signal?.removeEventListener('abort', aborted)
      }
      const waiter: Waiter = {
        check() {
          if (!condition()) return
          done()
          resolve()
        },
        fail(error) {
          done()
          reject(error)
        },
      }
      const aborted = () => waiter.fail(signal?.reason)
      this.#waiters.add(waiter)
      signal?.addEventListener('abort', aborted, { once: true })
    })
  }

  #changed(): void {
    for (const waiter of [...this.#waiters]) waiter.check()
  }
}
