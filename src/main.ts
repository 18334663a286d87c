import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import { commands } from '../commands/index.js'
import { DEFAULT_COMMAND_LIMITS } from './chat/command-limits.js'
import { Dispatcher } from './chat/dispatcher.js'
import { type Clock, systemClock } from './clock.js'
import type { Config } from './config.js'
import { DatabaseAvailability } from './db/availability.js'
import { type DatabaseHandle, openDatabase } from './db/create-db.js'
import { migrateToLatest } from './db/migrate.js'
import { webLinkSecret } from './domain/calendar/link-secret.js'
import { type Logger, redactUrl } from './logger.js'
import { ConsoleChat } from './platforms/console/console-chat.js'
import type { WhatsAppLinkStatus } from './platforms/link-status.js'
import { Relay } from './relay/relay.js'
import { type Scheduler, startScheduler } from './scheduler/start.js'
import type { PlatformState } from './vocabulary.js'
import { createWebApp } from './web/app.js'
import { createMetrics } from './web/metrics.js'

/** What closing HTTP and the database needs of the stop budget, after the platforms have drained. */
const CLOSE_RESERVE_MS = 2_000

export interface StartOptions {
  readonly clock?: Clock
  /** Hears that Sinergi is up (database, platforms, scheduler, HTTP), just before the console opens. */
  readonly onReady?: () => void
  /** Opens the local chat console on these streams; `onExit` runs when the user leaves it. */
  readonly console?: { readonly input: Readable; readonly output: Writable; readonly onExit: () => void }
}

export interface RunningSinergi {
  readonly database: DatabaseHandle
  /** The port HTTP listens on (useful when PORT=0 picks a free one). */
  readonly port: number
  /**
   * Stops taking work, sends the replies already queued within the stop budget, then closes HTTP and
   * the database, in that order. Safe to call twice.
   */
  stop(): Promise<void>
}

