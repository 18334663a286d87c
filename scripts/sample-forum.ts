/**
 * A sample forum's week as the calendar reads it from the database (Bakohumas Kabupaten Wonosobo, the
 * week of Monday 7 December 2026, seen on Wednesday at 07.00 WIB): for `npm run render-samples` and the
 * render benchmark, which need pictures without a database.
 */
import type { AgendaItem } from '../src/domain/agenda/types.js'
import type { PictureOptions } from '../src/domain/calendar/picture.js'
import type { CalendarDay, CalendarEntry } from '../src/domain/calendar/view.js'
import { daysBetween } from '../src/domain/commemorations/days.js'
import type { ContentDraft } from '../src/domain/content/types.js'
import { addDays } from '../src/time/calendar.js'
import type { Language, SocialPlatform } from '../src/vocabulary.js'

const MONDAY = '2026-12-07'
const AGENCIES = [
  ['DINKES', 'Dinas Kesehatan'],
  ['POLRES', 'Polres Wonosobo'],
  ['KOMINFO', 'Dinas Komunikasi dan Informatika'],
  ['BPS', 'BPS Kabupaten Wonosobo'],
  ['PLN', 'PLN UP3 Wonosobo'],
] as const
const TITLES = [
  'Rapat koordinasi percepatan penurunan stunting',
  'Apel kesiapsiagaan bencana 🌧️',
  'Rilis berita resmi statistik inflasi November',
  'Sosialisasi keselamatan listrik bagi pelajar SMP se-Kecamatan Kertek',
  'Jumpa pers Operasi Lilin Candi 2026',
  'Peresmian Posyandu Remaja Desa Kalibeber 🎉',
  'Siaran langsung Bupati Menyapa di radio daerah',
  'Pelatihan jurnalistik warga untuk humas kecamatan',
]
const PLACES = ['Aula Dinkes', 'Halaman Mapolres', 'Pendopo Bupati', 'Balai Desa Kalibeber', 'Studio RSPD']
const PLATFORMS: SocialPlatform[][] = [['instagram'], ['instagram', 'facebook'], ['tiktok'], ['youtube', 'x']]

/** Instants written as WIB wall time: `at(2, '09:30')` is Wednesday 09.30 WIB. */
function at(dayOffset: number, clock: string): Date {
  return new Date(`${addDays(MONDAY, dayOffset)}T${clock}:00+07:00`)
}

const made = new Date('2026-12-01T00:00:00Z')

function agendaItem(number: number, dayOffset: number, hour: number): AgendaItem {
  const [code, name] = AGENCIES[number % AGENCIES.length]!
  const start = at(dayOffset, `${String(hour).padStart(2, '0')}:00`)
  return {
    id: number,
    workspaceId: 1,
    number,
    agencyId: (number % AGENCIES.length) + 1,
    agencyCode: code,
    agencyName: name,
    title: TITLES[number % TITLES.length]!,
    time: { allDay: false, startsAt: start, endsAt: new Date(start.getTime() + 2 * 3_600_000), daily: false },
    statedZone: 'Asia/Jakarta',
    location: PLACES[number % PLACES.length]!,
    notes: null,
    coverage: number % 3 === 0,
    status: number % 11 === 4 ? 'batal' : 'terjadwal',
    cancelReason: null,
    coveredBy: null,
    officials: [],
    createdBy: 1,
    createdAt: made,
    updatedAt: made,
  }
}

function draft(number: number, dayOffset: number, hour: number): ContentDraft {
  const [code, name] = AGENCIES[(number + 2) % AGENCIES.length]!
  return {
    id: number,
    workspaceId: 1,
    number,
    agencyId: ((number + 2) % AGENCIES.length) + 1,
    agencyCode: code,
    agencyName: name,
    title: ['Infografis gizi seimbang', 'Video profil desa wisata', 'Rilis kegiatan bupati'][number % 3]!,
    body: '',
    platforms: PLATFORMS[number % PLATFORMS.length]!,
    plannedAt: at(dayOffset, `${String(hour).padStart(2, '0')}:30`),
    hashtags: [],
    keyMessage: null,
    issueNumber: null,
    status: number % 2 === 0 ? 'disetujui' : 'terbit',
    createdBy: 1,
    creatorName: 'Sari',
    createdAt: made,
    updatedAt: made,
    publishedAt: null,
  }
}

/** A Monday–Sunday week with `items` entries spread over its days (one in four a content draft). */
export function sampleWeek(
  items: number,
  lang: Language = 'id',
): { days: CalendarDay[]; options: PictureOptions } {
  const byDay = new Map<number, CalendarEntry[]>()
  for (let index = 0; index < items; index++) {
    const dayOffset = index % (items > 14 ? 7 : 5)
    const hour = 7 + Math.floor(index / 7) * 2
    const number = index + 1
    const entry: CalendarEntry =
      index % 4 === 3
        ? { kind: 'content', draft: draft(number, dayOffset, hour) }
        : { kind: 'agenda', item: agendaItem(number, dayOffset, hour) }
    byDay.set(dayOffset, [...(byDay.get(dayOffset) ?? []), entry])
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([dayOffset, entries]) => ({ date: addDays(MONDAY, dayOffset), entries }))
  return {
    days,
    options: {
      lang,
      zone: 'Asia/Jakarta',
      now: at(2, '07:00'),
      forumName: 'Bakohumas Kabupaten Wonosobo',
      period: { from: MONDAY, to: addDays(MONDAY, 6), kind: 'week' },
      periodLabel: lang === 'id' ? '7–13 Desember 2026' : '7–13 December 2026',
      draftsHidden: 2,
      // The shipped days of that week (Hari Nusantara on Sunday), as the bot would pass them.
      commemorations: daysBetween([], new Set(), MONDAY, addDays(MONDAY, 6)),
    },
  }
}
