/**
 * The calendar as a picture, decided as data before anything is drawn: which days show, what each
 * entry says (times in the workspace zone, titles and places cut with an ellipsis), what is struck
 * through, which day is today, and how much is left out so the image stays within what Telegram
 * accepts for a photo. src/render/calendar-picture.ts draws it.
 */
import { type Language, translatePlain } from '../../text/catalog/index.js'
import { shorten } from '../../text/shorten.js'
import { addDays, daysBetween, type LocalDate, localDateOf, splitLocalDate } from '../../time/calendar.js'
import { formatClock, formatDate, formatDateTime, formatDayMonth } from '../../time/format.js'
import { zoneAbbreviation } from '../../time/zones.js'
import { startOnDay } from '../agenda/days.js'
import { type AgendaItem, shownStatus } from '../agenda/types.js'
import type { Commemoration } from '../commemorations/days.js'
import { statusName } from '../content/present.js'
import type { ContentDraft } from '../content/types.js'
import type { Period } from './period.js'
import type { CalendarDay } from './view.js'

/** Cut so that a title fits two lines and a place one line of a 1080-pixel-wide image. */
export const PICTURE_TITLE_MAX = 90
export const PICTURE_PLACE_MAX = 60
/** A title up to this long fits one line of the image at its size; longer ones get two. */
const ONE_LINE_TITLE = 40
/** Entries drawn under one day (a week has room for more than a month), and in the whole picture. */
const DAY_ENTRY_LIMIT = { week: 12, other: 6 } as const
export const PICTURE_ENTRY_LIMIT = 60

/**
 * Heights in pixels, which the drawing keeps exactly, so that pages can be filled here: Telegram shows
 * a photo at most 2560 pixels on its long side, so a page taller than that would be shrunk on the
 * phone and its 24-pixel text with it.
 */
export const PICTURE_HEIGHTS = {
  page: 2560,
  header: 150,
  /** Above each day, between the days. */
  dayGap: 24,
  dayBand: 60,
  /** A one-line note under a day: nothing on it, or how many were left out. */
  dayNote: 48,
  entryOneLine: 100,
  entryTwoLines: 138,
  footerLine: 36,
  /** Padding above and below the footer lines. */
  footerPadding: 64,
} as const
/** Footer lines a page keeps room for: totals, drafts hidden, days left out, when it was made. */
const FOOTER_LINES = 4

export interface PictureEntry {
  readonly kind: 'agenda' | 'content'
  readonly number: number
  /** `09.00–11.00`, `Sepanjang hari`: in the workspace zone, which the header names. */
  readonly time: string
  readonly title: string
  /** Lines the title is drawn on (longer ones are cut with an ellipsis at the end of the second). */
  readonly titleLines: 1 | 2
  readonly place: string | null
  readonly agency: string
  /** For content the word `Konten` and its platforms; for an agenda item its coverage flag. */
  readonly labels: readonly string[]
  /** `batal`, `selesai`, a draft's status; none for an agenda item still ahead. */
  readonly status: string | null
  /** Cancelled: drawn struck through. */
  readonly struck: boolean
}

/** A commemoration day under a day's band: `Hari Raya Natal (libur nasional)`. */
export interface PictureCommemoration {
  readonly text: string
  /** A public holiday or collective leave: drawn in the red calendars use for days off. */
  readonly dayOff: boolean
}

export interface PictureDay {
  readonly date: LocalDate
  /** `Senin, 7 Desember 2026`. */
  readonly label: string
  readonly today: boolean
  /** National days, days off and the forum's own days that fall on it, above its entries. */
  readonly commemorations: readonly PictureCommemoration[]
  /** What an empty day says. */
  readonly nothing: string
  readonly entries: readonly PictureEntry[]
  /** Entries of the day left out, and the line that says so; null when all are drawn. */
  readonly more: string | null
}

/** One image: the header, a run of days, and the footer (the last page's, or `1/3`-style page words). */
export interface PicturePage {
  /** The forum's name. */
  readonly title: string
  /** `7–13 Desember 2026 · Waktu WIB`, with `(1/2)` when there are several pages. */
  readonly subtitle: string
  /** The badge on today's band. */
  readonly todayWord: string
  readonly days: readonly PictureDay[]
  /** On the last page: totals, what a group is not shown, days that did not fit, when it was made. */
  readonly footer: readonly string[]
}

