/**
 * The planner: every tick it derives, per workspace, the scheduled messages of the coming hours from the
 * current data and writes the new ones to the outbox; rows still pending whose key the data no longer
 * produces are withdrawn (an item moved or cancelled, a brief switched off), and rows whose key stands but
 * whose time moved (a brief moved from 07.00 to 06.30) are rescheduled. It runs on every instance:
 * everything it writes is idempotent.
 */
import { type Kysely, sql } from 'kysely'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import { changesSince } from '../../domain/audit/record-audit.js'
import type { Logger } from '../../logger.js'
import { purgeOld } from '../housekeeping.js'
import { CATCH_UP_KINDS, deriveAll, type OutboxKind, PRODUCED_KINDS } from '../kinds/index.js'
import {
  enqueue,
  type PendingRow,
  pendingRowsOf,
  reschedulePending,
  withdrawPending,
} from '../outbox/enqueue.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { loadWorkspaceState } from './state.js'
import type { DeriveWindow } from './window.js'

const HOUR = 3600_000
/**
 * Table statistics of the outbox are refreshed after a tick that wrote this many rows, and at least
 * this often: PGlite runs no autovacuum, and without statistics PostgreSQL's planner sorts every due
 * row on each claim instead of walking outbox_pending_claim_idx (measured: 67 ms instead of 0.5 ms per
 * claim with 5,000 rows due). On a server it is cheap and harmless next to autovacuum.
 */
const ANALYZE_AFTER_ROWS = 100
const HOUSEKEEPING_EVERY_MS = 15 * 60_000

export interface PlannerOptions {
  /** How far ahead rows are written (so that they exist, durably, before downtime that covers their time). */
  readonly lookaheadMs: number
  /**
   * How far back a calendar-derived message is still written when first seen (a brief moved to a minute
   * that has just passed, a planner tick that came a little late).
   */
  readonly graceMs: number
}

export const DEFAULT_PLANNER_OPTIONS: PlannerOptions = { lookaheadMs: 36 * HOUR, graceMs: 10 * 60_000 }

/**
 * The range of data loaded and derived from to decide whether a row is still wanted: wider than the
 * window rows are written in, so that a row due a little in the past (a backlog, downtime) or just
 * beyond the lookahead is judged against the same data that produced it.
 */
export function validityRange(now: Date, lookaheadMs: number): DeriveWindow {
  return { from: new Date(now.getTime() - 48 * HOUR), to: new Date(now.getTime() + lookaheadMs + 48 * HOUR) }
}

export interface PlanResult {
  readonly written: number
  readonly withdrawn: number
  readonly rescheduled: number
}

export class Planner {
  readonly #db: Kysely<Database>
  readonly #clock: Clock
  readonly #logger: Logger
  readonly #options: PlannerOptions
  #housekeptAt: number | undefined

  constructor(deps: {
    db: Kysely<Database>
    clock: Clock
    logger: Logger
    options?: Partial<PlannerOptions>
  }) {
    this.#db = deps.db
    this.#clock = deps.clock
    this.#logger = deps.logger
    this.#options = { ...DEFAULT_PLANNER_OPTIONS, ...deps.options }
  }

