import { expect, it } from 'vitest'
import { type AgendaSeed, insertAgenda, insertDraft, insertKeyMessage } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, scheduledRun } from './support.js'

const ZONES = [
  { iana: 'Asia/Jakarta', abbreviation: 'WIB', other: 'Asia/Makassar' },
  { iana: 'Asia/Makassar', abbreviation: 'WITA', other: 'Asia/Jayapura' },
  { iana: 'Asia/Jayapura', abbreviation: 'WIT', other: 'Asia/Jakarta' },
] as const

const AGENCIES = [
  { code: 'DINKES', name: 'Dinas Kesehatan' },
  { code: 'POLRES', name: 'Polres Wonosobo' },
  { code: 'KOMINFO', name: 'Dinas Komunikasi dan Informatika' },
  { code: 'BPS', name: 'Badan Pusat Statistik' },
  { code: 'PLN', name: 'PLN UP3' },
]

// The week of Monday 12 to Sunday 18 January 2026.
const DAYS = [
  { date: '2026-01-12', name: 'Senin' },
  { date: '2026-01-13', name: 'Selasa' },
  { date: '2026-01-14', name: 'Rabu' },
  { date: '2026-01-15', name: 'Kamis' },
  { date: '2026-01-16', name: 'Jumat' },
  { date: '2026-01-17', name: 'Sabtu' },
  { date: '2026-01-18', name: 'Minggu' },
]

