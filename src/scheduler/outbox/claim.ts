/**
 * Claiming due rows and settling them. A claim is a short statement (two at most, see `claimDue`): due
 * rows are locked with `FOR UPDATE SKIP LOCKED` (another instance's claim skips them instead of
 * waiting), stamped with a fresh claim token (a UUID) and a lease, and returned. Sending happens afterwards, outside any transaction. Only the
 * holder of the token can settle a row; once the lease has run out another instance may claim it again.
 */
import { randomUUID } from 'node:crypto'
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { OutboxTable } from '../../db/tables/outbox.js'
import type { Platform } from '../../vocabulary.js'
import { BULK_KINDS, type OutboxKind } from '../kinds/index.js'

export type OutboxRow = Selectable<OutboxTable>

/**
 * A claimed row: only its `claim_token` can settle it. After `lease_until` another instance may claim it
 * again, and from then on the old token settles nothing.
 */
export interface ClaimedRow extends OutboxRow {
  readonly claim_token: string
  readonly lease_until: Date
  /** Claimed again after another claim's lease ran out: that claimer may have sent it already. */
  readonly reclaimed: boolean
}

/**
 * Claims up to `limit` due rows whose chat is on one of `platforms` (the ones this instance can reach):
 * rows whose lease ran out (their claimer died or hung) first — they are the oldest — then pending rows
 * due by `now`; together exactly `(status = 'pending' AND due_at <= now) OR (status = 'sending' AND
 * lease_until < now)`. Expired rows are never claimed. Each statement is one short transaction of its
 * own. Returns the rows in the order to send them.
 */
export async function claimDue(
  db: Kysely<Database>,
  options: { now: Date; limit: number; leaseMs: number; platforms: readonly Platform[] },
): Promise<ClaimedRow[]> {
  if (options.limit <= 0 || options.platforms.length === 0) return []
  const claim = {
    ...options,
    token: randomUUID(),
    leaseUntil: new Date(options.now.getTime() + options.leaseMs),
  }
  const abandoned = await claimRows(db, 'abandoned', claim)
  const pending =
    abandoned.length < claim.limit
      ? await claimRows(db, 'pending', { ...claim, limit: claim.limit - abandoned.length })
      : []
  // Bulk kinds (one per group at the same minute: the 07.00 briefs, the Friday nudge) go after every
  // time-critical one that is due, so a reminder due during a fan-out of thousands of briefs is claimed
  // with the next free slot rather than after the last brief. Within each class, oldest first.
  const rank = (row: OutboxRow) => (BULK_KINDS.includes(row.kind) ? 1 : 0)
  const byDue = (a: OutboxRow, b: OutboxRow) => a.due_at.getTime() - b.due_at.getTime() || a.id - b.id
  const claimed = (rows: OutboxRow[], reclaimed: boolean) =>
    rows.map((row) => ({ ...row, reclaimed }) as ClaimedRow)
  return [
    ...claimed(abandoned, true).sort(byDue),
    ...claimed(pending, false).sort((a, b) => rank(a) - rank(b) || byDue(a, b)),
  ]
}

async function claimRows(
  db: Kysely<Database>,
  which: 'abandoned' | 'pending',
  claim: { now: Date; limit: number; platforms: readonly Platform[]; token: string; leaseUntil: Date },
): Promise<OutboxRow[]> {
  const { now } = claim
  // Literals, not parameters: the expression must match the one of outbox_pending_claim_idx.
  const bulk = sql<boolean>`(o.kind in (${sql.join(BULK_KINDS.map((kind) => sql.lit(kind)))}))`
  return (
    db
      // MATERIALIZED: the locked id list is computed once, so the UPDATE never claims more than `limit`.
      .with(
        (cte) => cte('due').materialized(),
        (qb) => {
          let query = qb
            .selectFrom('outbox as o')
            .innerJoin('chats as c', 'c.id', 'o.chat_id')
            .select('o.id')
            .where('c.platform', 'in', claim.platforms)
            .where('o.expires_at', '>', now)
          query =
            which === 'abandoned'
              ? query.where('o.status', '=', 'sending').where('o.lease_until', '<', now)
              : query.where('o.status', '=', 'pending').where('o.due_at', '<=', now).orderBy(bulk)
          return query.orderBy('o.due_at').orderBy('o.id').limit(claim.limit).forUpdate('o').skipLocked()
        },
      )
      .updateTable('outbox')
      .from('due')
      .set((eb) => ({
        status: 'sending',
        claim_token: claim.token,
        lease_until: claim.leaseUntil,
        attempts: eb('outbox.attempts', '+', 1),
      }))
      .whereRef('outbox.id', '=', 'due.id')
      .returningAll('outbox')
      .execute()
  )
}