/** The composition root: config → database → services → HTTP (and, as they arrive, platforms and scheduler). */
export async function startSinergi(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningSinergi> {
  const clock = options.clock ?? systemClock
  /** Learns of a PostgreSQL outage from failing queries; work that needs the database waits it out. */
  const reachable = new DatabaseAvailability({ ping: () => ping(), logger })
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? {
          kind: 'postgres',
          url: config.database.url,
          // One broken connection is not an outage: the next query that fails says whether there is one.
          onIdleConnectionLost: (error) =>
            logger.warn({ reason: error.message }, 'an idle database connection broke; the pool replaces it'),
        }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  )
  const ping = async () => {
    await sql`select 1`.execute(database.db)
  }
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
    // A new embedded database (or a new schema) is all in the write-ahead log until the first checkpoint,
    // minutes away: a kill -9 before then would make the next start replay all of it. (A server runs its
    // own checkpoints, and CHECKPOINT there needs a superuser.)
    if (applied.length > 0 && config.database.kind === 'pglite') await sql`CHECKPOINT`.execute(database.db)
  } catch (error) {
    await database.close()
    throw error
  }

  let scheduler: Scheduler | undefined
  /** Counters for GET /metrics, kept by the dispatcher, the scheduler and the adapters. */
  const metrics = createMetrics({ platformStates: () => platformStates })
  const webLinks = {
    secret: await webLinkSecret(database.db, config.webLink.secret),
    linkDays: config.webLink.days,
    publicUrlSet: config.publicUrlSet,
  }
  /** Without PUBLIC_URL, links point at this instance: at the port it really listens on (PORT=0 picks one). */
  let publicUrl = config.publicUrl
  const dispatcher = new Dispatcher({
    db: database.db,
    commands,
    clock,
    logger,
    defaultLanguage: config.defaults.language,
    defaultTimezone: config.defaults.timezone,
    publicUrl: () => publicUrl,
    webLinks,
    metrics,
    onDataChanged: (change) => scheduler?.poke(change.workspaceId),
    commandLimits: DEFAULT_COMMAND_LIMITS,
  })
  /** Routes answers and scheduled messages to every platform; adapters only translate. */
  const relay = new Relay({
    db: database.db,
    dispatcher,
    clock,
    logger,
    defaultLanguage: config.defaults.language,
  })
  /** Connection state of each platform, for /readyz. */
  const platformStates: Record<string, PlatformState> = {}
  /** What to stop before the database closes, in reverse order of starting. */
  const stoppers: Array<() => Promise<void> | void> = []
  /** Until when (performance.now()) a stopping platform may keep sending the replies already queued. */
  let drainUntil = 0
  const drainLeft = () => Math.max(0, drainUntil - performance.now())

  /** The WhatsApp adapter sets this to its link status, for the admin page (/admin/whatsapp). */
  let whatsappLinkStatus: (() => WhatsAppLinkStatus | undefined) | undefined

  const app = createWebApp({
    logger,
    pingDatabase: () =>
      ping().catch((error: unknown) => {
        reachable.noteFailure(error)
        throw error
      }),
    databaseOutage: () => reachable.outage,
    platformStates: () => platformStates,
    clock,
    metrics,
    calendar: { db: database.db, linkSecret: webLinks.secret },
    adminToken: config.adminToken,
    metricsToken: config.metricsToken,
    whatsappLinkStatus: config.whatsapp.enabled ? () => whatsappLinkStatus?.() : undefined,
    defaults: config.defaults,
  })

  if (config.telegram.enabled) {
    // Loaded only when enabled: without a token, grammY and its runner are start time and memory for nothing.
    const { TelegramAdapter } = await import('./platforms/telegram/telegram-adapter.js')
    const telegram = new TelegramAdapter({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      mode: config.telegram.mode,
      webhookSecret: config.telegram.webhookSecret,
      publicUrl: config.publicUrl,
      core: relay,
      commands,
      clock,
      logger,
      // Several replicas on one PostgreSQL elect one poller; PGlite is one process, which just polls.
      ...(config.database.kind === 'postgres'
        ? { pollerLock: { connectionString: config.database.url } }
        : {}),
      metrics,
      database: reachable,
      onState: (state) => {
        platformStates.telegram = state
      },
    })
    telegram.mountWebhook(app)
    relay.register(telegram)
    stoppers.push(() => telegram.stop(drainLeft()))
    telegram.start()
  }
  if (config.whatsapp.enabled) {
    // Loaded only when enabled: Baileys and its Signal libraries take a moment to load.
    const { startWhatsApp } = await import('./platforms/whatsapp/whatsapp-adapter.js')
    const whatsapp = startWhatsApp({
      db: database.db,
      core: relay,
      clock,
      logger,
      session: config.whatsapp.session,
      pairingNumber: config.whatsapp.pairingNumber,
      waVersion: config.whatsapp.waVersion,
      // PGlite is one process by construction: no other instance can hold the linked device.
      singleInstance: config.database.kind === 'pglite',
      pacing: config.whatsapp.pacing,
      database: reachable,
      onState: (state) => {
        platformStates.whatsapp = state
        // Only the instance holding the linked device, while connected, takes WhatsApp's scheduled messages.
        if (state.state === 'open') relay.offer('whatsapp')
        else relay.withhold('whatsapp')
      },
    })
    relay.register(whatsapp)
    if (!whatsapp.canDeliver()) relay.withhold('whatsapp')
    whatsappLinkStatus = () => whatsapp.linkStatus()
    stoppers.push(() => whatsapp.stop(drainLeft()))
  }
  if (!config.telegram.enabled && !config.whatsapp.enabled) {
    logger.info(
      'No chat platform is configured: set TELEGRAM_BOT_TOKEN for Telegram or WHATSAPP_ENABLED=1 for WhatsApp; to try Sinergi locally, run `npm run console` (README: "Try it in the console").',
    )
  }
  let consoleChat: ConsoleChat | undefined
  if (options.console) {
    consoleChat = new ConsoleChat({
      core: relay,
      clock,
      logger,
      input: options.console.input,
      output: options.console.output,
      outDir: join(config.dataDir, 'out'),
      language: config.defaults.language,
      onExit: options.console.onExit,
    })
    const openedConsole = consoleChat
    relay.register(openedConsole)
    stoppers.push(() => openedConsole.close())
  }

  // Briefs, reminders and notices (SPEC §3) run on every instance: claiming outbox rows makes that safe.
  // Started after the platforms so that it stops before them (stoppers run in reverse).
  scheduler = startScheduler({
    db: database.db,
    clock,
    deliveries: relay.deliveries,
    logger,
    metrics,
    database: reachable,
  })
  const startedScheduler = scheduler
  stoppers.push(() => startedScheduler.stop())

  const server = serve({ fetch: app.fetch, hostname: config.http.host, port: config.http.port })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const port = (server.address() as AddressInfo).port
  if (!config.publicUrlSet) publicUrl = `http://localhost:${port}`
  logger.info({ port, publicUrl }, 'http listening')
  options.onReady?.()
  // Opened last so that its prompt comes after every start-up line.
  consoleChat?.start()

  let stopping: Promise<void> | undefined
  return {
    database,
    port,
    stop() {
      stopping ??= (async () => {
        drainUntil = performance.now() + config.shutdownTimeoutMs - CLOSE_RESERVE_MS
        for (const stop of stoppers.reverse()) await stop()
        // The answers the platforms sent while draining are marked, or each would earn a notice later.
        await dispatcher.flushAnswered()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          // Idle keep-alive sockets would hold close() open until they time out.
          if ('closeIdleConnections' in server) server.closeIdleConnections()
        })
        reachable.stop()
        await database.close()
        logger.info('stopped cleanly')
      })()
      return stopping
    },
  }
}
