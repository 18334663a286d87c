import { type Kysely, sql } from 'kysely'

// A command that changes data keeps, until its answer is sent, what a notice needs if the process dies
// before then (kill -9, a crash): the chat, the sender and the command. answer_due_at is when another
// instance, or this one after a restart, may take it as unanswered.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE processed_messages
      ADD COLUMN answer_due_at timestamptz,
      ADD COLUMN chat_external_id text,
      ADD COLUMN sender_external_id text,
      ADD COLUMN command text`.execute(db)
  await sql`
    CREATE INDEX processed_messages_unanswered_idx ON processed_messages (answer_due_at)
      WHERE answer_due_at IS NOT NULL`.execute(db)
}
