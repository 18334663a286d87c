import type { Pacing } from '../../relay/send-queue.js'

/**
 * WhatsApp has no published rate limits and bans numbers that send like machines, so Sinergi sends
 * deliberately slowly: one message at a time, a rolling cap per minute, a least gap between two
 * messages and a longer one within a chat, each gap stretched by a random jitter.
 */
export interface PacingLimits {
  /** Messages per rolling minute, over all chats. */
  readonly perMinute: number
  /** Least time between the end of one send and the start of the next, over all chats. */
  readonly minGapMs: number
  /** Least time between two messages into one chat. */
  readonly chatGapMs: number
  /** Up to this much random extra wait is added to each gap. */
  readonly jitterMs: number
}

/** Conservative defaults (WHATSAPP_* settings in the README). */
export const DEFAULT_PACING: PacingLimits = {
  perMinute: 10,
  minGapMs: 2_000,
  chatGapMs: 4_000,
  jitterMs: 2_000,
}

export function whatsappPacing(limits: PacingLimits): Pacing {
  return {
    maxInFlight: 1,
    overall: { count: limits.perMinute, windowMs: 60_000 },
    gapMs: limits.minGapMs,
    chatGapMs: limits.chatGapMs,
    jitterMs: limits.jitterMs,
  }
}
