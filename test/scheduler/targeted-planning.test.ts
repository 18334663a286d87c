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

// Wednesday 7 January 2026, 10.02 WIB: a forum with its 07.00 brief on, the scheduler running.
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
    // The forum was set up a while ago: its set-up is not among the changes the first runs look at.
    chat.clock.set(instantOf('2026-01-07 10:02', 'Asia/Jakarta'))
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

  it('after an edit plans that item alone; a forum-wide change plans the whole forum', async () => {
    const { chat, group, budi, coordinator, workspaceId } = await running({
      fullSweepIntervalMs: 3600_000,
      coalesceMs: 10,
    })
    const remindersOf = async () =>
      (await outboxRows(chat.db)).filter((r) => r.kind === 'agenda_before').map((r) => r.idempotency_key)
    // Written straight into the table, as no command would: no audit entry names it.
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Apel siang',
      startsAt: instantOf('2026-01-07 12:00', 'Asia/Jakarta').toISOString(),
    })
    await chat.send(group, budi, '/agenda tambah 7 Januari 2026 13.00 Rapat stunting')
    await until('the new item planned', async () =>
      (await remindersOf()).some((key) => key.includes('agenda#2:')),
    )
    expect(await remindersOf()).not.toContainEqual(expect.stringContaining('agenda#1:'))

    await chat.send(group, coordinator, '/brief jam 06.30')
    await until('the whole forum planned', async () =>
      (await remindersOf()).some((key) => key.includes('agenda#1:')),
    )
  })
})
