import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import pino from 'pino'
import { commands } from '../../../commands/index.js'
import { Dispatcher } from '../../../src/chat/dispatcher.js'
import type { ChatDelivery } from '../../../src/chat/types.js'
import { FixedClock } from '../../../src/clock.js'
import type { DatabaseAvailability } from '../../../src/db/availability.js'
import type { Database } from '../../../src/db/database.js'
import type { Logger } from '../../../src/logger.js'
import type { SendLimits } from '../../../src/platforms/telegram/pacing.js'
import { TELEGRAM_WEBHOOK_PATH, TelegramAdapter } from '../../../src/platforms/telegram/telegram-adapter.js'
import { Relay } from '../../../src/relay/relay.js'
import type { PlatformState } from '../../../src/vocabulary.js'
import { type FakeOptions, FakeTelegram } from '../../fakes/telegram-bot-api.js'

// Wednesday 7 January 2026, 10.00 WIB.
export const NOW = '2026-01-07T10:00:00+07:00'

/**
 * Generous pacing, so the suites run fast; the fake still refuses a 21st message a minute into one
 * group (429), which no suite reaches unless it says so.
 */
export const TEST_LIMITS: SendLimits = { perSecond: 1000, perGroupPerMinute: 1000, perPrivatePerSecond: 1000 }

export interface RunningBot {
  readonly fake: FakeTelegram
  readonly adapter: TelegramAdapter
  /** Scheduled delivery into Telegram chats, as the outbox worker uses it. */
  readonly delivery: ChatDelivery
  readonly clock: FixedClock
  readonly states: PlatformState[]
  /** The service's HTTP app with the webhook route (webhook mode). */
  readonly app: Hono
  stop(): Promise<void>
}

/**
 * Sinergi's Telegram adapter with the real dispatcher, commands and database, talking to a fake Bot
 * API. Pass `fake` to run a second adapter (another replica) against the same fake.
 */
export async function startBot(
  db: Kysely<Database>,
  options: {
    mode?: 'polling' | 'webhook'
    fake?: FakeTelegram
    pollerLock?: { connectionString: string; retryMs?: number; checkMs?: number }
    webhookSecret?: string
    logger?: Logger
    apiRoot?: string
    publicUrl?: string
    /** The bot's own pacing (default TEST_LIMITS). */
    limits?: SendLimits
    /** The fake's strictness: callback deadline, group rate limit. */
    fakeOptions?: Omit<FakeOptions, 'now'>
    /** Holds updates through a database outage (as the service does on PostgreSQL). */
    database?: DatabaseAvailability
  } = {},
): Promise<RunningBot> {
  const clock = new FixedClock(NOW)
  const fake = options.fake ?? (await FakeTelegram.start({ ...options.fakeOptions, now: () => clock.now() }))
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })
  const dispatcher = new Dispatcher({
    db,
    commands,
    clock,
    logger,
    defaultLanguage: 'id',
    defaultTimezone: 'Asia/Jakarta',
    publicUrl: 'https://sinergi.example.go.id',
  })
  const states: PlatformState[] = []
  const relay = new Relay({ db, dispatcher, clock, logger, defaultLanguage: 'id' })
  const adapter = new TelegramAdapter({
    token: fake.token,
    apiRoot: options.apiRoot ?? fake.apiRoot,
    mode: options.mode ?? 'polling',
    publicUrl: options.publicUrl ?? 'https://sinergi.example.go.id',
    ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
    core: relay,
    commands,
    clock,
    logger,
    limits: options.limits ?? TEST_LIMITS,
    pollTimeoutSeconds: 5,
    ...(options.pollerLock ? { pollerLock: options.pollerLock } : {}),
    ...(options.database ? { database: options.database } : {}),
    onState: (state) => states.push(state),
  })
  relay.register(adapter)
  const app = new Hono()
  adapter.mountWebhook(app)
  if (options.mode === 'webhook') {
    fake.deliverToWebhook = async (update, secret) => {
      const response = await app.request(TELEGRAM_WEBHOOK_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body: JSON.stringify(update),
      })
      return response.status
    }
  }
  adapter.start()
  return {
    fake,
    adapter,
    delivery: relay.deliveries.get('telegram')!,
    clock,
    states,
    app,
    async stop() {
      await adapter.stop()
      if (!options.fake) await fake.close()
    },
  }
}

/**
 * A forum on Telegram made through real commands: Sari (group admin) activates it and adds DINKES,
 * Budi joins DINKES. Returns the people, the group, and how many messages the bot has sent there.
 */
export async function forumOnTelegram(bot: RunningBot, db: Kysely<Database>) {
  const { fake } = bot
  const sari = fake.user('Sari', { lastName: 'Koordinator', username: 'sari_humas' })
  const budi = fake.user('Budi', { lastName: 'Santoso', username: 'budi_dinkes' })
  const group = fake.group('Bakohumas Wonosobo', { admins: [sari], members: [budi] })
  fake.send(group, sari, '/aktifkan Bakohumas Kabupaten Wonosobo')
  await fake.waitForSent(group, 1)
  fake.send(group, sari, '/instansi tambah DINKES Dinas Kesehatan opd')
  await fake.waitForSent(group, 2)
  fake.send(group, budi, '/gabung DINKES')
  await fake.waitForSent(group, 3)
  const workspace = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()
  return { sari, budi, group, workspaceId: workspace.id, sentSoFar: 3 }
}
