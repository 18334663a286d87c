/**
 * One place that knows how Bot API calls fail: a grammY transformer that retries flood waits (429,
 * honouring `retry_after`) and server or network errors (with backoff), and helpers that describe an
 * error for the log without ever showing the bot's token.
 */
import { GrammyError, HttpError, type Transformer } from 'grammy'

export interface RetryOptions {
  /** Attempts in all for 5xx and network errors (default 4). */
  readonly attempts?: number
  /** First backoff delay; it doubles each time (default 500 ms). */
  readonly baseDelayMs?: number
  /** A longer flood wait than this is not slept through: the error goes to the caller (default 60 s). */
  readonly maxRetryAfterMs?: number
  /** Aborts every pending wait when the adapter stops. */
  readonly stopSignal?: AbortSignal
  /** Told of every failed attempt: the error code (`429`, `502`, …) or `network`. */
  readonly onError?: (reason: string) => void
}

/** getUpdates has the runner's own retry loop; retrying it here too would hide a 409 from it. */
const NOT_RETRIED = new Set(['getUpdates'])
const FLOOD_ATTEMPTS = 5

/** A grammY API transformer that retries 429 (after `retry_after`) and 5xx / network errors with backoff. */
export function retryTransformer(options: RetryOptions = {}): Transformer {
  const attempts = options.attempts ?? 4
  const baseDelay = options.baseDelayMs ?? 500
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000
  return async (prev, method, payload, signal) => {
    if (NOT_RETRIED.has(method)) return prev(method, payload, signal)
    let failures = 0
    let floods = 0
    for (;;) {
      let waitMs: number
      try {
        const response = await prev(method, payload, signal)
        if (response.ok) return response
        options.onError?.(String(response.error_code))
        const retryAfter = response.parameters?.retry_after
        if (response.error_code === 429 && retryAfter !== undefined) {
          floods += 1
          if (floods > FLOOD_ATTEMPTS || retryAfter * 1000 > maxRetryAfter) return response
          waitMs = retryAfter * 1000
        } else if (response.error_code >= 500) {
          failures += 1
          if (failures >= attempts) return response
          waitMs = baseDelay * 2 ** (failures - 1)
        } else {
          return response
        }
      } catch (error) {
        if (!signal?.aborted) options.onError?.('network')
        failures += 1
        if (signal?.aborted || options.stopSignal?.aborted || failures >= attempts) throw error
        waitMs = baseDelay * 2 ** (failures - 1)
      }
      await sleep(waitMs, options.stopSignal)
    }
  }
}

/** Waits `ms`; rejects at once when `signal` aborts (the adapter is stopping). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('stopped'))
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(new Error('stopped'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** The Bot API's answer to a failed call, when it answered at all. */
export function apiErrorOf(error: unknown): GrammyError | undefined {
  return error instanceof GrammyError ? error : undefined
}

/** Telegram says the bot may not write there: removed from the group, blocked, or never started privately. */
export const isForbidden = (error: unknown): boolean => apiErrorOf(error)?.error_code === 403

/** The group became a supergroup: the id to use from now on. */
export const migratedTo = (error: unknown): number | undefined =>
  apiErrorOf(error)?.parameters.migrate_to_chat_id

/** Our HTML was refused; should never happen (the renderer escapes everything), but then send it plain. */
export const isMarkupRefused = (error: unknown): boolean => {
  const api = apiErrorOf(error)
  return api?.error_code === 400 && /can't parse entities|unsupported start tag/i.test(api.description)
}

/** The chat does not exist for this bot (deleted group, wrong id): retrying cannot help. */
export const isChatGone = (error: unknown): boolean => {
  const api = apiErrorOf(error)
  return api?.error_code === 400 && /chat not found|group chat was deactivated/i.test(api.description)
}

/**
 * A log-safe description of an error: API errors by code and description, network errors by grammY's
 * own message (which omits the URL), anything else with the token cut out. Never the raw error:
 * node-fetch puts the request URL, token included, into its messages.
 */
export function describeError(error: unknown, token: string): Record<string, unknown> {
  const scrub = (text: string) => (token ? text.split(token).join('[token]') : text)
  if (error instanceof GrammyError) {
    return {
      method: error.method,
      code: error.error_code,
      description: scrub(error.description),
      ...(error.parameters.retry_after !== undefined ? { retryAfter: error.parameters.retry_after } : {}),
    }
  }
  if (error instanceof HttpError) return { network: scrub(error.message) }
  if (error instanceof Error) return { error: scrub(`${error.name}: ${error.message}`) }
  return { error: scrub(String(error)) }
}
