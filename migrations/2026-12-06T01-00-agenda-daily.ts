import { type Kysely, sql } from 'kysely'

// `Sabtu-Minggu, 12-13 Desember 08.00-16.00` is one item whose times repeat each day: starts_at is the
// first day's start, ends_at the last day's end (its start when no end was given), and `daily` says
// the hours in between are not one stretch. Only a timed item can be daily.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agenda_items ADD COLUMN daily boolean NOT NULL DEFAULT false`.execute(db)
  await sql`ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_daily_timed CHECK (NOT daily OR NOT all_day)`.execute(
    db,
  )
}