  /**
   * Plans every workspace that has somewhere to send to: the full sweep, which also writes what time
   * alone brought into the lookahead. Other chats' commands run between workspaces (see `#planEach`).
   */
  async tick(): Promise<PlanResult> {
    const now = this.#clock.now()
    const workspaces = await this.#db
      .selectFrom('workspaces as w')
      .select('w.id')
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('chats as c')
              .select('c.id')
              .whereRef('c.workspace_id', '=', 'w.id')
              .where('c.active', '=', true),
          ),
          eb.exists(
            eb
              .selectFrom('reminders as r')
              .select('r.id')
              .whereRef('r.workspace_id', '=', 'w.id')
              .where('r.status', '=', 'menunggu'),
          ),
        ]),
      )
      .orderBy('w.id')
      .execute()
    const total = await this.#planEach(
      workspaces.map((w) => w.id),
      now,
    )
    const housekeeping =
      this.#housekeptAt === undefined || now.getTime() - this.#housekeptAt >= HOUSEKEEPING_EVERY_MS
    if (housekeeping) await purgeOld(this.#db, now, this.#logger)
    if (housekeeping || total.written >= ANALYZE_AFTER_ROWS) await this.#analyze(now)
    return total
  }

  /**
   * One workspace after the other, each in short statements and no transaction, yielding to the event
   * loop in between: on PGlite (one connection) the commands of other chats queue behind one
   * workspace's statements at most, never behind the whole run.
   */
  async #planEach(workspaceIds: readonly number[], now: Date): Promise<PlanResult> {
    const total = { written: 0, withdrawn: 0, rescheduled: 0 }
    for (const id of workspaceIds) {
      try {
        const result = await this.planWorkspace(id, now)
        total.written += result.written
        total.withdrawn += result.withdrawn
        total.rescheduled += result.rescheduled
      } catch (error) {
        this.#logger.error({ err: error, workspaceId: id }, 'planning scheduled messages failed')
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    return total
  }

  async #analyze(now: Date): Promise<void> {
    this.#housekeptAt = now.getTime()
    try {
      await sql`ANALYZE outbox, chats`.execute(this.#db)
    } catch (error) {
      this.#logger.warn({ err: error }, 'could not refresh outbox statistics (ANALYZE); claims may be slower')
    }
  }

  /**
   * Plans workspaces after commands changed them. With `since`, a workspace whose changes since then (its
   * audit entries) were all to numbered items plans only those items' messages; any other change
   * (settings, chats, agencies), or no `since`, plans the whole workspace.
   */
  async planChanges(workspaces: ReadonlyMap<number, Date | undefined>): Promise<PlanResult> {
    const now = this.#clock.now()
    const total = { written: 0, withdrawn: 0, rescheduled: 0 }
    for (const [workspaceId, since] of [...workspaces].sort(([a], [b]) => a - b)) {
      try {
        const changed = since && (await changesSince(this.#db, workspaceId, since))
        const items = changed?.items
        const result = items
          ? await this.planItems(workspaceId, items, now)
          : await this.planWorkspace(workspaceId, now)
        total.written += result.written
        total.withdrawn += result.withdrawn
        total.rescheduled += result.rescheduled
      } catch (error) {
        this.#logger.error({ err: error, workspaceId }, 'planning scheduled messages failed')
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (total.written >= ANALYZE_AFTER_ROWS) await this.#analyze(now)
    return total
  }

  async planWorkspace(workspaceId: number, now: Date): Promise<PlanResult> {
    const range = validityRange(now, this.#options.lookaheadMs)
    // Rows already waiting are not written again: after one change, only what it changed is.
    const [state, pending] = await Promise.all([
      loadWorkspaceState(this.#db, workspaceId, now, range),
      pendingRowsOf(this.#db, workspaceId, PRODUCED_KINDS, now),
    ])
    if (!state) return { written: 0, withdrawn: 0, rescheduled: 0 }
    return this.#reconcile(workspaceId, deriveAll(state, range), pending, now)
  }

  /**
   * Plans the messages about these items (#12, #13) in one go: their reminders, their change notices;
   * briefs and nudges are not about items.
   */
  async planItems(workspaceId: number, numbers: readonly number[], now: Date): Promise<PlanResult> {
    if (numbers.length === 0) return { written: 0, withdrawn: 0, rescheduled: 0 }
    const range = validityRange(now, this.#options.lookaheadMs)
    const [state, pending] = await Promise.all([
      loadWorkspaceState(this.#db, workspaceId, now, range, { numbers }),
      pendingRowsOf(this.#db, workspaceId, PRODUCED_KINDS, now, numbers),
    ])
    if (!state) return { written: 0, withdrawn: 0, rescheduled: 0 }
    const about = new Set(numbers)
    const derived = deriveAll(state, range).filter(
      (message) => message.subjectNumber !== null && about.has(message.subjectNumber),
    )
    return this.#reconcile(workspaceId, derived, pending, now)
  }

  /** Writes what is derived and not waiting yet, moves what waits for another time, withdraws what is no longer derived. */
  async #reconcile(
    workspaceId: number,
    derived: readonly PlannedMessage<OutboxKind>[],
    pending: readonly PendingRow[],
    now: Date,
  ): Promise<PlanResult> {
    const current = new Map<string, PlannedMessage<OutboxKind>>()
    for (const message of derived) current.set(message.key, message)

    const waiting = new Set(pending.map((row) => row.key))
    const earliest = now.getTime() - this.#options.graceMs
    const latest = now.getTime() + this.#options.lookaheadMs
    const toWrite = [...current.values()].filter(
      (m) =>
        !waiting.has(m.key) &&
        m.dueAt.getTime() <= latest &&
        m.expiresAt.getTime() > now.getTime() &&
        (m.dueAt.getTime() >= earliest || CATCH_UP_KINDS.has(m.kind)),
    )
    const written = await enqueue(this.#db, toWrite)

    const stale: number[] = []
    let rescheduled = 0
    for (const row of pending) {
      const wanted = current.get(row.key)
      if (!wanted) {
        stale.push(row.id)
      } else if (
        row.attempts === 0 &&
        wanted.dueAt.getTime() !== row.dueAt.getTime() &&
        (await reschedulePending(this.#db, row.id, wanted))
      ) {
        rescheduled += 1
      }
    }
    const withdrawn = await withdrawPending(this.#db, stale, 'withdrawn: its subject changed')
    if (written.length + withdrawn + rescheduled > 0) {
      this.#logger.info(
        { workspaceId, written: written.length, withdrawn, rescheduled },
        'scheduled messages planned',
      )
    }
    return { written: written.length, withdrawn, rescheduled }
  }
}
