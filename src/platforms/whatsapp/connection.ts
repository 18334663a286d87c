/**
 * The life of the WhatsApp connection. An instance first holds the session's lease (standing by while
 * another instance holds it), then opens a socket with the credentials from the database and keeps it
 * open: it renews the lease every few seconds and drops the socket at once when renewal fails. When
 * the socket closes, the disconnect reason decides (reconnect-policy.ts): reconnect at once, after a
 * backoff behind a circuit breaker, stand down for the instance that now owns the session, or stop and
 * clear the session because WhatsApp unlinked the device. There is only ever one loop, so one
 * reconnect in flight, and the old socket has ended before a new one is made.
 *
 * While the device is not linked, each socket shows QR codes (printed in the terminal and kept in the
 * link status for the admin page) or, with a pairing number, asks WhatsApp for a pairing code.
 */
import type { ConnectionState } from 'baileys'
import type { Clock } from '../../clock.js'
import type { Logger } from '../../logger.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import { DatabaseAuthState, FencedWriteError, isLinkedCreds } from './auth-state.js'
import type { SessionLease } from './lease.js'
import type { BaileysLogger, SocketFactory, WaSocketConfig, WaSocketPort } from './port.js'
import {
  type BackoffOptions,
  DEFAULT_BACKOFF,
  type DisconnectVerdict,
  ReconnectBackoff,
  statusCodeOf,
  verdictFor,
} from './reconnect-policy.js'
import type { WhatsAppDb } from './tables.js'

export interface ConnectionTiming {
  /** How long a lease lasts without renewal. */
  readonly leaseTtlMs: number
  /** How often the holder renews it (a few times per TTL). */
  readonly leaseRenewMs: number
  /** How often a standing-by instance tries to take the lease. */
  readonly standbyRetryMs: number
  /** Pause before showing new QR codes after a linking attempt ran out unscanned. */
  readonly linkingRetryMs: number
  /** How long to wait for a socket we ended to report that it closed. */
  readonly closeTimeoutMs: number
}

export const DEFAULT_TIMING: ConnectionTiming = {
  leaseTtlMs: 30_000,
  leaseRenewMs: 5_000,
  standbyRetryMs: 5_000,
  linkingRetryMs: 3_000,
  closeTimeoutMs: 10_000,
}

/** What the connection did, for logs, metrics and tests. */
export type ConnectionEvent =
  | { readonly type: 'lease-acquired'; readonly epoch: number }
  | { readonly type: 'standby'; readonly holder?: string }
  | { readonly type: 'lease-lost'; readonly reason: string }
  | { readonly type: 'socket-created' }
  | { readonly type: 'open' }
  | {
      readonly type: 'closed'
      readonly verdict: DisconnectVerdict
      readonly action:
        | 'reconnect-now'
        | 'backoff'
        | 'linking-retry'
        | 'stand-down'
        | 'relink-needed'
        | 'stopped'
      readonly delayMs?: number
      readonly circuitOpen?: boolean
    }

export interface ConnectionOptions {
  readonly db: WhatsAppDb
  readonly lease: SessionLease
  readonly socketFactory: SocketFactory
  readonly clock: Clock
  readonly logger: Logger
  /** Baileys' own logger (quieter than ours). */
  readonly baileysLogger: BaileysLogger
  readonly pairingNumber?: string
  readonly timing?: Partial<ConnectionTiming>
  readonly backoff?: BackoffOptions
  /** Shows a QR payload to the operator (the terminal); the link status keeps it for the admin page. */
  readonly showQr?: (qr: string) => void
  /** Shows a pairing code to the operator. */
  readonly showPairingCode?: (code: string) => void
  readonly socketConfig: Pick<WaSocketConfig, 'getMessage' | 'cachedGroupMetadata'>
  /** A socket was made: attach the message and group listeners. */
  readonly attach: (socket: WaSocketPort) => void
  /** The socket is open and usable. */
  readonly opened: (socket: WaSocketPort) => void
  /** The socket is gone. */
  readonly closed: () => void
  readonly onStatus?: (status: WhatsAppLinkStatus) => void
  readonly onEvent?: (event: ConnectionEvent) => void
}

type EndCause = 'stop' | 'lease-lost'

interface Closed {
  readonly statusCode: number | undefined
  readonly cause: EndCause | undefined
  /** The credentials were those of a linked device when the socket closed. */
  readonly linked: boolean
  /** The socket showed a QR code or a pairing code (a linking attempt). */
  readonly showedCode: boolean
  /** What the closing error said (never a secret: network and protocol messages). */
  readonly message?: string
}

