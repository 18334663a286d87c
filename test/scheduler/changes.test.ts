import { expect, it } from 'vitest'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'

describeWithDatabase('editing and cancelling scheduled items', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-12 10:00', WIB).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
      members: [{ name: 'Budi Dinkes', agency: 'DINKES' }],
    })
    await chat.send(seeded.group, seeded.coordinator, '/brief mati')
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB })
    const at = (wall: string) => instantOf(wall, WIB).toISOString()
    const budi = seeded.people['Budi Dinkes']!
    /** Budi types in the group at a wall time. */
    const say = (wall: string, text: string) => {
      chat.clock.set(at(wall))
      return chat.send(seeded.group, budi, text)
    }
    const texts = () => delivery.textsIn(seeded.group.externalId)
    return { chat, run, at, say, texts, ...seeded }
  }

  const agendaRows = async (db: ChatHarness['db']) =>
    (await outboxRows(db))
      .filter((row) => row.kind.startsWith('agenda'))
      .map((row) => [row.idempotency_key.replace(/:c\d+$/, ''), row.status])

  it('moves the reminders of an item whose time is changed, and withdraws the old ones', async () => {
    const { chat, run, say, texts } = await forum()
    await say('2026-01-12 10:00', '/agenda tambah besok 09.00 Rapat koordinasi @ Aula Dinkes')
    await run.at('2026-01-12 10:01')
    expect(await agendaRows(chat.db)).toEqual([
      ['w1:agenda#1:H-1:2026-01-13', 'pending'],
      ['w1:agenda#1:60m:2026-01-13T02:00:00.000Z', 'pending'],
    ])
    expect((await say('2026-01-12 11:00', '/agenda ubah 1\nTanggal: Rabu\nWaktu: 10.00')).text).toContain(
      'diubah',
    )
    await run.at('2026-01-12 11:00')
    expect(await agendaRows(chat.db)).toEqual([
      ['w1:agenda#1:H-1:2026-01-13', 'withdrawn'],
      ['w1:agenda#1:60m:2026-01-13T02:00:00.000Z', 'withdrawn'],
      // The 60-minute reminder of Wednesday lies beyond the 36-hour lookahead: it is written later.
      ['w1:agenda#1:H-1:2026-01-14', 'pending'],
    ])
    await run.at('2026-01-12 16:00')
    await run.at('2026-01-13 08:00')
    expect(texts()).toEqual([])
    await run.at('2026-01-13 16:00')
    expect(texts()).toEqual([
      expect.stringMatching(/^Besok, Rabu, 14 Januari 2026:\n#1 · 10\.00 WIB · Rapat koordinasi/),
    ])
    await run.at('2026-01-14 09:00')
    expect(texts()[1]).toMatch(/^Segera dimulai \(60 menit lagi\):\n#1 · 10\.00 WIB/)
  })

  it('puts a withdrawn reminder back when the item returns to its first time', async () => {
    const { chat, run, say, texts } = await forum()
    await say('2026-01-12 10:00', '/agenda tambah besok 09.00 Rapat koordinasi')
    await run.at('2026-01-12 10:01')
    await say('2026-01-12 10:05', '/agenda ubah 1 Waktu: 11.00')
    await run.at('2026-01-12 10:06')
    await say('2026-01-12 10:10', '/agenda ubah 1 Waktu: 09.00')
    await run.at('2026-01-12 10:11')
    expect(await agendaRows(chat.db)).toEqual([
      ['w1:agenda#1:H-1:2026-01-13', 'pending'],
      ['w1:agenda#1:60m:2026-01-13T02:00:00.000Z', 'pending'],
      ['w1:agenda#1:60m:2026-01-13T04:00:00.000Z', 'withdrawn'],
    ])
    await run.at('2026-01-13 08:00')
    expect(texts()).toHaveLength(2)
    expect(texts()[1]).toContain('09.00 WIB')
  })

  it('withdraws every reminder of a cancelled item', async () => {
    const { chat, run, say, texts } = await forum()
    await say('2026-01-12 10:00', '/agenda tambah besok 09.00 Rapat koordinasi')
    await run.at('2026-01-12 10:01')
    await say('2026-01-12 12:00', '/agenda batal 1 ditunda')
    await run.at('2026-01-12 12:00')
    expect((await agendaRows(chat.db)).map(([, status]) => status)).toEqual(['withdrawn', 'withdrawn'])
    for (const wall of ['2026-01-12 16:00', '2026-01-13 08:00', '2026-01-13 09:00']) await run.at(wall)
    expect(texts()).toEqual([])
  })

  it('never announces a cancelled item or a stale time, even when nothing re-planned since the change', async () => {
    const { run, say, texts } = await forum()
    await say('2026-01-12 10:00', '/agenda tambah besok 09.00 Rapat koordinasi')
    await say('2026-01-12 10:00', '/agenda tambah besok 13.00 Jumpa pers')
    await run.at('2026-01-12 10:01')
    await say('2026-01-12 15:00', '/agenda batal 1')
    await say('2026-01-12 15:00', '/agenda ubah 2 Waktu: 15.00')
    // Only the worker runs: the rows written for the old data are checked again as they are sent.
    run.set('2026-01-12 16:00')
    const drained = await run.worker.drain()
    expect(drained).toMatchObject({ sent: 1, withdrawn: 1 })
    expect(texts()).toEqual([expect.stringContaining('#2 · 15.00 WIB · Jumpa pers')])
    run.set('2026-01-13 12:00')
    expect(await run.worker.drain()).toMatchObject({ sent: 0, withdrawn: 1 })
    expect(texts()).toHaveLength(1)
  })

  it('turns the publishing reminder of a draft sent back for review into a day-before warning', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: at('2026-01-13 10:00'),
      status: 'disetujui',
    })
    await run.at('2026-01-12 10:01')
    expect((await outboxRows(chat.db)).map((row) => [row.kind, row.status])).toEqual([
      ['content_due', 'pending'],
    ])
    expect(
      (await say('2026-01-12 11:00', '/konten ubah 1 Judul: Infografis imunisasi lengkap')).text,
    ).toContain('#1')
    await run.at('2026-01-12 11:00')
    await run.at('2026-01-12 16:00')
    await run.at('2026-01-13 10:00')
    expect(texts()).toEqual([expect.stringContaining('Besok tayang, belum disetujui')])
    expect((await outboxRows(chat.db)).map((row) => [row.kind, row.status])).toEqual([
      ['content_due', 'withdrawn'],
      ['content_pending', 'sent'],
    ])
  })
})

