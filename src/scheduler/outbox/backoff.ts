/** How retries of failed platform sends are spaced. */
export interface RetryPolicy {
  /** Attempts in all (the first send included) before a row is marked failed. */
  readonly maxAttempts: number
  /** Delay after the first failure; it doubles with each further one… */
  readonly baseDelayMs: number
  /** …up to this. */
  readonly maxDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
}

/**
 * Exponential backoff with "equal jitter" (half fixed, half random), so that rows failing together (a
 * platform outage during the 07.00 fan-out) do not all come back at the same instant; never sooner than
 * the platform asked (`retryAfterMs`, Telegram's 429 retry_after). `attempt` counts from 1.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1))
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2)
  return Math.max(jittered, retryAfterMs ?? 0)
}
