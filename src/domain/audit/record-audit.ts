import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

/** Who changed something, from where, and when: passed to every service that writes. */
export interface ChangeContext {
  readonly workspaceId: number
  readonly actorId: number
  readonly chatId: number | null
  readonly now: Date
}

/** The audit row of a change: recordAudit writes it, or a statement that makes the change writes it too. */
export function auditEntry(
  change: ChangeContext,
  action: string,
  subject: string | null,
  details: Record<string, unknown> = {},
): Insertable<Database['audit_log']> {
  return {
    workspace_id: change.workspaceId,
    actor_id: change.actorId,
    chat_id: change.chatId,
    action,
    subject,
    details: JSON.stringify(details),
    created_at: change.now,
  }
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
    .values(auditEntry(change, action, subject, details))
    .execute()
}

/** What one person's command in a chat changed: the subjects audited at the instant it was handled. */
export async function subjectsChangedAt(
  db: Kysely<Database>,
  change: { readonly actorId: number; readonly chatId: number; readonly at: Date },
): Promise<{ readonly subject: string | null }[]> {
  return db
    .selectFrom('audit_log')
    .select('subject')
    .where('actor_id', '=', change.actorId)
    .where('chat_id', '=', change.chatId)
    .where('created_at', '=', change.at)
    .orderBy('id')
    .execute()
}

/** An audit subject naming a numbered item: `#12`, `agenda#12`, `konten#5`. */
const ITEM_SUBJECT = /^[a-z]*#(\d+)$/

/**
 * What changed in a workspace since `since`, by its audit entries: `items` the numbered items, when
 * every change was to one; undefined when any change was to something else (settings, chats, agencies).
 */
export async function changesSince(
  db: Kysely<Database>,
  workspaceId: number,
  since: Date,
): Promise<{ readonly items: readonly number[] | undefined }> {
  const rows = await db
    .selectFrom('audit_log')
    .select('subject')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', since)
    .execute()
  const items = new Set<number>()
  for (const { subject } of rows) {
    const number = subject && ITEM_SUBJECT.exec(subject)?.[1]
    if (!number) return { items: undefined }
    items.add(Number(number))
  }
  return { items: [...items].sort((a, b) => a - b) }
}
