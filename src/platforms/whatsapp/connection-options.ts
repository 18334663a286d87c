/**
 * What the WhatsApp connection is given (its options and timing) and what it reports (its events),
 * apart from the connection itself so the socket session and the linking codes can share them.
 */
import type { Clock } from '../../clock.js'
import type { Logger } from '../../logger.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import type { SessionLease } from './lease.js'
import type { BaileysLogger, SocketFactory, WaSocketConfig, WaSocketPort } from './port.js'
import type { BackoffOptions, DisconnectVerdict } from './reconnect-policy.js'
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
        | 'version-refused'
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
  /** The only instance there can be (PGlite): the lease is taken over at once and never renewed. */
  readonly singleInstance?: boolean
  readonly timing?: Partial<ConnectionTiming>
  readonly backoff?: BackoffOptions
  /** Shows a QR payload to the operator (the terminal); the link status keeps it for the admin page. */
  readonly showQr?: (qr: string) => void
  /** Shows a pairing code to the operator. */
  readonly showPairingCode?: (code: string) => void
  readonly socketConfig: Pick<WaSocketConfig, 'getMessage' | 'cachedGroupMetadata' | 'version'>
  /** A socket was made: attach the message and group listeners. */
  readonly attach: (socket: WaSocketPort) => void
  /** The socket is open and usable. */
  readonly opened: (socket: WaSocketPort) => void
  /** The socket is gone. */
  readonly closed: () => void
  readonly onStatus?: (status: WhatsAppLinkStatus) => void
  readonly onEvent?: (event: ConnectionEvent) => void
}
