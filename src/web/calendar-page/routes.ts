import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import { linkStanding } from '../../domain/calendar/link-generation.js'
import { verifyCalendarLink } from '../../domain/calendar/web-link.js'
import { expiredPage, notFoundPage, PAGE_HEADERS } from '../pages.js'
import { loadCalendarPage } from './model.js'
import { renderCalendarPage } from './render.js'

export interface CalendarPageSources {
  readonly db: Kysely<Database>
  readonly clock: Clock
  /** The key the links are signed with. */
  readonly linkSecret: string
}

/** `GET /kalender/<signed token>`: the read-only web calendar of one workspace. */
export function calendarPageRoutes(sources: CalendarPageSources): Hono {
  const routes = new Hono()
  routes.get('/kalender/:token', async (c) => {
    const now = sources.clock.now()
    const check = verifyCalendarLink(sources.linkSecret, c.req.param('token'), now)
    if (!check.ok) return check.reason === 'expired' ? expiredPage(c) : notFoundPage(c)
    // A renewed generation answers like any unknown address: the 404 page says links may be revoked.
    const link = await linkStanding(sources.db, check.link)
    if (!link) return notFoundPage(c)
    const model = await loadCalendarPage(sources.db, link, c.req.query(), now)
    if (!model) return notFoundPage(c)
    return c.html(renderCalendarPage(model), 200, PAGE_HEADERS)
  })
  return routes
}
