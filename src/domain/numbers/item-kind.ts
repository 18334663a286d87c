import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { ItemKind } from '../../vocabulary.js'

export type { ItemKind }

/** What kind of item a short number names in a workspace (agenda, konten, narasi, pengingat), if any. */
export async function kindOfNumber(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<ItemKind | undefined> {
  const row = await db
    .selectFrom('item_numbers')
    .select('kind')
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst()
  return row?.kind
}

/**
 * The answer when a number names an item of another kind: "#14 adalah konten — lihat dengan
 * /konten 14". The catalog keys are `numbers.other_kind.<kind>`, shared by every command.
 */
export function describeOtherKind(number: number, kind: ItemKind): UserError {
  return new UserError(`numbers.other_kind.${kind}`, { number })
}

/**
 * The refusal for a number that is not an item of the `expected` kind: the other kind it names
 * (`describeOtherKind`), or "no item #14" when the number was never handed out.
 */
export async function missingItemError(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
  expected: ItemKind,
): Promise<UserError> {
  const kind = await kindOfNumber(db, workspaceId, number)
  if (kind && kind !== expected) return describeOtherKind(number, kind)
  return new UserError('numbers.not_found', { number })
}
