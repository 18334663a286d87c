import { whenUserError } from '../../input/when-error.js'
import { translatePlain } from '../../text/catalog/index.js'
import {
  addDays,
  type LocalDate,
  lastOfMonth,
  localDateOf,
  mondayOf,
  splitLocalDate,
  toLocalDate,
  weekdayOf,
} from '../../time/calendar.js'
import { formatDate, monthName } from '../../time/format.js'
import { MONTH_PATTERN } from '../../time/lexicon.js'
import { type PeriodKind, parsePeriod } from '../../time/parse-period.js'
import type { Language } from '../../vocabulary.js'

/** A stretch of whole days in the workspace zone, both ends included. */
export interface Period {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly kind: PeriodKind
}

/** Saturday or Sunday, when the working week is over. */
function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date)
  return weekday === 0 || weekday === 6
}

/** A Monday–Sunday week, and whether it is the coming one rather than the week of today. */
export interface WeekInView extends Period {
  readonly coming: boolean
}

/**
 * The week `/kalender` without a period and the web calendar open on (SPEC §2): the week of `today`
 * from Monday to Friday; on Saturday and Sunday that week is all but over, so the coming one.
 */
export function weekInView(today: LocalDate): WeekInView {
  const coming = isWeekend(today)
  const from = addDays(mondayOf(today), coming ? 7 : 0)
  return { from, to: addDays(from, 6), kind: 'week', coming }
}

/**
 * The period a list or recap asks for (`minggu ini`, `Desember`, `12/1`), or `fallback` when the text
 * is empty (without one, empty text is refused as missing). A misread period is a UserError naming the part it could not accept.
 *
 * A month named without a year is the most recent such month (SPEC §2: `/rekap Desember` in January
 * is last December). The calendar looks ahead instead (`looking: 'ahead'`): `/kalender Februari` in
 * January is the coming February, and a year written out is always taken as written.
 */
export function readPeriod(
  text: string,
  context: { now: Date; zone: string; lang: Language },
  options: { fallback?: string; looking?: 'back' | 'ahead' },
): Period {
  const { now, zone, lang } = context
  const looking = options.looking ?? 'back'
  const written = text.trim() || (options.fallback ?? '')
  const result = parsePeriod(written, now, zone)
  if (!result.ok) throw whenUserError('calendar.when', result.error, lang)
  const period = { from: result.from, to: result.to, kind: result.kind }
  const bareMonth = new RegExp(`^(?:${MONTH_PATTERN})$`, 'iu').test(written.replace(/\s+/g, ' '))
  if (looking === 'ahead' && bareMonth && period.to < localDateOf(now, zone)) {
    const { year, month } = splitLocalDate(period.from)
    return { from: toLocalDate(year + 1, month, 1), to: lastOfMonth(year + 1, month), kind: 'month' }
  }
  return period
}

/**
 * A period in words: `Januari 2026`, `Senin, 12 Januari 2026`, `5–11 Januari 2026`,
 * `29 Desember 2025 – 4 Januari 2026`, `2026`.
 */
export function formatPeriod(period: Period, lang: Language): string {
  const from = splitLocalDate(period.from)
  const to = splitLocalDate(period.to)
  if (period.kind === 'day' || period.from === period.to) return formatDate(period.from, lang)
  if (period.kind === 'month') return `${monthName(from.month, lang)} ${from.year}`
  if (period.kind === 'year') return String(from.year)
  const end = `${to.day} ${monthName(to.month, lang)} ${to.year}`
  if (from.year !== to.year) return `${from.day} ${monthName(from.month, lang)} ${from.year} – ${end}`
  if (from.month !== to.month) return `${from.day} ${monthName(from.month, lang)} – ${end}`
  return `${from.day}–${end}`
}

/**
 * The period in words, naming the week when it is seen on a weekend (`pekan depan, 7–13 Desember
 * 2026`): then "this week" is the one ending and "the week" could be either, so the reply says which.
 */
export function describePeriod(period: Period, today: LocalDate, lang: Language): string {
  const dates = formatPeriod(period, lang)
  if (period.kind !== 'week' || !isWeekend(today)) return dates
  if (period.from === mondayOf(today)) return translatePlain(lang, 'calendar.week_this', { period: dates })
  if (period.from === addDays(mondayOf(today), 7))
    return translatePlain(lang, 'calendar.week_next', { period: dates })
  return dates
}
