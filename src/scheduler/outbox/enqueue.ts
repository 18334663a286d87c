/**
 * Writing scheduled messages to the outbox, and keeping not-yet-sent rows in step with the data they
 * speak of. Every statement here is idempotent, so planners on several instances may run at once.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { numbersOrNone } from '../../db/number-list.js'
import type { RichText } from '../../text/rich-text.js'
import type { OutboxKind } from '../kinds/index.js'
import { type NoticePayload, notice as noticeKind } from '../kinds/notice.js'
import type { PlannedMessage } from './planned.js'

/** Rows per INSERT: keeps statements small on PGlite. */
const CHUNK = 200

/**
 * Writes the messages whose key is not in the outbox yet (`ON CONFLICT DO NOTHING`: a repeated message
 * is never written twice, whatever its status). A row withdrawn earlier whose key is wanted again (an
 * item moved away and back to its first time) is put back to pending: it was never sent, so this cannot
 * duplicate anything. Returns the keys written or revived.
 */
export async function enqueue(
  db: Kysely<Database>,
  messages: readonly PlannedMessage<OutboxKind>[],
): Promise<string[]> {
  const written: string[] = []
  for (let i = 0; i < messages.length; i += CHUNK) {
    const chunk = messages.slice(i, i + CHUNK)
    const inserted = await db
      .insertInto('outbox')
      .values(
        chunk.map((m) => ({
          idempotency_key: m.key,
          kind: m.kind,
          chat_id: m.chatId,
          workspace_id: m.workspaceId,
          subject_number: m.subjectNumber,
          payload: JSON.stringify(m.payload),
          due_at: m.dueAt,
          expires_at: m.expiresAt,
          claim_token: null,
          lease_until: null,
          last_error: null,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('idempotency_key')
      .execute()
    const insertedKeys = new Set(inserted.map((row) => row.idempotency_key))
    written.push(...insertedKeys)
    const others = chunk.filter((m) => !insertedKeys.has(m.key))
    if (others.length === 0) continue
    const withdrawn = await db
      .selectFrom('outbox')
      .select('idempotency_key')
      .where(
        'idempotency_key',
        'in',
        others.map((m) => m.key),
      )
      .where('status', '=', 'withdrawn')
      .execute()
    for (const { idempotency_key: key } of withdrawn) {
      const message = others.find((m) => m.key === key)!
      const revived = await db
        .updateTable('outbox')
        .set({
          status: 'pending',
          payload: JSON.stringify(message.payload),
          due_at: message.dueAt,
          expires_at: message.expiresAt,
          attempts: 0,
          last_error: null,
        })
        .where('idempotency_key', '=', key)
        .where('status', '=', 'withdrawn')
        .executeTakeFirst()
      if (Number(revived.numUpdatedRows) > 0) written.push(key)
    }
  }
  return written
}

/** A pending row as reconciling sees it. */
export interface PendingRow {
  readonly id: number
  readonly key: string
  readonly kind: OutboxKind
  readonly dueAt: Date
  readonly expiresAt: Date
  readonly attempts: number
}

/** The rows of a workspace still waiting to be sent (not expired yet), of the given kinds; about these items only if `subjectNumbers`. */
export async function pendingRowsOf(
  db: Kysely<Database>,
  workspaceId: number,
  kinds: readonly OutboxKind[],
  now: Date,
  subjectNumbers?: readonly number[],
): Promise<PendingRow[]> {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'idempotency_key', 'kind', 'due_at', 'expires_at', 'attempts'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'pending')
    .where('kind', 'in', kinds)
    .where('expires_at', '>', now)
  if (subjectNumbers) query = query.where('subject_number', 'in', numbersOrNone(subjectNumbers))
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    key: r.idempotency_key,
    kind: r.kind,
    dueAt: r.due_at,
    expiresAt: r.expires_at,
    attempts: r.attempts,
  }))
}

/** Withdraws rows that are still pending (a row claimed meanwhile is re-checked by its sender). */
export async function withdrawPending(
  db: Kysely<Database>,
  ids: readonly number[],
  reason: string,
): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .updateTable('outbox')
    .set({ status: 'withdrawn', last_error: reason })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * Moves a pending row that was never tried to the time its subject now asks for (a brief moved from
 * 07.00 to 06.30 keeps its key, `brief:<chat>:<date>`). Rows in retry keep their backoff.
 */
export async function reschedulePending(
  db: Kysely<Database>,
  id: number,
  message: PlannedMessage<OutboxKind>,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ due_at: message.dueAt, expires_at: message.expiresAt, payload: JSON.stringify(message.payload) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('attempts', '=', 0)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/**
 * A one-off message into a chat, rendered now (kind `notice`): written once under `key`, sent once as it
 * is, at `dueAt` (default now), unless it is still unsent by `expiresAt`. For messages that are not
 * derived from the calendar, such as telling linked groups about something that happened.
 */
export async function enqueueNotice(
  db: Kysely<Database>,
  notice: {
    readonly key: string
    readonly chatId: number
    readonly workspaceId: number | null
    readonly text: RichText
    readonly dueAt: Date
    readonly expiresAt: Date
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('outbox')
    .values({
      idempotency_key: notice.key,
      kind: noticeKind.name,
      chat_id: notice.chatId,
      workspace_id: notice.workspaceId,
      subject_number: null,
      payload: JSON.stringify({ text: notice.text } satisfies NoticePayload),
      due_at: notice.dueAt,
      expires_at: notice.expiresAt,
      claim_token: null,
      lease_until: null,
      last_error: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}
