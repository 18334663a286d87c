/**
 * The life of the WhatsApp connection. An instance first holds the session's lease (standing by while
 * another instance holds it), then opens a socket with the credentials from the database and keeps it
 * open: it renews the lease every few seconds and drops the socket at once when renewal fails. When
 * the socket closes, the disconnect reason decides (reconnect-policy.ts): reconnect at once, after a
 * backoff behind a circuit breaker, stand down for the instance that now owns the session, or stop and
 * clear the session because WhatsApp unlinked the device. There is only ever one loop, so one
 * reconnect in flight, and the old socket has ended before a new one is made.
 *
 * The lease side lives in lease-keeping.ts, one socket's event wiring in socket-session.ts, and its
 * QR and pairing codes in linking-codes.ts.
 */
import type { Logger } from '../../logger.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import { DatabaseAuthState, FencedWriteError } from './auth-state.js'
import {
  type ConnectionEvent,
  type ConnectionOptions,
  type ConnectionTiming,
  DEFAULT_TIMING,
} from './connection-options.js'
import { errorText, sleep } from './connection-waits.js'
import { LeaseRenewal, waitForLease } from './lease-keeping.js'
import type { WaSocketPort } from './port.js'
import { DEFAULT_BACKOFF, type DisconnectVerdict, ReconnectBackoff, verdictFor } from './reconnect-policy.js'
import { type Closed, runSocket, type SocketSessionContext, type SocketSlot } from './socket-session.js'

export {
  type ConnectionEvent,
  type ConnectionOptions,
  type ConnectionTiming,
  DEFAULT_TIMING,
} from './connection-options.js'

export class WhatsAppConnection {
  readonly #timing: ConnectionTiming
  readonly #backoff: ReconnectBackoff
  readonly #stopping = new AbortController()
  readonly #log: Logger
  #status: WhatsAppLinkStatus
  #loop: Promise<void> | undefined
  readonly #slot: SocketSlot = { socket: undefined, open: false, end: undefined }
  #leaseLost = false
  #wake = new AbortController()
  readonly #renewal: LeaseRenewal
  #relinkWaiter: ((outcome: 'relink' | 'stopped' | 'lease-lost') => void) | undefined

