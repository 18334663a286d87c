/**
 * Agenda items as neutral rich text: one line for lists (/agenda, the calendar, the brief) and the
 * full details (/agenda 12 and every confirmation). Dates read `Senin, 12 Januari 2026`, times
 * `09.00 WIB`, and a time stated in another zone shows both: `13.00 WITA (12.00 WIB)`.
 */
import { type Language, type MessageKey, translate, translatePlain } from '../../text/catalog/index.js'
import { bold, type Inline, italic, paragraph, type RichText } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import type { TemplateParams } from '../../text/template.js'
import { formatDate, formatDateSpan, formatDayMonth, formatRange } from '../../time/format.js'
import { dailyTimes, daySpanOf } from './days.js'
import { officialNames } from './officials.js'
import { nextOccurrenceDate, seriesFirstDay } from './recurrence.js'
import { recurrenceText } from './recurrence-text.js'
import { type AgendaItem, type AgendaShownStatus, dayOf, type LocalDate, shownStatus } from './types.js'

export interface PresentOptions {
  readonly lang: Language
  /** The workspace zone. */
  readonly zone: string
  /** For `selesai`: items whose time has passed. */
  readonly now: Date
}

/** Longer titles and places are cut in list lines, so that 30 lines stay within one Telegram message. */
const LINE_TITLE_MAX = 80
const LINE_PLACE_MAX = 50

/**
 * The date and the time of an item as words: `Senin, 12 Januari 2026` and `09.00–12.00 WIB`,
 * `13.00 WITA (12.00 WIB)`, or "sepanjang hari" for all-day items; a daily item reads
 * `Sabtu–Minggu, 12–13 Desember 2026` and `08.00–16.00 WIB setiap hari`. `untilDone` adds
 * "s.d. selesai" (known only right after parsing: the database keeps no end for it).
 */
export function agendaWhenText(
  item: Pick<AgendaItem, 'time' | 'statedZone'>,
  zone: string,
  lang: Language,
  untilDone = false,
): { date: string; time: string } {
  const { time } = item
  if (time.allDay) {
    return {
      date: formatDateSpan(time.startDate, time.endDate ?? undefined, lang),
      time: translatePlain(lang, 'agenda.all_day'),
    }
  }
  const stated = item.statedZone
  const firstDay = dayOf(item, stated)
  const daily = time.daily ? dailyTimes(time, stated) : undefined
  const end = daily ? daily.firstEnd : (time.endsAt ?? undefined)
  const date = formatDateSpan(firstDay, daily?.lastDay, lang)
  const inStated = formatRange(time.startsAt, end, stated, lang, untilDone)
  const both = stated === zone ? inStated : `${inStated} (${formatRange(time.startsAt, end, zone, lang)})`
  return { date, time: daily ? translatePlain(lang, 'agenda.daily', { time: both }) : both }
}

/** `Sab 12/12–Min 13/12` for an item over several days, `Kam 8/1` for one. */
function shortDays({ first, last }: { first: LocalDate; last: LocalDate }, lang: Language): string {
  const firstText = formatDayMonth(first, lang)
  return first === last ? firstText : `${firstText}–${formatDayMonth(last, lang)}`
}

function statusWord(status: AgendaShownStatus, lang: Language): Inline[] {
  return translate(lang, `agenda.status.${status}`)
}

/** "liputan: belum ada peliput" until an agency claims the item, then "liputan: DISKOMINFO". */
function coverageWords(item: AgendaItem, lang: Language): Inline[] {
  return item.coveredBy
    ? translate(lang, 'agenda.line.covered', { agency: item.coveredBy })
    : translate(lang, 'agenda.line.coverage')
}

/** A scheduled item asking for coverage that no agency has claimed yet. */
export const awaitsCoverage = (item: AgendaItem): boolean =>
  item.coverage && item.coveredBy === null && item.status === 'terjadwal'

