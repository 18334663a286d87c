import { type Kysely, sql } from 'kysely'

// A scheduled-message kind is one module in the scheduler's registry; listing the kinds here too would
// make every new kind a schema change. The column keeps a format check instead (a lower-case snake
// name), which still refuses typos and free text.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`.execute(db)
  await sql`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$')`.execute(
    db,
  )
}
