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

export type DateSpec =
  | { type: 'fixed'; date: LocalDate; minutes?: number; needsTime?: boolean }
  | { type: 'weekday'; weekday: number; week: 'coming' | 'this' | 'next'; text: string }
  | { type: 'calendar'; date: CalendarDate; stated?: StatedWeekday }
  | { type: 'range'; from: CalendarDate; to: CalendarDate; text: string }

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
function scanDayOnlyRange(text: string, pos: number): Scan<DateSpec> {
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

/** A calendar date, a range of them, with an optional weekday in parentheses after it. */
function scanCalendarOrRange(text: string, pos: number): Scan<DateSpec> {
  const date = scanCalendarDate(text, pos)
  if (!date) return scanDayOnlyRange(text, pos)
  if (isError(date)) return date
  const separator = readAt(text, date.end, RANGE_SEPARATOR)
  const to = separator ? scanCalendarDate(text, separator.end) : null
  if (isError(to)) return to
  if (to) {
    const range: DateSpec = {
      type: 'range',
      from: date.value,
      to: to.value,
      text: text.slice(pos, to.end).trim(),
    }
    return { value: range, end: to.end }
  }
  const after = statedAfter(text, date.end)
  if (!after) return { value: { type: 'calendar', date: date.value }, end: date.end }
  return { value: { type: 'calendar', date: date.value, stated: after.stated }, end: after.end }
}

/** The date right after a weekday: `Senin, 12 Januari 2026`, `Senin (12/1)`, `Kamis / 15 April 2027`. */
function scanDateAfterWeekday(text: string, pos: number, stated: StatedWeekday): Scan<DateSpec> {
  const opening = readAt(text, pos, '[,/(–—-]')
  const date = scanCalendarDate(text, opening ? opening.end : pos)
  if (!date || isError(date)) return date
  const closing = opening?.text === '(' ? readAt(text, date.end, '\\)') : null
  return { value: { type: 'calendar', date: date.value, stated }, end: closing ? closing.end : date.end }
}

function scanWeekday(text: string, pos: number): Scan<DateSpec> {
  const short = readAt(text, pos, `(${SHORT_WEEKDAY_PATTERN})${END_OF_WORD}`)
  if (short) {
    const stated = { weekday: SHORT_WEEKDAYS[normalizeWord(short.groups[1]!)]!, text: short.groups[1]! }
    const date = scanDateAfterWeekday(text, short.end, stated)
    if (date) return date
  }
  const match = readAt(text, pos, WEEKDAY)
  if (!match) return null
  const word = normalizeWord(match.groups[2]!)
  const stated = { weekday: WEEKDAYS[word]!, text: match.groups[2]! }
  const date = scanDateAfterWeekday(text, match.end, stated)
  if (date) return date
  const modifier = readAt(text, match.end, WEEK_MODIFIER)
  // `minggu depan` / `minggu ini` without `hari` is a week, not a Sunday.
  if (modifier && word === 'minggu' && !match.groups[1] && !modifier.groups[1]) return null
  if (!modifier) return { value: { ...stated, type: 'weekday', week: 'coming' }, end: match.end }
  const week = modifier.groups[2]!.toLowerCase() === 'ini' ? 'this' : 'next'
  return {
    value: { ...stated, type: 'weekday', week, text: text.slice(match.start, modifier.end) },
    end: modifier.end,
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