/** A row that ran past its expiry unsent. */
export interface ExpiredRow {
  readonly id: number
  readonly key: string
  readonly kind: OutboxKind
  readonly workspaceId: number | null
  readonly subjectNumber: number | null
  readonly dueAt: Date
  readonly expiresAt: Date
  readonly attempts: number
  readonly lastError: string | null
}

/**
 * Marks expired every row not sent by its expiry (pending, or claimed by an instance whose lease ran
 * out): after downtime these are dropped, never sent. `inside` runs in the same transaction.
 */
export async function expireOverdue(
  db: Kysely<Database>,
  now: Date,
  inside?: (trx: Transaction<Database>, rows: ExpiredRow[]) => Promise<void>,
): Promise<ExpiredRow[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable('outbox')
      .set({ status: 'expired', claim_token: null, lease_until: null })
      .where('expires_at', '<=', now)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
        ]),
      )
      .returning([
        'id',
        'idempotency_key',
        'kind',
        'workspace_id',
        'subject_number',
        'due_at',
        'expires_at',
        'attempts',
        'last_error',
      ])
      .execute()
    const expired = rows.map((r) => ({
      id: r.id,
      key: r.idempotency_key,
      kind: r.kind,
      workspaceId: r.workspace_id,
      subjectNumber: r.subject_number,
      dueAt: r.due_at,
      expiresAt: r.expires_at,
      attempts: r.attempts,
      lastError: r.last_error,
    }))
    if (expired.length > 0 && inside) await inside(trx, expired)
    return expired
  })
}

type Claim = Pick<ClaimedRow, 'id' | 'claim_token'>

/**
 * Marks a claimed row sent, if this claim still holds it; `inside` (announcements, the reminder's
 * status) runs in the same transaction and only then. False means the lease was lost: another instance
 * may have sent it too.
 */
export async function markSent(
  db: Kysely<Database>,
  claim: Claim,
  at: Date,
  inside?: (trx: Transaction<Database>) => Promise<void>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: at, claim_token: null, lease_until: null, last_error: null })
      .where('id', '=', claim.id)
      .where('claim_token', '=', claim.claim_token)
      .where('status', '=', 'sending')
      .executeTakeFirst()
    if (Number(marked.numUpdatedRows) === 0) return false
    if (inside) await inside(trx)
    return true
  })
}

/** Gives the row back as pending, to be claimed at `dueAt` (a retry after backoff), keeping the error. */
export async function retryLater(
  db: Kysely<Database>,
  claim: Claim,
  dueAt: Date,
  error: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', due_at: dueAt, claim_token: null, lease_until: null, last_error: error })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.claim_token)
    .where('status', '=', 'sending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/**
 * Gives the row back untried, due at `dueAt` (its subject now asks for a later time): the claim does not
 * count as an attempt.
 */
export async function release(db: Kysely<Database>, claim: Claim, dueAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'pending',
      due_at: dueAt,
      claim_token: null,
      lease_until: null,
      attempts: eb('attempts', '-', 1),
    }))
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.claim_token)
    .where('status', '=', 'sending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Ends a claimed row without sending it: failed (error kept), skipped, withdrawn or expired, with why. */
export async function finish(
  db: Kysely<Database>,
  claim: Claim,
  status: 'failed' | 'skipped' | 'withdrawn' | 'expired',
  reason: string,
  inside?: (trx: Transaction<Database>) => Promise<void>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('outbox')
      .set({ status, claim_token: null, lease_until: null, last_error: reason })
      .where('id', '=', claim.id)
      .where('claim_token', '=', claim.claim_token)
      .where('status', '=', 'sending')
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) return false
    if (inside) await inside(trx)
    return true
  })
}
