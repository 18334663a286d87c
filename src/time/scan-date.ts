import { isValidDate, type LocalDate, localDateOf, minutesOfDay } from './calendar.js'
import { DURATION_PATTERN, shiftByDuration } from './durations.js'
import {
  END_OF_WORD,
  MONTH_PATTERN,
  MONTHS,
  normalizeWord,
  RANGE_SEPARATOR,
  SHORT_WEEKDAY_PATTERN,
  SHORT_WEEKDAYS,
  WEEKDAY_PATTERN,
  WEEKDAYS,
} from './lexicon.js'
import { isError, type Match, readAt, refuse, type Scan } from './scan.js'
import { scanDayOfMonth, scanSpokenDate } from './scan-spoken-date.js'

export type ScanContext = { now: Date; zone: string; today: LocalDate }

/** A date as written: the year may be left out (`12/1`, `14 Feb`). */
export type CalendarDate = { year?: number; month: number; day: number; text: string }

export type StatedWeekday = { weekday: number; text: string }

/** The weekdays written before a range: `Sabtu-Minggu, 12-13 Desember` (`last` absent for `Sabtu, 12-13 …`). */
export type StatedWeekdays = { first: StatedWeekday; last?: StatedWeekday }

export type Week = 'coming' | 'this' | 'next'

export type DateSpec =
  | { type: 'fixed'; date: LocalDate; minutes?: number; needsTime?: boolean }
  | { type: 'weekday'; weekday: number; week: Week; text: string }
  | { type: 'weekdayRange'; first: number; last: number; week: Week; text: string }
  | { type: 'calendar'; date: CalendarDate; stated?: StatedWeekday }
  | { type: 'range'; from: CalendarDate; to: CalendarDate; text: string; stated?: StatedWeekdays }

const FILLER = '(?:(?:pada\\s+)?(?:tanggal|tgl\\.?)\\s*)?'
const ISO = `${FILLER}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`
const NUMERIC_WITH_YEAR = `${FILLER}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[.:]\\d)`
const SLASH = `${FILLER}(\\d{1,2})/(\\d{1,2})(?![\\d/])`
const NAMED = `${FILLER}(\\d{1,2})\\s*(${MONTH_PATTERN})${END_OF_WORD}(?:\\s*,?\\s*(\\d{4}|['’‘]\\d{2})(?!\\d|[.:]\\d))?`
const WEEKDAY = `(?:pada\\s+)?(hari\\s+)?(${WEEKDAY_PATTERN})${END_OF_WORD}`
const WEEK_MODIFIER = `((?:minggu|pekan)\\s+)?(depan|berikutnya|mendatang|ini)${END_OF_WORD}`

function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written)
}

/** A day is checked against its year, or against a leap year when the year is left out (`29/2`). */
function validated(match: Match, day: number, month: number, year?: number): Scan<CalendarDate> {
  if (!isValidDate(year ?? 2024, month, day)) return refuse('invalid_date', match.text)
  const date: CalendarDate = { month, day, text: match.text }
  if (year !== undefined) date.year = year
  return { value: date, end: match.end }
}

