/** Small waiting helpers of the WhatsApp connection: a sleep a stop can cut short. */
export { withTimeout } from '../../with-timeout.js'

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
