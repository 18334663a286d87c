/**
 * Outbox throughput: how fast due rows are claimed, prepared from current data, "sent" to a platform
 * that answers at once, and marked sent — on embedded PGlite, and on PostgreSQL when DATABASE_URL is
 * set (there also with two instances claiming at once). Writes the results to BENCHMARKS.md.
 *
 *   npm run bench:outbox               # 2,000 /ingatkan reminders and 300 briefs
 *   npx tsx bench/outbox.ts 5000 500   # other sizes
 */
import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import type { ChatDelivery } from '../src/chat/types.js'
import { FixedClock } from '../src/clock.js'
import { type DatabaseHandle, openDatabase } from '../src/db/create-db.js'
import type { Database } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { OutboxWorker } from '../src/scheduler/outbox/worker.js'
import { Planner } from '../src/scheduler/producers/planner.js'
import { measuredOn, writeSection } from './report.js'

const reminders = Number(process.argv[2] ?? 2000)
const briefs = Number(process.argv[3] ?? 300)
const DUE = new Date('2026-01-12T00:00:00Z') // 07.00 WIB, a Monday
const logger = pino({ level: 'silent' })

interface Row {
  backend: string
  scenario: string
  rows: number
  planSeconds: number
  sendSeconds: number
}

/** A platform that answers at once: what is measured is the outbox, not a network. */
function countingDelivery(): ChatDelivery & { count: number } {
  const delivery = {
    platform: 'console' as const,
    count: 0,
    async deliver() {
      delivery.count += 1
    },
  }
  return delivery
}

/** One workspace with `groups` group chats (briefs at 07.00 WIB) and `count` reminders due at 07.00. */
async function seed(db: Kysely<Database>, groups: number, count: number): Promise<void> {
  const workspace = await db
    .insertInto('workspaces')
    .values({ name: 'Bakohumas Benchmark', agenda_day_before_at: null, agenda_minutes_before: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const person = await db
    .insertInto('people')
    .values({ display_name: 'Penguji' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await sql`
    INSERT INTO chats (platform, external_id, kind, title, workspace_id, linked_at, brief_enabled, brief_days)
    SELECT 'console', 'grup-' || g, 'group', 'Grup ' || g, ${workspace.id}, now(), ${groups > 0}, '{1,2,3,4,5}'
    FROM generate_series(1, ${Math.max(groups, 1)}) g`.execute(db)
  if (count === 0) return
  await sql`
    INSERT INTO item_numbers (workspace_id, number, kind)
    SELECT ${workspace.id}, g, 'pengingat' FROM generate_series(1, ${count}) g`.execute(db)
  await sql`
    INSERT INTO reminders (workspace_id, number, chat_id, message, due_at, created_by)
    SELECT ${workspace.id}, g, (SELECT min(id) FROM chats), 'Pesan ' || g, ${DUE}, ${person.id}
    FROM generate_series(1, ${count}) g`.execute(db)
}

async function measure(
  backend: string,
  scenario: string,
  handles: DatabaseHandle[],
  setup: (db: Kysely<Database>) => Promise<void>,
): Promise<Row> {
  const [main] = handles
  await setup(main!.db)
  const clock = new FixedClock(new Date(DUE.getTime() - 3600_000))
  let started = performance.now()
  await new Planner({ db: main!.db, clock, logger }).tick()
  const planSeconds = (performance.now() - started) / 1000
  clock.set(DUE)
  const delivery = countingDelivery()
  const deliveries = new Map([[delivery.platform, delivery]])
  const workers = handles.map(
    (handle) => new OutboxWorker({ db: handle.db, clock, deliveries, logger, options: { concurrency: 8 } }),
  )
  started = performance.now()
  await Promise.all(workers.map((worker) => worker.drain()))
  const sendSeconds = (performance.now() - started) / 1000
  return { backend, scenario, rows: delivery.count, planSeconds, sendSeconds }
}

async function onPglite(scenario: string, setup: (db: Kysely<Database>) => Promise<void>): Promise<Row> {
  const handle = await openDatabase({ kind: 'pglite-memory' })
  try {
    await migrateToLatest(handle.db)
    return await measure('PGlite (in memory)', scenario, [handle], setup)
  } finally {
    await handle.close()
  }
}

async function onPostgres(
  url: string,
  scenario: string,
  instances: number,
  setup: (db: Kysely<Database>) => Promise<void>,
): Promise<Row> {
  const schema = `bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const handles: DatabaseHandle[] = []
  try {
    for (let i = 0; i < instances; i += 1)
      handles.push(await openDatabase({ kind: 'postgres', url, searchPath: schema }))
    await migrateToLatest(handles[0]!.db, schema)
    const name = instances === 1 ? 'PostgreSQL' : `PostgreSQL, ${instances} instances`
    return await measure(name, scenario, handles, setup)
  } finally {
    for (const handle of handles) await handle.close()
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  }
}

const reminderScenario = `${reminders} /ingatkan reminders due at once`
const briefScenario = `${briefs} groups' 07.00 briefs`
const results: Row[] = []
results.push(await onPglite(reminderScenario, (db) => seed(db, 0, reminders)))
results.push(await onPglite(briefScenario, (db) => seed(db, briefs, 0)))
const url = process.env.DATABASE_URL
if (url) {
  results.push(await onPostgres(url, reminderScenario, 1, (db) => seed(db, 0, reminders)))
  results.push(await onPostgres(url, reminderScenario, 2, (db) => seed(db, 0, reminders)))
  results.push(await onPostgres(url, briefScenario, 1, (db) => seed(db, briefs, 0)))
  results.push(await onPostgres(url, briefScenario, 2, (db) => seed(db, briefs, 0)))
}

const fixed = (n: number, digits = 2) => n.toFixed(digits)
const table = [
  '| database | scenario | sent | plan (s) | claim + prepare + send + mark (s) | messages/s |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.backend} | ${r.scenario} | ${r.rows} | ${fixed(r.planSeconds)} | ${fixed(r.sendSeconds)} | ${fixed(r.rows / r.sendSeconds, 0)} |`,
  ),
]
await writeSection(
  'outbox',
  `## Outbox

Outbox throughput (\`npm run bench:outbox\`, \`bench/outbox.ts\`): due rows are claimed (\`FOR UPDATE SKIP LOCKED\`, 8 at
a time per instance), prepared from current data (the row's subject loaded and its key derived again; a brief
is composed in full), handed to a platform delivery that answers at once, and marked sent with their claim
token. "plan" is one planner tick writing the rows. Real platforms are slower than this: their adapters pace
scheduled sends within each platform's rate limits, so these numbers are the outbox's own ceiling.

${table.join('\n')}

${measuredOn(url ? ', PostgreSQL on the same machine' : '')}`,
)
console.log(table.join('\n'))
