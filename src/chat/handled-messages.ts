/**
 * Which incoming messages were handled already (the `processed_messages` table, written only here), so
 * that a platform's redelivery is not acted on twice. A message's time and the forgetting of old ones
 * both come from the app clock: with the database server's `now()` on one side, a retention would
 * depend on two clocks agreeing.
 */
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'
import { type ChatRow, upsertChatQuery } from '../domain/chats/chats.js'
import type { Platform, PlatformChat } from '../vocabulary.js'

/**
 * Records a message as handled at `at` (first: false when it was handled before) and, in the same
 * statement, its chat as upsertChat does: a command's first two round trips made one. The chat is
 * recorded on a redelivery too, which only says again that the bot is in it.
 */
export async function firstDeliveryInChat(
  db: Kysely<Database>,
  message: { readonly platform: Platform; readonly chatExternalId: string; readonly messageId: string },
  chat: PlatformChat,
  at: Date,
): Promise<{ first: boolean; chat: ChatRow }> {
  const recording = db.with('handled', (qb) =>
    qb
      .insertInto('processed_messages')
      .values({
        platform: message.platform,
        message_key: `${message.chatExternalId}:${message.messageId}`,
        processed_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('message_key'),
  )
  const { first, ...row } = await upsertChatQuery(recording, chat, at)
    .returningAll()
    .returning(sql<boolean>`exists (select 1 from handled)`.as('first'))
    .executeTakeFirstOrThrow()
  return { first, chat: row }
}

/** Forgets messages handled before `before`; returns how many. */
export async function forgetHandledBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const deleted = await db
    .deleteFrom('processed_messages')
    .where('processed_at', '<', before)
    .executeTakeFirst()
  return Number(deleted.numDeletedRows)
}
