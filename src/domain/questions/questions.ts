/**
 * Questions the bot asked someone in a chat (the `pending_questions` table, written only here): a reply
 * from that person in that chat before the question expires is its answer. Taking a question deletes
 * it, so two deliveries of the same reply answer it once.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { PlatformChat, PlatformIdentity } from '../../vocabulary.js'

/** What the asking command needs back with the answer. */
export interface PendingQuestion {
  /** `<command>:<purpose>`. */
  readonly purpose: string
  readonly context: Record<string, unknown>
}

export async function askQuestion(
  db: Kysely<Database>,
  question: PendingQuestion & {
    readonly chatId: number
    readonly personId: number
    readonly now: Date
    readonly expiresAt: Date
  },
): Promise<void> {
  await db
    .insertInto('pending_questions')
    .values({
      chat_id: question.chatId,
      person_id: question.personId,
      bot_message_id: null,
      purpose: question.purpose,
      context: JSON.stringify(question.context),
      expires_at: question.expiresAt,
      created_at: question.now,
    })
    .execute()
}

/**
 * The newest unexpired question to this person in this chat, taken (deleted) if `wanted` accepts its
 * purpose. Undefined when there is none, it is not wanted, or another delivery took it first.
 */
export async function takeQuestion(
  db: Kysely<Database>,
  chat: PlatformChat,
  person: PlatformIdentity,
  now: Date,
  wanted: (purpose: string) => boolean,
): Promise<PendingQuestion | undefined> {
  const question = await db
    .selectFrom('pending_questions')
    .innerJoin('chats', 'chats.id', 'pending_questions.chat_id')
    .innerJoin('identities', 'identities.person_id', 'pending_questions.person_id')
    .select(['pending_questions.id', 'pending_questions.purpose', 'pending_questions.context'])
    .where('chats.platform', '=', chat.platform)
    .where('chats.external_id', '=', chat.externalId)
    .where('identities.platform', '=', person.platform)
    .where('identities.external_id', '=', person.externalId)
    .where('pending_questions.expires_at', '>', now)
    .orderBy('pending_questions.created_at', 'desc')
    .executeTakeFirst()
  if (!question || !wanted(question.purpose)) return undefined
  const deleted = await db.deleteFrom('pending_questions').where('id', '=', question.id).executeTakeFirst()
  if (Number(deleted.numDeletedRows) === 0) return undefined
  return { purpose: question.purpose, context: question.context }
}

/** A person merged into another leaves no questions behind. */
export async function forgetQuestionsTo(db: Kysely<Database>, personId: number): Promise<void> {
  await db.deleteFrom('pending_questions').where('person_id', '=', personId).execute()
}

/** Questions past their time can no longer be answered. */
export async function forgetExpiredQuestions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('pending_questions').where('expires_at', '<', now).execute()
}
