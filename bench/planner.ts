import { type Kysely, sql } from 'kysely'
import pino from 'pino'
import { FixedClock } from '../src/clock.js'
import { openDatabase } from '../src/db/create-db.js'
import type { Database } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { auditEntry } from '../src/domain/audit/record-audit.js'
import { Planner } from '../src/scheduler/producers/planner.js'
import { onFreshSchema } from './postgres-schema.js'
import { measuredOn, percentile, writeSection } from './report.js'

const WORKSPACES = 50
const NOW = new Date('2026-01-12T03:00:00Z') // Monday 10.00 WIB
const ROUNDS = 9
const logger = pino({ level: 'silent' })

/** `WORKSPACES` forums with a group each and `items` timed items each, spread over the next three days. */
async function seed(db: Kysely<Database>, items: number): Promise<void> {
  const person = await db
    .insertInto('people')
    .values({ display_name: 'Penguji' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await sql`
    INSERT INTO workspaces (name, last_item_number)
    SELECT 'Bakohumas Uji ' || w, ${items} FROM generate_series(1, ${WORKSPACES}) w`.execute(db)
  await sql`
    INSERT INTO chats (platform, external_id, kind, title, workspace_id, linked_at)
    SELECT 'console', 'grup-' || id, 'group', 'Grup ' || id, id, now() FROM workspaces`.execute(db)
  await sql`
    INSERT INTO agencies (workspace_id, code, name, kind)
    SELECT id, 'DINKES', 'Dinas Kesehatan', 'opd' FROM workspaces`.execute(db)
  if (items === 0) return
  await sql`
    INSERT INTO item_numbers (workspace_id, number, kind)
    SELECT w.id, g, 'agenda' FROM workspaces w, generate_series(1, ${items}) g`.execute(db)
  await sql`
    INSERT INTO agenda_items (workspace_id, number, agency_id, title, all_day, starts_at, ends_at, stated_zone, created_by)
    SELECT w.id, g, a.id, 'Kegiatan ' || g, false,
      ${NOW}::timestamptz + interval '3 hours' + g * interval '67 minutes',
      ${NOW}::timestamptz + interval '5 hours' + g * interval '67 minutes', 'Asia/Jakarta', ${person.id}
    FROM workspaces w JOIN agencies a ON a.workspace_id = w.id, generate_series(1, ${items}) g`.execute(db)
}

interface Row {
  readonly backend: string
  readonly items: number
  readonly firstSweep: number
  readonly quietSweep: number
  readonly oneChange: number
  /** Undefined without items. */
  readonly oneItem: number | undefined
}

async function measure(backend: string, db: Kysely<Database>, items: number): Promise<Row> {
  await seed(db, items)
  const clock = new FixedClock(NOW)
  const planner = new Planner({ db, clock, logger })
  let started = performance.now()
  await planner.tick()
  const firstSweep = performance.now() - started
  const quiet: number[] = []
  const changed: number[] = []
  const itemChanged: number[] = []
  const workspace = await db.selectFrom('workspaces').select('id').orderBy('id').executeTakeFirstOrThrow()
  const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow()
  for (let round = 0; round < ROUNDS; round += 1) {
    started = performance.now()
    await planner.tick()
    quiet.push(performance.now() - started)
    // A forum's brief moves, as /brief jam would, and one of its items by an hour, written directly
    // (no audit entry): the scheduler plans that forum whole.
    await db
      .updateTable('chats')
      .set({ brief_at: round % 2 === 0 ? '06:30' : '07:00' })
      .where('workspace_id', '=', workspace.id)
      .execute()
    await db
      .updateTable('agenda_items')
      .set({
        starts_at: sql`starts_at + interval '1 hour'`,
        ends_at: sql`ends_at + interval '1 hour'`,
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspace.id)
      .where('number', '=', 1)
      .execute()
    started = performance.now()
    await planner.planChanges(new Map([[workspace.id, undefined]]))
    changed.push(performance.now() - started)
    if (items === 0) continue
    // Another item moves as /agenda ubah moves it, with its audit entry: the next run plans that item alone.
    await db
      .updateTable('agenda_items')
      .set({ starts_at: sql`starts_at + interval '1 hour'`, ends_at: sql`ends_at + interval '1 hour'` })
      .where('workspace_id', '=', workspace.id)
      .where('number', '=', 2)
      .execute()
    await db
      .insertInto('audit_log')
      .values(
        auditEntry(
          { workspaceId: workspace.id, actorId: person.id, chatId: null, now: clock.now() },
          'agenda.edited',
          'agenda#2',
        ),
      )
      .execute()
    started = performance.now()
    await planner.planChanges(new Map([[workspace.id, new Date(clock.now().getTime() - 60_000)]]))
    itemChanged.push(performance.now() - started)
  }
  return {
    backend,
    items,
    firstSweep,
    quietSweep: percentile(quiet, 0.5),
    oneChange: percentile(changed, 0.5),
    oneItem: itemChanged.length > 0 ? percentile(itemChanged, 0.5) : undefined,
  }
}

async function onPglite(items: number): Promise<Row> {
  const handle = await openDatabase({ kind: 'pglite-memory' })
  try {
    await migrateToLatest(handle.db)
    return await measure('PGlite (in memory)', handle.db, items)
  } finally {
    await handle.close()
  }
}

async function onPostgres(url: string, items: number): Promise<Row> {
  return onFreshSchema(url, (handle) => measure('PostgreSQL', handle.db, items))
}

const url = process.env.DATABASE_URL
const rows: Row[] = []
for (const items of [0, 64]) rows.push(await onPglite(items))
if (url) for (const items of [0, 64]) rows.push(await onPostgres(url, items))

const ms = (n: number) => `${n.toFixed(0)} ms`
const table = [
  `| database | items per forum | first full sweep (${WORKSPACES} forums, writes rows) | full sweep, nothing changed (median) | after a forum-wide change: that forum (median) | after one item changed: that item (median) |`,
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.backend} | ${r.items} | ${ms(r.firstSweep)} | ${ms(r.quietSweep)} | ${ms(r.oneChange)} | ${r.oneItem === undefined ? '—' : ms(r.oneItem)} |`,
  ),
]
await writeSection(
  'planner',
  `## Planner

\`npm run bench:planner\` (\`bench/planner.ts\`): ${WORKSPACES} forums with a group each (brief on) and 0 or 64 agenda items in
the coming days. A command that changes data pokes the scheduler with its forum; pokes within 200 ms make
one run over just those forums, after which the planner rests three times as long as the run took (at most
2 s). In that run a forum whose audit entries since its last run name only numbered items (\`agenda#12\`,
\`#7\`) plans just those items' messages; any other change (a brief's time, an agency, a chat) plans the
whole forum. The full sweep over every forum runs at start and every 10 minutes (\`fullSweepIntervalMs\`): with the
36-hour lookahead, what time alone brings into it is still written a day and a half early. Goal: ≤ 50 ms for
a run after one change.

${table.join('\n')}

${measuredOn(url ? ', PostgreSQL on the same machine' : '')}`,
)
console.log(table.join('\n'))