/** The calendar of a period as pictures: usually one page, a busy week several. */
export interface CalendarPicture {
  readonly pages: readonly PicturePage[]
}

export interface PictureOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
  readonly forumName: string
  readonly period: Period
  /** `pekan depan, 7–13 Desember 2026`. */
  readonly periodLabel: string
  /** Drafts under review left out because a group is looking (SPEC §1: a group sees only how many). */
  readonly draftsHidden: number
  /** The forum's commemoration days in the period (`commemorationsBetween`). */
  readonly commemorations?: readonly Commemoration[]
}

/** `12/1`: how `/kalender` is asked for one day. */
function dayArgument(date: LocalDate): string {
  const { day, month } = splitLocalDate(date)
  return `${day}/${month}`
}

function agendaTime(item: AgendaItem, day: LocalDate, options: PictureOptions): string {
  const { zone, lang } = options
  const { time } = item
  if (time.allDay) return translatePlain(lang, 'picture.all_day')
  const start = time.daily ? new Date(startOnDay({ day, item }, zone)) : time.startsAt
  const startClock = formatClock(start, zone, lang)
  if (!time.endsAt) return startClock
  // A daily item ends each day at its end clock; a timed item running past midnight shows where it ends.
  const endClock = formatClock(time.endsAt, zone, lang)
  if (time.daily || localDateOf(time.endsAt, zone) === localDateOf(start, zone))
    return `${startClock}–${endClock}`
  return `${startClock}–${formatDayMonth(localDateOf(time.endsAt, zone), lang)} ${endClock}`
}

function titleOf(text: string): { title: string; titleLines: 1 | 2 } {
  const title = shorten(text, PICTURE_TITLE_MAX)
  return { title, titleLines: title.length <= ONE_LINE_TITLE ? 1 : 2 }
}

function agendaEntry(item: AgendaItem, day: LocalDate, options: PictureOptions): PictureEntry {
  const { lang, zone, now } = options
  const status = shownStatus(item, now, zone)
  return {
    kind: 'agenda',
    number: item.number,
    time: agendaTime(item, day, options),
    ...titleOf(item.title),
    place: item.location ? shorten(item.location, PICTURE_PLACE_MAX) : null,
    agency: item.agencyCode,
    labels: item.coverage ? [translatePlain(lang, 'picture.coverage')] : [],
    status: status === 'terjadwal' ? null : translatePlain(lang, `agenda.status.${status}`),
    struck: status === 'batal',
  }
}

function contentEntry(draft: ContentDraft, options: PictureOptions): PictureEntry {
  const { lang, zone } = options
  return {
    kind: 'content',
    number: draft.number,
    time: draft.plannedAt ? formatClock(draft.plannedAt, zone, lang) : '',
    ...titleOf(draft.title),
    place: null,
    agency: draft.agencyCode,
    labels: [
      translatePlain(lang, 'picture.content'),
      ...draft.platforms.map((platform) => translatePlain(lang, `content.platform.${platform}`)),
    ],
    status: statusName(draft.status, lang),
    struck: false,
  }
}

function commemorationEntry(day: Commemoration, lang: Language): PictureCommemoration {
  const tags = [
    ...(day.kind === 'nasional' ? [] : [translatePlain(lang, `days.kind.${day.kind}`)]),
    ...(day.estimate ? [translatePlain(lang, 'days.estimate')] : []),
  ]
  return {
    text: shorten([day.name, ...tags].join(' '), PICTURE_PLACE_MAX),
    dayOff: day.kind === 'libur_nasional' || day.kind === 'cuti_bersama',
  }
}

/**
 * A week shows each of its seven days, empty ones too (a free Wednesday is news); longer periods
 * show only days with something on them, a commemoration day included.
 */
function daysShown(
  days: readonly CalendarDay[],
  period: Period,
  commemorations: readonly Commemoration[],
): CalendarDay[] {
  const byDate = new Map(days.map((day) => [day.date, day]))
  if (period.kind !== 'week') {
    const dates = new Set([...byDate.keys(), ...commemorations.map((day) => day.date)])
    return [...dates].sort().map((date) => byDate.get(date) ?? { date, entries: [] })
  }
  const count = daysBetween(period.from, period.to) + 1
  return Array.from({ length: count }, (_, index) => {
    const date = addDays(period.from, index)
    return byDate.get(date) ?? { date, entries: [] }
  })
}