describeWithDatabase('the morning brief, sent by the scheduler', (get) => {
  async function forumIn(zone: string) {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-11 12:00', zone).toISOString() })
    const seeded = await seedForum(chat, { agencies: AGENCIES, timezone: zone })
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone })
    return { chat, delivery, run, ...seeded }
  }

  async function seedWeek(chat: ChatHarness, workspaceId: number, zone: string, otherZone: string) {
    const at = (wall: string, z = zone) => instantOf(wall, z).toISOString()
    const agenda = (seed: AgendaSeed) => insertAgenda(chat.db, workspaceId, { statedZone: zone, ...seed })
    await agenda({
      agency: 'DINKES',
      title: 'Pencanangan imunisasi campak',
      startsAt: at('2026-01-12 09:00'),
      endsAt: at('2026-01-12 11:00'),
      location: 'Aula Dinkes',
      coverage: true,
    })
    await agenda({ agency: 'POLRES', title: 'Operasi Lilin', startDate: '2026-01-12', endDate: '2026-01-14' })
    await agenda({
      agency: 'KOMINFO',
      title: 'Siaran langsung bupati',
      startsAt: at('2026-01-13 14:00', otherZone),
      statedZone: otherZone,
    })
    await agenda({
      agency: 'KOMINFO',
      title: 'Rapat yang batal',
      startsAt: at('2026-01-14 13:00'),
      status: 'batal',
    })
    await agenda({ agency: 'BPS', title: 'Rilis inflasi', startsAt: at('2026-01-16 10:00') })
    await agenda({ agency: 'DINKES', title: 'Jalan sehat', startsAt: at('2026-01-17 06:30') })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis stunting',
      plannedAt: at('2026-01-15 10:00'),
      status: 'disetujui',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'KOMINFO',
      title: 'Video profil desa',
      plannedAt: at('2026-01-16 09:00'),
      status: 'diajukan',
    })
    await insertKeyMessage(chat.db, workspaceId, {
      theme: 'Cegah Stunting',
      hashtags: ['#CegahStunting'],
      validFrom: '2026-01-12',
      validTo: '2026-01-16',
    })
  }

  for (const zone of ZONES) {
    it(`sends a ${zone.abbreviation} forum's brief at 07.00 ${zone.abbreviation} on weekdays, with that day's agenda`, async () => {
      const { chat, delivery, run, group, workspaceId } = await forumIn(zone.iana)
      await seedWeek(chat, workspaceId, zone.iana, zone.other)
      const briefs = new Map<string, string>()
      for (const day of DAYS) {
        await run.at(`${day.date} 06:59`)
        const early = delivery.textsIn(group.externalId).filter((text) => text.startsWith('Brief'))
        expect(early, `nothing before 07.00 ${zone.abbreviation} on ${day.name}`).toEqual([])
        await run.at(`${day.date} 07:00`)
        const sent = delivery.delivered.filter((d) => d.text.startsWith('Brief'))
        expect(sent.length, `${day.name}`).toBeLessThanOrEqual(1)
        if (sent[0]) {
          expect(sent[0].at).toEqual(instantOf(`${day.date} 07:00`, zone.iana))
          expect(sent[0].message.target).toEqual({ kind: 'chat', chatId: expect.any(Number) })
          briefs.set(day.name, sent[0].text)
        }
        delivery.clear()
      }
      expect([...briefs.keys()]).toEqual(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])

      const monday = briefs.get('Senin')!
      expect(monday).toContain('Brief Senin, 12 Januari 2026')
      expect(monday).toContain('Bakohumas Kabupaten Wonosobo')
      expect(monday).toContain(
        `#1 · 09.00–11.00 ${zone.abbreviation} · Pencanangan imunisasi campak @ Aula Dinkes`,
      )
      expect(monday).toContain('Operasi Lilin')
      expect(monday).toContain('Cegah Stunting')
      expect(monday).toContain('#CegahStunting')
      expect(monday).not.toContain('Siaran langsung')
      // Only PLN has nothing this week; the section is there because it is not empty.
      expect(monday).toContain('Belum mengisi agenda pekan ini (1)')
      expect(monday).toContain('PLN')

      const tuesday = briefs.get('Selasa')!
      expect(tuesday).toContain('Siaran langsung bupati')
      expect(tuesday).toContain('Operasi Lilin')
      expect(tuesday).not.toContain('Pencanangan')

      const wednesday = briefs.get('Rabu')!
      expect(wednesday).toContain('Operasi Lilin')
      expect(wednesday).not.toContain('Rapat yang batal')

      const thursday = briefs.get('Kamis')!
      expect(thursday).toContain('Konten tayang hari ini (1)')
      expect(thursday).toContain('Infografis stunting')
      // Guests read along in groups: drafts waiting for review show only as a count there (SPEC §1).
      expect(thursday).toContain('1 draf menunggu tinjauan — lihat /konten di chat pribadi')
      expect(thursday).not.toContain('Video profil desa')
      expect(thursday).not.toContain('Agenda hari ini')

      const friday = briefs.get('Jumat')!
      expect(friday).toContain('Rilis inflasi')
      expect(friday).not.toContain('Operasi Lilin')
    })
  }

  it('follows a group’s own brief time and days, and stays silent when the brief is off', async () => {
    const { chat, delivery, run, group, coordinator } = await forumIn('Asia/Jakarta')
    await chat.send(group, coordinator, '/brief jam 06.15')
    await chat.send(group, coordinator, '/brief hari sabtu')
    await run.at('2026-01-12 07:00')
    expect(delivery.delivered).toEqual([])
    await run.at('2026-01-17 06:14')
    expect(delivery.delivered).toEqual([])
    await run.at('2026-01-17 06:15')
    expect(delivery.textsIn(group.externalId)).toEqual([
      expect.stringContaining('Brief Sabtu, 17 Januari 2026'),
    ])
    await chat.send(group, coordinator, '/brief mati')
    await run.at('2026-01-24 06:15')
    expect(delivery.delivered).toHaveLength(1)
  })

  it('adds the coming week to a weekend brief, and tells the group when an item it showed changes', async () => {
    const { chat, delivery, run, group, coordinator, workspaceId } = await forumIn('Asia/Jakarta')
    await seedWeek(chat, workspaceId, 'Asia/Jakarta', 'Asia/Makassar')
    await chat.send(group, coordinator, '/brief hari setiap hari')
    const at = (wall: string) => instantOf(wall, 'Asia/Jakarta').toISOString()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat Senin',
      startsAt: at('2026-01-19 09:00'),
    })
    // Running from Saturday into Monday: in today's agenda and in the coming week, told about once.
    await insertAgenda(chat.db, workspaceId, {
      agency: 'PLN',
      title: 'Pameran UMKM',
      startDate: '2026-01-17',
      endDate: '2026-01-19',
    })

    await run.at('2026-01-16 07:00')
    const friday = delivery.textsIn(group.externalId)[0]!
    expect(friday).not.toContain('Pekan depan,')
    expect(friday).not.toContain('Rapat Senin')
    expect(friday).toContain('Belum mengisi agenda pekan depan (3)\nBPS, KOMINFO, POLRES')
    delivery.clear()

    for (const day of ['2026-01-17', '2026-01-18']) {
      await run.at(`${day} 07:00`)
      const [brief] = delivery.textsIn(group.externalId)
      expect(brief).toMatch(
        /Agenda hari ini \(\d\)\n(• .*\n)*• #\d+ · Sab 17\/1–Sen 19\/1 sepanjang hari · Pameran UMKM · PLN\n/,
      )
      expect(brief).toMatch(/\nPekan depan, 19–25 Januari 2026 \(2\)\nSenin, 19 Januari 2026\n/)
      expect(brief).toMatch(/• #\d+ · 09\.00 WIB · Rapat Senin · DINKES/)
      expect(brief).toContain('Belum mengisi agenda pekan depan (3)')
      delivery.clear()
    }
    expect(delivery.delivered).toEqual([])

    const number = (
      await chat.db
        .selectFrom('agenda_items')
        .select('number')
        .where('title', '=', 'Rapat Senin')
        .executeTakeFirstOrThrow()
    ).number
    chat.clock.set(at('2026-01-18 09:00'))
    await chat.send(group, coordinator, `/agenda ubah ${number} Waktu: 13.00`)
    await run.at('2026-01-18 09:00')
    expect(delivery.textsIn(group.externalId)).toEqual([
      expect.stringMatching(
        new RegExp(`^Perubahan #${number}: Rapat Senin\\nWaktu: .*09\\.00 WIB → .*13\\.00 WIB`),
      ),
    ])
  })

  it('sends at most one brief a day, even when the time is moved after it went out', async () => {
    const { chat, delivery, run, group, coordinator } = await forumIn('Asia/Jakarta')
    await run.at('2026-01-12 07:00')
    expect(delivery.delivered).toHaveLength(1)
    chat.clock.set(instantOf('2026-01-12 07:30', 'Asia/Jakarta'))
    await chat.send(group, coordinator, '/brief jam 08.00')
    await run.at('2026-01-12 08:00')
    expect(delivery.delivered).toHaveLength(1)
    await run.at('2026-01-13 08:00')
    expect(delivery.delivered).toHaveLength(2)
  })

  it('sends a brief scheduled one minute ahead on the same day', async () => {
    const { chat, delivery, run, group, coordinator } = await forumIn('Asia/Jakarta')
    await run.at('2026-01-12 10:30')
    expect(delivery.delivered).toEqual([])
    await chat.send(group, coordinator, '/brief jam 10.31')
    await run.at('2026-01-12 10:30')
    expect(delivery.delivered).toEqual([])
    await run.at('2026-01-12 10:31')
    expect(delivery.textsIn(group.externalId)).toEqual([
      expect.stringContaining('Brief Senin, 12 Januari 2026'),
    ])
  })
})