  constructor(private readonly options: ConnectionOptions) {
    this.#timing = { ...DEFAULT_TIMING, ...options.timing }
    this.#backoff = new ReconnectBackoff(options.backoff ?? DEFAULT_BACKOFF)
    this.#log = options.logger
    this.#status = { state: 'connecting', updatedAt: options.clock.now() }
    this.#renewal = new LeaseRenewal({
      lease: options.lease,
      everyMs: this.#timing.leaseRenewMs,
      log: this.#log,
      isLost: () => this.#leaseLost,
      lose: (reason) => this.#loseLease(reason),
    })
  }

  /** Starts the loop in the background. */
  start(): void {
    this.#loop ??= this.#run().catch((error: unknown) => {
      this.#log.error({ err: error }, 'the WhatsApp connection loop failed; WhatsApp is stopped')
      this.#setStatus({ state: 'logged-out', detail: 'internal error; restart Sinergi' })
    })
  }

  /** Ends the socket, waits for the credentials to be written, and lets the lease go. */
  async stop(): Promise<void> {
    this.#stopping.abort()
    this.#wake.abort()
    this.#slot.end?.('stop')
    this.#relinkWaiter?.('stopped')
    await this.#loop
    this.#renewal.stop()
    await this.options.lease.release().catch((error: unknown) => {
      this.#log.warn(
        { reason: errorText(error) },
        'releasing the WhatsApp lease failed; it expires on its own',
      )
    })
    this.#setStatus({ state: 'disabled', detail: 'stopped' })
  }

  /** After WhatsApp unlinked the device: start linking again (new QR code or pairing code). */
  relink(): boolean {
    if (!this.#relinkWaiter) return false
    this.#relinkWaiter('relink')
    return true
  }

  /** The open socket, or undefined while connecting, standing by or stopped. */
  socket(): WaSocketPort | undefined {
    return this.#slot.open ? this.#slot.socket : undefined
  }

  status(): WhatsAppLinkStatus {
    return this.#status
  }

  async #run(): Promise<void> {
    while (!this.#stopping.signal.aborted) {
      const epoch = await this.#holdLease()
      if (epoch === undefined) return
      // A single instance keeps the lease only as the fence of its credential writes: nobody else
      // can take it, so it is never renewed.
      if (!this.options.singleInstance) this.#renewal.start()
      try {
        const outcome = await this.#serve(epoch)
        if (outcome === 'stopped') return
      } finally {
        this.#renewal.stop()
      }
      this.#setStatus({ state: 'standby', detail: 'another instance holds the WhatsApp session' })
      await sleep(this.#timing.standbyRetryMs, this.#stopping.signal)
    }
  }

  /** Waits until this instance holds the lease; undefined when stopped first. */
  #holdLease(): Promise<number | undefined> {
    return waitForLease({
      lease: this.options.lease,
      log: this.#log,
      stopping: this.#stopping.signal,
      standbyRetryMs: this.#timing.standbyRetryMs,
      setStatus: (change) => this.#setStatus(change),
      emit: (event) => this.#emit(event),
      takeOver: this.options.singleInstance ?? false,
      acquired: () => {
        this.#leaseLost = false
        this.#wake = new AbortController()
      },
    })
  }

  /** Connects and reconnects while this instance holds the lease under `epoch`. */
  async #serve(epoch: number): Promise<'stopped' | 'stand-down'> {
    const { lease, db } = this.options
    const fence = { session: lease.session, owner: lease.owner, epoch }
    for (;;) {
      if (this.#stopping.signal.aborted) return 'stopped'
      if (this.#leaseLost) return 'stand-down'
      let auth: DatabaseAuthState
      try {
        auth = await DatabaseAuthState.open(db, fence, () =>
          this.#loseLease('a credentials or key write was refused: another instance holds the session now'),
        )
      } catch (error) {
        this.#log.warn({ reason: errorText(error) }, 'loading the WhatsApp credentials failed')
        await this.#pause(this.#backoff.next().delayMs)
        continue
      }
      const closed = await runSocket(this.#socketContext(), auth)
      await auth.flush()
      if (closed.cause === 'stop' || this.#stopping.signal.aborted) {
        this.#closedEvent(closed, 'stopped')
        return 'stopped'
      }
      if (closed.cause === 'lease-lost' || this.#leaseLost) {
        this.#closedEvent(closed, 'stand-down')
        return 'stand-down'
      }
      const verdict = verdictFor(closed.statusCode)
      const linkingEnded =
        closed.showedCode && (verdict.reaction === 'backoff' || verdict.reaction === 'reconnect-now')
      // A device that never linked cannot be "logged out": WhatsApp refused an unfinished pairing.
      const pairingRefused = verdict.reaction === 'relink-needed'
      if (!closed.linked && (linkingEnded || pairingRefused)) {
        // A linking attempt ended: its QR codes ran out unscanned, WhatsApp restarts the stream, or it
        // refused half-paired credentials. The next socket starts from fresh credentials.
        const delayMs = verdict.reaction === 'reconnect-now' ? 0 : this.#timing.linkingRetryMs
        if (delayMs > 0)
          this.#setStatus({
            state: 'connecting',
            detail: pairingRefused
              ? 'WhatsApp refused the unfinished pairing; linking starts again'
              : 'the last linking codes ran out unused; new ones follow',
          })
        this.#emit({ type: 'closed', verdict, action: 'linking-retry', delayMs })
        await this.#pause(delayMs)
        continue
      }
      switch (verdict.reaction) {
        case 'reconnect-now': {
          const delay = this.#backoff.restart()
          if (delay) {
            await this.#backOff(verdict, closed.message, delay)
            continue
          }
          this.#log.info({ reason: verdict.reason }, 'WhatsApp asked for a new connection; reconnecting now')
          this.#emit({ type: 'closed', verdict, action: 'reconnect-now', delayMs: 0 })
          continue
        }
        case 'check-lease': {
          const ours = await lease.renew().catch(() => false)
          if (!ours) {
            this.#log.warn(
              { reason: verdict.reason },
              'another instance took over the WhatsApp session; standing down',
            )
            this.#leaseLost = true
            this.#emit({ type: 'closed', verdict, action: 'stand-down' })
            return 'stand-down'
          }
          // Still ours: some other client uses these credentials. Back off rather than fight it.
          await this.#backOff(verdict, closed.message)
          continue
        }
        case 'backoff':
          await this.#backOff(verdict, closed.message)
          continue
        case 'version-refused':
          await this.#versionRefused(verdict)
          continue
        case 'relink-needed': {
          const outcome = await this.#unlinked(auth, verdict)
          if (outcome !== 'relink') return outcome === 'stopped' ? 'stopped' : 'stand-down'
          this.#backoff.reset()
          continue
        }
      }
    }
  }

  /** What one socket session sees of this connection. */
  #socketContext(): SocketSessionContext {
    return {
      options: this.options,
      log: this.#log,
      closeTimeoutMs: this.#timing.closeTimeoutMs,
      slot: this.#slot,
      stopping: this.#stopping.signal,
      leaseLost: () => this.#leaseLost,
      status: () => this.#status,
      setStatus: (change) => this.#setStatus(change),
      resetBackoff: () => this.#backoff.reset(),
      emit: (event) => this.#emit(event),
    }
  }

  async #backOff(verdict: DisconnectVerdict, message?: string, next = this.#backoff.next()): Promise<void> {
    const seconds = Math.round(next.delayMs / 1000)
    const detail = next.circuitOpen
      ? `${verdict.reason}; ${next.failures} failures in a row, pausing ${seconds} s between attempts`
      : `${verdict.reason}; retrying in ${seconds} s`
    this.#setStatus({ state: 'reconnecting', detail })
    const log = next.circuitOpen ? this.#log.error.bind(this.#log) : this.#log.warn.bind(this.#log)
    log(
      {
        statusCode: verdict.statusCode,
        reason: verdict.reason,
        error: message,
        delayMs: next.delayMs,
        failures: next.failures,
      },
      'WhatsApp connection closed; reconnecting later',
    )
    this.#emit({
      type: 'closed',
      verdict,
      action: 'backoff',
      delayMs: next.delayMs,
      circuitOpen: next.circuitOpen,
    })
    await this.#pause(next.delayMs)
  }

  /**
   * WhatsApp refuses the announced WhatsApp Web version: retrying the same version cannot help, so the
   * status and the log say what to do, and attempts are spaced by the circuit breaker's pause (WhatsApp
   * has been known to accept a version again).
   */
  async #versionRefused(verdict: DisconnectVerdict): Promise<void> {
    const delayMs = this.options.backoff?.breakerCooldownMs ?? DEFAULT_BACKOFF.breakerCooldownMs
    const detail = `${verdict.reason}: set WHATSAPP_WA_VERSION to the current WhatsApp Web version (e.g. 2.3000.1027934701; the version web.whatsapp.com runs today) and restart Sinergi, or upgrade Baileys`
    this.#setStatus({ state: 'version-refused', detail })
    this.#log.error(
      { statusCode: verdict.statusCode, retryInMs: delayMs },
      `WhatsApp connection refused — ${detail}`,
    )
    this.#emit({ type: 'closed', verdict, action: 'version-refused', delayMs })
    await this.#pause(delayMs)
  }

  /** WhatsApp unlinked the device: clear the session, say so, and wait to be told to link again. */
  async #unlinked(
    auth: DatabaseAuthState,
    verdict: DisconnectVerdict,
  ): Promise<'relink' | 'stopped' | 'lease-lost'> {
    const detail = `${verdict.reason}: WhatsApp no longer accepts this linked device. Re-linking is needed: restart Sinergi or use the admin page, then scan the new QR code (or type the new pairing code).`
    this.#log.error(
      { statusCode: verdict.statusCode, reason: verdict.reason },
      `WhatsApp session ended — ${detail}`,
    )
    this.#emit({ type: 'closed', verdict, action: 'relink-needed' })
    try {
      await auth.clear()
    } catch (error) {
      if (error instanceof FencedWriteError) return 'lease-lost'
      this.#log.error({ reason: errorText(error) }, 'clearing the WhatsApp session failed')
    }
    this.#setStatus({ state: 'logged-out', detail })
    if (this.#stopping.signal.aborted) return 'stopped'
    if (this.#leaseLost) return 'lease-lost'
    return new Promise((resolve) => {
      this.#relinkWaiter = (outcome) => {
        this.#relinkWaiter = undefined
        resolve(outcome)
      }
    })
  }

  /** The lease is gone (or its state unknown): the socket goes at once; the loop stands by. */
  #loseLease(reason: string): void {
    if (this.#leaseLost) return
    this.#leaseLost = true
    this.options.lease.forget()
    this.#log.warn({ reason }, 'lost the WhatsApp lease; dropping the socket')
    this.#emit({ type: 'lease-lost', reason })
    this.#slot.end?.('lease-lost')
    this.#wake.abort()
    this.#relinkWaiter?.('lease-lost')
  }

  /** Waits `ms`, cut short by a stop or the loss of the lease. */
  async #pause(ms: number): Promise<void> {
    if (ms <= 0) return
    await sleep(ms, AbortSignal.any([this.#stopping.signal, this.#wake.signal]))
  }

  #closedEvent(closed: Closed, action: 'stopped' | 'stand-down'): void {
    this.#emit({ type: 'closed', verdict: verdictFor(closed.statusCode), action })
  }

  #setStatus(change: Omit<WhatsAppLinkStatus, 'updatedAt'>): void {
    this.#status = { ...change, updatedAt: this.options.clock.now() }
    this.options.onStatus?.(this.#status)
  }

  #emit(event: ConnectionEvent): void {
    this.options.onEvent?.(event)
  }
}
