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

export interface HandledMessage {
  readonly platform: Platform
  readonly chatExternalId: string
  readonly messageId: string
}

/** A command whose answer is owed: if it is still unsent at `dueAt`, the chat is told what was saved. */
export interface AwaitingAnswer {
  readonly dueAt: Date
  readonly senderExternalId: string
  readonly command: string
}

/** A command taken as unanswered: its process stopped before the answer went out. */
export interface UnansweredCommand {
  readonly platform: Platform
  readonly messageKey: string
  readonly chatExternalId: string
  readonly senderExternalId: string
  readonly command: string
  /** When it was handled: the time its changes were recorded with. */
  readonly handledAt: Date
}

/** The key a message is recorded under (and `awaitsAnswer` names). */
export const handledKey = (message: HandledMessage) => `${message.chatExternalId}:${message.messageId}`

/**
 * Records a message as handled at `at` (first: false when it was handled before) and, in the same
 * statement, its chat as upsertChat does: a command's first two round trips made one. The chat is
 * recorded on a redelivery too, which only says again that the bot is in it.
 */
export async function firstDeliveryInChat(
  db: Kysely<Database>,
  message: HandledMessage,
  chat: PlatformChat,
  at: Date,
  awaitingAnswer?: AwaitingAnswer,
): Promise<{ first: boolean; chat: ChatRow }> {
  const recording = db.with('handled', (qb) =>
    qb
      .insertInto('processed_messages')
      .values({
        platform: message.platform,
        message_key: handledKey(message),
        processed_at: at,
        ...(awaitingAnswer && {
          answer_due_at: awaitingAnswer.dueAt,
          chat_external_id: message.chatExternalId,
          sender_external_id: awaitingAnswer.senderExternalId,
          command: awaitingAnswer.command,
        }),
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

/**
 * The answers to these messages were sent (`owedFrom` null: nothing is owed any more), or will never be
 * (`owedFrom` a time: the stopping process gave up on them, and any instance may tell the chat from then).
 */
export async function markAnswers(
  db: Kysely<Database>,
  platform: Platform,
  messageKeys: readonly string[],
  owedFrom: Date | null,
): Promise<void> {
  if (messageKeys.length === 0) return
  await db
    .updateTable('processed_messages')
    .set({ answer_due_at: owedFrom })
    .where('platform', '=', platform)
    .where('message_key', 'in', messageKeys)
    .where('answer_due_at', 'is not', null)
    .execute()
}

/**
 * Takes (once, across instances) up to `limit` commands whose answer was due by `now` and never
 * marked sent.
 */
export async function takeUnanswered(
  db: Kysely<Database>,
  now: Date,
  limit: number,
): Promise<UnansweredCommand[]> {
  const rows = await db
    .updateTable('processed_messages')
    .set({ answer_due_at: null })
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('platform', 'message_key'),
        'in',
        selectFrom('processed_messages')
          .select(['platform', 'message_key'])
          .where('answer_due_at', '<=', now)
          .orderBy('answer_due_at')
          .limit(limit)
          .forUpdate()
          .skipLocked()
          .$asTuple('platform', 'message_key'),
      ),
    )
    .returning([
      'platform',
      'message_key',
      'chat_external_id',
      'sender_external_id',
      'command',
      'processed_at',
    ])
    .execute()
  return rows.flatMap((row) =>
    row.chat_external_id !== null && row.sender_external_id !== null && row.command !== null
      ? [
          {
            platform: row.platform,
            messageKey: row.message_key,
            chatExternalId: row.chat_external_id,
            senderExternalId: row.sender_external_id,
            command: row.command,
            handledAt: row.processed_at,
          },
        ]
      : [],
  )
}
