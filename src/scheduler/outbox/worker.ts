/**
 * The outbox worker: claims due rows, prepares each from current data, sends it through its chat's
 * platform outside any transaction, and settles it with its claim token.
 *
 * Exactly-once is not possible across a network; this is at least once, with duplicates confined to
 * one moment: the platform has the message but the row is not marked sent yet. That happens when the
 * instance dies right after the send, when the platform's answer is lost or comes after the send
 * timeout (the row is retried), or when the database cannot be reached to mark it (the lease runs out
 * and another claim sends it again). Kept small by: marking sent right as the send returns (one short
 * transaction, nothing in between, retried briefly on a database error instead of re-sending); a send
 * timeout well inside the lease, so that no other instance claims a row whose send may still be
 * running; and logging every case where a duplicate may have happened.
 */
import type { Kysely } from 'kysely'
import { type ChatDelivery, DeliveryError } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import { getChat } from '../../domain/chats/chats.js'
import type { Logger } from '../../logger.js'
import type { Platform } from '../../vocabulary.js'
import { TimeoutError, withTimeout } from '../../with-timeout.js'
import { kindNamed } from '../kinds/index.js'
import type { Announced, RowSubject } from '../kinds/kind.js'
import { prepareRow } from '../messages/prepare.js'
import { DEFAULT_PLANNER_OPTIONS } from '../producers/planner.js'
import { recordAnnouncements } from './announcements.js'
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from './backoff.js'
import {
  type ClaimedRow,
  claimDue,
  type ExpiredRow,
  expireOverdue,
  finish,
  markSent,
  release,
  retryLater,
} from './claim.js'

/** Counters the worker keeps (GET /metrics provides them; absent in tests). */
export interface OutboxMetrics {
  outboxDue(kind: string, count?: number): void
  outboxSent(kind: string): void
  /** Given up on: a permanent platform error or too many attempts. */
  outboxFailed(kind: string): void
  outboxRetried(kind: string): void
  outboxExpired(kind: string): void
}

const NO_METRICS: OutboxMetrics = {
  outboxDue: () => {},
  outboxSent: () => {},
  outboxFailed: () => {},
  outboxRetried: () => {},
  outboxExpired: () => {},
}

export interface WorkerOptions {
  /** Rows claimed and sent at once. The platform adapters queue and pace them (replies first). */
  readonly concurrency: number
  /** A send not answered within this long counts as failed (and is retried). */
  readonly sendTimeoutMs: number
  /** How long a claim holds a row: longer than preparing and sending it can take. */
  readonly leaseMs: number
  readonly retry: RetryPolicy
  /** Sending this much after its due time is logged as late. */
  readonly lateAfterMs: number
  /** Same as the planner's: the data a row is checked against. */
  readonly lookaheadMs: number
  /** Jitter source (tests fix it). */
  readonly random: () => number
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  concurrency: 8,
  sendTimeoutMs: 60_000,
  leaseMs: 3 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
  lateAfterMs: 60_000,
  lookaheadMs: DEFAULT_PLANNER_OPTIONS.lookaheadMs,
  random: Math.random,
}

/** How a drain ended up, per outcome (for tests, the benchmark and logs). */
export interface DrainResult {
  sent: number
  retried: number
  failed: number
  skipped: number
  withdrawn: number
  released: number
  expired: number
  lostLease: number
}

const emptyResult = (): DrainResult => ({
  sent: 0,
  retried: 0,
  failed: 0,
  skipped: 0,
  withdrawn: 0,
  released: 0,
  expired: 0,
  lostLease: 0,
})

/** Marking a delivered row sent is tried this often, this far apart (growing), before giving up. */
const MARK_ATTEMPTS = 3
const MARK_RETRY_MS = 200

/** A platform that cannot be reached from this instance right now: the row is looked at again after this. */
const NO_DELIVERY_RETRY_MS = 30_000

export class OutboxWorker {
  readonly #db: Kysely<Database>
  readonly #clock: Clock
  readonly #deliveries: ReadonlyMap<Platform, ChatDelivery>
  readonly #logger: Logger
  readonly #metrics: OutboxMetrics
  readonly options: WorkerOptions
  #stopping = false

