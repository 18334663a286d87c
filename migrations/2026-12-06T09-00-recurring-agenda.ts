import { type Kysely, sql } from 'kysely'

// A recurring item (`setiap Senin 07.30 Apel Pagi`) is one row: its start is the first occurrence, and
// `recurrence` the RFC 5545 rule body (`FREQ=WEEKLY;BYDAY=MO`) read in the zone the time was stated in.
// `recurs_until` is the last day it may fall on (UNTIL, kept apart so the calendar query can compare it);
// `excluded_dates` are the occurrences cancelled or detached (EXDATE); `skip_holidays` is `kecuali libur`.
// A detached occurrence is its own item pointing back at its series and date. The excluded dates are
// 'YYYY-MM-DD' text: both drivers give text[] back as strings, while date[] would come back as JS Dates
// (shifted by the process's zone) on pg.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE agenda_items
      ADD COLUMN recurrence text,
      ADD COLUMN recurs_until date,
      ADD COLUMN excluded_dates text[] NOT NULL DEFAULT '{}',
      ADD COLUMN skip_holidays boolean NOT NULL DEFAULT false,
      ADD COLUMN detached_from integer,
      ADD COLUMN detached_date date`.execute(db)
  await sql`
    ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_recurrence_single
    CHECK (recurrence IS NULL OR (NOT daily AND (NOT all_day OR end_date IS NULL)))`.execute(db)
  // Series are few beside single items, but each may fall in any period: the calendar query reads all of
  // a workspace's series by this index and expands them in memory.
  await sql`
    CREATE INDEX agenda_items_series_idx ON agenda_items (workspace_id, recurs_until)
    WHERE recurrence IS NOT NULL`.execute(db)
}
