/**
 * Which incoming messages were handled already (the `processed_messages` table, written only here), so
 * that a platform's redelivery is not acted on twice. A message's time and the forgetting of old ones
 * both come from the app clock: with the database server's `now()` on one side, a retention would
 * depend on two clocks agreeing.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import type { Platform } from '../vocabulary.js'

/** Records a message as handled at `at`; false when it was handled before. */
export async function firstDelivery(
  db: Kysely<Database>,
  message: { readonly platform: Platform; readonly chatExternalId: string; readonly messageId: string },
  at: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('processed_messages')
    .values({
      platform: message.platform,
      message_key: `${message.chatExternalId}:${message.messageId}`,
      processed_at: at,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('message_key')
    .executeTakeFirst()
  return inserted !== undefined
}

/** Forgets messages handled before `before`; returns how many. */
export async function forgetHandledBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const deleted = await db
    .deleteFrom('processed_messages')
    .where('processed_at', '<', before)
    .executeTakeFirst()
  return Number(deleted.numDeletedRows)
}
