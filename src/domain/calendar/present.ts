/**
 * The calendar as one chat message: day headings (`Senin, 12 Januari 2026`) with agenda items and
 * content under them, kept under ~3,500 characters by summarising the later days of a long period.
 */
import { type Language, type MessageKey, translate } from '../../text/catalog/index.js'
import {
  bold,
  type Inline,
  italic,
  list,
  paragraph,
  plainLength,
  type RichText,
} from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import type { TemplateParams } from '../../text/template.js'
import { splitLocalDate } from '../../time/calendar.js'
import { formatDate, formatDayMonth, formatTime } from '../../time/format.js'
import { agendaLine } from '../agenda/present.js'
import type { Commemoration } from '../commemorations/days.js'
import { commemorationLine, commemorationName } from '../commemorations/present.js'
import { platformNames, statusName } from '../content/present.js'
import type { ContentDraft } from '../content/types.js'
import type { CalendarDay, CalendarEntry } from './view.js'

/** Below Telegram's 4,096 characters, with room for the late-command note. */
export const CALENDAR_MAX_CHARS = 3500
/** Entries shown under one day before the rest are counted. */
const DAY_ENTRY_LIMIT = 10
const TITLE_MAX = 80

export interface CalendarPresentOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
}

/**
 * A draft on a calendar day, in the agenda line's order so both read alike:
 * `#14 · 10.00 WIB · Konten: Infografis imunisasi · DINKES · Instagram · disetujui`.
 */
export function contentCalendarLine(draft: ContentDraft, { lang, zone }: CalendarPresentOptions): Inline[] {
  const title = shorten(draft.title, TITLE_MAX)
  const parts: Inline[][] = [[`#${draft.number}`]]
  if (draft.plannedAt) parts.push([formatTime(draft.plannedAt, zone, lang)])
  parts.push([...translate(lang, 'calendar.content_prefix'), ': ', bold(title)], [draft.agencyCode])
  if (draft.platforms.length > 0) parts.push([platformNames(draft.platforms, lang)])
  parts.push([italic(statusName(draft.status, lang))])
  return parts.flatMap((part, index) => (index === 0 ? part : [' · ', ...part]))
}

export function entryLine(entry: CalendarEntry, options: CalendarPresentOptions): Inline[] {
  return entry.kind === 'agenda' ? agendaLine(entry.item, options) : contentCalendarLine(entry.draft, options)
}

/** A calendar day as the chat shows it: its entries and its commemoration days. */
type ShownDay = CalendarDay & { readonly commemorations: readonly Commemoration[] }

