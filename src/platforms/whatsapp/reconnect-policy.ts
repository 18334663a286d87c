/**
 * What to do when the WhatsApp socket closes, by Baileys' disconnect reason, and how long to wait
 * before trying again. Pure: the connection (connection.ts) carries the decisions out.
 */
import { DisconnectReason } from 'baileys'

export type Reaction =
  /** WhatsApp asks for a new connection (after linking, or a stream restart): reconnect at once. */
  | 'reconnect-now'
  /** A network or server hiccup: reconnect after an exponential, jittered, capped delay. */
  | 'backoff'
  /** Another connection took over this device: reconnect only if this instance still holds the lease. */
  | 'check-lease'
  /** The device is no longer linked (logged out, banned, or the phone's multi-device state changed). */
  | 'relink-needed'
  /** WhatsApp refuses the WhatsApp Web version Sinergi announces: only the operator can fix it. */
  | 'version-refused'

export interface DisconnectVerdict {
  readonly reaction: Reaction
  /** The reason in words, for logs and the status page. */
  readonly reason: string
  readonly statusCode: number | undefined
}

/** The HTTP-like status code Baileys puts on the error of `lastDisconnect` (a Boom). */
export function statusCodeOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined
  const output = (error as { output?: { statusCode?: unknown } }).output
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined
}

/** Baileys' DisconnectReason codes, each with its reaction (408 covers both "connection lost" and "timed out"). */
export function verdictFor(statusCode: number | undefined): DisconnectVerdict {
  const verdict = (reaction: Reaction, reason: string): DisconnectVerdict => ({
    reaction,
    reason,
    statusCode,
  })
  switch (statusCode) {
    case DisconnectReason.restartRequired:
      return verdict('reconnect-now', 'restart required')
    case DisconnectReason.connectionLost:
      return verdict('backoff', 'connection lost or timed out')
    case DisconnectReason.connectionClosed:
      return verdict('backoff', 'connection closed')
    case DisconnectReason.unavailableService:
      return verdict('backoff', 'service unavailable')
    case DisconnectReason.badSession:
      return verdict('backoff', 'bad session')
    case DisconnectReason.connectionReplaced:
      return verdict('check-lease', 'connection replaced by another client')
    // 405: WhatsApp retired the announced WhatsApp Web version (Baileys' built-in one, or WHATSAPP_WA_VERSION).
    case 405:
      return verdict('version-refused', 'WhatsApp refused this WhatsApp Web version (405)')
    case DisconnectReason.loggedOut:
      return verdict('relink-needed', 'logged out from the phone')
    case DisconnectReason.forbidden:
      return verdict('relink-needed', 'forbidden (the number may be banned or restricted)')
    case DisconnectReason.multideviceMismatch:
      return verdict('relink-needed', 'multi-device mismatch')
    default:
      return verdict(
        'backoff',
        statusCode === undefined ? 'closed without a reason' : `closed (${statusCode})`,
      )
  }
}

export interface BackoffOptions {
  /** First delay (doubled at each further failure). */
  readonly baseMs: number
  /** Largest delay between two attempts while the circuit is closed. */
  readonly maxMs: number
  /** Consecutive failures after which the circuit opens. */
  readonly breakerThreshold: number
  /** Pause while the circuit is open; one attempt after it, and the pause again if that fails. */
  readonly breakerCooldownMs: number
  /** Source of randomness in [0, 1) for the jitter (tests fix it). */
  readonly random?: () => number
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  baseMs: 2_000,
  maxMs: 5 * 60_000,
  breakerThreshold: 8,
  breakerCooldownMs: 15 * 60_000,
}

/** Restart-required closes in a row (no open between) reconnected at once before backing off. */
const RESTARTS_BEFORE_BACKOFF = 3

export interface Delay {
  readonly delayMs: number
  /** Too many failures in a row: the circuit is open and attempts are spaced by the cool-down. */
  readonly circuitOpen: boolean
  /** Failures in a row, this one included. */
  readonly failures: number
}

/**
 * Exponential backoff with "equal jitter" (half the delay fixed, half random, so replicas that lost
 * the network together do not come back in step), capped, behind a circuit breaker: after
 * `breakerThreshold` failures in a row the connection waits the cool-down between attempts, so a
 * banned or unreachable account is not hammered. A connection that opens resets it.
 */
export class ReconnectBackoff {
  #failures = 0
  #restarts = 0

  constructor(private readonly options: BackoffOptions = DEFAULT_BACKOFF) {}

  get failures(): number {
    return this.#failures
  }

  /** Records one failure and says how long to wait before the next attempt. */
  next(): Delay {
    this.#failures += 1
    const { baseMs, maxMs, breakerThreshold, breakerCooldownMs } = this.options
    if (this.#failures >= breakerThreshold) {
      return { delayMs: breakerCooldownMs, circuitOpen: true, failures: this.#failures }
    }
    const ceiling = Math.min(maxMs, baseMs * 2 ** (this.#failures - 1))
    const random = this.options.random ?? Math.random
    const delayMs = Math.round(ceiling / 2 + (ceiling / 2) * random())
    return { delayMs, circuitOpen: false, failures: this.#failures }
  }

  /**
   * WhatsApp asked for a restart (515). Reconnecting at once is right after linking and for a stream
   * restart, but restarts without an open in between are a loop: past a few, they back off (a delay)
   * instead of hammering WhatsApp. Undefined: reconnect now.
   */
  restart(): Delay | undefined {
    this.#restarts += 1
    return this.#restarts > RESTARTS_BEFORE_BACKOFF ? this.next() : undefined
  }

  /** The connection opened: a fresh start. */
  reset(): void {
    this.#failures = 0
    this.#restarts = 0
  }
}