/** `2026-01-12`, `12-01-2026`, `12/1/26`, `12/1`, `12 Januari 2026`, `14 Feb`, `tgl 12/1`. */
export function scanCalendarDate(text: string, pos: number): Scan<CalendarDate> {
  const iso = readAt(text, pos, ISO)
  if (iso) return validated(iso, Number(iso.groups[3]), Number(iso.groups[2]), Number(iso.groups[1]))
  const numeric = readAt(text, pos, NUMERIC_WITH_YEAR)
  if (numeric) {
    const [, day, , month, year] = numeric.groups
    return validated(numeric, Number(day), Number(month), fullYear(year!))
  }
  const slash = readAt(text, pos, SLASH)
  if (slash) return validated(slash, Number(slash.groups[1]), Number(slash.groups[2]))
  const named = readAt(text, pos, NAMED)
  if (!named) return null
  const month = MONTHS[normalizeWord(named.groups[2]!)]!
  // `10 Des '26`: a year cut to two digits after an apostrophe.
  const year = named.groups[3] ? fullYear(named.groups[3].replace(/^['’‘]/, '')) : undefined
  return validated(named, Number(named.groups[1]), month, year)
}

/** `12/1 (Senin)`: a weekday in parentheses after the date. */
function statedAfter(text: string, pos: number): { stated: StatedWeekday; end: number } | null {
  const match = readAt(text, pos, `\\(\\s*(${WEEKDAY_PATTERN})\\s*\\)`)
  if (!match) return null
  const weekday = WEEKDAYS[normalizeWord(match.groups[1]!)]!
  return { stated: { weekday, text: match.groups[1]! }, end: match.end }
}

/** `1-10 November 2026`, `1 s.d. 10 November 2026`: only the day is written before the separator. */
function scanDayOnlyRange(text: string, pos: number): Scan<CalendarOrRange> {
  const first = readAt(text, pos, `${FILLER}(\\d{1,2})\\s*${RANGE_SEPARATOR}`)
  if (!first) return null
  const to = scanCalendarDate(text, first.end)
  if (!to || isError(to)) return to
  const day = Number(first.groups[1])
  const fromText = text.slice(first.start, to.end)
  const from = validated({ ...first, text: fromText }, day, to.value.month, to.value.year)
  if (!from || isError(from)) return from
  return { value: { type: 'range', from: from.value, to: to.value, text: fromText }, end: to.end }
}

type CalendarOrRange = Extract<DateSpec, { type: 'calendar' | 'range' }>

/** A calendar date or a range of them: `12/1`, `12-14 Januari`, `7/12 - 9/12`, `30 Des 2026 - 2 Jan 2027`. */
function scanDateOrRange(text: string, pos: number): Scan<CalendarOrRange> {
  const date = scanCalendarDate(text, pos)
  if (!date) return scanDayOnlyRange(text, pos)
  if (isError(date)) return date
  const separator = readAt(text, date.end, RANGE_SEPARATOR)
  const to = separator ? scanCalendarDate(text, separator.end) : null
  if (isError(to)) return to
  if (!to) return { value: { type: 'calendar', date: date.value }, end: date.end }
  const range: CalendarOrRange = {
    type: 'range',
    from: date.value,
    to: to.value,
    text: text.slice(pos, to.end).trim(),
  }
  return { value: range, end: to.end }
}

/** A calendar date, a range of them, with an optional weekday in parentheses after a date. */
function scanCalendarOrRange(text: string, pos: number): Scan<DateSpec> {
  const date = scanDateOrRange(text, pos)
  if (!date || isError(date) || date.value.type === 'range') return date
  const after = statedAfter(text, date.end)
  if (!after) return date
  return { value: { ...date.value, stated: after.stated }, end: after.end }
}

/**
 * The date or range right after weekdays: `Senin, 12 Januari 2026`, `Senin (12/1)`,
 * `Kamis / 15 April 2027`, `Sabtu-Minggu, 12-13 Desember`, `Senin–Rabu (7–9/12)`.
 */
function scanDateAfterWeekdays(text: string, pos: number, stated: StatedWeekdays): Scan<DateSpec> {
  const opening = readAt(text, pos, '[,/(–—-]')
  const date = scanDateOrRange(text, opening ? opening.end : pos)
  if (!date || isError(date)) return date
  const closing = opening?.text === '(' ? readAt(text, date.end, '\\)') : null
  const end = closing ? closing.end : date.end
  if (date.value.type === 'range') return { value: { ...date.value, stated }, end }
  // `Senin-Rabu, 7 Desember`: two weekdays cannot fall on one date.
  if (stated.last) return refuse('not_understood', date.value.date.text)
  return { value: { ...date.value, stated: stated.first }, end }
}

type WeekdayWord = { stated: StatedWeekday; short: boolean; hari: boolean; start: number; end: number }

/** One weekday, full (`Senin`, `hari Minggu`) or short (`Sen`); a short one only counts before a date. */
function readWeekday(text: string, pos: number): WeekdayWord | null {
  const full = readAt(text, pos, WEEKDAY)
  if (full) {
    const stated = { weekday: WEEKDAYS[normalizeWord(full.groups[2]!)]!, text: full.groups[2]! }
    return { stated, short: false, hari: Boolean(full.groups[1]), start: full.start, end: full.end }
  }
  const short = readAt(text, pos, `(${SHORT_WEEKDAY_PATTERN})${END_OF_WORD}`)
  if (!short) return null
  const stated = { weekday: SHORT_WEEKDAYS[normalizeWord(short.groups[1]!)]!, text: short.groups[1]! }
  return { stated, short: true, hari: false, start: short.start, end: short.end }
}

/** `depan` / `minggu ini` after a weekday: which week it is in. */
function readWeek(text: string, pos: number): { week: Week; end: number; pekan: boolean } | null {
  const modifier = readAt(text, pos, WEEK_MODIFIER)
  if (!modifier) return null
  const week = modifier.groups[2]!.toLowerCase() === 'ini' ? 'this' : 'next'
  return { week, end: modifier.end, pekan: Boolean(modifier.groups[1]) }
}

/**
 * `Sabtu-Minggu, 12-13 Desember 2026`, `Senin s.d. Rabu (7-9/12)`, or the weekdays alone
 * (`Senin-Rabu`, `Senin-Rabu depan`): the coming such span, as `Senin` alone is the coming Monday.
 */
function scanWeekdayRange(text: string, pos: number): Scan<DateSpec> {
  const first = readWeekday(text, pos)
  const separator = first && readAt(text, first.end, RANGE_SEPARATOR)
  const last = separator && readWeekday(text, separator.end)
  if (!first || !last) return null
  const stated = { first: first.stated, last: last.stated }
  const date = scanDateAfterWeekdays(text, last.end, stated)
  if (date || first.short || last.short) return date
  const week = readWeek(text, last.end)
  const end = week ? week.end : last.end
  const value: DateSpec = {
    type: 'weekdayRange',
    first: first.stated.weekday,
    last: last.stated.weekday,
    week: week?.week ?? 'coming',
    text: text.slice(first.start, end),
  }
  return { value, end }
}

function scanWeekday(text: string, pos: number): Scan<DateSpec> {
  const range = scanWeekdayRange(text, pos)
  if (range) return range
  const word = readWeekday(text, pos)
  if (!word) return null
  const date = scanDateAfterWeekdays(text, word.end, { first: word.stated })
  if (date || word.short) return date
  const week = readWeek(text, word.end)
  // `minggu depan` / `minggu ini` without `hari` is a week, not a Sunday.
  if (week && normalizeWord(word.stated.text) === 'minggu' && !word.hari && !week.pekan) return null
  if (!week) return { value: { ...word.stated, type: 'weekday', week: 'coming' }, end: word.end }
  return {
    value: { ...word.stated, type: 'weekday', week: week.week, text: text.slice(word.start, week.end) },
    end: week.end,
  }
}

function scanDuration(text: string, pos: number, context: ScanContext): Scan<DateSpec> {
  const match = readAt(text, pos, DURATION_PATTERN)
  const shift = match ? shiftByDuration(match.text, context.now, context.zone) : null
  if (!match || !shift) return null
  const date = localDateOf(shift.instant, context.zone)
  const value: DateSpec = { type: 'fixed', date }
  if (shift.hasTime) value.minutes = minutesOfDay(shift.instant, context.zone)
  return { value, end: match.end }
}

/** A date at `pos`: relative (`besok`), a duration (`3 hari lagi`), a weekday, a calendar date or a range. */
export function scanDate(text: string, pos: number, context: ScanContext): Scan<DateSpec> {
  return (
    scanSpokenDate(text, pos, context) ??
    scanDuration(text, pos, context) ??
    scanWeekday(text, pos) ??
    scanCalendarOrRange(text, pos) ??
    scanDayOfMonth(text, pos, context)
  )
}
