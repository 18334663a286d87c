import { addDays, isValidDate, type LocalDate, mondayOf, toLocalDate, weekdayOf } from './calendar.js'
import { refuse } from './scan.js'
import type { CalendarDate, DateSpec, StatedWeekday, StatedWeekdays, Week } from './scan-date.js'

export type ResolvedDate = { date: LocalDate; endDate?: LocalDate; yearInferred: boolean }
export type Resolution = ResolvedDate | ReturnType<typeof refuse>

/** A date without a year is the next such date that is not in the past (today counts). */
export function inferYear(month: number, day: number, today: LocalDate): LocalDate {
  const thisYear = Number(today.slice(0, 4))
  // Eight years always reach the next 29 February.
  for (let year = thisYear; year <= thisYear + 8; year++) {
    const date = toLocalDate(year, month, day)
    if (isValidDate(year, month, day) && date >= today) return date
  }
  return toLocalDate(thisYear, month, day)
}

export function calendarToLocal(date: CalendarDate, today: LocalDate): LocalDate {
  return date.year === undefined
    ? inferYear(date.month, date.day, today)
    : toLocalDate(date.year, date.month, date.day)
}

export function checkWeekday(
  date: LocalDate,
  stated: StatedWeekday | undefined,
): ReturnType<typeof refuse> | null {
  if (!stated) return null
  const actual = weekdayOf(date)
  return actual === stated.weekday ? null : refuse('weekday_mismatch', stated.text, actual)
}

/**
 * `1/11 - 10/11`: the end is placed first (next such date not in the past), then the start is the
 * latest such date not after it, so a period already under way keeps its start.
 */
export function resolveRange(
  from: CalendarDate,
  to: CalendarDate,
  today: LocalDate,
  text: string,
): Resolution {
  const end = calendarToLocal(to, today)
  const endYear = Number(end.slice(0, 4))
  let start = toLocalDate(from.year ?? endYear, from.month, from.day)
  // Only a range over the new year (`28/12 - 3/1`) starts in the year before its end.
  if (from.year === undefined && start > end && from.month > to.month) {
    start = toLocalDate(endYear - 1, from.month, from.day)
  }
  const startYear = Number(start.slice(0, 4))
  if (!isValidDate(startYear, from.month, from.day) || start > end) return refuse('invalid_date', text)
  return { date: start, endDate: end, yearInferred: to.year === undefined }
}

/** `Sabtu-Minggu, 12-13 Desember`: each weekday written must be the weekday of its end of the range. */
function checkRangeWeekdays(
  range: ResolvedDate,
  stated: StatedWeekdays | undefined,
): ReturnType<typeof refuse> | null {
  if (!stated) return null
  return checkWeekday(range.date, stated.first) ?? checkWeekday(range.endDate ?? range.date, stated.last)
}

/** `Senin` alone: the coming one, today if `isStillAhead(today)`; `Senin ini` / `Senin depan` by week. */
function resolveWeekday(
  weekday: number,
  week: Week,
  today: LocalDate,
  isStillAhead: (date: LocalDate) => boolean,
): LocalDate {
  const fromMonday = (weekday + 6) % 7
  if (week === 'this') return addDays(mondayOf(today), fromMonday)
  if (week === 'next') return addDays(mondayOf(today), 7 + fromMonday)
  const days = (weekday - weekdayOf(today) + 7) % 7
  if (days === 0 && !isStillAhead(today)) return addDays(today, 7)
  return addDays(today, days)
}

export function resolveDateSpec(
  spec: DateSpec,
  today: LocalDate,
  isStillAhead: (date: LocalDate) => boolean,
): Resolution {
  switch (spec.type) {
    case 'fixed':
      return { date: spec.date, yearInferred: false }
    case 'weekday':
      return { date: resolveWeekday(spec.weekday, spec.week, today, isStillAhead), yearInferred: false }
    case 'weekdayRange': {
      // `Senin-Rabu` starts on the day `Senin` alone would mean and ends on the first Wednesday after it.
      const date = resolveWeekday(spec.first, spec.week, today, isStillAhead)
      const length = (spec.last - spec.first + 7) % 7
      if (length === 0) return refuse('not_understood', spec.text)
      return { date, endDate: addDays(date, length), yearInferred: false }
    }
    case 'range': {
      const range = resolveRange(spec.from, spec.to, today, spec.text)
      if ('error' in range) return range
      return checkRangeWeekdays(range, spec.stated) ?? range
    }
    case 'calendar': {
      const date = calendarToLocal(spec.date, today)
      return checkWeekday(date, spec.stated) ?? { date, yearInferred: spec.date.year === undefined }
    }
  }
}