  constructor(deps: {
    db: Kysely<Database>
    clock: Clock
    deliveries: ReadonlyMap<Platform, ChatDelivery>
    logger: Logger
    metrics?: OutboxMetrics
    options?: Partial<WorkerOptions>
  }) {
    this.#db = deps.db
    this.#clock = deps.clock
    this.#deliveries = deps.deliveries
    this.#logger = deps.logger
    this.#metrics = deps.metrics ?? NO_METRICS
    this.options = { ...DEFAULT_WORKER_OPTIONS, ...deps.options }
    if (this.options.leaseMs <= this.options.sendTimeoutMs)
      throw new Error('the outbox lease must be longer than the send timeout')
  }

  /** Stops claiming; a drain under way finishes the rows it holds. */
  stop(): void {
    this.#stopping = true
  }

  /**
   * Drops what expired, then claims and sends due rows, a batch at a time, until nothing is due
   * (as of the clock) or the worker is stopped.
   */
  async drain(): Promise<DrainResult> {
    const result = emptyResult()
    result.expired = (await this.expire()).length
    while (!this.#stopping) {
      const rows = await this.claim(this.options.concurrency)
      if (rows.length === 0) break
      const outcomes = await Promise.all(rows.map((row) => this.process(row)))
      for (const outcome of outcomes) result[outcome] += 1
    }
    return result
  }

  /** Claims up to `limit` due rows for the platforms this instance can reach. */
  async claim(limit: number): Promise<ClaimedRow[]> {
    const rows = await claimDue(this.#db, {
      now: this.#clock.now(),
      limit,
      leaseMs: this.options.leaseMs,
      platforms: [...this.#deliveries.keys()],
    })
    for (const row of rows) {
      this.#metrics.outboxDue(row.kind)
      if (row.reclaimed) this.#warnPossibleDuplicate(row)
    }
    return rows
  }

