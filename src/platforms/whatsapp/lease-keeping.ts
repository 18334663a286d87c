/**
 * The WhatsApp connection's side of the session lease: waiting (standing by) until this instance
 * holds it, and renewing it every few seconds while it does. Another instance holding it, or no
 * confirmed renewal by shortly before the lease would expire, counts as losing it, so the socket is
 * dropped before another instance can take over; a slow or failed renewal before then is waited out.
 */
import type { Logger } from '../../logger.js'
import { TimeoutError } from '../../with-timeout.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import type { ConnectionEvent } from './connection-options.js'
import { errorText, sleep, withTimeout } from './connection-waits.js'
import type { SessionLease } from './lease.js'

export interface LeaseWaitContext {
  readonly lease: SessionLease
  readonly log: Logger
  readonly stopping: AbortSignal
  readonly standbyRetryMs: number
  setStatus(change: Omit<WhatsAppLinkStatus, 'updatedAt'>): void
  emit(event: ConnectionEvent): void
  /** The lease was just taken: called before it is announced. */
  acquired(): void
  /** Take the lease even from another owner (one instance by construction: a holder is a dead process). */
  readonly takeOver?: boolean
}

/** Waits until this instance holds the lease and returns its epoch; undefined when stopped first. */
export async function waitForLease(context: LeaseWaitContext): Promise<number | undefined> {
  const { lease, log, stopping } = context
  let announced = false
  while (!stopping.aborted) {
    try {
      const result = await lease.tryAcquire({ takeOver: context.takeOver ?? false })
      if (result.acquired) {
        context.acquired()
        log.info({ session: lease.session, epoch: result.epoch }, 'holding the WhatsApp session')
        context.emit({ type: 'lease-acquired', epoch: result.epoch })
        return result.epoch
      }
      const holder = result.holder?.owner
      context.setStatus({
        state: 'standby',
        detail: `another instance (${holder ?? 'unknown'}) holds the WhatsApp session; this one takes over if it stops`,
      })
      if (!announced) {
        announced = true
        log.info({ holder }, 'another instance holds the WhatsApp session; standing by')
        context.emit({ type: 'standby', ...(holder ? { holder } : {}) })
      }
    } catch (error) {
      context.setStatus({
        state: 'standby',
        detail: 'cannot reach the database to take the WhatsApp session',
      })
      log.warn({ reason: errorText(error) }, 'taking the WhatsApp lease failed; retrying')
    }
    await sleep(context.standbyRetryMs, stopping)
  }
  return undefined
}

export interface LeaseRenewalContext {
  readonly lease: SessionLease
  readonly everyMs: number
  readonly log: Logger
  isLost(): boolean
  lose(reason: string): void
}

/**
 * Renews the lease on a timer; one renewal at a time, none once the lease is lost. A renewal may take
 * longer than the period (a busy database): it is given until one period before the lease, as last
 * confirmed, would expire, so the socket is gone before another instance may take the session.
 */
export class LeaseRenewal {
  #timer: NodeJS.Timeout | undefined
  #renewing = false
  /** When (performance.now()) the last renewal that the database confirmed was sent. */
  #confirmedAt = 0

  constructor(private readonly context: LeaseRenewalContext) {}

  /** Starts renewing a lease that was just taken or confirmed. */
  start(): void {
    this.stop()
    this.#confirmedAt = performance.now()
    this.#timer = setInterval(() => void this.#renewOnce(), this.context.everyMs)
    this.#timer.unref?.()
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  async #renewOnce(): Promise<void> {
    const { lease, everyMs, log } = this.context
    if (this.#renewing || this.context.isLost()) return
    this.#renewing = true
    const sentAt = performance.now()
    const deadline = this.#confirmedAt + lease.ttlMs - everyMs
    try {
      const ok = await withTimeout(lease.renew(), Math.max(0, deadline - sentAt))
      if (ok) this.#confirmedAt = sentAt
      else this.context.lose('another instance holds the WhatsApp session now')
    } catch (error) {
      if (error instanceof TimeoutError || performance.now() >= deadline) {
        this.context.lose(`the WhatsApp lease could not be renewed before it expires (${errorText(error)})`)
      } else {
        log.warn({ reason: errorText(error) }, 'renewing the WhatsApp lease failed; trying again')
      }
    } finally {
      this.#renewing = false
    }
  }
}
