import { Writable } from 'node:stream'
import type { Kysely } from 'kysely'
import pino from 'pino'
import { type ChatDelivery, DeliveryError, type Outgoing } from '../../src/chat/types.js'
import type { FixedClock } from '../../src/clock.js'
import type { Database } from '../../src/db/database.js'
import type { OutboxStatus } from '../../src/db/tables/outbox.js'
import { OutboxWorker, type WorkerOptions } from '../../src/scheduler/outbox/worker.js'
import { Planner } from '../../src/scheduler/producers/planner.js'
import { renderPlain } from '../../src/text/render-plain.js'
import type { Platform } from '../../src/vocabulary.js'
import { instantOf } from '../time/clock.js'

/** One message a fake platform received. */
export interface Delivered {
  readonly chatExternalId: string
  readonly message: Outgoing
  /** As the console shows it. */
  readonly text: string
  readonly at: Date
}

/**
 * A platform's ChatDelivery that records what it is given. `failNext` makes the next sends throw (one
 * error per send, in order); `failAlways` makes every send throw.
 */
export class FakeDelivery implements ChatDelivery {
  readonly delivered: Delivered[] = []
  readonly attempts: string[] = []
  #failures: Error[] = []
  failAlways: Error | undefined

  constructor(
    readonly clock: FixedClock,
    readonly platform: Platform = 'console',
  ) {}

  failNext(...errors: Error[]): void {
    this.#failures.push(...errors)
  }

  async deliver(chatExternalId: string, message: Outgoing): Promise<void> {
    // A real send yields to the event loop: two workers in one process interleave here.
    await new Promise((resolve) => setImmediate(resolve))
    this.attempts.push(chatExternalId)
    const failure = this.#failures.shift() ?? this.failAlways
    if (failure) throw failure
    this.delivered.push({ chatExternalId, message, text: renderPlain(message.text), at: this.clock.now() })
  }

  /** Texts delivered into one chat, oldest first. */
  textsIn(chatExternalId: string): string[] {
    return this.delivered.filter((d) => d.chatExternalId === chatExternalId).map((d) => d.text)
  }

  clear(): void {
    this.delivered.length = 0
    this.attempts.length = 0
  }
}

export const platformDown = (retryAfterMs?: number) =>
  new DeliveryError('Bad Gateway: the platform did not answer', false, retryAfterMs)
export const removedFromChat = () => new DeliveryError('Forbidden: bot was kicked from the group chat', true)

/** Log lines the scheduler wrote, as parsed JSON. */
export class LogLines {
  readonly lines: Array<{ msg: string; [key: string]: unknown }> = []
  readonly logger = pino(
    { level: 'debug' },
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line))
        done()
      },
    }),
  )
  messages(): string[] {
    return this.lines.map((line) => line.msg)
  }
}

/**
 * A planner and a worker on one database and clock, driven by hand: `at('2026-01-12 07:00')` sets the
 * clock (wall time in `zone`), plans and sends whatever is due.
 */
export function scheduledRun(
  db: Kysely<Database>,
  clock: FixedClock,
  delivery: ChatDelivery,
  options: { zone?: string; worker?: Partial<WorkerOptions>; logs?: LogLines } = {},
) {
  const logger = options.logs?.logger ?? pino({ level: 'silent' })
  const planner = new Planner({ db, clock, logger })
  const worker = new OutboxWorker({
    db,
    clock,
    deliveries: new Map([[delivery.platform, delivery]]),
    logger,
    options: { random: () => 0.5, ...options.worker },
  })
  const zone = options.zone ?? 'Asia/Jakarta'
  return {
    planner,
    worker,
    /** Moves the clock to a wall time in the forum's zone (or an instant). */
    set(wall: string) {
      clock.set(/^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(wall) ? instantOf(wall, zone) : new Date(wall))
    },
    async at(wall: string) {
      this.set(wall)
      await planner.tick()
      return worker.drain()
    },
  }
}

/** The outbox rows, by key, with their status (for asserting withdrawals and expiry). */
export async function outboxRows(db: Kysely<Database>) {
  return db
    .selectFrom('outbox')
    .select(['idempotency_key', 'kind', 'status', 'due_at', 'attempts', 'last_error', 'chat_id'])
    .orderBy('id')
    .execute()
}

export async function statusesOf(db: Kysely<Database>, kind: string): Promise<OutboxStatus[]> {
  const rows = await outboxRows(db)
  return rows.filter((row) => row.kind === kind).map((row) => row.status)
}

export async function chatIdOf(db: Kysely<Database>, externalId: string): Promise<number> {
  const row = await db
    .selectFrom('chats')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow()
  return row.id
}
