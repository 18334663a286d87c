import { type Kysely, sql } from 'kysely'
import type { Database } from '../../src/db/database.js'

/** Where the seeded years begin: the items run on from here, one every 53 minutes. */
export const MANY_ITEMS_FROM = '2024-01-01T00:00:00+07:00'

/**
 * A workspace with years of history, for EXPLAIN tests and benchmarks: `agenda` items one every 17
 * minutes from MANY_ITEMS_FROM (a fifth all day, one in a hundred of those lasting three weeks, one
 * timed item in a thousand lasting three days, the rest two hours) and `drafts` drafts one every 3
 * hours. Written in a few statements, then ANALYZEd, as a long-lived database would be.
 */
export async function seedManyItems(
  db: Kysely<Database>,
  counts: { agenda: number; drafts: number },
): Promise<{ workspaceId: number }> {
  const workspace = await db
    .insertInto('workspaces')
    .values({ name: 'Bakohumas Arsip Panjang' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const person = await db
    .insertInto('people')
    .values({ display_name: 'Pengisi Arsip' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const agency = await db
    .insertInto('agencies')
    .values({ workspace_id: workspace.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const from = new Date(MANY_ITEMS_FROM)
  const { agenda, drafts } = counts
  await db
    .updateTable('workspaces')
    .set({ last_item_number: agenda + drafts })
    .where('id', '=', workspace.id)
    .execute()
  await sql`
    INSERT INTO item_numbers (workspace_id, number, kind)
    SELECT ${workspace.id}, g, CASE WHEN g <= ${agenda} THEN 'agenda' ELSE 'konten' END
    FROM generate_series(1, ${agenda + drafts}) g`.execute(db)
  await sql`
    INSERT INTO agenda_items (workspace_id, number, agency_id, title, all_day, starts_at, ends_at,
      start_date, end_date, stated_zone, created_by)
    SELECT ${workspace.id}, g, ${agency.id}, 'Kegiatan ' || g, g % 5 = 0,
      CASE WHEN g % 5 <> 0 THEN ${from}::timestamptz + g * interval '53 minutes' END,
      CASE WHEN g % 5 <> 0 THEN ${from}::timestamptz + g * interval '53 minutes'
        + CASE WHEN g % 1000 = 1 THEN interval '3 days' ELSE interval '2 hours' END END,
      CASE WHEN g % 5 = 0 THEN (${from}::timestamptz + g * interval '53 minutes')::date END,
      CASE WHEN g % 500 = 0 THEN (${from}::timestamptz + g * interval '53 minutes')::date + 21 END,
      'Asia/Jakarta', ${person.id}
    FROM generate_series(1, ${agenda}) g`.execute(db)
  await sql`
    INSERT INTO content_drafts (workspace_id, number, agency_id, title, planned_at, status, created_by)
    SELECT ${workspace.id}, ${agenda} + g, ${agency.id}, 'Konten ' || g,
      ${from}::timestamptz + g * interval '3 hours', 'disetujui', ${person.id}
    FROM generate_series(1, ${drafts}) g`.execute(db)
  await sql`ANALYZE agenda_items, content_drafts, item_numbers`.execute(db)
  return { workspaceId: workspace.id }
}
