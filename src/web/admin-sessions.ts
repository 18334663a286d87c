import { randomBytes } from 'node:crypto'
import type { Clock } from '../clock.js'

/** How long an admin stays signed in after presenting the token; not extended by use. */
export const ADMIN_SESSION_MS = 12 * 60 * 60 * 1000
/** Sessions only start with the right token, so few exist; the oldest go first past this. */
const MAX_SESSIONS = 100

/**
 * Admin sessions held by the server: the cookie carries only a random id, so a session ends when it
 * expires (or the service restarts) whatever the browser keeps, and a copied cookie dies with it.
 */
export class AdminSessions {
  readonly #expiries = new Map<string, number>()

  constructor(private readonly clock: Clock) {}

  start(): string {
    const now = this.clock.now().getTime()
    this.#forgetExpired(now)
    while (this.#expiries.size >= MAX_SESSIONS) {
      const oldest = this.#expiries.keys().next().value
      if (oldest === undefined) break
      this.#expiries.delete(oldest)
    }
    const id = randomBytes(32).toString('base64url')
    this.#expiries.set(id, now + ADMIN_SESSION_MS)
    return id
  }

  isActive(id: string): boolean {
    const expiry = this.#expiries.get(id)
    if (expiry === undefined) return false
    if (expiry > this.clock.now().getTime()) return true
    this.#expiries.delete(id)
    return false
  }

  end(id: string): void {
    this.#expiries.delete(id)
  }

  #forgetExpired(now: number): void {
    for (const [id, expiry] of this.#expiries) if (expiry <= now) this.#expiries.delete(id)
  }
}