describeWithDatabase('"Perubahan" notices', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-12 10:00', WIB).toISOString() })
    const seeded = await seedForum(chat, { agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }] })
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB })
    const at = (wall: string) => instantOf(wall, WIB).toISOString()
    const say = (wall: string, text: string) => {
      chat.clock.set(at(wall))
      return chat.send(seeded.group, seeded.coordinator, text)
    }
    const texts = () => delivery.textsIn(seeded.group.externalId)
    return { chat, run, at, say, texts, ...seeded }
  }

  it('tells the group that saw an item in a reminder when its time and place change', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi',
      startsAt: at('2026-01-13 09:00'),
      location: 'Aula Dinkes',
    })
    await run.at('2026-01-12 16:00')
    expect(texts()).toEqual([expect.stringContaining('Besok')])
    await say('2026-01-12 18:00', '/agenda ubah 1\nWaktu: 13.00\nTempat: Pendopo Kabupaten')
    await run.at('2026-01-12 18:00')
    expect(texts()[1]).toBe(
      'Perubahan #1: Rapat koordinasi\nWaktu: Selasa, 13 Januari 2026, 09.00 WIB → Selasa, 13 Januari 2026, 13.00 WIB\nTempat: Aula Dinkes → Pendopo Kabupaten\nDetail: /agenda 1',
    )
    await run.at('2026-01-12 18:05')
    await run.at('2026-01-12 20:00')
    expect(texts()).toHaveLength(2)
    // The reminder before the new start shows the new time.
    await run.at('2026-01-13 12:00')
    expect(texts()[2]).toContain('13.00 WIB · Rapat koordinasi @ Pendopo Kabupaten')
  })

  it('tells the group that saw an item in the morning brief when it is cancelled', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Jumpa pers',
      startsAt: at('2026-01-13 15:00'),
    })
    await run.at('2026-01-13 07:00')
    expect(texts()).toEqual([expect.stringContaining('Jumpa pers')])
    const announced = await chat.db.selectFrom('announcements').select(['number', 'snapshot']).execute()
    expect(announced).toEqual([{ number: 1, snapshot: expect.objectContaining({ status: 'terjadwal' }) }])
    await say('2026-01-13 09:00', '/agenda batal 1 narasumber berhalangan')
    await run.at('2026-01-13 09:00')
    expect(texts()[1]).toBe('Perubahan #1: Jumpa pers dibatalkan.\nAlasan: narasumber berhalangan')
  })

  it('sends one notice for two quick edits, showing the final state', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: at('2026-01-13 09:00'),
    })
    await run.at('2026-01-12 16:00')
    await say('2026-01-12 17:00', '/agenda ubah 1 Waktu: 10.00')
    await run.planner.tick()
    await say('2026-01-12 17:01', '/agenda ubah 1 Waktu: 11.00')
    await run.at('2026-01-12 17:02')
    expect(texts().slice(1)).toEqual([
      expect.stringContaining('09.00 WIB → Selasa, 13 Januari 2026, 11.00 WIB'),
    ])
    expect((await outboxRows(chat.db)).filter((r) => r.kind === 'change').map((r) => r.status)).toEqual([
      'withdrawn',
      'sent',
    ])
  })

  it('sends no notice about an item no chat was told about, nor about edits that keep time and place', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: at('2026-01-20 09:00'),
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Apel',
      startsAt: at('2026-01-13 09:00'),
    })
    await run.at('2026-01-12 16:00')
    expect(texts()).toHaveLength(1)
    await say('2026-01-12 17:00', '/agenda ubah 1 Waktu: 10.00')
    await say('2026-01-12 17:00', '/agenda ubah 2 Kegiatan: Apel pagi')
    await run.at('2026-01-12 17:00')
    expect(texts()).toHaveLength(1)
  })

  it('tells the group when an announced draft’s publishing time moves', async () => {
    const { chat, run, at, say, texts, workspaceId } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Video posyandu',
      plannedAt: at('2026-01-13 10:00'),
      status: 'disetujui',
    })
    await run.at('2026-01-13 07:00')
    expect(texts()).toEqual([expect.stringContaining('Video posyandu')])
    await say('2026-01-13 08:00', '/konten ubah 1 Tayang: 15.00')
    await run.at('2026-01-13 08:00')
    expect(texts()[1]).toBe(
      'Perubahan #1: Video posyandu\nJadwal tayang: Selasa, 13 Januari 2026 pukul 10.00 WIB → Selasa, 13 Januari 2026 pukul 15.00 WIB\nDetail: /konten 1',
    )
  })
})
