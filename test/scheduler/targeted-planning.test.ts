import pino from 'pino'
import { afterEach, expect, it } from 'vitest'
import { type Scheduler, type SchedulerOptions, startScheduler } from '../../src/scheduler/start.js'
import { insertAgenda } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows } from './support.js'

/** Waits until `check` holds (the scheduler runs on its own timers); fails after a generous while. */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

// Wednesday 7 January 2026, 10.00 WIB: a forum with its 07.00 brief on, the scheduler running.
describeWithDatabase('planning what changed, as it changes', (get) => {
  let scheduler: Scheduler | undefined
  afterEach(async () => {
    await scheduler?.stop()
    scheduler = undefined
  })

  async function running(options: SchedulerOptions) {
    const chat = new ChatHarness(get().db, {
      now: instantOf('2026-01-07 10:00', 'Asia/Jakarta').toISOString(),
      onDataChanged: (change) => scheduler?.poke(change.workspaceId),
    })
    const forum = await seedForum(chat, { members: [{ name: 'Budi Dinkes', agency: 'DINKES' }] })
    const delivery = new FakeDelivery(chat.clock)
    scheduler = startScheduler({
      db: chat.db,
      clock: chat.clock,
      deliveries: new Map([[delivery.platform, delivery]]),
      logger: pino({ level: 'silent' }),
      options,
    })
    // The sweep at start plans tomorrow's brief: from then on only changes and later sweeps plan.
    await until('the sweep at start', async () => (await outboxRows(chat.db)).some((r) => r.kind === 'brief'))
    const texts = () => delivery.textsIn(forum.group.externalId)
    return { chat, texts, ...forum, budi: forum.people['Budi Dinkes']! }
  }

  it('plans a reminder the moment /ingatkan sets it, though the next full sweep is an hour away', async () => {
    const { chat, texts, group, budi } = await running({ fullSweepIntervalMs: 3600_000, coalesceMs: 10 })
    await chat.send(group, budi, '/ingatkan 10.05 Kirim rilis HUT kabupaten')
    await until('the reminder planned', async () =>
      (await outboxRows(chat.db)).some((r) => r.kind === 'reminder'),
    )
    chat.clock.set(instantOf('2026-01-07 10:05', 'Asia/Jakarta'))
    await until('the reminder sent', () => texts().length > 0)
    expect(texts()).toEqual([expect.stringContaining('Kirim rilis HUT kabupaten')])
  })

  it('still sends what time alone makes due, planned by the full sweep, with no command touching it', async () => {
    const { chat, texts, workspaceId } = await running({ planIntervalMs: 50, fullSweepIntervalMs: 600_000 })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi stunting',
      startsAt: instantOf('2026-01-07 11:30', 'Asia/Jakarta').toISOString(),
    })
    chat.clock.set(instantOf('2026-01-07 10:30', 'Asia/Jakarta'))
    await until('the reminder before the item', () => texts().length > 0)
    expect(texts()).toEqual([
      expect.stringMatching(/^Segera dimulai \(60 menit lagi\):\n#1 .* Rapat koordinasi stunting/),
    ])
  })
})
