import { createHash, randomInt } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { type ChatRow, linkChat, unlinkChat as unlinkChatRow } from '../chats/chats.js'
import { forgetQuestionsTo } from '../questions/questions.js'
import { toWorkspace, type Workspace } from './workspaces.js'

const CODE_LIFETIME_MS = 24 * 60 * 60_000
// No 0/O, 1/I/L: the code is read off one phone and typed into another.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex')

/** Normalises what people type: `abcd-efgh`, `ABCD EFGH` → `ABCDEFGH`. */
export function normaliseLinkCode(written: string): string {
  return written.toUpperCase().replace(/[\s-]/g, '')
}

/** A one-time code (valid 24 h) with which a second group joins this workspace. Only its hash is stored. */
export async function createLinkCode(
  db: Kysely<Database>,
  change: ChangeContext,
): Promise<{ code: string; expiresAt: Date }> {
  const code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  const expiresAt = new Date(change.now.getTime() + CODE_LIFETIME_MS)
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('link_codes')
      .values({
        code_hash: hashCode(code),
        workspace_id: change.workspaceId,
        created_by: change.actorId,
        expires_at: expiresAt,
        used_at: null,
        used_in_chat_id: null,
        created_at: change.now,
      })
      .execute()
    await recordAudit(trx, change, 'workspace.link_code_created', null, {
      expiresAt: expiresAt.toISOString(),
    })
  })
  return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt }
}

/**
 * /hubungkan: links this group to the code's workspace and joins the sender's identity to the
 * coordinator who made the code (the same human on another platform), all in one transaction.
 */
export async function linkWithCode(
  db: Kysely<Database>,
  input: { chat: ChatRow; personId: number; code: string; now: Date; topic?: string | undefined },
): Promise<Workspace> {
  return db.transaction().execute(async (trx) => {
    const chat = await trx
      .selectFrom('chats')
      .select('workspace_id')
      .where('id', '=', input.chat.id)
      .forUpdate()
      .executeTakeFirstOrThrow()
    if (chat.workspace_id !== null) throw new UserError('workspace.already_linked')
    const code = await trx
      .selectFrom('link_codes')
      .selectAll()
      .where('code_hash', '=', hashCode(normaliseLinkCode(input.code)))
      .forUpdate()
      .executeTakeFirst()
    if (!code || code.used_at !== null) throw new UserError('workspace.code_invalid')
    if (code.expires_at.getTime() <= input.now.getTime()) throw new UserError('workspace.code_expired')
    await trx
      .updateTable('link_codes')
      .set({ used_at: input.now, used_in_chat_id: input.chat.id })
      .where('code_hash', '=', code.code_hash)
      .execute()
    await linkChat(trx, input.chat.id, code.workspace_id, input.now, input.topic)
    await mergePeople(trx, code.created_by, input.personId)
    await recordAudit(
      trx,
      { workspaceId: code.workspace_id, actorId: code.created_by, chatId: input.chat.id, now: input.now },
      'workspace.chat_linked',
      null,
      {
        platform: input.chat.platform,
        title: input.chat.title,
      },
    )
    const workspace = await trx
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', code.workspace_id)
      .executeTakeFirstOrThrow()
    return toWorkspace(workspace)
  })
}

/**
 * Moves everything of `absorbed` onto `kept` (identities, memberships where `kept` has none) so one
 * human keeps one person across platforms. `absorbed` is usually a person just created on first sight.
 */
async function mergePeople(trx: Kysely<Database>, kept: number, absorbed: number): Promise<void> {
  if (kept === absorbed) return
  await trx.updateTable('identities').set({ person_id: kept }).where('person_id', '=', absorbed).execute()
  const keptWorkspaces = trx.selectFrom('memberships').select('workspace_id').where('person_id', '=', kept)
  await trx
    .updateTable('memberships')
    .set({ person_id: kept })
    .where('person_id', '=', absorbed)
    .where('workspace_id', 'not in', keptWorkspaces)
    .execute()
  await trx.deleteFrom('memberships').where('person_id', '=', absorbed).execute()
  await forgetQuestionsTo(trx, absorbed)
}

/** /putuskan: the group leaves the workspace; its history stays with the workspace. */
export async function unlinkChat(db: Kysely<Database>, change: ChangeContext, chat: ChatRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await unlinkChatRow(trx, chat.id)
    await recordAudit(trx, change, 'workspace.chat_unlinked', null, {
      platform: chat.platform,
      title: chat.title,
    })
  })
}
