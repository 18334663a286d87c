import type { Clock } from '../clock.js'
import type { Incoming } from './types.js'

/** How many commands one person, and one chat, may give in a window before the bot stops answering. */
export interface CommandLimits {
  readonly perPerson: number
  readonly perChat: number
  readonly windowMs: number
}

/**
 * A group may receive about 20 bot messages a minute (Telegram); a person typing commands faster than
 * anyone reads would spend that budget for everyone, so a person gets 20 a minute and a busy group 40.
 */
export const DEFAULT_COMMAND_LIMITS: CommandLimits = { perPerson: 20, perChat: 40, windowMs: 60_000 }

/** `answer`: go on; `warn`: over the limit, say so once; `ignore`: over the limit and already told. */
export type Admission = 'answer' | 'warn' | 'ignore'

interface Window {
  readonly startedAt: number
  count: number
  warned: boolean
}

/**
 * Counts commands per person and per chat in fixed windows that start with the first command. Kept in
 * memory: each instance counts the messages it receives, which is all of them for one chat when one
 * instance polls Telegram and one holds the WhatsApp device; behind a shared webhook each instance
 * counts its own share, so the limit is looser there, never stricter.
 */
export class CommandRateLimit {
  readonly #windows = new Map<string, Window>()
  #sweptAt = 0

  constructor(
    private readonly limits: CommandLimits,
    private readonly clock: Clock,
  ) {}

  admit(incoming: Incoming): Admission {
    const now = this.clock.now().getTime()
    this.#sweep(now)
    const { platform, externalId } = incoming.chat
    const person = this.#window(`person:${platform}:${incoming.sender.externalId}`, now)
    const chat = this.#window(`chat:${platform}:${externalId}`, now)
    const full =
      person.count >= this.limits.perPerson ? person : chat.count >= this.limits.perChat ? chat : undefined
    if (!full) {
      person.count += 1
      chat.count += 1
      return 'answer'
    }
    if (full.warned) return 'ignore'
    full.warned = true
    return 'warn'
  }

  #window(key: string, now: number): Window {
    const current = this.#windows.get(key)
    if (current && now - current.startedAt < this.limits.windowMs) return current
    const fresh = { startedAt: now, count: 0, warned: false }
    this.#windows.set(key, fresh)
    return fresh
  }

  /** Forgets ended windows once a window, so quiet people and chats cost no memory. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < this.limits.windowMs) return
    this.#sweptAt = now
    for (const [key, window] of this.#windows) {
      if (now - window.startedAt >= this.limits.windowMs) this.#windows.delete(key)
    }
  }
}
