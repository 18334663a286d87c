import { type Kysely, sql } from 'kysely'

// What the scheduler (SPEC §3) needs beyond the initial schema.
export async function up(db: Kysely<any>): Promise<void> {
  // "Perubahan" notices go to the chats that saw an item when it changes time or place or is
  // cancelled. Knowing *that* a chat saw it is not enough to tell whether it changed since: each
  // announcement keeps what the chat was shown (status, time, place). NULL for announcements made
  // before snapshots existed: no notice can be derived for those.
  await sql`ALTER TABLE announcements ADD COLUMN snapshot jsonb`.execute(db)

  // The claim query walks pending rows in claim order — time-critical kinds before the bulk ones (the
  // 07.00 briefs, the Friday nudge), oldest first — and stops after a batch, however many thousands
  // are due at once. The expression must stay identical to the one in the claim query.
  await sql`
    CREATE INDEX outbox_pending_claim_idx ON outbox ((kind IN ('brief', 'nudge')), due_at, id)
    WHERE status = 'pending'`.execute(db)
}
