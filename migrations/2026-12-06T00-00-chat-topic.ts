import { type Kysely, sql } from 'kysely'

// A Telegram supergroup with topics shows every message without a topic in "General". A group linked
// from inside a topic wants its briefs and reminders there: the topic is kept with the chat. NULL: none.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE chats ADD COLUMN topic text`.execute(db)
}
