/**
 * Periods for lists and recaps (`/agenda minggu depan`, `/rekap Desember`, `/kalender 12/1`) and the
 * validity of key messages (`Berlaku: 1-10 November 2026`). Pure: depends only on (text, now, zone).
 */
import {
  addDays,
  addMonths,
  type LocalDate,
  lastOfMonth,
  localDateOf,
  mondayOf,
  splitLocalDate,
  toLocalDate,
} from './calendar.js'
import { END_OF_WORD, MONTH_PATTERN, MONTHS, normalizeWord } from './lexicon.js'
import { resolveDateSpec } from './resolve-date.js'
import { refuse, type WhenError } from './scan.js'
import { scanDate } from './scan-date.js'

export type PeriodKind = 'day' | 'week' | 'month' | 'year' | 'range'

export type PeriodResult =
  | { ok: true; from: LocalDate; to: LocalDate; kind: PeriodKind }
  | { ok: false; error: WhenError }

export type DateRangeResult = { ok: true; from: LocalDate; to: LocalDate } | { ok: false; error: WhenError }

type Period = { from: LocalDate; to: LocalDate; kind: PeriodKind }

/** Weeks run Monday to Sunday; `minggu`/`pekan` both mean week here (never Sunday). */
function week(today: LocalDate, weeks: number): Period {
  const from = addDays(mondayOf(today), 7 * weeks)
  return { from, to: addDays(from, 6), kind: 'week' }
}

function month(year: number, monthNumber: number): Period {
  return { from: toLocalDate(year, monthNumber, 1), to: lastOfMonth(year, monthNumber), kind: 'month' }
}

function monthFrom(today: LocalDate, months: number): Period {
  const { year, month: current } = splitLocalDate(today)
  const shifted = addMonths(year, current, months)
  return month(shifted.year, shifted.month)
}

function wholeYear(target: number): Period {
  return { from: toLocalDate(target, 1, 1), to: toLocalDate(target, 12, 31), kind: 'year' }
}

function year(today: LocalDate, years: number): Period {
  return wholeYear(splitLocalDate(today).year + years)
}

/** `2027`, `tahun 2027`: a year of this century or the last; other four digits are no year a forum plans. */
const YEAR_ALONE = /^(?:tahun |year )?((?:19|20)\d\d)$/

const NAMED_PERIODS: ReadonlyArray<[RegExp, (today: LocalDate) => Period]> = [
  [/^(?:minggu|pekan) ini$|^this week$/, (today) => week(today, 0)],
  [/^(?:minggu|pekan) depan$|^next week$/, (today) => week(today, 1)],
  [/^(?:minggu|pekan) lalu$|^last week$/, (today) => week(today, -1)],
  [/^bulan ini$|^this month$/, (today) => monthFrom(today, 0)],
  [/^bulan depan$|^next month$/, (today) => monthFrom(today, 1)],
  [/^bulan lalu$|^last month$/, (today) => monthFrom(today, -1)],
  [/^tahun ini$|^this year$/, (today) => year(today, 0)],
  [/^tahun lalu$|^last year$/, (today) => year(today, -1)],
  [/^yesterday$/, (today) => ({ from: addDays(today, -1), to: addDays(today, -1), kind: 'day' })],
]

/** `Desember`, `Desember 2026`: without a year, the most recent such month (this one, or an earlier one). */
function namedMonth(text: string, today: LocalDate): Period | null {
  const match = new RegExp(`^(${MONTH_PATTERN})${END_OF_WORD}(?:\\s+(\\d{4}))?$`, 'iu').exec(text)
  if (!match) return null
  const monthNumber = MONTHS[normalizeWord(match[1]!)]!
  if (match[2]) return month(Number(match[2]), monthNumber)
  const { year: thisYear, month: thisMonth } = splitLocalDate(today)
  return month(monthNumber <= thisMonth ? thisYear : thisYear - 1, monthNumber)
}

// `hari ini s.d. 31 Desember`, `besok sampai Jumat`: ranges whose ends the date scanner reads only one at a time.
const RANGE_SEPARATOR = /\s+(?:s\.\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga|until|to)\s+|\s*[-–—]\s*/giu

/** A date, a range of dates, or a day word (`besok`, `Senin`) making up the whole of `text`. */
function datesOf(text: string, today: LocalDate, now: Date, zone: string): DateRangeResult {
  const whole = singleDatesOf(text, today, now, zone)
  if (whole.ok) return whole
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const start = singleDatesOf(text.slice(0, separator.index), today, now, zone)
    const end = singleDatesOf(text.slice(separator.index + separator[0].length), today, now, zone)
    if (start.ok && end.ok && end.to >= start.from) return { ok: true, from: start.from, to: end.to }
  }
  return whole
}

function singleDatesOf(text: string, today: LocalDate, now: Date, zone: string): DateRangeResult {
  const scanned = scanDate(text, 0, { now, zone, today })
  if (!scanned) return { ok: false, ...refuse(text.trim() ? 'not_understood' : 'missing', text) }
  if ('error' in scanned) return { ok: false, ...scanned }
  const rest = text.slice(scanned.end).trim()
  if (rest) return { ok: false, ...refuse('not_understood', rest) }
  // A whole day is still ahead while it lasts: `Senin` said on a Monday is today.
  const resolved = resolveDateSpec(scanned.value, today, () => true)
  if ('error' in resolved) return { ok: false, ...resolved }
  return { ok: true, from: resolved.date, to: resolved.endDate ?? resolved.date }
}

/** Key-message validity: `1-10 November 2026`, `1/11 - 10/11`, `1 s.d. 10 November 2026`, or one date. */
export function parseDateRange(text: string, now: Date, zone: string): DateRangeResult {
  return datesOf(text, localDateOf(now, zone), now, zone)
}

/** A period to list or recap; named periods, months and years may lie in the past. */
export function parsePeriod(text: string, now: Date, zone: string): PeriodResult {
  const today = localDateOf(now, zone)
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const [pattern, period] of NAMED_PERIODS) {
    if (pattern.test(normalized)) return { ok: true, ...period(today) }
  }
  const yearAlone = YEAR_ALONE.exec(normalized)
  if (yearAlone) return { ok: true, ...wholeYear(Number(yearAlone[1])) }
  const named = namedMonth(normalized, today)
  if (named) return { ok: true, ...named }
  const dates = datesOf(text, today, now, zone)
  if (!dates.ok) return dates
  return { ok: true, from: dates.from, to: dates.to, kind: dates.from === dates.to ? 'day' : 'range' }
}
