import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import { commands } from '../commands/index.js'
import { Dispatcher } from './chat/dispatcher.js'
import type { ChatDelivery, Platform } from './chat/types.js'
import { type Clock, systemClock } from './clock.js'
import type { Config } from './config.js'
import { type DatabaseHandle, openDatabase } from './db/create-db.js'
import { migrateToLatest } from './db/migrate.js'
import { type Logger, redactUrl } from './logger.js'
import { ConsoleChat } from './platforms/console/console-chat.js'
import { createWebApp } from './web/app.js'
import type { PlatformState } from './web/health.js'

export interface StartOptions {
  readonly clock?: Clock
  /** Opens the local chat console on these streams; `onExit` runs when the user leaves it. */
  readonly console?: { readonly input: Readable; readonly output: Writable; readonly onExit: () => void }
}

export interface RunningSinergi {
  readonly database: DatabaseHandle
  /** The port HTTP listens on (useful when PORT=0 picks a free one). */
  readonly port: number
  /** Stops taking work, then closes HTTP and the database, in that order. Safe to call twice. */
  stop(): Promise<void>
}

/** The composition root: config → database → services → HTTP (and, as they arrive, platforms and scheduler). */
export async function startSinergi(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningSinergi> {
  const clock = options.clock ?? systemClock
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

  const dispatcher = new Dispatcher({
    db: database.db,
    commands,
    clock,
    logger,
    defaultLanguage: config.defaults.language,
    defaultTimezone: config.defaults.timezone,
    publicUrl: config.publicUrl,
  })
  /** How the bot reaches each platform's chats on its own (scheduled messages, notices). */
  const deliveries = new Map<Platform, ChatDelivery>()
  /** Connection state of each platform, for /readyz. */
  const platformStates: Record<string, PlatformState> = {}
  /** What to stop before the database closes, in reverse order of starting. */
  const stoppers: Array<() => Promise<void> | void> = []

  const app = createWebApp({
    logger,
    pingDatabase: async () => {
      await sql`select 1`.execute(database.db)
    },
    platformStates: () => platformStates,
  })

  if (config.telegram.enabled)
    logger.warn('TELEGRAM_BOT_TOKEN is set, but this build has no Telegram adapter yet')
  if (config.whatsapp.enabled)
    logger.warn('WHATSAPP_ENABLED is set, but this build has no WhatsApp adapter yet')
  if (!config.telegram.enabled && !config.whatsapp.enabled) {
    logger.info(
      'No chat platform is configured: set TELEGRAM_BOT_TOKEN for Telegram or WHATSAPP_ENABLED=1 for WhatsApp; to try Sinergi locally, run `npm run console` (README: "Try it in the console").',
    )
  }
  if (options.console) {
    const consoleChat = new ConsoleChat({
      dispatcher,
      clock,
      logger,
      input: options.console.input,
      output: options.console.output,
      outDir: join(config.dataDir, 'out'),
      language: config.defaults.language,
      onExit: options.console.onExit,
    })
    deliveries.set('console', consoleChat.delivery)
    stoppers.push(() => consoleChat.close())
    consoleChat.start()
  }

  const server = serve({ fetch: app.fetch, hostname: config.http.host, port: config.http.port })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const port = (server.address() as AddressInfo).port
  logger.info({ port, publicUrl: config.publicUrl }, 'http listening')

  let stopping: Promise<void> | undefined
  return {
    database,
    port,
    stop() {
      stopping ??= (async () => {
        for (const stop of stoppers.reverse()) await stop()
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
