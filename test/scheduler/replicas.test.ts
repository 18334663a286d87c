import { sql } from 'kysely'
import pino from 'pino'
import { expect, it } from 'vitest'
import type { ChatDelivery, Outgoing } from '../../src/chat/types.js'
import { openDatabase } from '../../src/db/create-db.js'
import { markSent } from '../../src/scheduler/outbox/claim.js'
import { OutboxWorker } from '../../src/scheduler/outbox/worker.js'
import { Planner } from '../../src/scheduler/producers/planner.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase, type TestDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, LogLines } from './support.js'

const WIB = 'Asia/Jakarta'
const at = (wall: string) => instantOf(wall, WIB)
const ONLY_POSTGRES =
  'needs a PostgreSQL server (DATABASE_URL): PGlite is one connection inside one process, so two instances cannot share it'

/**
 * The platform as an instance killed with kill -9 after `sends` sends sees it: the sends under way at
 * that moment reach the platform, and nothing of the instance runs after them (it never marks them sent).
 */
class KilledAfter implements ChatDelivery {
  readonly platform
  #left: number

  constructor(
    private readonly platformSide: FakeDelivery,
    sends: number,
  ) {
    this.platform = platformSide.platform
    this.#left = sends
  }

  async deliver(chatExternalId: string, message: Outgoing): Promise<void> {
    if (this.#left <= 0) return new Promise(() => {})
    this.#left -= 1
    await this.platformSide.deliver(chatExternalId, message)
    if (this.#left <= 0) return new Promise(() => {})
  }
}

describeWithDatabase('two scheduler instances on one database', (get) => {
  /** A forum with `count` /ingatkan reminders due at 09.00 in 10 groups, written to the outbox. */
  async function dueReminders(database: TestDatabase, count: number) {
    const chat = new ChatHarness(database.db, { now: at('2026-01-12 08:00').toISOString() })
    const { workspaceId, coordinator } = await seedForum(chat)
    await sql`
      INSERT INTO chats (platform, external_id, kind, title, workspace_id, linked_at, brief_enabled)
      SELECT 'console', 'grup-' || g, 'group', 'Grup ' || g, ${workspaceId}, now(), false
      FROM generate_series(1, 10) g`.execute(database.db)
    const person = await chat.db
      .selectFrom('identities')
      .select('person_id')
      .where('external_id', '=', coordinator.externalId)
      .executeTakeFirstOrThrow()
    await sql`
      INSERT INTO item_numbers (workspace_id, number, kind)
      SELECT ${workspaceId}, g, 'pengingat' FROM generate_series(1, ${count}) g`.execute(database.db)
    await sql`
      INSERT INTO reminders (workspace_id, number, chat_id, message, due_at, created_by)
      SELECT ${workspaceId}, g, (SELECT id FROM chats WHERE external_id = 'grup-' || (g % 10 + 1)),
             'Pesan ' || g, ${at('2026-01-12 09:00')}, ${person.person_id}
      FROM generate_series(1, ${count}) g`.execute(database.db)
    await sql`UPDATE workspaces SET last_item_number = ${count} WHERE id = ${workspaceId}`.execute(
      database.db,
    )
    await new Planner({ db: database.db, clock: chat.clock, logger: pino({ level: 'silent' }) }).tick()
    chat.clock.set(at('2026-01-12 09:00'))
    return chat
  }

  /** A second instance: its own connection pool to the same schema. */
  async function secondInstance(database: TestDatabase) {
    return openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL!, searchPath: database.schema })
  }

  const numbersIn = (delivery: FakeDelivery) =>
    delivery.delivered.map((d) => Number(/^Pengingat #(\d+)/.exec(d.text)?.[1]))

  it('delivers each of 500 due messages exactly once with two instances claiming at once', async (ctx) => {
    ctx.skip(get().backend === 'pglite', ONLY_POSTGRES)
    const database = get()
    const chat = await dueReminders(database, 500)
    const other = await secondInstance(database)
    try {
      const delivery = new FakeDelivery(chat.clock)
      const deliveries = new Map([[delivery.platform, delivery]])
      const logger = pino({ level: 'silent' })
      const workers = [database.db, other.db].map(
        (db) => new OutboxWorker({ db, clock: chat.clock, deliveries, logger, options: { concurrency: 8 } }),
      )
      const [a, b] = await Promise.all(workers.map((worker) => worker.drain()))
      expect(a!.sent + b!.sent).toBe(500)
      // Both really took part.
      expect(a!.sent).toBeGreaterThan(50)
      expect(b!.sent).toBeGreaterThan(50)
      const numbers = numbersIn(delivery).sort((x, y) => x - y)
      expect(numbers).toEqual(Array.from({ length: 500 }, (_, i) => i + 1))
      const statuses = await chat.db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('kind', '=', 'reminder')
        .groupBy('status')
        .execute()
      expect(statuses.map((s) => [s.status, Number(s.n)])).toEqual([['sent', 500]])
    } finally {
      await other.close()
    }
  })

  it('loses nothing when one of two instances is killed mid fan-out, and logs every possible duplicate', async (ctx) => {
    ctx.skip(get().backend === 'pglite', ONLY_POSTGRES)
    const database = get()
    const chat = await dueReminders(database, 200)
    const other = await secondInstance(database)
    try {
      const platform = new FakeDelivery(chat.clock)
      const logs = new LogLines()
      const options = { concurrency: 8, leaseMs: 180_000 }
      const killed = new OutboxWorker({
        db: other.db,
        clock: chat.clock,
        deliveries: new Map([[platform.platform, new KilledAfter(platform, 40)]]),
        logger: pino({ level: 'silent' }),
        options,
      })
      const survivor = new OutboxWorker({
        db: database.db,
        clock: chat.clock,
        deliveries: new Map([[platform.platform, platform]]),
        logger: logs.logger,
        options,
      })
      // The killed instance's drain never ends; the survivor sends all it can claim meanwhile.
      void killed.drain().catch(() => {})
      await survivor.drain()
      // Once the dead instance's leases run out, the survivor takes over its unsettled rows.
      chat.clock.set(new Date(chat.clock.now().getTime() + options.leaseMs + 1_000))
      await survivor.drain()

      const numbers = numbersIn(platform)
      const duplicates = numbers.length - new Set(numbers).size
      const logged = logs.lines.filter((line) => line.possibleDuplicate === true).length
      expect(new Set(numbers).size).toBe(200)
      // Each duplicate was a send under way at the kill, and each was logged as a possible one.
      expect(duplicates).toBeGreaterThan(0)
      expect(duplicates).toBeLessThanOrEqual(options.concurrency)
      expect(logged).toBeGreaterThanOrEqual(duplicates)
      console.info(
        `kill -9 mid fan-out of 200: ${duplicates} duplicates, ${logged} possible duplicates logged`,
      )
    } finally {
      await other.close()
    }
  })

  it('sends a message claimed by an instance that died before sending exactly once, after its lease', async (ctx) => {
    ctx.skip(get().backend === 'pglite', ONLY_POSTGRES)
    const database = get()
    const chat = await dueReminders(database, 20)
    const other = await secondInstance(database)
    try {
      const delivery = new FakeDelivery(chat.clock)
      const deliveries = new Map([[delivery.platform, delivery]])
      const logger = pino({ level: 'silent' })
      const options = { concurrency: 4, leaseMs: 180_000 }
      const dying = new OutboxWorker({ db: database.db, clock: chat.clock, deliveries, logger, options })
      const survivor = new OutboxWorker({ db: other.db, clock: chat.clock, deliveries, logger, options })
      // The first instance claims five rows and dies: it never sends them, never settles them.
      const claimed = await dying.claim(5)
      expect(claimed).toHaveLength(5)
      expect(await survivor.drain()).toMatchObject({ sent: 15 })
      expect(delivery.delivered).toHaveLength(15)
      // Two minutes later the lease still holds: nothing is sent twice or early.
      chat.clock.set(new Date(at('2026-01-12 09:02').getTime()))
      expect(await survivor.drain()).toMatchObject({ sent: 0 })
      // After the lease the survivor takes them over.
      chat.clock.set(new Date(at('2026-01-12 09:03').getTime() + 1000))
      expect(await survivor.drain()).toMatchObject({ sent: 5 })
      const numbers = numbersIn(delivery).sort((x, y) => x - y)
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
      // Had the first instance only been slow, its claim is no longer good for marking anything.
      expect(await markSent(database.db, claimed[0]!, chat.clock.now())).toBe(false)
    } finally {
      await other.close()
    }
  })
})
