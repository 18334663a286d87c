import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { describeOtherKind, kindOfNumber } from '../numbers/item-kind.js'
import { getKeyMessage, toKeyMessage } from './queries.js'
import type { KeyMessage, NewKeyMessage } from './types.js'

const subjectOf = (number: number) => `narasi#${number}`

/** The key message, or the UserError explaining why there is none (unused number, or another kind of item). */
export async function requireKeyMessage(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<KeyMessage> {
  const found = await getKeyMessage(db, workspaceId, number)
  if (found) return found
  const kind = await kindOfNumber(db, workspaceId, number)
  if (kind && kind !== 'narasi') throw describeOtherKind(number, kind)
  throw new UserError('key_message.not_found', { number })
}

/** /narasi tambah: a new key message with its short number, audited. */
export async function addKeyMessage(
  db: Kysely<Database>,
  change: ChangeContext,
  input: NewKeyMessage,
): Promise<KeyMessage> {
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, change.workspaceId, 'narasi')
    const row = await trx
      .insertInto('key_messages')
      .values({
        workspace_id: change.workspaceId,
        number,
        theme: input.theme,
        message: input.message,
        talking_points: [...input.talkingPoints],
        hashtags: [...input.hashtags],
        valid_from: input.validFrom,
        valid_to: input.validTo,
        archived_at: null,
        created_by: change.actorId,
        created_at: change.now,
        updated_at: change.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, change, 'key_message.added', subjectOf(number), {
      theme: input.theme,
      validFrom: input.validFrom,
      validTo: input.validTo,
    })
    return toKeyMessage(row)
  })
}

/** /narasi hapus: archives a key message (drafts that cite it keep their link). */
export async function archiveKeyMessage(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
): Promise<KeyMessage> {
  return db.transaction().execute(async (trx) => {
    const current = await requireKeyMessage(trx, change.workspaceId, number)
    if (current.archivedAt) throw new UserError('key_message.already_archived', { number })
    const row = await trx
      .updateTable('key_messages')
      .set({ archived_at: change.now, updated_at: change.now })
      .where('id', '=', current.id)
      .where('archived_at', 'is', null)
      .returningAll()
      .executeTakeFirst()
    // Another coordinator archived it a moment ago.
    if (!row) throw new UserError('key_message.already_archived', { number })
    await recordAudit(trx, change, 'key_message.archived', subjectOf(number), { theme: current.theme })
    return toKeyMessage(row)
  })
}