  /**
   * The instance that held this row stopped renewing it (it crashed, hung or lost the database) and
   * may have sent it before that: sending it again may be a duplicate. One line each, so that every
   * possible duplicate can be counted; the key names the message, never its text.
   */
  #warnPossibleDuplicate(row: ClaimedRow): void {
    this.#logger.warn(
      {
        possibleDuplicate: true,
        outboxId: row.id,
        key: row.idempotency_key,
        kind: row.kind,
        chatId: row.chat_id,
        attempt: row.attempts,
      },
      'possible duplicate: claimed again after the lease of its earlier claim ran out',
    )
  }

  /** Marks expired what was not sent in time, and logs each: dropped, never sent. */
  async expire(): Promise<ExpiredRow[]> {
    const expired = await expireOverdue(this.#db, this.#clock.now(), async (trx, rows) => {
      for (const row of rows) await kindNamed(row.kind).givenUp?.(trx, row)
    })
    for (const row of expired) {
      this.#metrics.outboxExpired(row.kind)
      this.#logger.warn(
        {
          outboxId: row.id,
          key: row.key,
          kind: row.kind,
          dueAt: row.dueAt,
          expiresAt: row.expiresAt,
          attempts: row.attempts,
          lastError: row.lastError,
        },
        'scheduled message expired before it could be sent: dropped',
      )
    }
    return expired
  }

  /** Prepares, sends and settles one claimed row; returns what became of it. */
  async process(row: ClaimedRow): Promise<keyof DrainResult> {
    const log = this.#logger.child({ outboxId: row.id, key: row.idempotency_key, kind: row.kind })
    const kind = kindNamed(row.kind)
    try {
      const chat = await getChat(this.#db, row.chat_id)
      if (!chat?.active || (kind.audience === 'workspace groups' && chat.workspace_id !== row.workspace_id)) {
        const reason = chat?.active
          ? 'skipped: chat no longer linked to the workspace'
          : 'skipped: chat inactive'
        await finish(this.#db, row, 'skipped', reason, giveUp(row))
        log.info({ chatId: row.chat_id }, reason)
        return 'skipped'
      }
      const delivery = this.#deliveries.get(chat.platform)
      if (!delivery) {
        await release(this.#db, row, new Date(this.#clock.now().getTime() + NO_DELIVERY_RETRY_MS))
        log.warn({ platform: chat.platform }, 'no delivery for this platform on this instance; given back')
        return 'released'
      }
      const now = this.#clock.now()
      const prepared = await prepareRow(this.#db, row, now, this.options.lookaheadMs)
      if (prepared.action === 'withdraw' || prepared.action === 'skip') {
        const status = prepared.action === 'withdraw' ? 'withdrawn' : 'skipped'
        await finish(this.#db, row, status, prepared.reason)
        log.info(prepared.reason)
        return status
      }
      if (prepared.action === 'release') {
        await release(this.#db, row, prepared.dueAt)
        log.info({ dueAt: prepared.dueAt }, 'moved later since it was written; given back for its new time')
        return 'released'
      }
      const lateMs = now.getTime() - row.due_at.getTime()
      if (row.attempts === 1 && lateMs > this.options.lateAfterMs) {
        log.info({ dueAt: row.due_at, lateMinutes: Math.round(lateMs / 60_000) }, 'sending late')
      }
      await withTimeout(
        delivery.deliver(chat.external_id, {
          target: { kind: 'chat', chatId: chat.id },
          text: prepared.text,
          ...(prepared.files ? { files: prepared.files } : {}),
        }),
        this.options.sendTimeoutMs,
        'the platform did not confirm the send',
      )
      const marked = await this.#markSent(row, prepared.announces, log)
      if (!marked) {
        log.warn('sent, but the claim was lost before marking it sent: another instance may send it again')
        return 'lostLease'
      }
      this.#metrics.outboxSent(row.kind)
      log.debug({ chatId: chat.id }, 'scheduled message sent')
      return 'sent'
    } catch (error) {
      return this.#failed(row, error, log)
    }
  }

  /**
   * Marks a delivered row sent. The message is out: a database error here must not lead to a retry of
   * the send, so marking itself is retried briefly; if it still fails the row stays claimed and, once
   * its lease runs out, is sent again (the duplicate window, logged).
   */
  async #markSent(row: ClaimedRow, announces: readonly Announced[], log: Logger): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await markSent(this.#db, row, this.#clock.now(), async (trx) => {
          await recordAnnouncements(trx, row, announces, this.#clock.now())
          await kindNamed(row.kind).afterSent?.(trx, subjectOf(row))
        })
      } catch (error) {
        if (attempt >= MARK_ATTEMPTS) {
          log.error(
            { err: error },
            'sent, but could not mark it sent: it may be sent again when its lease ends',
          )
          return false
        }
        await new Promise((resolve) => setTimeout(resolve, MARK_RETRY_MS * attempt))
      }
    }
  }

  async #failed(row: ClaimedRow, error: unknown, log: Logger): Promise<keyof DrainResult> {
    const message = errorText(error)
    if (error instanceof DeliveryError && error.permanent) {
      await finish(this.#db, row, 'skipped', message, giveUp(row))
      this.#metrics.outboxFailed(row.kind)
      log.warn({ error: message }, 'platform refused the chat for good: skipped')
      return 'skipped'
    }
    const now = this.#clock.now()
    const retryAfterMs = error instanceof DeliveryError ? error.retryAfterMs : undefined
    if (error instanceof DeliveryError && error.notSent) {
      const laterAt = new Date(now.getTime() + (retryAfterMs ?? this.options.retry.baseDelayMs))
      if (laterAt < row.expires_at) {
        await release(this.#db, row, laterAt)
        log.info(
          { reason: message, retryAt: laterAt },
          'platform could not take it now; not counted as an attempt',
        )
        return 'retried'
      }
    }
    const retryAt = new Date(
      now.getTime() + retryDelayMs(row.attempts, this.options.retry, this.options.random, retryAfterMs),
    )
    if (row.attempts >= this.options.retry.maxAttempts || retryAt >= row.expires_at) {
      await finish(this.#db, row, 'failed', message, giveUp(row))
      this.#metrics.outboxFailed(row.kind)
      log.error({ err: error, attempts: row.attempts }, 'scheduled message failed; giving up')
      return 'failed'
    }
    await retryLater(this.#db, row, retryAt, message)
    this.#metrics.outboxRetried(row.kind)
    // Unconfirmed is not unsent: the platform may have the message, and the retry may duplicate it.
    const unconfirmed = error instanceof TimeoutError
    log.warn(
      {
        error: message,
        attempts: row.attempts,
        retryAt,
        chatId: row.chat_id,
        possibleDuplicate: unconfirmed,
      },
      unconfirmed ? 'possible duplicate: the send was not confirmed; will retry' : 'send failed; will retry',
    )
    return 'retried'
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.slice(0, 1000)
}

const subjectOf = (row: ClaimedRow): RowSubject => ({
  key: row.idempotency_key,
  workspaceId: row.workspace_id,
  subjectNumber: row.subject_number,
})

/** The given-up hook of a row's kind, to run in the transaction that ends the row unsent. */
const giveUp = (row: ClaimedRow) => async (trx: Kysely<Database>) => {
  await kindNamed(row.kind).givenUp?.(trx, subjectOf(row))
}
