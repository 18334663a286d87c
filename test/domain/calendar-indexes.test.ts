import { CompiledQuery, type Kysely, type QueryId, type RootOperationNode } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { listAgendaBetween } from '../../src/domain/agenda/queries.js'
import { listContentBetween } from '../../src/domain/content/queries.js'
import { openEmptyDatabase, type TestDatabase } from '../support/databases.js'
import { seedManyItems } from '../support/many-items.js'

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

/** Every scan in a plan, as `Seq Scan on agenda_items` or `Index Scan using <index>`. */
function scansOf(node: PlanNode): string[] {
  const own = node['Index Name']
    ? [`${node['Node Type']} using ${node['Index Name']}`]
    : node['Node Type'] === 'Seq Scan'
      ? [`Seq Scan on ${node['Relation Name']}`]
      : []
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)]
}

/**
 * How PostgreSQL runs the statements a query function sends: they are caught on their way out and
 * explained with the same parameters.
 */
async function scansWhile(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<unknown>) {
  const sent: Array<{ node: RootOperationNode; queryId: QueryId }> = []
  await run(
    db.withPlugin({
      transformQuery: (args) => {
        sent.push(args)
        return args.node
      },
      transformResult: async (args) => args.result,
    }),
  )
  const scans: string[] = []
  for (const { node, queryId } of sent) {
    const compiled = db.getExecutor().compileQuery(node, queryId)
    const explained = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
    )
    scans.push(...scansOf(explained.rows[0]!['QUERY PLAN'][0]!.Plan))
  }
  return scans
}

// Only PostgreSQL's planner is asked: PGlite runs the same one, but its statistics stay as a test leaves them.
describe.skipIf(!process.env.DATABASE_URL)('calendar queries on years of items [postgres]', () => {
  let database: TestDatabase & { drop(): Promise<void> }
  let workspaceId: number
  beforeAll(async () => {
    database = await openEmptyDatabase('postgres')
    await migrateToLatest(database.db, database.schema)
    ;({ workspaceId } = await seedManyItems(database.db, { agenda: 20_000, drafts: 5_000 }))
    return () => database.drop()
  }, 120_000)

  it('finds a month of agenda items by index range scans, timed and all-day, short and long', async () => {
    const scans = await scansWhile(database.db, (db) =>
      listAgendaBetween(db, workspaceId, '2024-06-01', '2024-06-30', 'Asia/Jakarta'),
    )
    expect(scans).not.toContainEqual(expect.stringMatching(/^Seq Scan on agenda_items/))
    expect(scans).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Index Scan using agenda_items_workspace_start_idx$/),
        expect.stringMatching(/Index Scan using agenda_items_workspace_date_idx$/),
        expect.stringMatching(/Index Scan using agenda_items_long_timed_idx$/),
        expect.stringMatching(/Index Scan using agenda_items_long_all_day_idx$/),
      ]),
    )
  })

  it('finds a day of agenda items, as the brief and /agenda ask, by index range scans', async () => {
    const scans = await scansWhile(database.db, (db) =>
      listAgendaBetween(db, workspaceId, '2024-06-12', '2024-06-12', 'Asia/Jakarta', {
        includeCancelled: false,
      }),
    )
    expect(scans).not.toContainEqual(expect.stringMatching(/^Seq Scan on agenda_items/))
    expect(scans).toContainEqual(expect.stringMatching(/Index Scan using agenda_items_workspace_start_idx$/))
  })

  it('finds a month of drafts by a range scan of their planned time', async () => {
    const scans = await scansWhile(database.db, (db) =>
      listContentBetween(
        db,
        workspaceId,
        new Date('2024-03-01T00:00:00+07:00'),
        new Date('2024-04-01T00:00:00+07:00'),
        { drafts: 'all' },
      ),
    )
    expect(scans).not.toContainEqual(expect.stringMatching(/^Seq Scan on content_drafts/))
    expect(scans).toContainEqual(
      expect.stringMatching(/Index Scan using content_drafts_workspace_planned_idx$/),
    )
  })
})
