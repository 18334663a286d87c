import type { Clock } from '../clock.js'

export interface GuessLimits {
  /** Wrong secrets one client may present within `windowMs`. */
  readonly perClient: number
  /** Wrong secrets all clients together may present within `windowMs`: addresses are cheap to vary. */
  readonly overall: number
  readonly windowMs: number
}

/** 5 wrong tokens a minute from one address, 20 from everyone: a 32-character token is out of reach. */
export const ADMIN_GUESS_LIMITS: GuessLimits = { perClient: 5, overall: 20, windowMs: 60_000 }

/**
 * Counts wrong secrets in a sliding window, per client and overall, and says how long a client must
 * wait once either count is full. Kept in memory: a restart forgets, which only costs a fresh minute.
 */
export class GuessThrottle {
  readonly #failures = new Map<string, number[]>()
  readonly #all: number[] = []

  constructor(
    private readonly clock: Clock,
    private readonly limits: GuessLimits = ADMIN_GUESS_LIMITS,
  ) {}

  /** Seconds the client must wait before its next try, or 0 when it may try now. */
  waitSeconds(client: string): number {
    const now = this.clock.now().getTime()
    const own = this.#recent(this.#failures.get(client) ?? [], now)
    const all = this.#recent(this.#all, now)
    let until = 0
    if (own.length >= this.limits.perClient) until = Math.max(until, own[0]! + this.limits.windowMs)
    if (all.length >= this.limits.overall) until = Math.max(until, all[0]! + this.limits.windowMs)
    return until > now ? Math.ceil((until - now) / 1000) : 0
  }

  recordFailure(client: string): void {
    const now = this.clock.now().getTime()
    const own = this.#recent(this.#failures.get(client) ?? [], now)
    own.push(now)
    this.#failures.set(client, own)
    this.#all.push(now)
    this.#forgetQuietClients(now)
  }

  /** Drops failures older than the window, in place, and returns the list. */
  #recent(failures: number[], now: number): number[] {
    const cutoff = now - this.limits.windowMs
    while (failures.length > 0 && failures[0]! <= cutoff) failures.shift()
    return failures
  }

  /** Keeps the map from growing with every address that ever guessed. */
  #forgetQuietClients(now: number): void {
    for (const [client, failures] of this.#failures)
      if (this.#recent(failures, now).length === 0) this.#failures.delete(client)
  }
}
