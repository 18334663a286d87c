import { expect, it } from 'vitest'
import { noticeUnanswered } from '../../src/scheduler/producers/unanswered.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, LogLines, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'
const at = (wall: string) => instantOf(wall, WIB).toISOString()

describeWithDatabase('commands left unanswered when the process died', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: at('2026-01-12 09:00') })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
      members: [{ name: 'Budi Dinkes', agency: 'DINKES' }],
    })
    const delivery = new FakeDelivery(chat.clock)
    const logs = new LogLines()
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB, logs })
    const budi = seeded.people['Budi Dinkes']!
    /** What an instance (this one after a restart, or another) finds unanswered at `wall`, then sends. */
    const lookAt = async (wall: string) => {
      run.set(wall)
      await noticeUnanswered(chat.db, chat.clock.now(), logs.logger)
      await run.worker.drain()
      return delivery.textsIn(seeded.group.externalId)
    }
    return { chat, budi, lookAt, logs, ...seeded }
  }

  it('tells the group a change was saved when the answer never went out, once, five minutes on', async () => {
    const { chat, group, budi, lookAt, logs } = await forum()
    const answer = await chat.send(
      group,
      budi,
      '/agenda tambah 14 Januari 2026 09.00 Rapat stunting @ Aula',
      {
        reportsAnswered: true,
      },
    )
    expect(answer.text).toContain('tercatat')
    // The process dies here: the change is committed, the confirmation never reaches the group.
    expect(await lookAt('2026-01-12 09:04')).toEqual([])
    const told = await lookAt('2026-01-12 09:05')
    expect(told).toHaveLength(1)
    expect(told[0]).toContain('Sinergi sempat berhenti')
    expect(told[0]).toContain('Budi Dinkes')
    expect(told[0]).toContain('/agenda tambah 14 Januari 2026 09.00 Rapat stunting @ Aula')
    expect(told[0]).toMatch(/sudah tersimpan: agenda #\d+\. Tidak perlu dikirim ulang/)
    expect(await lookAt('2026-01-12 09:30')).toHaveLength(1)
    expect(logs.messages()).toContain(
      'a command was left unanswered when its process stopped; the chat is told what was saved',
    )
  })

  it('says nothing was saved when the unanswered command was refused', async () => {
    const { chat, group, budi, lookAt } = await forum()
    await chat.send(group, budi, '/agenda tambah kemarin lusa Rapat', { reportsAnswered: true })
    const told = await lookAt('2026-01-12 09:06')
    expect(told).toHaveLength(1)
    expect(told[0]).toContain('Tidak ada perubahan yang tersimpan. Silakan kirim ulang perintahnya.')
  })

  it('says nothing once the answer was sent, and never for a command that only reads', async () => {
    const { chat, group, budi, lookAt } = await forum()
    const added = await chat.send(group, budi, '/agenda tambah 14 Januari 2026 09.00 Rapat stunting', {
      reportsAnswered: true,
    })
    chat.dispatcher.answered('console', added.awaitsAnswer!, 'sent')
    await chat.dispatcher.flushAnswered()
    const listed = await chat.send(group, budi, '/agenda', { reportsAnswered: true })
    expect(listed.awaitsAnswer).toBeUndefined()
    expect(await lookAt('2026-01-12 10:00')).toEqual([])
  })

  it('tells at once about an answer a stopping process gave up on', async () => {
    const { chat, group, budi, lookAt } = await forum()
    const added = await chat.send(group, budi, '/agenda tambah 14 Januari 2026 09.00 Rapat stunting', {
      reportsAnswered: true,
    })
    chat.dispatcher.answered('console', added.awaitsAnswer!, 'lost')
    await chat.dispatcher.flushAnswered()
    expect(await lookAt('2026-01-12 09:00')).toEqual([expect.stringContaining('sudah tersimpan: agenda #')])
  })

  it('is told by one instance only when two look at the same moment', async () => {
    const { chat, group, budi, lookAt } = await forum()
    await chat.send(group, budi, '/agenda tambah 14 Januari 2026 09.00 Rapat stunting', {
      reportsAnswered: true,
    })
    const [first, second] = await Promise.all([
      noticeUnanswered(chat.db, new Date(at('2026-01-12 09:10')), new LogLines().logger),
      noticeUnanswered(chat.db, new Date(at('2026-01-12 09:10')), new LogLines().logger),
    ])
    expect(first + second).toBe(1)
    expect(await lookAt('2026-01-12 09:10')).toHaveLength(1)
  })
})
