import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database } from '../db/database.js'
import { findFeed } from '../domain/calendar/feeds.js'
import { buildCalendarFile, calendarFileName } from '../domain/calendar/ics.js'
import { getWorkspace } from '../domain/workspaces/workspaces.js'
import { notFoundPage } from './pages.js'

export interface FeedSources {
  readonly db: Kysely<Database>
  readonly clock: Clock
}

/**
 * `GET /ical/<token>.ics`: the live iCal feed a calendar app subscribes to — the workspace's, or one
 * agency's. An unknown or revoked token is a plain 404, the same for both.
 */
export function feedRoutes(sources: FeedSources): Hono {
  const routes = new Hono()
  routes.get('/ical/:file', async (c) => {
    const token = c.req.param('file').replace(/\.ics$/, '')
    const scope = await findFeed(sources.db, token)
    const workspace = scope && (await getWorkspace(sources.db, scope.workspaceId))
    if (!scope || !workspace) return notFoundPage(c)
    const agency =
      scope.agencyId === null
        ? undefined
        : await sources.db
            .selectFrom('agencies')
            .select(['id', 'code'])
            .where('id', '=', scope.agencyId)
            .executeTakeFirstOrThrow()
    const file = await buildCalendarFile(sources.db, workspace, sources.clock.now(), { agency })
    return c.body(file.ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${calendarFileName(workspace.name, agency?.code)}"`,
      // Calendar apps poll on their own schedule; a proxy must not serve one forum's feed to another.
      'Cache-Control': 'private, max-age=300',
      'X-Robots-Tag': 'noindex, nofollow',
    })
  })
  return routes
}
