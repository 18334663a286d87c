import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ItemKind } from '../../vocabulary.js'

/**
 * Hands out the next short number (#12) of a workspace and records what kind of item it names, in one
 * statement. Must run inside the transaction that inserts the item: the UPDATE locks the workspace row
 * until commit, so concurrent inserts queue here and never get the same number, and a rolled-back
 * insert gives its number back.
 */
export async function allocateItemNumber(
  trx: Transaction<Database> | Kysely<Database>,
  workspaceId: number,
  kind: ItemKind,
): Promise<number> {
  const { number } = await trx
    .with('counter', (qb) =>
      qb
        .updateTable('workspaces')
        .set((eb) => ({ last_item_number: eb('last_item_number', '+', 1) }))
        .where('id', '=', workspaceId)
        .returning(['id', 'last_item_number']),
    )
    .insertInto('item_numbers')
    .columns(['workspace_id', 'number', 'kind'])
    .expression((eb) =>
      eb.selectFrom('counter').select(['id', 'last_item_number', sql<ItemKind>`${kind}::text`.as('kind')]),
    )
    .returning('number')
    .executeTakeFirstOrThrow()
  return number
}
