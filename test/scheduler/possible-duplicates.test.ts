import pino from 'pino'
import { expect, it } from 'vitest'
import { OutboxWorker } from '../../src/scheduler/outbox/worker.js'
import { TimeoutError } from '../../src/with-timeout.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { chatIdOf, FakeDelivery, LogLines, outboxRows, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'
const LEASE_MS = 180_000
const POSSIBLE_DUPLICATE = 'possible duplicate: claimed again after the lease of its earlier claim ran out'

describeWithDatabase('every possible duplicate of a scheduled message is one log line', (get) => {
  /** A forum whose Monday brief is written and due at 07.00. */
  async function dueBrief() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-11 20:00', WIB).toISOString() })
    const seeded = await seedForum(chat)
    const delivery = new FakeDelivery(chat.clock)
    const logs = new LogLines()
    const run = scheduledRun(chat.db, chat.clock, delivery, {
      zone: WIB,
      logs,
      worker: { leaseMs: LEASE_MS },
    })
    await run.at('2026-01-11 20:00')
    run.set('2026-01-12 07:00')
    const brief = (await outboxRows(chat.db)).find((row) => row.kind === 'brief')!
    const chatId = await chatIdOf(chat.db, seeded.group.externalId)
    return { chat, delivery, logs, run, brief, chatId }
  }

  it('logs a row claimed again after the instance holding it died, naming kind, key, chat and attempt', async () => {
    const { chat, delivery, logs, run, brief, chatId } = await dueBrief()
    // Another instance claims the brief and dies before settling it (it may or may not have sent it).
    const dying = new OutboxWorker({
      db: chat.db,
      clock: chat.clock,
      deliveries: new Map([[delivery.platform, delivery]]),
      logger: pino({ level: 'silent' }),
      options: { leaseMs: LEASE_MS },
    })
    expect(await dying.claim(1)).toHaveLength(1)
    expect(await run.worker.drain()).toMatchObject({ sent: 0 })

    chat.clock.set(new Date(chat.clock.now().getTime() + LEASE_MS + 1_000))
    expect(await run.worker.drain()).toMatchObject({ sent: 1 })

    const lines = logs.lines.filter((line) => line.possibleDuplicate === true)
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: POSSIBLE_DUPLICATE,
        kind: 'brief',
        key: brief.idempotency_key,
        chatId,
        attempt: 2,
      }),
    ])
    // The message itself never goes to the log.
    expect(JSON.stringify(lines)).not.toContain(delivery.delivered[0]!.text.slice(0, 20))
  })

  it('logs a send the platform did not confirm, which the retry may repeat; a plain first send logs none', async () => {
    const { delivery, logs, run, brief, chatId } = await dueBrief()
    delivery.failNext(new TimeoutError('the platform did not confirm the send within 60000 ms'))
    expect(await run.worker.drain()).toMatchObject({ retried: 1 })
    expect(logs.lines.filter((line) => line.possibleDuplicate === true)).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'possible duplicate: the send was not confirmed; will retry',
        kind: 'brief',
        key: brief.idempotency_key,
        chatId,
        attempts: 1,
      }),
    ])

    logs.lines.length = 0
    run.set('2026-01-12 07:10')
    expect(await run.worker.drain()).toMatchObject({ sent: 1 })
    expect(logs.lines.filter((line) => line.possibleDuplicate === true)).toEqual([])
  })
})
