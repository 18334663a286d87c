/**
 * Which chats were told about an item, and what they were told (the `announcements` table, written only
 * here, as a row is marked sent): "Perubahan" notices are derived from it.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Announced } from '../kinds/kind.js'
import type { OutboxRow } from './claim.js'

/** The items a sent message mentioned, with what it said about them. */
export async function recordAnnouncements(
  trx: Kysely<Database>,
  row: Pick<OutboxRow, 'workspace_id' | 'chat_id'>,
  announces: readonly Announced[],
  at: Date,
): Promise<void> {
  if (row.workspace_id === null || announces.length === 0) return
  const workspaceId = row.workspace_id
  await trx
    .insertInto('announcements')
    .values(
      announces.map((item) => ({
        workspace_id: workspaceId,
        number: item.number,
        chat_id: row.chat_id,
        announced_at: at,
        snapshot: JSON.stringify(item.snapshot),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'number', 'chat_id']).doUpdateSet((eb) => ({
        announced_at: eb.ref('excluded.announced_at'),
        snapshot: eb.ref('excluded.snapshot'),
      })),
    )
    .execute()
}