/**
 * One item in a list: `#12 · 09.00 WIB · Rapat Koordinasi @ Aula Dinkes · DINKES · liputan: DISKOMINFO`, with
 * `selesai` or `batal` at the end when it applies. `withDate` puts the short date first (`Kam 8/1`),
 * for lists not grouped by day; an item over several days always shows its days
 * (`Sab 12/12–Min 13/12 08.00–16.00 WIB setiap hari`), since it is listed under each of them.
 */
export function agendaLine(
  item: AgendaItem,
  options: PresentOptions & { readonly withDate?: boolean },
): Inline[] {
  const { lang, zone, now } = options
  const when = agendaWhenText(item, zone, lang)
  const span = daySpanOf(item, zone)
  const day = options.withDate || span.first !== span.last ? `${shortDays(span, lang)} ` : ''
  const parts: Inline[][] = [[`#${item.number}`], [`${day}${when.time}`]]
  const title: Inline[] = [bold(shorten(item.title, LINE_TITLE_MAX))]
  if (item.location) title.push(` @ ${shorten(item.location, LINE_PLACE_MAX)}`)
  parts.push(title, [item.agencyCode])
  if (item.coverage) parts.push(coverageWords(item, lang))
  if (item.recurrence) parts.push(translate(lang, 'agenda.line.recurring'))
  const status = shownStatus(item, now, zone)
  if (status !== 'terjadwal') parts.push([italic(...statusWord(status, lang))])
  return parts.flatMap((part, index) => (index === 0 ? part : [' · ', ...part]))
}

/**
 * Everything about an item, one line per field: title with number, date, time, place, agency,
 * coverage, notes, status (and the reason when cancelled).
 */
export function agendaDetails(
  item: AgendaItem,
  options: PresentOptions & { readonly untilDone?: boolean },
): RichText {
  const { lang, zone, now } = options
  const when = agendaWhenText(item, zone, lang, options.untilDone)
  const line = (key: MessageKey, params?: TemplateParams) => paragraph(...translate(lang, key, params))
  const blocks: RichText = [
    line('agenda.detail.title', { number: item.number, title: item.title }),
    line('agenda.detail.date', { date: when.date }),
    line('agenda.detail.time', { time: when.time }),
  ]
  if (item.recurrence) {
    blocks.push(line('agenda.detail.recurrence', { rule: recurrenceText(item.recurrence, lang) }))
    const next = item.occurrence ? undefined : nextOccurrenceDate(item, now)
    if (next && next !== seriesFirstDay(item))
      blocks.push(line('agenda.detail.next', { date: formatDate(next, lang) }))
  }
  if (item.detachedFrom) {
    const { number, date } = item.detachedFrom
    blocks.push(line('agenda.detail.detached', { number, date: formatDate(date, lang) }))
  }
  if (item.location) blocks.push(line('agenda.detail.place', { place: item.location }))
  blocks.push(line('agenda.detail.agency', { code: item.agencyCode, name: item.agencyName }))
  if (item.officials.length > 0)
    blocks.push(line('agenda.detail.officials', { officials: officialNames(item.officials) }))
  if (!item.coverage) blocks.push(line('agenda.detail.coverage_no'))
  else if (item.coveredBy) blocks.push(line('agenda.detail.covered', { agency: item.coveredBy }))
  else blocks.push(line('agenda.detail.coverage_yes'))
  if (item.notes) {
    const [first = '', ...more] = item.notes.split('\n')
    blocks.push(line('agenda.detail.notes', { notes: first }))
    for (const extra of more) blocks.push(paragraph(`  ${extra}`))
  }
  blocks.push(line('agenda.detail.status', { status: statusWord(shownStatus(item, now, zone), lang) }))
  if (item.status === 'batal' && item.cancelReason) {
    blocks.push(line('agenda.detail.cancel_reason', { reason: item.cancelReason }))
  }
  return blocks
}
