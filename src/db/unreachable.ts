/**
 * Which failures mean "the database server cannot be reached right now" (a restart, a failover, a cut
 * network, a terminated connection) rather than "this query is wrong". Only the first kind is waited
 * out and retried; retrying a constraint violation would just fail again.
 */

/** Socket errors of a connection that could not be opened or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/**
 * SQLSTATEs of a server going away: connection exceptions (class 08), administrator or crash
 * shutdown and "cannot connect now" (a starting or failing-over server), too many connections.
 */
const SERVER_GONE_STATES = /^(08...|57P01|57P02|57P03|53300)$/

/** What node-postgres says, without a code, when a connection dies under it or cannot be had in time. */
const DRIVER_MESSAGES =
  /^Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly/

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE_STATES.test(code))) return true
    if (DRIVER_MESSAGES.test(current.message)) return true
    current = current.cause
  }
  return false
}
