import {
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  sql,
  type UnknownRow,
} from 'kysely'
import { openDatabase } from '../src/db/create-db.js'
import type { Database } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { readLinks } from '../src/domain/amplification/links.js'
import { recapText } from '../src/domain/amplification/present.js'
import { requestProgress } from '../src/domain/amplification/queries.js'
import { recordReport } from '../src/domain/amplification/reports.js'
import { openRequest } from '../src/domain/amplification/requests.js'
import type { ChangeContext } from '../src/domain/audit/record-audit.js'
import { onFreshSchema } from './postgres-schema.js'
import { measuredOn, percentile, writeSection } from './report.js'

const AGENCIES = 300
const LINKS_PER_REPORT = 3
const RENDER_ROUNDS = 20
const NOW = new Date('2026-01-07T03:00:00Z') // Wednesday 10.00 WIB

/** Counts the statements Kysely sends (BEGIN and COMMIT are not statements of ours and are not counted). */
class QueryCounter implements KyselyPlugin {
  count = 0
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result
  }
}

/** One forum with `AGENCIES` agencies, each with one member who reports. */
async function seed(db: Kysely<Database>): Promise<{ workspaceId: number; coordinatorId: number }> {
  const workspace = await db
    .insertInto('workspaces')
    .values({ name: 'Bakohumas Provinsi Uji' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const coordinator = await db
    .insertInto('people')
    .values({ display_name: 'Koordinator' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await sql`
    INSERT INTO agencies (workspace_id, code, name, kind)
    SELECT ${workspace.id}, 'INST' || lpad(g::text, 3, '0'), 'Instansi ' || g, 'opd'
    FROM generate_series(1, ${AGENCIES}) g`.execute(db)
  await sql`
    INSERT INTO people (display_name) SELECT 'Humas ' || g FROM generate_series(1, ${AGENCIES}) g`.execute(db)
  return { workspaceId: workspace.id, coordinatorId: coordinator.id }
}

interface Row {
  readonly backend: string
  readonly open: number
  readonly reportMedian: number
  readonly reportP95: number
  readonly queriesPerReport: number
  readonly load: number
  readonly render: number
  readonly recapChars: number
}

async function measure(backend: string, plain: Kysely<Database>): Promise<Row> {
  const { workspaceId, coordinatorId } = await seed(plain)
  const counter = new QueryCounter()
  const db = plain.withPlugin(counter)
  const change = (actorId: number, at: Date): ChangeContext => ({
    workspaceId,
    actorId,
    chatId: null,
    now: at,
  })

  let started = performance.now()
  const { request, targets } = await openRequest(db, change(coordinatorId, NOW), {
    title: 'Hari Bela Negara',
    contentNumber: null,
    links: ['https://instagram.com/p/HBN2026'],
    hashtags: ['#BelaNegara'],
    notes: null,
    deadlineAt: new Date(NOW.getTime() + 11 * 3600_000),
    deadlineZone: 'Asia/Jakarta',
    agencies: 'all',
  })
  const open = performance.now() - started

  const people = await plain
    .selectFrom('people')
    .select('id')
    .where('id', '!=', coordinatorId)
    .orderBy('id')
    .execute()
  const times: number[] = []
  const queries: number[] = []
  for (const [index, target] of targets.entries()) {
    const { links } = readLinks([
      `https://www.instagram.com/p/${target.code}/?igsh=x`,
      `facebook.com/${target.code}/posts/${index}`,
      `x.com/${target.code}/status/${index}?utm_source=wa`,
    ])
    const before = counter.count
    started = performance.now()
    const at = new Date(NOW.getTime() + index * 60_000)
    await recordReport(
      db,
      change(people[index]!.id, at),
      request.number,
      {
        agencyId: target.id,
        agencyCode: target.code,
      },
      links,
      at,
    )
    times.push(performance.now() - started)
    queries.push(counter.count - before)
  }

  started = performance.now()
  const progress = await requestProgress(db, request)
  const load = performance.now() - started
  const renders: number[] = []
  let recapChars = 0
  for (let round = 0; round < RENDER_ROUNDS; round += 1) {
    started = performance.now()
    const text = recapText(progress, 'id')
    renders.push(performance.now() - started)
    recapChars = JSON.stringify(text).length
  }
  const reported = progress.targets.filter((target) => target.links.length === LINKS_PER_REPORT).length
  if (reported !== AGENCIES)
    throw new Error(`expected ${AGENCIES} agencies with ${LINKS_PER_REPORT} links, got ${reported}`)
  return {
    backend,
    open,
    reportMedian: percentile(times, 0.5),
    reportP95: percentile(times, 0.95),
    queriesPerReport: Math.max(...queries),
    load,
    render: percentile(renders, 0.5),
    recapChars,
  }
}

async function onPglite(): Promise<Row> {
  const handle = await openDatabase({ kind: 'pglite-memory' })
  try {
    await migrateToLatest(handle.db)
    return await measure('PGlite (in memory)', handle.db)
  } finally {
    await handle.close()
  }
}

const url = process.env.DATABASE_URL
const rows: Row[] = [await onPglite()]
if (url) rows.push(await onFreshSchema(url, (handle) => measure('PostgreSQL', handle.db)))

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`
const table = [
  `| database | open a request to ${AGENCIES} agencies | one report of ${LINKS_PER_REPORT} links (median / p95) | queries per report (most) | load the recap's data | render the recap (median) |`,
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.backend} | ${ms(r.open)} | ${ms(r.reportMedian)} / ${ms(r.reportP95)} | ${r.queriesPerReport} | ${ms(r.load)} | ${ms(r.render)} |`,
  ),
]
await writeSection(
  'amplification',
  `## Amplification

\`npm run bench:amplification\` (\`bench/amplification.ts\`): one forum with ${AGENCIES} agencies; one \`/sebar\` request to
all of them, then each agency reports ${LINKS_PER_REPORT} links (Instagram, Facebook, X, with tracking parameters to
drop) through the same service \`/lapor\` uses, one after another; then the recap at the deadline is loaded
and rendered. Queries are the statements Kysely sends (a transaction's BEGIN and COMMIT not counted).
Goals: a report costs at most 3 queries; the recap of ${AGENCIES} agencies renders in under 50 ms.

${table.join('\n')}

${measuredOn(url ? ', PostgreSQL on the same machine' : '')}`,
)
console.log(table.join('\n'))
