/**
 * The scheduler of SPEC §3: a planner that writes due-soon messages to the outbox every
 * `planIntervalMs`, and a worker that sends what is due every `pollIntervalMs`. Every instance runs
 * both: planning is idempotent and claiming is exclusive, so replicas never send a row twice because
 * both claimed it.
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

/** Ticks land this long after their boundary, so that the boundary has surely passed. */
const ALIGNMENT_SLACK_MS = 20

export interface SchedulerOptions {
  readonly planIntervalMs?: number
  readonly pollIntervalMs?: number
  readonly planner?: Partial<PlannerOptions>
  readonly worker?: Partial<WorkerOptions>
}

export interface Scheduler {
  readonly planner: Planner
  readonly worker: OutboxWorker
  /** Plans now (after a change that may move scheduled messages), without waiting for the next tick. */
  poke(): void
  /** Stops both loops and waits for the sends under way to be settled. */
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
  const planning = loop(
    whenReachable(async () => {
      const planned = await planner.tick()
      if (planned.written + planned.rescheduled > 0) sending.now()
    }, 'planner tick failed'),
    options.planIntervalMs ?? 30_000,
    deps.clock,
  )
  const sending = loop(
    whenReachable(() => worker.drain().then(() => {}), 'outbox worker failed'),
    options.pollIntervalMs ?? 1_000,
    deps.clock,
  )
  planning.start()
  sending.start()
  logger.info('scheduler started')
  return {
    planner,
    worker,
    poke: () => planning.now(),
    async stop() {
      stopping.abort()
      worker.stop()
      await Promise.all([planning.stop(), sending.stop()])
      logger.info('scheduler stopped')
    },
  }
}
