import { expect, it } from 'vitest'
import { DeliveryError } from '../../src/chat/types.js'
import { enqueueNotice } from '../../src/scheduler/outbox/enqueue.js'
import type { WorkerOptions } from '../../src/scheduler/outbox/worker.js'
import { paragraph } from '../../src/text/rich-text.js'
import { insertAgenda } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, LogLines, outboxRows, platformDown, removedFromChat, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'
const at = (wall: string) => instantOf(wall, WIB).toISOString()

describeWithDatabase('delivering scheduled messages', (get) => {
  async function forum(worker: Partial<WorkerOptions> = {}) {
    const chat = new ChatHarness(get().db, { now: at('2026-01-11 20:00') })
    const seeded = await seedForum(chat, { agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }] })
    const delivery = new FakeDelivery(chat.clock)
    const logs = new LogLines()
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB, logs, worker })
    const texts = () => delivery.textsIn(seeded.group.externalId)
    const briefRow = async () => (await outboxRows(chat.db)).find((row) => row.kind === 'brief')!
    return { chat, delivery, logs, run, texts, briefRow, ...seeded }
  }

  it('after downtime sends what has not expired, late, and drops what has, logging both', async () => {
    const { chat, run, texts, logs, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Apel pagi',
      startsAt: at('2026-01-12 08:00'),
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat siang',
      startsAt: at('2026-01-12 13:00'),
    })
    // Written ahead on Sunday evening: Monday's brief, and each item's 60-minute reminder.
    await run.at('2026-01-11 20:00')
    expect(texts()).toEqual([])
    // The service was down from Sunday night until 09.30 on Monday; it comes back and sends.
    run.set('2026-01-12 09:30')
    expect(await run.worker.drain()).toMatchObject({ sent: 1, expired: 1 })
    expect(texts()).toEqual([expect.stringContaining('Brief Senin, 12 Januari 2026')])
    const rows = (await outboxRows(chat.db)).map((row) => [row.kind, row.status])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['brief', 'sent'],
        ['agenda_before', 'expired'],
        ['agenda_before', 'pending'],
      ]),
    )
    expect(logs.lines.find((line) => line.msg === 'sending late')).toMatchObject({
      kind: 'brief',
      lateMinutes: 150,
    })
    expect(logs.lines.find((line) => line.msg.includes('expired'))).toMatchObject({ kind: 'agenda_before' })
    await run.at('2026-01-12 12:00')
    expect(texts()[1]).toContain('Rapat siang')
  })

  it('drops a brief not sent by the end of its day', async () => {
    const { run, texts, briefRow } = await forum()
    await run.at('2026-01-11 20:00')
    run.set('2026-01-13 00:00')
    expect(await run.worker.drain()).toMatchObject({ sent: 0, expired: 1 })
    expect(texts()).toEqual([])
    expect((await briefRow()).status).toBe('expired')
  })

  it('retries a platform error with backoff, honouring the platform’s wait, then sends it once', async () => {
    const { run, delivery, texts, briefRow } = await forum()
    delivery.failNext(platformDown(), platformDown(120_000))
    expect(await run.at('2026-01-12 07:00')).toMatchObject({ retried: 1, sent: 0 })
    // 30 s backoff with equal jitter (the test fixes the random half at 0.5): 22.5 s.
    expect(await briefRow()).toMatchObject({
      status: 'pending',
      attempts: 1,
      due_at: new Date(Date.parse(at('2026-01-12 07:00')) + 22_500),
      last_error: 'DeliveryError: Bad Gateway: the platform did not answer',
    })
    run.set(new Date(Date.parse(at('2026-01-12 07:00')) + 22_000).toISOString())
    expect(await run.worker.drain()).toMatchObject({ retried: 0, sent: 0 })
    run.set(new Date(Date.parse(at('2026-01-12 07:00')) + 22_500).toISOString())
    expect(await run.worker.drain()).toMatchObject({ retried: 1 })
    // The platform asked for two minutes, more than the 45 s of the second backoff.
    expect((await briefRow()).due_at).toEqual(new Date(Date.parse(at('2026-01-12 07:00')) + 142_500))
    expect(await run.at('2026-01-12 07:02')).toMatchObject({ sent: 0 })
    expect(await run.at('2026-01-12 07:03')).toMatchObject({ sent: 1 })
    expect(texts()).toEqual([expect.stringContaining('Brief Senin')])
    expect(delivery.attempts).toHaveLength(3)
    expect(await briefRow()).toMatchObject({ status: 'sent', attempts: 3, last_error: null })
  })

  it('gives up after the last attempt, keeping and logging the error', async () => {
    const { run, delivery, texts, briefRow, logs } = await forum({
      retry: { maxAttempts: 3, baseDelayMs: 30_000, maxDelayMs: 600_000 },
    })
    delivery.failAlways = platformDown()
    expect(await run.at('2026-01-12 07:00')).toMatchObject({ retried: 1 })
    expect(await run.at('2026-01-12 07:01')).toMatchObject({ retried: 1 })
    expect(await run.at('2026-01-12 07:03')).toMatchObject({ failed: 1 })
    expect(await run.at('2026-01-12 09:00')).toMatchObject({ failed: 0, retried: 0, sent: 0 })
    expect(delivery.attempts).toHaveLength(3)
    expect(texts()).toEqual([])
    expect(await briefRow()).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'DeliveryError: Bad Gateway: the platform did not answer',
    })
    const gaveUp = logs.lines.find((line) => line.msg.includes('giving up'))
    expect(gaveUp).toMatchObject({ level: 50, attempts: 3, key: expect.stringMatching(/^brief:/) })
  })

  it('keeps a message the platform could not take yet without using up its attempts', async () => {
    const { run, delivery, texts, briefRow } = await forum({
      retry: { maxAttempts: 3, baseDelayMs: 30_000, maxDelayMs: 600_000 },
    })
    const busy = () => new DeliveryError('WhatsApp send queue is full', false, undefined, true)
    delivery.failNext(busy(), busy(), busy(), busy(), busy())
    for (const minute of ['00', '01', '02', '03', '04']) {
      expect(await run.at(`2026-01-12 07:${minute}`)).toMatchObject({ retried: 1 })
    }
    expect(await run.at('2026-01-12 07:05')).toMatchObject({ sent: 1 })
    expect(texts()).toHaveLength(1)
    expect(await briefRow()).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('skips a chat the bot was removed from, without retrying', async () => {
    const { run, delivery, briefRow } = await forum()
    delivery.failNext(removedFromChat())
    expect(await run.at('2026-01-12 07:00')).toMatchObject({ skipped: 1 })
    expect(await run.at('2026-01-12 08:00')).toMatchObject({ skipped: 0, sent: 0 })
    expect(await briefRow()).toMatchObject({
      status: 'skipped',
      last_error: expect.stringContaining('kicked'),
    })
  })

  it('skips a row whose chat became inactive after it was written', async () => {
    const { chat, run, delivery, briefRow, group } = await forum()
    await run.at('2026-01-11 20:00')
    await chat.db
      .updateTable('chats')
      .set({ active: false })
      .where('external_id', '=', group.externalId)
      .execute()
    run.set('2026-01-12 07:00')
    expect(await run.worker.drain()).toMatchObject({ skipped: 1 })
    expect(delivery.attempts).toEqual([])
    expect((await briefRow()).status).toBe('skipped')
  })

  it('sends a one-off notice once, as it was written, even when it is written twice', async () => {
    const { chat, run, texts, group, workspaceId } = await forum()
    const chatId = (
      await chat.db
        .selectFrom('chats')
        .select('id')
        .where('external_id', '=', group.externalId)
        .executeTakeFirstOrThrow()
    ).id
    const notice = {
      key: 'notice:grup-baru:1',
      chatId,
      workspaceId,
      text: [paragraph('Grup Telegram Bakohumas kini terhubung ke forum ini.')],
      dueAt: new Date(at('2026-01-12 09:00')),
      expiresAt: new Date(at('2026-01-13 09:00')),
    }
    expect(await enqueueNotice(chat.db, notice)).toBe(true)
    expect(await enqueueNotice(chat.db, notice)).toBe(false)
    await run.at('2026-01-12 09:00')
    await run.at('2026-01-12 09:01')
    expect(texts()).toEqual(['Grup Telegram Bakohumas kini terhubung ke forum ini.'])
  })

  it('forgets settled messages after 30 days, and keeps younger ones', async () => {
    const { run, chat } = await forum()
    const sentDues = async () =>
      (
        await chat.db
          .selectFrom('outbox')
          .select('due_at')
          .where('status', '=', 'sent')
          .orderBy('due_at')
          .execute()
      ).map((row) => row.due_at)
    await run.at('2026-01-12 07:00')
    await run.at('2026-02-10 07:00')
    expect(await sentDues()).toEqual([new Date(at('2026-01-12 07:00')), new Date(at('2026-02-10 07:00'))])
    await run.at('2026-02-11 07:01')
    expect(await sentDues()).toEqual([new Date(at('2026-02-10 07:00')), new Date(at('2026-02-11 07:00'))])
  })

  it('sends a fan-out oldest first, and a reminder due during it before the briefs still waiting', async () => {
    const { chat, run, delivery, group, coordinator, workspaceId } = await forum({ concurrency: 4 })
    for (let i = 1; i <= 24; i += 1) {
      await chat.db
        .insertInto('chats')
        .values({
          platform: 'console',
          external_id: `grup-kecamatan-${i}`,
          kind: 'group',
          title: `Kecamatan ${i}`,
          workspace_id: workspaceId,
          linked_at: new Date(at('2026-01-11 12:00')),
          brief_at: i % 2 === 0 ? '06:30' : '07:00',
        })
        .execute()
    }
    chat.clock.set(at('2026-01-12 06:00'))
    await chat.send(group, coordinator, '/ingatkan 07.02 Siaran pers bupati dikirim sekarang')
    await run.planner.tick()
    run.set('2026-01-12 07:05')
    expect(await run.worker.drain()).toMatchObject({ sent: 26 })
    // Rows are claimed four at a time and sent together; a batch finishes before the next is claimed.
    const order = delivery.delivered.map((d) =>
      d.text.startsWith('Pengingat') ? 'reminder' : d.chatExternalId,
    )
    const dueOf = (id: string) =>
      id === 'reminder'
        ? 0
        : id === group.externalId
          ? 7
          : Number(id.replace('grup-kecamatan-', '')) % 2 === 0
            ? 6.5
            : 7
    const batches = Array.from({ length: Math.ceil(order.length / 4) }, (_, i) =>
      order.slice(i * 4, i * 4 + 4),
    )
    expect(batches[0]).toContain('reminder')
    for (let i = 1; i < batches.length; i += 1) {
      expect(Math.min(...batches[i]!.map(dueOf))).toBeGreaterThanOrEqual(
        Math.max(...batches[i - 1]!.map(dueOf)),
      )
    }
  })
})
