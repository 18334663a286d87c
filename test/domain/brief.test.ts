import { describe, expect, it } from 'vitest'
import { composeBrief } from '../../src/domain/briefs/compose.js'
import { getWorkspace } from '../../src/domain/workspaces/workspaces.js'
import { renderPlain } from '../../src/text/render-plain.js'
import { type AgendaSeed, insertAgenda, insertDraft, insertKeyMessage } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'

// The brief of Monday 12 January 2026, in a forum of each of Indonesia's three zones.
const DAY = '2026-01-12'
const ZONES = [
  { iana: 'Asia/Jakarta', abbreviation: 'WIB', other: { iana: 'Asia/Makassar', abbreviation: 'WITA' } },
  { iana: 'Asia/Makassar', abbreviation: 'WITA', other: { iana: 'Asia/Jayapura', abbreviation: 'WIT' } },
  { iana: 'Asia/Jayapura', abbreviation: 'WIT', other: { iana: 'Asia/Jakarta', abbreviation: 'WIB' } },
] as const

const AGENCIES = [
  { code: 'DINKES', name: 'Dinas Kesehatan' },
  { code: 'POLRES', name: 'Polres Wonosobo' },
  { code: 'KOMINFO', name: 'Dinas Komunikasi dan Informatika' },
  { code: 'BPS', name: 'Badan Pusat Statistik' },
  { code: 'PLN', name: 'PLN UP3' },
  { code: 'LAMA', name: 'Instansi yang sudah diarsipkan' },
]