export class WhatsAppConnection {
  readonly #timing: ConnectionTiming
  readonly #backoff: ReconnectBackoff
  readonly #stopping = new AbortController()
  readonly #log: Logger
  #status: WhatsAppLinkStatus
  #loop: Promise<void> | undefined
  #socket: WaSocketPort | undefined
  #open = false
  #end: ((cause: EndCause) => void) | undefined
  #leaseLost = false
  #wake = new AbortController()
  #renewTimer: NodeJS.Timeout | undefined
  #renewing = false
  #relinkWaiter: ((outcome: 'relink' | 'stopped' | 'lease-lost') => void) | undefined

  constructor(private readonly options: ConnectionOptions) {
    this.#timing = { ...DEFAULT_TIMING, ...options.timing }
    this.#backoff = new ReconnectBackoff(options.backoff ?? DEFAULT_BACKOFF)
    this.#log = options.logger
    this.#status = { state: 'connecting', updatedAt: options.clock.now() }
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
    this.#end?.('stop')
    this.#relinkWaiter?.('stopped')
    await this.#loop
    this.#stopRenewing()
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
    return this.#open ? this.#socket : undefined
  }

  status(): WhatsAppLinkStatus {
    return this.#status
  }

  async #run(): Promise<void> {
    while (!this.#stopping.signal.aborted) {
      const epoch = await this.#holdLease()
      if (epoch === undefined) return
      this.#startRenewing()
      try {
        const outcome = await this.#serve(epoch)
        if (outcome === 'stopped') return
      } finally {
        this.#stopRenewing()
      }
      this.#setStatus({ state: 'standby', detail: 'another instance holds the WhatsApp session' })
      await sleep(this.#timing.standbyRetryMs, this.#stopping.signal)
    }
  }

