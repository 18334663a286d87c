/**
 * The scheduler of SPEC §3: a planner that writes due-soon messages to the outbox, and a worker that
 * sends what is due every `pollIntervalMs`. Every instance runs both: planning is idempotent and
 * claiming is exclusive, so replicas never send a row twice because both claimed it.
 *
 * Planning is targeted: a command that changed a workspace's data pokes the scheduler with it, pokes
 * within `coalesceMs` make one run over just those workspaces, off the command's path. A full sweep
 * over every workspace runs at start and every `fullSweepIntervalMs`: it writes what time alone brings
 * into the lookahead (36 hours ahead, so ten minutes late is still a day and a half early) and catches
 * changes made on no command's path (a brief recorded as sent while its item was being edited).
 */
import type { Kysely } from 'kysely'
import type { ChatDelivery } from '../chat/types.js'
import type { Clock } from '../clock.js'
import type { DatabaseAvailability } from '../db/availability.js'
import type { Database } from '../db/database.js'
import type { Logger } from '../logger.js'
import type { Platform } from '../vocabulary.js'
import { type OutboxMetrics, OutboxWorker, type WorkerOptions } from './outbox/worker.js'
import { DEFAULT_PLANNER_OPTIONS, Planner, type PlannerOptions } from './producers/planner.js'
import { noticeUnanswered } from './producers/unanswered.js'

/** Ticks land this long after their boundary, so that the boundary has surely passed. */
const ALIGNMENT_SLACK_MS = 20
/** After a targeted run, the planner waits this many times as long as the run took (so ≤ 25 % busy)… */
const REST_FACTOR = 3
/** …but never longer than this: a change is planned within seconds whatever the load. */
const MAX_REST_MS = 2_000

/**
 * A command's audit entry carries the time it started, and it commits a little later: a workspace's
 * next targeted run reads its entries from this long before the previous run, so none falls between.
 */
const CHANGE_MARGIN_MS = 60_000

export interface SchedulerOptions {
  /** How often poked workspaces are planned if a poke's own run did not (default 30 s). */
  readonly planIntervalMs?: number
  /** How often every workspace is planned (default 10 minutes; keep it well below the lookahead). */
  readonly fullSweepIntervalMs?: number
  /** Pokes within this long after the first make one run (default 200 ms). */
  readonly coalesceMs?: number
  readonly pollIntervalMs?: number
  /** How often commands left unanswered by a dead process are looked for (default 30 s). */
  readonly unansweredIntervalMs?: number
  readonly planner?: Partial<PlannerOptions>
  readonly worker?: Partial<WorkerOptions>
}

export interface Scheduler {
  readonly planner: Planner
  readonly worker: OutboxWorker
  /**
   * Plans a workspace soon (its data changed in a way that may move scheduled messages), without
   * waiting for the next tick; without one, any workspace may have changed and all are planned.
   */
  poke(workspaceId?: number): void
  /** Stops the loops and waits for the sends under way to be settled. */
  stop(): Promise<void>
}

/**
 * A loop that runs `step`, then waits for the next multiple of `intervalMs` on `clock` (so planner ticks
 * fall just after :00 and :30 of every minute, and a brief set for the next minute is written the moment
 * it is due), until stopped; `now()` cuts the wait short.
 */
