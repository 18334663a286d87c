import type { Pacing } from '../../relay/send-queue.js'

export interface SendLimits {
  /** Messages per second over all chats. */
  readonly perSecond: number
  /** Messages per minute into one group. */
  readonly perGroupPerMinute: number
  /** Messages per second into one private chat. */
  readonly perPrivatePerSecond: number
}

/** Telegram's published limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). */
export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perGroupPerMinute: 20, perPrivatePerSecond: 1 }

/** The send queue's pacing for Telegram's limits: several calls at once, each chat within its budget. */
export function telegramPacing(limits: SendLimits): Pacing {
  return {
    maxInFlight: 8,
    overall: { count: limits.perSecond, windowMs: 1000 },
    perGroup: { count: limits.perGroupPerMinute, windowMs: 60_000 },
    perPrivate: { count: limits.perPrivatePerSecond, windowMs: 1000 },
  }
}
