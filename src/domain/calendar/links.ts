import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

/** The published links of many drafts in one query, in the order they were reported. */
export async function linksOfDrafts(
  db: Kysely<Database>,
  draftIds: readonly number[],
): Promise<Map<number, string[]>> {
  const links = new Map<number, string[]>()
  if (draftIds.length === 0) return links
  const rows = await db
    .selectFrom('content_links')
    .select(['draft_id', 'url'])
    .where('draft_id', 'in', draftIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  for (const row of rows) links.set(row.draft_id, [...(links.get(row.draft_id) ?? []), row.url])
  return links
}
