import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

/**
 * Deletes settled rows (sent, failed, expired, withdrawn, skipped) due before `before`: kept for
 * inspection until then. Returns how many.
 */
export async function deleteSettledBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const deleted = await db
    .deleteFrom('outbox')
    .where('status', 'in', ['sent', 'failed', 'expired', 'withdrawn', 'skipped'])
    .where('due_at', '<', before)
    .executeTakeFirst()
  return Number(deleted.numDeletedRows)
}