/** How tall a day is drawn, by PICTURE_HEIGHTS. */
export function dayHeight(day: PictureDay): number {
  const h = PICTURE_HEIGHTS
  const entries = day.entries.reduce(
    (sum, entry) => sum + (entry.titleLines === 1 ? h.entryOneLine : h.entryTwoLines),
    0,
  )
  const notes = day.commemorations.length + (day.entries.length === 0 ? 1 : 0) + (day.more ? 1 : 0)
  return h.dayGap + h.dayBand + entries + notes * h.dayNote
}

/** Room for days on one page, with the header and a full footer. */
const PAGE_ROOM =
  PICTURE_HEIGHTS.page -
  PICTURE_HEIGHTS.header -
  PICTURE_HEIGHTS.footerPadding -
  FOOTER_LINES * PICTURE_HEIGHTS.footerLine

/** Days in order onto pages, a day never split (a day at its limit fits one page). */
function paginate(days: readonly PictureDay[]): PictureDay[][] {
  const pages: PictureDay[][] = [[]]
  let used = 0
  for (const day of days) {
    const height = dayHeight(day)
    if (used + height > PAGE_ROOM && pages.at(-1)!.length > 0) {
      pages.push([])
      used = 0
    }
    pages.at(-1)!.push(day)
    used += height
  }
  return pages
}

/** The picture of a period's calendar: days with their entries, on as many pages as they need. */
export function calendarPicture(days: readonly CalendarDay[], options: PictureOptions): CalendarPicture {
  const { lang, zone, now, period } = options
  const today = localDateOf(now, zone)
  const perDay =
    period.kind === 'week' || period.kind === 'day' ? DAY_ENTRY_LIMIT.week : DAY_ENTRY_LIMIT.other
  let budget = PICTURE_ENTRY_LIMIT
  const pictureDays: PictureDay[] = []
  const commemorations = options.commemorations ?? []
  const shown = daysShown(days, period, commemorations)
  for (const day of shown) {
    if (budget === 0 && day.entries.length > 0) break
    const drawn = day.entries.slice(0, Math.min(perDay, budget))
    budget -= drawn.length
    const left = day.entries.length - drawn.length
    pictureDays.push({
      date: day.date,
      label: formatDate(day.date, lang),
      today: day.date === today,
      commemorations: commemorations
        .filter((commemoration) => commemoration.date === day.date)
        .map((commemoration) => commemorationEntry(commemoration, lang)),
      nothing: translatePlain(lang, 'picture.nothing'),
      entries: drawn.map((entry) =>
        entry.kind === 'agenda'
          ? agendaEntry(entry.item, day.date, options)
          : contentEntry(entry.draft, options),
      ),
      more:
        left > 0
          ? translatePlain(lang, 'picture.day_more', { count: left, day: dayArgument(day.date) })
          : null,
    })
  }
  const entries = days.flatMap((day) => day.entries)
  // An item over several days is drawn under each of them but counted once.
  const count = (kind: 'agenda' | 'content') =>
    new Set(
      entries
        .filter((e) => e.kind === kind)
        .map((e) => (e.kind === 'agenda' ? e.item.number : e.draft.number)),
    ).size
  const footer = [
    translatePlain(lang, 'picture.totals', { agenda: count('agenda'), content: count('content') }),
  ]
  if (options.draftsHidden > 0)
    footer.push(translatePlain(lang, 'picture.pending', { count: options.draftsHidden }))
  const daysLeft = shown.length - pictureDays.length
  if (daysLeft > 0) {
    const first = shown[pictureDays.length]!.date
    footer.push(translatePlain(lang, 'picture.days_more', { count: daysLeft, period: dayArgument(first) }))
  }
  footer.push(translatePlain(lang, 'picture.made', { when: formatDateTime(now, zone, lang) }))
  const subtitle = `${options.periodLabel} · ${translatePlain(lang, 'picture.zone', { zone: zoneAbbreviation(zone, now) })}`
  const pages = paginate(pictureDays)
  return {
    pages: pages.map((pageDays, index) => ({
      title: options.forumName,
      subtitle: pages.length > 1 ? `${subtitle} (${index + 1}/${pages.length})` : subtitle,
      todayWord: translatePlain(lang, 'picture.today'),
      days: pageDays,
      footer: index === pages.length - 1 ? footer : [],
    })),
  }
}
