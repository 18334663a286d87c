import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ItemKind } from '../../vocabulary.js'

/**
 * Hands out the next short number (#12) of a workspace and records what kind of item it names.
 * Must run inside the transaction that inserts the item: the UPDATE locks the workspace row until
 * commit, so concurrent inserts queue here and never get the same number, and a rolled-back insert
 * gives its number back.
 */
export async function allocateItemNumber(
  trx: Transaction<Database> | Kysely<Database>,
  workspaceId: number,
  kind: ItemKind,
): Promise<number> {
  const { last_item_number: number } = await trx
    .updateTable('workspaces')
    .set((eb) => ({ last_item_number: eb('last_item_number', '+', 1) }))
    .where('id', '=', workspaceId)
    .returning('last_item_number')
    .executeTakeFirstOrThrow()
  await trx.insertInto('item_numbers').values({ workspace_id: workspaceId, number, kind }).execute()
  return number
}
