import { Hono } from 'hono'
import type { Outage } from '../db/availability.js'
import type { PlatformState } from '../vocabulary.js'
import { withTimeout } from '../with-timeout.js'

export interface ReadinessSources {
  /** Resolves when the database answers a trivial query. */
  pingDatabase(): Promise<void>
  /** Connection states of the chat platforms; reported, never a reason to be unready. */
  platformStates(): Record<string, PlatformState>
  /** An outage of the database server already known (then no ping is needed to answer 503). */
  databaseOutage?(): Outage | undefined
}

const DATABASE_PING_TIMEOUT_MS = 2_000

export function healthRoutes(sources: ReadinessSources): Hono {
  const routes = new Hono()
  routes.get('/healthz', (c) => c.json({ status: 'ok' }))
  routes.get('/readyz', async (c) => {
    const platforms = sources.platformStates()
    const outage = sources.databaseOutage?.()
    if (outage) {
      const since = outage.since.toISOString()
      return c.json(
        { status: 'unready', database: 'unreachable', reason: outage.reason, since, platforms },
        503,
      )
    }
    try {
      await withTimeout(sources.pingDatabase(), DATABASE_PING_TIMEOUT_MS)
      return c.json({ status: 'ready', database: 'ok', platforms })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return c.json({ status: 'unready', database: 'unreachable', reason, platforms }, 503)
    }
  })
  return routes
}
