import { CompiledQuery, type Kysely, type QueryId, type RootOperationNode, sql } from 'kysely'
import { openDatabase } from '../src/db/create-db.js'
import type { Database } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { listAgendaBetween } from '../src/domain/agenda/queries.js'
import { seedManyItems } from '../test/support/many-items.js'
import { onFreshSchema } from './postgres-schema.js'
import { measuredOn, percentile, writeSection } from './report.js'

const ITEMS = 100_000
const DRAFTS = 20_000
const ROUNDS = 30
/**
 * Series a busy forum keeps (weekly apel, monthly rakor…), made from two-hour items of 2024 so that each
 * falls in the month through its occurrences, not its own start.
 */
const SERIES_RULES = [
  ...Array<string>(20).fill('FREQ=WEEKLY;BYDAY=MO'),
  ...Array<string>(10).fill('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
  ...Array<string>(10).fill('FREQ=MONTHLY;BYMONTHDAY=5'),
  ...Array<string>(10).fill('FREQ=MONTHLY;BYDAY=+1MO'),
]
// A month in the middle of the seeded years (one item every 53 minutes from January 2024).
const FROM = '2026-06-01'
const TO = '2026-06-30'

interface Row {
  readonly backend: string
  readonly series: number
  readonly rows: number
  readonly execution: number
  readonly statement: number
  readonly call: number
  readonly scans: string
}

interface PlanNode {
  'Node Type': string
  'Index Name'?: string
  'Relation Name'?: string
  Plans?: PlanNode[]
}

const scansOf = (node: PlanNode): string[] => [
  ...(node['Index Name'] ? [`${node['Node Type']} on ${node['Index Name']}`] : []),
  ...(node['Node Type'] === 'Seq Scan' ? [`Seq Scan on ${node['Relation Name']}`] : []),
  ...(node.Plans ?? []).flatMap(scansOf),
]

/** Turns SERIES_RULES.length two-hour items of 2024 (numbers 6, 11, 16, …) into open-ended series. */
async function addSeries(db: Kysely<Database>, workspaceId: number): Promise<void> {
  for (const [index, rule] of SERIES_RULES.entries()) {
    await db
      .updateTable('agenda_items')
      .set({ recurrence: rule })
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', 6 + 5 * index)
      .execute()
  }
  await sql`ANALYZE agenda_items`.execute(db)
}

async function measure(backend: string, db: Kysely<Database>): Promise<Row[]> {
  const { workspaceId } = await seedManyItems(db, { agenda: ITEMS, drafts: DRAFTS })
  const without = await measureMonth(backend, db, workspaceId, 0)
  await addSeries(db, workspaceId)
  return [without, await measureMonth(backend, db, workspaceId, SERIES_RULES.length)]
}

async function measureMonth(
  backend: string,
  db: Kysely<Database>,
  workspaceId: number,
  series: number,
): Promise<Row> {
  const month = (on: Kysely<Database>) => listAgendaBetween(on, workspaceId, FROM, TO, 'Asia/Jakarta')
  let statement: { node: RootOperationNode; queryId: QueryId } | undefined
  const items = await month(
    db.withPlugin({
      transformQuery: (args) => {
        statement ??= args
        return args.node
      },
      transformResult: async (args) => args.result,
    }),
  )
  const compiled = db.getExecutor().compileQuery(statement!.node, statement!.queryId)
  const explain = () =>
    db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(
      CompiledQuery.raw(`EXPLAIN (ANALYZE, FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
    )
  const explained = await explain()
  const executionTimes: number[] = []
  const statementTimes: number[] = []
  const callTimes: number[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    executionTimes.push((await explain()).rows[0]!['QUERY PLAN'][0]!['Execution Time'])
    let started = performance.now()
    await db.executeQuery(compiled)
    statementTimes.push(performance.now() - started)
    started = performance.now()
    await month(db)
    callTimes.push(performance.now() - started)
  }
  const scans = [...new Set(scansOf(explained.rows[0]!['QUERY PLAN'][0]!.Plan))]
  return {
    backend,
    series,
    rows: items.length,
    execution: percentile(executionTimes, 0.5),
    statement: percentile(statementTimes, 0.5),
    call: percentile(callTimes, 0.5),
    scans: scans.join(', '),
  }
}

async function onPglite(): Promise<Row[]> {
  const handle = await openDatabase({ kind: 'pglite-memory' })
  try {
    await migrateToLatest(handle.db)
    return await measure('PGlite (in memory)', handle.db)
  } finally {
    await handle.close()
  }
}

async function onPostgres(url: string): Promise<Row[]> {
  return onFreshSchema(url, (handle) => measure('PostgreSQL', handle.db))
}

const url = process.env.DATABASE_URL
const rows = await onPglite()
if (url) rows.push(...(await onPostgres(url)))

const table = [
  '| database | series | items in the month | executing the statement (median) | statement, round trip (median) | listAgendaBetween (median) | scans |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.backend} | ${r.series} | ${r.rows} | ${r.execution.toFixed(1)} ms | ${r.statement.toFixed(1)} ms | ${r.call.toFixed(1)} ms | ${r.scans} |`,
  ),
]
await writeSection(
  'calendar',
  `## Month calendar at ${ITEMS / 1000}k items

\`npm run bench:calendar\` (\`bench/calendar.ts\`): one forum with ${ITEMS.toLocaleString('en')} agenda items (one every 53 minutes from
January 2024: a fifth all day, a few lasting days or weeks) and ${DRAFTS.toLocaleString('en')} drafts, ANALYZEd; the month
${FROM} – ${TO} as the calendar and \`/agenda\` ask for it, ${ROUNDS} rounds. "executing" is the
server's own time (EXPLAIN ANALYZE), "round trip" adds sending the 800-odd rows and parsing them, and
"listAgendaBetween" adds making and sorting the items. Goal: index range scans and ≤ 5 ms median to
execute (before: a sequential scan, ≈ 21 ms). The one sequential scan is of the forum's one agency.
Each database is measured twice: as seeded, then with ${SERIES_RULES.length} of the items turned into open-ended series
(weekly, working days, monthly by date and by first Monday, all begun in 2024), whose occurrences in the
month are made in memory; recurring items should cost nothing extra in the statement (the series arm is
one more index scan, \`agenda_items_series_idx\`).

${table.join('\n')}

${measuredOn(url ? ', PostgreSQL on the same machine' : '')}`,
)
console.log(table.join('\n'))