  /** Waits until this instance holds the lease; undefined when stopped first. */
  async #holdLease(): Promise<number | undefined> {
    const { lease } = this.options
    let announced = false
    while (!this.#stopping.signal.aborted) {
      try {
        const result = await lease.tryAcquire()
        if (result.acquired) {
          this.#leaseLost = false
          this.#wake = new AbortController()
          this.#log.info({ session: lease.session, epoch: result.epoch }, 'holding the WhatsApp session')
          this.#emit({ type: 'lease-acquired', epoch: result.epoch })
          return result.epoch
        }
        const holder = result.holder?.owner
        this.#setStatus({
          state: 'standby',
          detail: `another instance (${holder ?? 'unknown'}) holds the WhatsApp session; this one takes over if it stops`,
        })
        if (!announced) {
          announced = true
          this.#log.info({ holder }, 'another instance holds the WhatsApp session; standing by')
          this.#emit({ type: 'standby', ...(holder ? { holder } : {}) })
        }
      } catch (error) {
        this.#setStatus({
          state: 'standby',
          detail: 'cannot reach the database to take the WhatsApp session',
        })
        this.#log.warn({ reason: errorText(error) }, 'taking the WhatsApp lease failed; retrying')
      }
      await sleep(this.#timing.standbyRetryMs, this.#stopping.signal)
    }
    return undefined
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
      const closed = await this.#runSocket(auth)
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
      if (
        closed.showedCode &&
        !closed.linked &&
        (verdict.reaction === 'backoff' || verdict.reaction === 'reconnect-now')
      ) {
        // A linking attempt ended: its QR codes ran out unscanned, or WhatsApp restarts the stream.
        const delayMs = verdict.reaction === 'reconnect-now' ? 0 : this.#timing.linkingRetryMs
        if (delayMs > 0)
          this.#setStatus({
            state: 'connecting',
            detail: 'the last QR codes ran out unscanned; new ones follow',
          })
        this.#emit({ type: 'closed', verdict, action: 'linking-retry', delayMs })
        await this.#pause(delayMs)
        continue
      }
      switch (verdict.reaction) {
        case 'reconnect-now':
          this.#log.info({ reason: verdict.reason }, 'WhatsApp asked for a new connection; reconnecting now')
          this.#emit({ type: 'closed', verdict, action: 'reconnect-now', delayMs: 0 })
          continue
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
        case 'relink-needed': {
          const outcome = await this.#unlinked(auth, verdict)
          if (outcome !== 'relink') return outcome === 'stopped' ? 'stopped' : 'stand-down'
          this.#backoff.reset()
          continue
        }
      }
    }
  }

  /** Opens one socket and resolves when it has closed (by WhatsApp, by error, or ended by us). */
  #runSocket(auth: DatabaseAuthState): Promise<Closed> {
    const { options } = this
    return new Promise<Closed>((resolve) => {
      let cause: EndCause | undefined
      let settled = false
      let closeTimer: NodeJS.Timeout | undefined
      let pairingAsked = false
      let showedCode = false
      const finish = (statusCode: number | undefined, message?: string) => {
        if (settled) return
        settled = true
        clearTimeout(closeTimer)
        this.#socket = undefined
        this.#open = false
        this.#end = undefined
        options.closed()
        resolve({
          statusCode,
          cause,
          linked: isLinkedCreds(auth.creds),
          showedCode,
          ...(message ? { message } : {}),
        })
      }
      let socket: WaSocketPort
      try {
        socket = options.socketFactory({
          ...options.socketConfig,
          auth: auth.socketAuth(options.baileysLogger),
          logger: options.baileysLogger,
        })
      } catch (error) {
        this.#log.warn({ reason: errorText(error) }, 'creating the WhatsApp socket failed')
        finish(undefined)
        return
      }
      this.#socket = socket
      this.#end = (why) => {
        if (cause) return
        cause = why
        this.#open = false
        closeTimer = setTimeout(() => finish(undefined), this.#timing.closeTimeoutMs)
        Promise.resolve()
          .then(() => socket.end(undefined))
          .catch((error: unknown) =>
            this.#log.debug({ reason: errorText(error) }, 'ending the socket failed'),
          )
      }
      socket.ev.on('creds.update', () => {
        auth.saveCreds().catch((error: unknown) => {
          if (error instanceof FencedWriteError)
            this.#log.warn('a credentials write was refused: this instance no longer holds the session')
          else this.#log.error({ reason: errorText(error) }, 'saving the WhatsApp credentials failed')
        })
      })
      socket.ev.on('connection.update', (update: Partial<ConnectionState>) => {
        if (update.qr) {
          showedCode = true
          if (options.pairingNumber) {
            if (!pairingAsked) {
              pairingAsked = true
              void this.#askPairingCode(socket, options.pairingNumber)
            }
          } else {
            this.#setStatus({
              state: 'waiting-for-qr-scan',
              qr: update.qr,
              detail: 'scan with WhatsApp: Linked devices → Link a device',
            })
            this.#log.info(
              'WhatsApp is not linked yet: scan the QR code (terminal or admin page) with the phone of the bot number',
            )
            options.showQr?.(update.qr)
          }
        }
        if (update.isNewLogin) this.#log.info('WhatsApp linked this instance as a new device')
        if (update.connection === 'connecting' && !this.#status.qr && !this.#status.pairingCode) {
          this.#setStatus({ state: 'connecting' })
        }
        if (update.connection === 'open' && !cause) {
          this.#open = true
          this.#backoff.reset()
          const me = socket.user?.id?.split(/[:@]/)[0]
          this.#setStatus({ state: 'open', ...(me ? { detail: `linked to +${me}` } : {}) })
          this.#log.info({ account: me ? `+${me}` : undefined }, 'WhatsApp connection open')
          this.#emit({ type: 'open' })
          options.opened(socket)
        }
        if (update.connection === 'close') {
          const error = update.lastDisconnect?.error
          finish(statusCodeOf(error), error?.message)
        }
      })
      options.attach(socket)
      this.#emit({ type: 'socket-created' })
      // The lease may have gone, or a stop come, while the socket was being made.
      if (this.#stopping.signal.aborted) this.#end('stop')
      else if (this.#leaseLost) this.#end('lease-lost')
    })
  }

  async #askPairingCode(socket: WaSocketPort, number: string): Promise<void> {
    try {
      const code = await socket.requestPairingCode(number)
      this.#setStatus({
        state: 'waiting-for-pairing-code',
        pairingCode: code,
        detail: `on the phone of +${number}: Linked devices → Link a device → Link with phone number instead`,
      })
      this.#log.info(
        { number: `+${number}` },
        'WhatsApp pairing code issued: type it on the phone (shown in the terminal and the admin page)',
      )
      this.options.showPairingCode?.(code)
    } catch (error) {
      this.#log.warn(
        { reason: errorText(error) },
        'asking WhatsApp for a pairing code failed; trying again with the next connection',
      )
    }
  }

  async #backOff(verdict: DisconnectVerdict, message?: string): Promise<void> {
    const next = this.#backoff.next()
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

  #startRenewing(): void {
    this.#stopRenewing()
    this.#renewTimer = setInterval(() => void this.#renewOnce(), this.#timing.leaseRenewMs)
    this.#renewTimer.unref?.()
  }

  #stopRenewing(): void {
    clearInterval(this.#renewTimer)
    this.#renewTimer = undefined
  }

  async #renewOnce(): Promise<void> {
    if (this.#renewing || this.#leaseLost) return
    this.#renewing = true
    try {
      const ok = await withTimeout(this.options.lease.renew(), this.#timing.leaseRenewMs)
      if (!ok) this.#loseLease('another instance holds the WhatsApp session now')
    } catch (error) {
      this.#loseLease(`renewing the WhatsApp lease failed (${errorText(error)})`)
    } finally {
      this.#renewing = false
    }
  }

  /** The lease is gone (or its state unknown): the socket goes at once; the loop stands by. */
  #loseLease(reason: string): void {
    if (this.#leaseLost) return
    this.#leaseLost = true
    this.options.lease.forget()
    this.#log.warn({ reason }, 'lost the WhatsApp lease; dropping the socket')
    this.#emit({ type: 'lease-lost', reason })
    this.#end?.('lease-lost')
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

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
