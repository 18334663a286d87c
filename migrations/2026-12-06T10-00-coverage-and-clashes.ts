import { type Kysely, sql } from 'kysely'

// Coverage desk and clash warnings (issue 17). An item asking for coverage (`Liputan: ya`) is claimed
// by one agency with /liput: who claimed it, for which agency, and when, live on the item itself, so
// every list that shows an item shows its coverage without another query. `officials` are the
// officials attending (`Pimpinan: Bupati`), normalised to fixed codes so two items are compared by
// equality: the clash check reads them from the rows its time-range scan finds.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)
  await run(sql`
    ALTER TABLE agenda_items
      ADD COLUMN coverage_agency_id bigint,
      ADD COLUMN coverage_claimed_by bigint REFERENCES people (id),
      ADD COLUMN coverage_claimed_at timestamptz,
      ADD COLUMN officials text[] NOT NULL DEFAULT '{}',
      ADD FOREIGN KEY (workspace_id, coverage_agency_id) REFERENCES agencies (workspace_id, id),
      ADD CHECK ((coverage_agency_id IS NULL) = (coverage_claimed_at IS NULL)),
      ADD CHECK (coverage_agency_id IS NULL OR coverage)`)
}
