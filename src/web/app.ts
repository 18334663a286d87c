import { Hono } from 'hono'
import type { Logger } from '../logger.js'
import { healthRoutes, type ReadinessSources } from './health.js'

export interface WebDependencies extends ReadinessSources {
  logger: Logger
}

/** The service's one HTTP app; later features mount their routes on it. */
export function createWebApp(deps: WebDependencies): Hono {
  const app = new Hono()
  app.route('/', healthRoutes(deps))
  app.notFound((c) => c.json({ error: 'not found' }, 404))
  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'http request failed')
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
