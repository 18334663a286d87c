import { expect, it } from 'vitest'
import type { Period } from '../../src/domain/calendar/period.js'
import {
  type CalendarPicture,
  calendarPicture,
  dayHeight,
  PICTURE_HEIGHTS,
  type PicturePage,
} from '../../src/domain/calendar/picture.js'
import { calendarDays, type Viewer } from '../../src/domain/calendar/view.js'
import { commemorationsBetween } from '../../src/domain/commemorations/days.js'
import type { Language } from '../../src/vocabulary.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WITA: the forum sits in Makassar's zone.
const NOW = new Date('2026-01-07T10:00:00+08:00')
const WEEK: Period = { from: '2026-01-05', to: '2026-01-11', kind: 'week' }

describeWithDatabase('the calendar picture as data', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW.toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
      ],
      timezone: 'Asia/Makassar',
    })
    return { db: chat.db, workspaceId: seeded.workspaceId }
  }

  async function picture(
    workspaceId: number,
    viewer: Viewer,
    options: { period?: Period; draftsHidden?: number; lang?: Language } = {},
  ): Promise<PicturePage> {
    const { pages } = await pictureOf(workspaceId, viewer, options)
    expect(pages).toHaveLength(1)
    return pages[0]!
  }

  async function pictureOf(
    workspaceId: number,
    viewer: Viewer,
    options: { period?: Period; draftsHidden?: number; lang?: Language; withDays?: boolean } = {},
  ): Promise<CalendarPicture> {
    const period = options.period ?? WEEK
    const zone = 'Asia/Makassar'
    const days = await calendarDays(get().db, { id: workspaceId, timezone: zone }, period, viewer)
    return calendarPicture(days, {
      lang: options.lang ?? 'id',
      zone,
      now: NOW,
      forumName: 'Bakohumas Kabupaten Wonosobo',
      period,
      periodLabel: '5–11 Januari 2026',
      draftsHidden: options.draftsHidden ?? 0,
      ...(options.withDays && {
        commemorations: await commemorationsBetween(get().db, workspaceId, period.from, period.to),
      }),
    })
  }

  it('shows all seven days of a week, today marked, empty days saying so, times in the forum zone', async () => {
    const { db, workspaceId } = await forum()
    // Written as 09.00 WIB: the WITA forum reads 10.00.
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi imunisasi',
      startsAt: '2026-01-07T02:00:00Z',
      endsAt: '2026-01-07T04:00:00Z',
      location: 'Aula Dinkes',
      coverage: true,
    })
    const shown = await picture(workspaceId, 'coordinator')
    expect(shown.title).toBe('Bakohumas Kabupaten Wonosobo')
    expect(shown.subtitle).toBe('5–11 Januari 2026 · Waktu WITA')
    expect(shown.days.map((day) => [day.label, day.today, day.entries.length])).toEqual([
      ['Senin, 5 Januari 2026', false, 0],
      ['Selasa, 6 Januari 2026', false, 0],
      ['Rabu, 7 Januari 2026', true, 1],
      ['Kamis, 8 Januari 2026', false, 0],
      ['Jumat, 9 Januari 2026', false, 0],
      ['Sabtu, 10 Januari 2026', false, 0],
      ['Minggu, 11 Januari 2026', false, 0],
    ])
    expect(shown.days[0]!.nothing).toBe('Tidak ada kegiatan')
    expect(shown.days[2]!.entries[0]).toEqual({
      kind: 'agenda',
      number: 1,
      time: '10.00–12.00',
      title: 'Rapat koordinasi imunisasi',
      titleLines: 1,
      place: 'Aula Dinkes',
      agency: 'DINKES',
      labels: ['Perlu liputan'],
      status: null,
      struck: false,
    })
    expect(shown.todayWord).toBe('Hari ini')
    expect(shown.footer).toEqual(['1 agenda · 0 konten', 'Sinergi · Rabu, 7 Januari 2026 pukul 10.00 WITA'])
  })

  it('strikes a cancelled item, marks a finished one, and labels content with its platforms and status', async () => {
    const { db, workspaceId } = await forum()
    await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel yang dibatalkan',
      startsAt: '2026-01-08T01:00:00Z',
      status: 'batal',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Senam pagi',
      startsAt: '2026-01-06T00:00:00Z',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startDate: '2026-01-09',
      endDate: '2026-01-10',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: '2026-01-08T03:00:00Z',
      status: 'disetujui',
      platforms: ['instagram', 'tiktok'],
    })
    const shown = await picture(workspaceId, 'coordinator')
    const byDay = Object.fromEntries(shown.days.map((day) => [day.date, day.entries]))
    expect(byDay['2026-01-06']).toMatchObject([
      { title: 'Senam pagi', time: '08.00', status: 'selesai', struck: false },
    ])
    expect(byDay['2026-01-08']).toMatchObject([
      { kind: 'agenda', title: 'Apel yang dibatalkan', time: '09.00', status: 'batal', struck: true },
      {
        kind: 'content',
        number: 4,
        title: 'Infografis imunisasi',
        time: '11.00',
        place: null,
        agency: 'DINKES',
        labels: ['Konten', 'Instagram', 'TikTok'],
        status: 'disetujui',
        struck: false,
      },
    ])
    // An item over two days is drawn on both and counted once.
    expect(byDay['2026-01-09']).toMatchObject([{ title: 'Operasi Lilin', time: 'Sepanjang hari' }])
    expect(byDay['2026-01-10']).toMatchObject([{ title: 'Operasi Lilin', time: 'Sepanjang hari' }])
    expect(shown.footer[0]).toBe('3 agenda · 1 konten')
  })

  it('cuts long titles and places with an ellipsis', async () => {
    const { db, workspaceId } = await forum()
    const title = `Sosialisasi ${'pencegahan stunting dan gizi buruk '.repeat(5)}di seluruh kecamatan`
    const place = `Gedung ${'Serbaguna '.repeat(10)}Kabupaten`
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title,
      startsAt: '2026-01-08T01:00:00Z',
      location: place,
    })
    const [entry] = (await picture(workspaceId, 'coordinator')).days[3]!.entries
    expect(entry!.title).toHaveLength(90)
    expect(entry!.titleLines).toBe(2)
    expect(entry!.title.endsWith('…')).toBe(true)
    expect(title.startsWith(entry!.title.slice(0, -1))).toBe(true)
    expect(entry!.place).toHaveLength(60)
    expect(entry!.place!.endsWith('…')).toBe(true)
  })

  it('leaves drafts under review out of a group picture and says how many there are', async () => {
    const { db, workspaceId } = await forum()
    await insertDraft(db, workspaceId, {
      agency: 'POLRES',
      title: 'Draf video patroli',
      plannedAt: '2026-01-08T05:00:00Z',
      status: 'diajukan',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rilis sudah terbit',
      plannedAt: '2026-01-08T06:00:00Z',
      status: 'terbit',
    })
    const group = await picture(workspaceId, 'group', { draftsHidden: 1 })
    expect(group.days.flatMap((day) => day.entries.map((entry) => entry.title))).toEqual([
      'Rilis sudah terbit',
    ])
    expect(group.footer).toContain('1 draf menunggu tinjauan (tidak ditampilkan di grup)')
    const coordinator = await picture(workspaceId, 'coordinator')
    expect(coordinator.days.flatMap((day) => day.entries.map((entry) => entry.title))).toEqual([
      'Draf video patroli',
      'Rilis sudah terbit',
    ])
  })

  it('draws at most six entries a day in a month and sixty in all over pages a phone shows whole, and says what was left out', async () => {
    const { db, workspaceId } = await forum()
    for (let day = 1; day <= 14; day++) {
      for (let hour = 0; hour < 8; hour++) {
        const date = `2026-01-${String(day).padStart(2, '0')}`
        await insertAgenda(db, workspaceId, {
          agency: 'DINKES',
          title: `Kegiatan ${day}.${hour}`,
          startsAt: `${date}T${String(hour + 1).padStart(2, '0')}:00:00Z`,
        })
      }
    }
    const month: Period = { from: '2026-01-01', to: '2026-01-31', kind: 'month' }
    const { pages } = await pictureOf(workspaceId, 'coordinator', { period: month })
    const days = pages.flatMap((page) => page.days)
    expect(days).toHaveLength(10)
    expect(days.map((day) => day.entries.length)).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 6, 6])
    expect(days[0]!.more).toBe('+2 lainnya: /kalender 1/1')
    // Three such days fill a page that Telegram shows without shrinking; the footer closes the last one.
    expect(pages.map((page) => [page.subtitle, page.days.length, page.footer.length])).toEqual([
      ['5–11 Januari 2026 · Waktu WITA (1/4)', 3, 0],
      ['5–11 Januari 2026 · Waktu WITA (2/4)', 3, 0],
      ['5–11 Januari 2026 · Waktu WITA (3/4)', 3, 0],
      ['5–11 Januari 2026 · Waktu WITA (4/4)', 1, 3],
    ])
    expect(pages[3]!.footer).toEqual([
      '112 agenda · 0 konten',
      '+4 hari lainnya tidak muat di gambar ini: /kalender 11/1',
      'Sinergi · Rabu, 7 Januari 2026 pukul 10.00 WITA',
    ])
    const tallest = Math.max(
      ...pages.map(
        (page) =>
          PICTURE_HEIGHTS.header +
          page.days.reduce((sum, day) => sum + dayHeight(day), 0) +
          PICTURE_HEIGHTS.footerPadding +
          page.footer.length * PICTURE_HEIGHTS.footerLine,
      ),
    )
    expect(tallest).toBeLessThanOrEqual(2560)
  })

  it('names the commemoration days under their day, days off apart, and shows a month’s holidays too', async () => {
    const { db, workspaceId } = await forum()
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat akhir tahun',
      startsAt: '2026-12-23T02:00:00Z',
    })
    const christmasWeek: Period = { from: '2026-12-21', to: '2026-12-27', kind: 'week' }
    const { pages } = await pictureOf(workspaceId, 'coordinator', { period: christmasWeek, withDays: true })
    const days = pages.flatMap((page) => page.days)
    expect(days.map((day) => [day.date, day.commemorations, day.entries.length])).toEqual([
      ['2026-12-21', [], 0],
      ['2026-12-22', [{ text: 'Hari Ibu', dayOff: false }], 0],
      ['2026-12-23', [], 1],
      ['2026-12-24', [{ text: 'Cuti Bersama Hari Raya Natal (cuti bersama)', dayOff: true }], 0],
      ['2026-12-25', [{ text: 'Hari Raya Natal (libur nasional)', dayOff: true }], 0],
      ['2026-12-26', [], 0],
      ['2026-12-27', [], 0],
    ])
    // Each name takes a line of the day's height.
    expect(dayHeight(days[1]!)).toBe(dayHeight(days[0]!) + PICTURE_HEIGHTS.dayNote)

    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat awal tahun',
      startsAt: '2026-01-07T02:00:00Z',
    })
    const january: Period = { from: '2026-01-01', to: '2026-01-31', kind: 'month' }
    const month = await picture(workspaceId, 'coordinator', { period: january })
    expect(month.days.map((day) => day.date)).toEqual(['2026-01-07'])
    const withDays = (await pictureOf(workspaceId, 'coordinator', { period: january, withDays: true }))
      .pages[0]!
    expect(withDays.days.map((day) => [day.date, day.commemorations.map((c) => c.text)])).toEqual([
      ['2026-01-01', ['Tahun Baru 2026 Masehi (libur nasional)']],
      ['2026-01-03', ['Hari Amal Bakti Kementerian Agama']],
      ['2026-01-07', []],
      ['2026-01-16', ['Isra Mikraj Nabi Muhammad SAW (libur nasional)']],
      ['2026-01-25', ['Hari Gizi Nasional']],
    ])
  })

  it('speaks the workspace language', async () => {
    const { db, workspaceId } = await forum()
    await insertAgenda(db, workspaceId, { agency: 'DINKES', title: 'Hari Bakti', startDate: '2026-01-07' })
    const shown = await picture(workspaceId, 'guest', { lang: 'en' })
    expect(shown.subtitle).toBe('5–11 Januari 2026 · Times in WITA')
    expect(shown.days[2]!.label).toBe('Wednesday, 7 January 2026')
    expect(shown.days[2]!.entries[0]!.time).toBe('All day')
    expect(shown.days[0]!.nothing).toBe('Nothing planned')
    expect(shown.todayWord).toBe('Today')
  })
})
