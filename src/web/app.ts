import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import { type Clock, systemClock } from '../clock.js'
import type { Database } from '../db/database.js'
import type { Logger } from '../logger.js'
import type { WhatsAppLinkStatus } from '../platforms/link-status.js'
import type { Language } from '../text/catalog/index.js'
import { calendarPageRoutes } from './calendar-page/routes.js'
import { feedRoutes } from './feeds.js'
import { healthRoutes, type ReadinessSources } from './health.js'
import { createMetrics, type Metrics, metricsRoutes } from './metrics.js'
import { securityHeaders } from './security.js'
import { styleRoutes } from './styles.js'
import { whatsappLinkRoutes } from './whatsapp-link-page.js'

export interface WebDependencies extends ReadinessSources {
  logger: Logger
  clock?: Clock
  /** Counters for GET /metrics; one is made (with its own registry) when not given. */
  metrics?: Metrics
  /** The web calendar and the iCal feeds; without it those addresses answer 404. */
  calendar?: { db: Kysely<Database>; linkSecret: string }
  /** METRICS_TOKEN: /metrics then answers only requests that present it as a Bearer token. */
  metricsToken?: string
  /** ADMIN_TOKEN: enables /admin/whatsapp. */
  adminToken?: string
  /** The WhatsApp adapter's link status, for /admin/whatsapp; absent: shown as not enabled. */
  whatsappLinkStatus?: () => WhatsAppLinkStatus | undefined
  /** Zone and language of the admin page (the server's defaults). */
  defaults?: { timezone: string; language: Language }
}

/** The service's one HTTP app: health, metrics, the web calendar, the iCal feeds, the WhatsApp link page. */
export function createWebApp(deps: WebDependencies): Hono {
  const app = new Hono()
  const clock = deps.clock ?? systemClock
  const metrics = deps.metrics ?? createMetrics({ platformStates: deps.platformStates })
  app.use(securityHeaders())
  app.route('/', healthRoutes(deps))
  app.route('/', metricsRoutes(metrics, deps.metricsToken))
  app.route('/', styleRoutes())
  if (deps.calendar) {
    const { db, linkSecret } = deps.calendar
    app.route('/', calendarPageRoutes({ db, clock, linkSecret }))
    app.route('/', feedRoutes({ db, clock }))
  }
  app.route(
    '/',
    whatsappLinkRoutes({
      adminToken: deps.adminToken,
      whatsappLinkStatus: deps.whatsappLinkStatus,
      timezone: deps.defaults?.timezone ?? 'Asia/Jakarta',
      language: deps.defaults?.language ?? 'id',
    }),
  )
  app.notFound((c) => c.json({ error: 'not found' }, 404))
  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'http request failed')
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
