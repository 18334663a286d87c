import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat.js'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'
import 'dayjs/locale/id.js'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(customParseFormat)

export { dayjs }

/** A calendar day with no zone, `YYYY-MM-DD`. */
export type LocalDate = string

export function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

export function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

export function splitLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number)
  return { year: year!, month: month!, day: day! }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Day arithmetic on the calendar, free of any zone's daylight saving. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = splitLocalDate(date)
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return toLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

/** The same wall-clock time `days` days later in `zone`. */
export function shiftDays(instant: Date, days: number, zone: string): Date {
  return instantAt(addDays(localDateOf(instant, zone), days), minutesOfDay(instant, zone), zone)
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = splitLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** The Monday of the Monday–Sunday week holding `date` (Indonesian calendars start on Monday). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7))
}

export function firstOfMonth(date: LocalDate): LocalDate {
  const { year, month } = splitLocalDate(date)
  return toLocalDate(year, month, 1)
}

export function lastOfMonth(year: number, month: number): LocalDate {
  return toLocalDate(year, month, daysInMonth(year, month))
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  const local = new Date(instant.getTime() + utcOffsetMs(instant, zone))
  return toLocalDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate())
}

/** Minutes since the local midnight in `zone`. */
export function minutesOfDay(instant: Date, zone: string): number {
  const local = instant.getTime() + utcOffsetMs(instant, zone)
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000)
}

const DAY_MS = 86_400_000
/**
 * Every change of a zone's offset in the tz database since 1980 happens on a quarter hour of UTC, so
 * an offset read once holds for its whole quarter hour. Lists read the date and clock of every item in
 * a few zones: the formatter is asked once per quarter hour seen instead of several times per item.
 */
const QUARTER_HOUR_MS = 900_000
const OFFSETS_KEPT = 100_000
const offsets = new Map<string, number>()
/** One formatter per zone, kept: building one costs more than using it many times. */
const formats = new Map<string, Intl.DateTimeFormat>()

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function utcOffsetMs(instant: Date, zone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS)
  const key = `${zone} ${quarter}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    offset = offsetAt(quarter * QUARTER_HOUR_MS, zone)
    if (offsets.size >= OFFSETS_KEPT) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

function offsetAt(time: number, zone: string): number {
  let format = formats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formats.set(zone, format)
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  for (const { type, value } of format.formatToParts(time)) part[type] = Number(value)
  const wallClock = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!)
  return wallClock - time
}

/**
 * The instant of a wall-clock time on `date` in `zone`; minutes may reach 24 × 60 (midnight after).
 * A time the clock skips (moved forward) is read with the offset before the change, so it lands as
 * far after the change as it was written after it (02.30 on a spring-forward night is 03.30); a time
 * the clock passes twice (moved back) is the first of the two. Zones change their offset at most
 * once within a day, so the offsets a day before and after are the only candidates.
 */
export function instantAt(date: LocalDate, minutesOfDay: number, zone: string): Date {
  const { year, month, day } = splitLocalDate(date)
  const wallClock = Date.UTC(year, month - 1, day) + minutesOfDay * 60_000
  const before = utcOffsetMs(new Date(wallClock - DAY_MS), zone)
  const after = utcOffsetMs(new Date(wallClock + DAY_MS), zone)
  const first = wallClock - Math.max(before, after)
  if (utcOffsetMs(new Date(first), zone) === Math.max(before, after)) return new Date(first)
  const second = wallClock - Math.min(before, after)
  if (utcOffsetMs(new Date(second), zone) === Math.min(before, after)) return new Date(second)
  return new Date(wallClock - before)
}
