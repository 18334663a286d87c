import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import type { Config } from './config.js'
import { type DatabaseHandle, openDatabase } from './db/create-db.js'
import { migrateToLatest } from './db/migrate.js'
import { type Logger, redactUrl } from './logger.js'
import { createWebApp } from './web/app.js'

export interface RunningSinergi {
  readonly database: DatabaseHandle
  /** The port HTTP listens on (useful when PORT=0 picks a free one). */
  readonly port: number
  /** Stops taking work, then closes HTTP and the database, in that order. Safe to call twice. */
  stop(): Promise<void>
}

/** The composition root: config → database → services → HTTP (and, as they arrive, platforms and scheduler). */
export async function startSinergi(config: Config, logger: Logger): Promise<RunningSinergi> {
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  )
  logger.info(
    config.database.kind === 'postgres'
      ? { database: redactUrl(config.database.url) }
      : { database: 'embedded PGlite', dataDir: config.database.dataDir },
    'database opened',
  )
  try {
    const { results } = await migrateToLatest(database.db)
    const applied = results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? []
    logger.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date')
  } catch (error) {
    await database.close()
    throw error
  }

  const app = createWebApp({
    logger,
    pingDatabase: async () => {
      await sql`select 1`.execute(database.db)
    },
    platformStates: () => ({}),
  })
  const server = serve({ fetch: app.fetch, hostname: config.http.host, port: config.http.port })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const port = (server.address() as AddressInfo).port
  logger.info({ port, publicUrl: config.publicUrl }, 'http listening')
  logger.info(
    'No chat platform is configured. Set TELEGRAM_BOT_TOKEN to serve Telegram, or WHATSAPP_ENABLED=1 to link WhatsApp; see README.md.',
  )

  let stopping: Promise<void> | undefined
  return {
    database,
    port,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          // Idle keep-alive sockets would hold close() open until they time out.
          if ('closeIdleConnections' in server) server.closeIdleConnections()
        })
        await database.close()
        logger.info('stopped cleanly')
      })()
      return stopping
    },
  }
}
