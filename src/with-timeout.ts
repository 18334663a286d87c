/**
 * Rejects with `${failure} within ${ms} ms` when `promise` has not settled by then. The promise itself
 * goes on; callers use this where waiting longer would hold up others (a readiness probe, a send slot).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, failure = 'no answer'): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${failure} within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** The time given ran out (a timer may fire a hair before the clock reads the deadline: trust this, not the clock). */
export class TimeoutError extends Error {
  override name = 'TimeoutError'
}
