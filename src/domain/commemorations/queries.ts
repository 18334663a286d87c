import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

/** A forum's own yearly day (`/hari tambah 15 Februari Hari Jadi Kabupaten`). */
export type ForumDay = { id: number; month: number; day: number; name: string }

/** The forum's own days, in calendar order. */
export async function listForumDays(db: Kysely<Database>, workspaceId: number): Promise<ForumDay[]> {
  const rows = await db
    .selectFrom('forum_days')
    .select(['id', 'month', 'day', 'name'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('month')
    .orderBy('day')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...row, id: Number(row.id) }))
}

/** The compared names of the shipped days the forum hid. */
export async function hiddenDayKeys(db: Kysely<Database>, workspaceId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('hidden_days')
    .select('name_key')
    .where('workspace_id', '=', workspaceId)
    .execute()
  return new Set(rows.map((row) => row.name_key))
}
