import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { Language } from '../../vocabulary.js'
import { recordAudit } from '../audit/record-audit.js'
import { type ChatRow, linkChat } from '../chats/chats.js'
import { toWorkspace, type Workspace } from './workspaces.js'

export interface ActivateInput {
  readonly chat: ChatRow
  /** The thread the command was sent in (a Telegram forum topic): scheduled messages go there. */
  readonly topic?: string | undefined
  readonly personId: number
  readonly name: string
  readonly timezone: string
  readonly language: Language
  readonly now: Date
}

/** /aktifkan: a new workspace, this group linked to it, the sender its coordinator — all or nothing. */
export async function activateWorkspace(db: Kysely<Database>, input: ActivateInput): Promise<Workspace> {
  return db.transaction().execute(async (trx) => {
    // Re-read under lock: two admins typing /aktifkan at once must not create two forums.
    const chat = await trx
      .selectFrom('chats')
      .select(['workspace_id'])
      .where('id', '=', input.chat.id)
      .forUpdate()
      .executeTakeFirstOrThrow()
    if (chat.workspace_id !== null) throw new UserError('workspace.already_linked')
    const row = await trx
      .insertInto('workspaces')
      .values({
        name: input.name,
        timezone: input.timezone,
        language: input.language,
        created_at: input.now,
        updated_at: input.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await linkChat(trx, input.chat.id, row.id, input.now, input.topic)
    await trx
      .insertInto('memberships')
      .values({
        workspace_id: row.id,
        person_id: input.personId,
        role: 'koordinator',
        agency_id: null,
        created_at: input.now,
        updated_at: input.now,
      })
      .execute()
    await recordAudit(
      trx,
      { workspaceId: row.id, actorId: input.personId, chatId: input.chat.id, now: input.now },
      'workspace.activated',
      null,
      {
        name: input.name,
      },
    )
    return toWorkspace(row)
  })
}
