import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

/** Who changed something, from where, and when: passed to every service that writes. */
export interface ChangeContext {
  readonly workspaceId: number
  readonly actorId: number
  readonly chatId: number | null
  readonly now: Date
}

/** Writes one audit row; call it with the transaction that makes the change. */
export async function recordAudit(
  trx: Kysely<Database>,
  change: ChangeContext,
  action: string,
  subject: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      workspace_id: change.workspaceId,
      actor_id: change.actorId,
      chat_id: change.chatId,
      action,
      subject,
      details: JSON.stringify(details),
      created_at: change.now,
    })
    .execute()
}