/** The days with entries and the days with commemorations, merged in date order. */
function withCommemorations(
  days: readonly CalendarDay[],
  commemorations: readonly Commemoration[],
): ShownDay[] {
  const byDate = new Map<string, ShownDay>(days.map((day) => [day.date, { ...day, commemorations: [] }]))
  for (const day of commemorations) {
    const shown = byDate.get(day.date) ?? { date: day.date, entries: [], commemorations: [] }
    byDate.set(day.date, { ...shown, commemorations: [...shown.commemorations, day] })
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
}

/** `Hari Pahlawan · Hari Ibu`: a day's commemorations on one line. */
function commemorationNames(day: ShownDay, lang: Language): Inline[] {
  return day.commemorations.flatMap((entry, index) => [
    ...(index === 0 ? [] : [' · ']),
    ...commemorationName(entry, lang),
  ])
}

/** `Hari Pahlawan · 2 agenda, 1 konten`. */
function daySummary(day: ShownDay, lang: Language): Inline[] {
  const agenda = day.entries.filter((e) => e.kind === 'agenda').length
  const content = day.entries.length - agenda
  const parts: Inline[][] = []
  if (agenda > 0) parts.push(translate(lang, 'calendar.count.agenda', { count: agenda }))
  if (content > 0) parts.push(translate(lang, 'calendar.count.content', { count: content }))
  const counts = parts.flatMap((part, index) => (index === 0 ? part : [', ', ...part]))
  if (day.commemorations.length === 0) return counts
  return [...commemorationNames(day, lang), ...(counts.length > 0 ? [' · ', ...counts] : [])]
}

/** `12/1`: the shortest way to ask `/kalender` for one day. */
function dayArgument(date: string): string {
  const { day, month } = splitLocalDate(date)
  return `${day}/${month}`
}

/**
 * The calendar of a period as one message. Each day is listed in full (its commemoration days, then at
 * most ten entries) while the message fits; beyond that, later days shrink to one summary line each, and
 * if even that is too long, the last days are counted instead of shown.
 */
export function presentCalendar(
  calendarDays: readonly CalendarDay[],
  periodLabel: string,
  options: CalendarPresentOptions,
  commemorations: readonly Commemoration[] = [],
): RichText {
  const { lang } = options
  const t = (key: MessageKey, params?: TemplateParams) => translate(lang, key, params)
  if (calendarDays.length === 0) {
    const empty = [paragraph(...t('calendar.empty', { period: periodLabel }))]
    if (commemorations.length === 0) return empty
    const lines = commemorations.map((day) => commemorationLine(day, lang))
    return [...empty, paragraph(), paragraph(...t('days.in_calendar')), list(lines)]
  }
  const days = withCommemorations(calendarDays, commemorations)
  // An item over several days is listed under each of them but counted once.
  const entries = days.flatMap((day) => day.entries)
  const agendaCount = new Set(entries.flatMap((e) => (e.kind === 'agenda' ? [e.item.number] : []))).size
  const contentCount = new Set(entries.flatMap((e) => (e.kind === 'content' ? [e.draft.number] : []))).size

  const fullDay = (day: ShownDay): RichText => {
    const shown = day.entries.slice(0, DAY_ENTRY_LIMIT)
    const blocks: RichText = [
      paragraph(),
      paragraph(...t('calendar.day', { date: formatDate(day.date, lang) })),
    ]
    if (day.commemorations.length > 0) blocks.push(paragraph(...commemorationNames(day, lang)))
    if (shown.length > 0) blocks.push(list(shown.map((entry) => entryLine(entry, options))))
    const hidden = day.entries.length - shown.length
    if (hidden > 0)
      blocks.push(paragraph(...t('calendar.day_more', { count: hidden, day: dayArgument(day.date) })))
    return blocks
  }
  const summaryDay = (day: ShownDay): RichText => [
    paragraph(
      ...t('calendar.day_summary', { date: formatDayMonth(day.date, lang), summary: daySummary(day, lang) }),
    ),
  ]

  const compose = (fullDays: number, shownDays: number): RichText => {
    const text: RichText = [paragraph(...t('calendar.title', { period: periodLabel }))]
    days.slice(0, shownDays).forEach((day, index) => {
      if (index === fullDays) text.push(paragraph())
      text.push(...(index < fullDays ? fullDay(day) : summaryDay(day)))
    })
    if (shownDays < days.length)
      text.push(paragraph(...t('calendar.days_more', { count: days.length - shownDays })))
    text.push(paragraph())
    if (fullDays < shownDays) {
      text.push(paragraph(...t('calendar.summarised', { example: dayArgument(days[fullDays]!.date) })))
    }
    text.push(paragraph(...t('calendar.totals', { agenda: agendaCount, content: contentCount })))
    return text
  }

  let fullDays = days.length
  let shownDays = days.length
  let text = compose(fullDays, shownDays)
  while (plainLength(text) > CALENDAR_MAX_CHARS && fullDays > 0) {
    fullDays -= 1
    text = compose(fullDays, shownDays)
  }
  while (plainLength(text) > CALENDAR_MAX_CHARS && shownDays > 1) {
    shownDays -= 1
    text = compose(fullDays, shownDays)
  }
  return text
}
