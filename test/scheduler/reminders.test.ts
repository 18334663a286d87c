import { expect, it } from 'vitest'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, scheduledRun } from './support.js'

const WITA = 'Asia/Makassar'

// A WITA forum on Sunday 11 January 2026; its briefs are switched off so that only reminders show.
describeWithDatabase('reminders, sent by the scheduler', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-11 12:00', WITA).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
        { code: 'BPS', name: 'Badan Pusat Statistik' },
      ],
      members: [{ name: 'Budi Dinkes', agency: 'DINKES' }],
      timezone: WITA,
    })
    await chat.send(seeded.group, seeded.coordinator, '/brief mati')
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WITA })
    const at = (wall: string) => instantOf(wall, WITA).toISOString()
    const texts = () => delivery.textsIn(seeded.group.externalId)
    return { chat, delivery, run, at, texts, ...seeded, budi: seeded.people['Budi Dinkes']! }
  }

  it('reminds the day before at 16.00 and 60 minutes before the start, in the forum’s zone', async () => {
    const { chat, run, at, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi stunting',
      startsAt: at('2026-01-13 09:00'),
      location: 'Aula Dinkes',
      statedZone: WITA,
    })
    await run.at('2026-01-12 15:59')
    expect(texts()).toEqual([])
    await run.at('2026-01-12 16:00')
    expect(texts()).toEqual([
      expect.stringMatching(
        /^Besok, Selasa, 13 Januari 2026:\n#1 · 09\.00 WITA · Rapat koordinasi stunting @ Aula Dinkes · DINKES\nDetail: \/agenda 1$/,
      ),
    ])
    await run.at('2026-01-13 07:59')
    expect(texts()).toHaveLength(1)
    await run.at('2026-01-13 08:00')
    expect(texts()[1]).toMatch(
      /^Segera dimulai \(60 menit lagi\):\n#1 · 09\.00 WITA · Rapat koordinasi stunting/,
    )
    await run.at('2026-01-13 09:00')
    expect(texts()).toHaveLength(2)
  })

  it('uses the offsets set with /pengingat', async () => {
    const { chat, run, at, texts, workspaceId, group, coordinator } = await forum()
    await chat.send(group, coordinator, '/pengingat agenda H-1 17.30')
    await chat.send(group, coordinator, '/pengingat agenda 2 jam')
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel siaga',
      startsAt: at('2026-01-13 10:00'),
    })
    await run.at('2026-01-12 16:00')
    await run.at('2026-01-12 17:29')
    expect(texts()).toEqual([])
    await run.at('2026-01-12 17:30')
    expect(texts()).toEqual([expect.stringContaining('Besok, Selasa, 13 Januari 2026')])
    await run.at('2026-01-13 07:59')
    expect(texts()).toHaveLength(1)
    await run.at('2026-01-13 08:00')
    expect(texts()[1]).toContain('Segera dimulai (2 jam lagi)')
  })

  it('moves a day-before reminder already written when the offset changes', async () => {
    const { chat, run, at, texts, workspaceId, group, coordinator } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel siaga',
      startsAt: at('2026-01-13 10:00'),
    })
    await run.at('2026-01-12 12:00')
    chat.clock.set(at('2026-01-12 12:05'))
    await chat.send(group, coordinator, '/pengingat agenda H-1 18.00')
    await run.at('2026-01-12 16:00')
    expect(texts()).toEqual([])
    await run.at('2026-01-12 18:00')
    expect(texts()).toEqual([expect.stringContaining('Besok')])
  })

  it('gives an all-day item only the day-before reminder', async () => {
    const { chat, run, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startDate: '2026-01-13',
    })
    await run.at('2026-01-12 16:00')
    expect(texts()).toEqual([
      expect.stringMatching(/^Besok, Selasa, 13 Januari 2026:\n#1 · sepanjang hari · Operasi Lilin/),
    ])
    for (const wall of ['2026-01-12 23:00', '2026-01-13 00:00', '2026-01-13 08:00', '2026-01-13 16:00'])
      await run.at(wall)
    expect(texts()).toHaveLength(1)
  })

  it('says "Saatnya tayang" at the planned time of an approved draft', async () => {
    const { chat, run, at, texts, workspaceId } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: at('2026-01-14 10:00'),
      status: 'disetujui',
      platforms: ['instagram', 'facebook'],
    })
    await run.at('2026-01-13 16:00')
    await run.at('2026-01-14 09:59')
    expect(texts()).toEqual([])
    await run.at('2026-01-14 10:00')
    expect(texts()).toEqual([
      'Saatnya tayang #1:\n#1 Infografis imunisasi — DINKES · Rab 14/1 10.00 WITA · Instagram, Facebook\nSetelah tayang, laporkan dengan /terbit 1 <url>.',
    ])
  })

  it('warns the day before about a draft still not approved, and not about one approved in time', async () => {
    const { chat, run, at, texts, workspaceId, group, coordinator } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Video posyandu',
      plannedAt: at('2026-01-15 09:00'),
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Poster lalu lintas',
      plannedAt: at('2026-01-15 11:00'),
    })
    await run.at('2026-01-14 12:00')
    chat.clock.set(at('2026-01-14 12:01'))
    expect((await chat.send(group, coordinator, '/setujui 2')).text).toContain('#2')
    await run.at('2026-01-14 15:59')
    expect(texts()).toEqual([])
    await run.at('2026-01-14 16:00')
    expect(texts()).toEqual([
      expect.stringMatching(
        /^Besok tayang, belum disetujui \(diajukan\):\n#1 Video posyandu — DINKES · Kam 15\/1 09\.00 WITA/,
      ),
    ])
    expect(texts()[0]).toContain('/setujui 1')
    await run.at('2026-01-15 11:00')
    expect(texts()[1]).toContain('Saatnya tayang #2')
    expect(texts()).toHaveLength(2)
  })

  it('nudges on Friday at 14.00 about agencies with nothing on next week’s calendar', async () => {
    const { chat, run, at, texts, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel',
      startsAt: at('2026-01-19 08:00'),
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'BPS',
      title: 'Rilis',
      plannedAt: at('2026-01-23 10:00'),
    })
    // This week's items do not count for next week.
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: at('2026-01-16 15:00'),
    })
    await run.at('2026-01-16 13:59')
    expect(texts().filter((text) => text.includes('pekan depan'))).toEqual([])
    await run.at('2026-01-16 14:00')
    const nudge = texts().filter((text) => text.includes('pekan depan'))
    expect(nudge).toEqual([
      'Agenda pekan depan (Senin–Minggu, 19–25 Januari 2026)\nBelum ada agenda maupun konten dari 1 instansi:\n• DINKES — Dinas Kesehatan\nIsi dengan /agenda tambah atau /konten tambah.',
    ])
  })

  it('sends no nudge when every agency has something next week', async () => {
    const { chat, run, at, texts, workspaceId } = await forum()
    for (const agency of ['DINKES', 'POLRES', 'BPS'])
      await insertAgenda(chat.db, workspaceId, {
        agency,
        title: `Agenda ${agency}`,
        startsAt: at('2026-01-20 09:00'),
      })
    await run.at('2026-01-16 14:00')
    expect(texts()).toEqual([])
    const rows = await chat.db
      .selectFrom('outbox')
      .select(['kind', 'status'])
      .where('kind', '=', 'nudge')
      .execute()
    expect(rows).toEqual([{ kind: 'nudge', status: 'skipped' }])
  })

  it('delivers /ingatkan reminders into their own chat at their time and marks them sent', async () => {
    const { chat, run, delivery, group, budi } = await forum()
    chat.clock.set(instantOf('2026-01-12 08:00', WITA))
    await chat.send(group, budi, '/ingatkan besok 09.00 Kirim rilis HUT kabupaten')
    const privateChat = chat.privateChat(budi)
    await chat.send(privateChat, budi, '/ingatkan 30 menit lagi Telepon humas Polres')
    await run.at('2026-01-12 08:29')
    expect(delivery.delivered).toEqual([])
    await run.at('2026-01-12 08:30')
    expect(delivery.textsIn(privateChat.externalId)).toEqual([
      'Pengingat #2 (dari Budi Dinkes):\nTelepon humas Polres',
    ])
    await run.at('2026-01-13 08:59')
    expect(delivery.textsIn(group.externalId)).toEqual([])
    await run.at('2026-01-13 09:00')
    expect(delivery.textsIn(group.externalId)).toEqual([
      'Pengingat #1 (dari Budi Dinkes):\nKirim rilis HUT kabupaten',
    ])
    const reminders = await chat.db
      .selectFrom('reminders')
      .select(['number', 'status'])
      .orderBy('number')
      .execute()
    expect(reminders).toEqual([
      { number: 1, status: 'terkirim' },
      { number: 2, status: 'terkirim' },
    ])
    expect((await chat.send(group, budi, '/ingatkan')).text).toContain('Belum ada pengingat')
  })

  it('never sends an /ingatkan reminder cancelled before its time', async () => {
    const { chat, run, delivery, group, budi } = await forum()
    chat.clock.set(instantOf('2026-01-12 08:00', WITA))
    await chat.send(group, budi, '/ingatkan 09.00 Rapat redaksi')
    await run.at('2026-01-12 08:10')
    chat.clock.set(instantOf('2026-01-12 08:20', WITA))
    expect((await chat.send(group, budi, '/ingatkan batal 1')).text).toContain('dibatalkan')
    await run.at('2026-01-12 09:00')
    expect(delivery.delivered).toEqual([])
  })

  it('sends every reminder to each active group of the forum, and none to an unlinked one', async () => {
    const { chat, run, at, delivery, workspaceId, group, coordinator } = await forum()
    const second = chat.group('Bakohumas Telegram')
    chat.platform.join(second.externalId, coordinator.externalId, { admin: true })
    // Linking with /kode needs the code in clear text, which is sent privately: link it directly.
    await chat.send(second, coordinator, '/bantuan')
    await chat.db
      .updateTable('chats')
      .set({ workspace_id: workspaceId, linked_at: new Date(at('2026-01-11 12:00')), brief_enabled: false })
      .where('external_id', '=', second.externalId)
      .execute()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: at('2026-01-13 09:00'),
    })
    await run.at('2026-01-12 16:00')
    expect(delivery.textsIn(group.externalId)).toHaveLength(1)
    expect(delivery.textsIn(second.externalId)).toHaveLength(1)
    chat.clock.set(at('2026-01-12 17:00'))
    await chat.send(second, coordinator, '/putuskan')
    await run.at('2026-01-13 08:00')
    expect(delivery.textsIn(group.externalId)).toHaveLength(2)
    expect(delivery.textsIn(second.externalId)).toHaveLength(1)
  })
})