function loop(step: () => Promise<void>, intervalMs: number, clock: Clock) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let stopped = false
  let again = false
  const run = () => {
    timer = undefined
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = step().finally(() => {
      running = undefined
      if (stopped) return
      if (again) {
        again = false
        run()
      } else {
        timer = setTimeout(run, intervalMs - (clock.now().getTime() % intervalMs) + ALIGNMENT_SLACK_MS)
      }
    })
  }
  return {
    start: () => {
      timer = setTimeout(run, 0)
    },
    now: () => {
      if (timer) clearTimeout(timer)
      run()
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}

export function startScheduler(deps: {
  db: Kysely<Database>
  clock: Clock
  deliveries: ReadonlyMap<Platform, ChatDelivery>
  logger: Logger
  /** Outbox counters for GET /metrics. */
  metrics?: OutboxMetrics
  /** While the database server is unreachable, ticks wait for it instead of failing (and logging) each time. */
  database?: DatabaseAvailability
  options?: SchedulerOptions
}): Scheduler {
  const options = deps.options ?? {}
  const logger = deps.logger.child({ component: 'scheduler' })
  const lookaheadMs = options.planner?.lookaheadMs ?? DEFAULT_PLANNER_OPTIONS.lookaheadMs
  const planner = new Planner({ db: deps.db, clock: deps.clock, logger, options: options.planner })
  const worker = new OutboxWorker({
    db: deps.db,
    clock: deps.clock,
    deliveries: deps.deliveries,
    logger,
    metrics: deps.metrics,
    options: { lookaheadMs, ...options.worker },
  })
  const stopping = new AbortController()
  /** Runs a tick once the database answers; an outage is logged once by `database`, other failures here. */
  const whenReachable = (tick: () => Promise<void>, failure: string) => async () => {
    try {
      await deps.database?.whenUp(stopping.signal)
      await tick()
    } catch (error) {
      if (stopping.signal.aborted || deps.database?.noteFailure(error)) return
      logger.error({ err: error }, failure)
    }
  }
  const fullSweepIntervalMs = options.fullSweepIntervalMs ?? 10 * 60_000
  const coalesceMs = options.coalesceMs ?? 200
  const poked = new Set<number>()
  let sweepAsked = false
  let lastSweepAt: number | undefined
  /** When each poked workspace was last planned (app clock); cleared by a sweep, which plans them all. */
  const plannedAt = new Map<number, number>()
  /** Since when a workspace's audit entries say what to plan again, or undefined: the whole workspace. */
  const changesSince = (workspaceId: number): Date | undefined => {
    const last = Math.max(plannedAt.get(workspaceId) ?? -Infinity, lastSweepAt ?? -Infinity)
    return Number.isFinite(last) ? new Date(last - CHANGE_MARGIN_MS) : undefined
  }
  let coalescing: NodeJS.Timeout | undefined
  let restUntil = 0
  const plan = whenReachable(async () => {
    const now = deps.clock.now().getTime()
    const sweep = sweepAsked || lastSweepAt === undefined || now - lastSweepAt >= fullSweepIntervalMs
    const workspaceIds = [...poked]
    if (!sweep && workspaceIds.length === 0) return
    poked.clear()
    sweepAsked = false
    try {
      const started = performance.now()
      const planned = sweep
        ? await planner.tick()
        : await planner.planChanges(new Map(workspaceIds.map((id) => [id, changesSince(id)])))
      if (sweep) {
        lastSweepAt = now
        plannedAt.clear()
      } else {
        for (const id of workspaceIds) plannedAt.set(id, now)
        restUntil = performance.now() + REST_FACTOR * (performance.now() - started)
      }
      if (planned.written + planned.rescheduled > 0) sending.now()
    } catch (error) {
      // A run cut short (an outage among them) is made again on the next tick.
      for (const id of workspaceIds) poked.add(id)
      if (sweep) sweepAsked = true
      throw error
    }
  }, 'planner tick failed')
  const planning = loop(
    async () => {
      // Rest after a targeted run for a few times as long as it took: under a stream of writes the
      // planner keeps a small share of the database (PGlite has one connection), and the pokes that
      // arrive meanwhile make one run.
      const rest = Math.min(restUntil - performance.now(), MAX_REST_MS)
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest))
      if (!stopping.signal.aborted) await plan()
    },
    options.planIntervalMs ?? 30_000,
    deps.clock,
  )
  const sending = loop(
    whenReachable(() => worker.drain().then(() => {}), 'outbox worker failed'),
    options.pollIntervalMs ?? 1_000,
    deps.clock,
  )
  // A command left unanswered by a process that died: on this instance's start, then now and then.
  const answering = loop(
    whenReachable(async () => {
      if ((await noticeUnanswered(deps.db, deps.clock.now(), logger)) > 0) sending.now()
    }, 'checking for unanswered commands failed'),
    options.unansweredIntervalMs ?? 30_000,
    deps.clock,
  )
  planning.start()
  sending.start()
  answering.start()
  logger.info('scheduler started')
  return {
    planner,
    worker,
    poke(workspaceId) {
      if (workspaceId === undefined) sweepAsked = true
      else poked.add(workspaceId)
      coalescing ??= setTimeout(() => {
        coalescing = undefined
        planning.now()
      }, coalesceMs)
    },
    async stop() {
      stopping.abort()
      if (coalescing) clearTimeout(coalescing)
      worker.stop()
      await Promise.all([planning.stop(), sending.stop(), answering.stop()])
      logger.info('scheduler stopped')
    },
  }
}
