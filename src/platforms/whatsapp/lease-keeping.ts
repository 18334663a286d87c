/**
 * The WhatsApp connection's side of the session lease: waiting (standing by) until this instance
 * holds it, and renewing it every few seconds while it does. A renewal that fails or goes unanswered
 * counts as losing the lease, so the socket is dropped before another instance takes over.
 */
import type { Logger } from '../../logger.js'
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
}

/** Waits until this instance holds the lease and returns its epoch; undefined when stopped first. */
export async function waitForLease(context: LeaseWaitContext): Promise<number | undefined> {
  const { lease, log, stopping } = context
  let announced = false
  while (!stopping.aborted) {
    try {
      const result = await lease.tryAcquire()
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

/** Renews the lease on a timer; one renewal at a time, none once the lease is lost. */
export class LeaseRenewal {
  #timer: NodeJS.Timeout | undefined
  #renewing = false

  constructor(
    private readonly lease: SessionLease,
    private readonly everyMs: number,
    private readonly isLost: () => boolean,
    private readonly lose: (reason: string) => void,
  ) {}

  start(): void {
    this.stop()
    this.#timer = setInterval(() => void this.#renewOnce(), this.everyMs)
    this.#timer.unref?.()
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  async #renewOnce(): Promise<void> {
    if (this.#renewing || this.isLost()) return
    this.#renewing = true
    try {
      const ok = await withTimeout(this.lease.renew(), this.everyMs)
      if (!ok) this.lose('another instance holds the WhatsApp session now')
    } catch (error) {
      this.lose(`renewing the WhatsApp lease failed (${errorText(error)})`)
    } finally {
      this.#renewing = false
    }
  }
}
