import { type Kysely, sql } from 'kysely'

// The calendar, /agenda and the brief list the items overlapping some days (listAgendaBetween). An item
// lasting at most a day (timed) or a week (all-day) is found by a range scan of its start, from that
// long before the first day: the existing (workspace_id, starts_at) and (workspace_id, start_date)
// indexes. Longer items are few; these partial indexes find them by their end. Their predicates must
// stay word for word what the query says, or PostgreSQL cannot use them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX agenda_items_long_timed_idx ON agenda_items (workspace_id, ends_at)
    WHERE NOT all_day AND ends_at - starts_at > interval '1 day'`.execute(db)
  await sql`
    CREATE INDEX agenda_items_long_all_day_idx ON agenda_items (workspace_id, end_date)
    WHERE all_day AND end_date - start_date > 7`.execute(db)
}