describeWithDatabase('the morning brief', (get) => {
  async function forumIn(zone: string) {
    const chat = new ChatHarness(get().db, { now: `${DAY}T06:00:00+07:00` })
    const { workspaceId } = await seedForum(chat, { agencies: AGENCIES, timezone: zone })
    await chat.db
      .updateTable('agencies')
      .set({ archived_at: new Date('2026-01-01T00:00:00Z') })
      .where('code', '=', 'LAMA')
      .execute()
    const workspace = (await getWorkspace(chat.db, workspaceId))!
    return { db: chat.db, workspace }
  }

  /** A realistic week: what happens today, and what must stay out of today's brief. */
  async function seedWeek(db: ChatHarness['db'], workspaceId: number, zone: string, otherZone: string) {
    const at = (wall: string, z = zone) => instantOf(wall, z).toISOString()
    // Items are written in the forum's own zone unless they say otherwise.
    const agenda = (seed: AgendaSeed) => insertAgenda(db, workspaceId, { statedZone: zone, ...seed })
    await agenda({
      agency: 'DINKES',
      title: 'Pencanangan imunisasi campak',
      startsAt: at('2026-01-12 09:00'),
      endsAt: at('2026-01-12 11:00'),
      location: 'Aula Dinkes',
      coverage: true,
    })
    await agenda({
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startDate: '2026-01-11',
      endDate: '2026-01-13',
    })
    await agenda({
      agency: 'KOMINFO',
      title: 'Siaran langsung bupati',
      startsAt: at('2026-01-12 14:00', otherZone),
      statedZone: otherZone,
    })
    await agenda({
      agency: 'KOMINFO',
      title: 'Rapat yang batal',
      startsAt: at('2026-01-12 13:00'),
      status: 'batal',
    })
    await agenda({
      agency: 'BPS',
      title: 'Rilis inflasi',
      startsAt: at('2026-01-16 10:00'),
    })
    await agenda({
      agency: 'PLN',
      title: 'Pekan lalu',
      startsAt: at('2026-01-09 10:00'),
    })
    await agenda({
      agency: 'PLN',
      title: 'Dibatalkan pekan ini',
      startsAt: at('2026-01-14 10:00'),
      status: 'batal',
    })

    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: at('2026-01-12 10:00'),
      status: 'disetujui',
      platforms: ['instagram', 'facebook'],
    })
    await insertDraft(db, workspaceId, {
      agency: 'POLRES',
      title: 'Video Operasi Lilin',
      plannedAt: at('2026-01-12 15:00'),
      status: 'diajukan',
      platforms: ['tiktok'],
    })
    await insertDraft(db, workspaceId, {
      agency: 'BPS',
      title: 'Draf yang ditolak',
      plannedAt: at('2026-01-12 16:00'),
      status: 'ditolak',
    })
    await insertDraft(db, workspaceId, {
      agency: 'BPS',
      title: 'Grafik inflasi',
      plannedAt: at('2026-01-16 10:00'),
      status: 'diajukan',
    })

    await insertKeyMessage(db, workspaceId, {
      theme: 'HUT Kabupaten ke-201',
      message: 'Wonosobo bangga, Wonosobo maju.',
      hashtags: ['#HUTWonosobo201', '#WonosoboMaju'],
      validFrom: '2026-01-05',
      validTo: '2026-01-31',
    })
    await insertKeyMessage(db, workspaceId, {
      theme: 'Sudah lewat',
      validFrom: '2025-12-01',
      validTo: '2026-01-11',
    })
    await insertKeyMessage(db, workspaceId, {
      theme: 'Belum mulai',
      validFrom: '2026-01-13',
      validTo: '2026-01-20',
    })
    await insertKeyMessage(db, workspaceId, {
      theme: 'Diarsipkan',
      validFrom: '2026-01-01',
      validTo: '2026-01-31',
      archived: true,
    })
  }

  for (const zone of ZONES) {
    describe(`in a ${zone.abbreviation} forum`, () => {
      it('lists today’s agenda, content, drafts waiting, key messages and agencies without agenda, in that order', async () => {
        const { db, workspace } = await forumIn(zone.iana)
        await seedWeek(db, workspace.id, zone.iana, zone.other.iana)
        const text = renderPlain(await composeBrief(db, { workspace, localDate: DAY, viewer: 'coordinator' }))
        const z = zone.abbreviation
        const o = zone.other.abbreviation
        const expected = [
          'Brief Senin, 12 Januari 2026',
          'Bakohumas Kabupaten Wonosobo',
          '',
          'Agenda hari ini (3)',
          // Nobody covers #1 yet: it leads the day, and is named again under the list.
          `• #1 · 09.00–11.00 ${z} · Pencanangan imunisasi campak @ Aula Dinkes · DINKES · liputan: belum ada peliput`,
          '• #2 · Min 11/1–Sel 13/1 sepanjang hari · Operasi Lilin · POLRES',
          `• #3 · 14.00 ${o} (${wallIn('2026-01-12 14:00', zone.other.iana, zone.iana)} ${z}) · Siaran langsung bupati · KOMINFO`,
          '📣 Belum ada peliput: #1. Klaim dengan /liput 1.',
          '',
          'Konten tayang hari ini (2)',
          `• #8 · 10.00 ${z} · Konten: Infografis imunisasi · DINKES · Instagram, Facebook · disetujui`,
          `• #9 · 15.00 ${z} · Konten: Video Operasi Lilin · POLRES · TikTok · diajukan`,
          '',
          'Draf menunggu tinjauan (2)',
        ]
        expect(text.split('\n').slice(0, expected.length)).toEqual(expected)
        const rest = text.split('\n').slice(expected.length)
        expect(rest[0]).toMatch(/^• #9 Video Operasi Lilin — POLRES/)
        expect(rest[1]).toMatch(/^• #11 Grafik inflasi — BPS/)
        expect(rest.slice(2)).toEqual([
          '',
          'Pesan kunci aktif',
          '• #12 HUT Kabupaten ke-201 — 5–31 Januari 2026 · #HUTWonosobo201 #WonosoboMaju',
          '',
          'Hari peringatan sepekan ke depan',
          '• Jumat, 16 Januari 2026 — Isra Mikraj Nabi Muhammad SAW (libur nasional)',
          'Siapkan pesan kunci untuk hari-hari ini dengan /narasi tambah (contoh: /bantuan narasi).',
          '',
          'Belum mengisi agenda pekan ini (1)',
          'PLN',
        ])
      })
    })
  }

  it('hides drafts not yet approved from a guest', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    await seedWeek(db, workspace.id, 'Asia/Jakarta', 'Asia/Makassar')
    const text = renderPlain(await composeBrief(db, { workspace, localDate: DAY, viewer: 'guest' }))
    expect(text).toContain('Konten tayang hari ini (1)')
    expect(text).toContain('Infografis imunisasi')
    expect(text).not.toContain('Video Operasi Lilin')
    expect(text).not.toContain('Draf menunggu')
    expect(text).not.toContain('Grafik inflasi')
  })

  it('marks items already over as selesai when composed later in the day', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    await seedWeek(db, workspace.id, 'Asia/Jakarta', 'Asia/Makassar')
    const later = instantOf('2026-01-12 12:00', 'Asia/Jakarta')
    const text = renderPlain(
      await composeBrief(db, { workspace, localDate: DAY, viewer: 'coordinator', now: later }),
    )
    expect(text).toContain(
      'Pencanangan imunisasi campak @ Aula Dinkes · DINKES · liputan: belum ada peliput · selesai',
    )
    expect(text).not.toContain('Siaran langsung bupati · KOMINFO · selesai')
  })

  it('leaves out empty sections and says in one line that the day is empty', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    await insertAgenda(db, workspace.id, {
      agency: 'DINKES',
      title: 'Besok saja',
      startsAt: '2026-01-13T02:00:00Z',
    })
    const text = renderPlain(await composeBrief(db, { workspace, localDate: DAY, viewer: 'coordinator' }))
    expect(text).toBe(
      [
        'Brief Senin, 12 Januari 2026',
        'Bakohumas Kabupaten Wonosobo',
        'Hari ini tidak ada agenda, konten, draf menunggu, maupun pesan kunci aktif.',
        '',
        'Hari peringatan sepekan ke depan',
        '• Jumat, 16 Januari 2026 — Isra Mikraj Nabi Muhammad SAW (libur nasional)',
        'Siapkan pesan kunci untuk hari-hari ini dengan /narasi tambah (contoh: /bantuan narasi).',
        '',
        'Belum mengisi agenda pekan ini (4)',
        'BPS, KOMINFO, PLN, POLRES',
      ].join('\n'),
    )
  })

  it('is one line under the date when nothing at all is there, before the days ahead', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    await db
      .updateTable('agencies')
      .set({ archived_at: new Date('2026-01-01T00:00:00Z') })
      .execute()
    const text = renderPlain(await composeBrief(db, { workspace, localDate: DAY, viewer: 'guest' }))
    expect(text).toBe(
      [
        'Brief Senin, 12 Januari 2026',
        'Bakohumas Kabupaten Wonosobo',
        'Hari ini tidak ada agenda, konten, maupun pesan kunci aktif.',
        '',
        'Hari peringatan sepekan ke depan',
        '• Jumat, 16 Januari 2026 — Isra Mikraj Nabi Muhammad SAW (libur nasional)',
        'Siapkan pesan kunci untuk hari-hari ini dengan /narasi tambah (contoh: /bantuan narasi).',
      ].join('\n'),
    )
  })

  it('stays within one message on a very busy day, counting what it leaves out', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    for (let i = 0; i < 40; i += 1) {
      await insertAgenda(db, workspace.id, {
        agency: 'DINKES',
        title: `Kegiatan lapangan nomor ${i} dengan judul yang cukup panjang untuk diuji`,
        startsAt: instantOf(
          `2026-01-12 ${String(6 + (i % 12)).padStart(2, '0')}:00`,
          'Asia/Jakarta',
        ).toISOString(),
        location: 'Gedung serbaguna kecamatan yang jauh dari pusat kota',
      })
    }
    for (let i = 0; i < 20; i += 1) {
      await insertDraft(db, workspace.id, {
        agency: 'POLRES',
        title: `Konten ke-${i} dengan judul panjang sekali`,
        plannedAt: '2026-01-12T05:00:00Z',
      })
    }
    const text = renderPlain(await composeBrief(db, { workspace, localDate: DAY, viewer: 'coordinator' }))
    expect(text.length).toBeLessThanOrEqual(3500)
    expect(text).toContain('Agenda hari ini (40)')
    expect(text).toMatch(/… dan \d+ agenda lainnya/)
    expect(text).toMatch(/… dan \d+ konten lainnya/)
    expect(text).toContain('Draf menunggu tinjauan (20)')
  })

  describe('on a weekend', () => {
    const SATURDAY = '2026-01-17'

    async function seedComingWeek(db: ChatHarness['db'], workspaceId: number) {
      await insertAgenda(db, workspaceId, {
        agency: 'DINKES',
        title: 'Rapat koordinasi',
        startsAt: '2026-01-19T02:00:00Z',
        location: 'Aula Dinkes',
      })
      await insertAgenda(db, workspaceId, {
        agency: 'POLRES',
        title: 'Operasi Lilin',
        startDate: '2026-01-19',
        endDate: '2026-01-20',
      })
      await insertAgenda(db, workspaceId, {
        agency: 'KOMINFO',
        title: 'Rapat yang batal',
        startsAt: '2026-01-20T02:00:00Z',
        status: 'batal',
      })
      await insertDraft(db, workspaceId, {
        agency: 'BPS',
        title: 'Grafik inflasi',
        plannedAt: '2026-01-22T03:00:00Z',
        status: 'disetujui',
      })
      await insertDraft(db, workspaceId, {
        agency: 'BPS',
        title: 'Draf belum ditinjau',
        plannedAt: '2026-01-21T03:00:00Z',
      })
    }

    it('adds the coming week by day under an empty day, and asks who has no agenda for it', async () => {
      const { db, workspace } = await forumIn('Asia/Jakarta')
      await seedComingWeek(db, workspace.id)
      const text = renderPlain(await composeBrief(db, { workspace, localDate: SATURDAY, viewer: 'guest' }))
      expect(text).toBe(
        [
          'Brief Sabtu, 17 Januari 2026',
          'Bakohumas Kabupaten Wonosobo',
          'Hari ini tidak ada agenda, konten, maupun pesan kunci aktif.',
          '',
          'Pekan depan, 19–25 Januari 2026 (3)',
          'Senin, 19 Januari 2026',
          '• #2 · Sen 19/1–Sel 20/1 sepanjang hari · Operasi Lilin · POLRES',
          '• #1 · 09.00 WIB · Rapat koordinasi @ Aula Dinkes · DINKES',
          'Selasa, 20 Januari 2026',
          '• #2 · Sen 19/1–Sel 20/1 sepanjang hari · Operasi Lilin · POLRES',
          'Kamis, 22 Januari 2026',
          '• #4 · 10.00 WIB · Konten: Grafik inflasi · BPS · Instagram · disetujui',
          '',
          'Belum mengisi agenda pekan depan (3)',
          'BPS, KOMINFO, PLN',
        ].join('\n'),
      )
    })

    it('says so when the coming week is still empty, and speaks the workspace language', async () => {
      const { db, workspace } = await forumIn('Asia/Jakarta')
      const sunday = renderPlain(
        await composeBrief(db, { workspace, localDate: '2026-01-18', viewer: 'group' }),
      )
      expect(sunday).toContain('\n\nPekan depan, 19–25 Januari 2026: belum ada agenda maupun konten.\n')
      await seedComingWeek(db, workspace.id)
      const english = renderPlain(
        await composeBrief(db, {
          workspace: { ...workspace, language: 'en' },
          localDate: SATURDAY,
          viewer: 'coordinator',
        }),
      )
      expect(english).toContain('Next week, 19–25 January 2026 (4)')
      expect(english).toContain('Draf belum ditinjau')
      expect(english).toContain('No agenda submitted for next week (3)')
    })

    it('shows at most twenty of the coming week’s items, counting the rest', async () => {
      const { db, workspace } = await forumIn('Asia/Jakarta')
      for (let i = 0; i < 25; i += 1) {
        await insertAgenda(db, workspace.id, {
          agency: 'DINKES',
          title: `Kegiatan pekan depan ${i + 1}`,
          startsAt: instantOf(
            `2026-01-${19 + (i % 5)} ${String(8 + (i % 9)).padStart(2, '0')}:00`,
            'Asia/Jakarta',
          ).toISOString(),
        })
      }
      const text = renderPlain(
        await composeBrief(db, { workspace, localDate: SATURDAY, viewer: 'coordinator' }),
      )
      expect(text).toContain('Pekan depan, 19–25 Januari 2026 (25)')
      expect(text.match(/· Kegiatan pekan depan \d+ ·/g)).toHaveLength(20)
      expect(text).toContain('… dan 5 lainnya pekan depan (/kalender).')
    })
  })

  it('speaks the workspace language', async () => {
    const { db, workspace } = await forumIn('Asia/Jakarta')
    await seedWeek(db, workspace.id, 'Asia/Jakarta', 'Asia/Makassar')
    const text = renderPlain(
      await composeBrief(db, {
        workspace: { ...workspace, language: 'en' },
        localDate: DAY,
        viewer: 'coordinator',
      }),
    )
    expect(text).toContain('Brief for Monday, 12 January 2026')
    expect(text).toContain('Today’s agenda (3)')
    expect(text).toContain('No agenda submitted this week (1)')
  })
})

/** The wall-clock time of `wall` in `fromZone`, read in `toZone` (`HH.mm`). */
function wallIn(wall: string, fromZone: string, toZone: string): string {
  const instant = instantOf(wall, fromZone)
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: toZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .replace(':', '.')
}
