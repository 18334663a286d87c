/**
 * Recurring agenda items (`setiap Senin 07.30 Apel Pagi`): the rule as RFC 5545 text, its occurrences
 * as local dates, and each occurrence as an item of its own date. A series is one row whose time is its
 * first occurrence; the rule is read on local days of the zone the time was stated in (the workspace
 * zone unless WITA/WIT was written), so `setiap Senin 07.30` stays Monday 07.30 there.
 */
import rrulePackage from 'rrule'
import {
  addDays,
  daysBetween,
  type LocalDate,
  localDateOf,
  minutesOfDay,
  shiftDays,
  splitLocalDate,
} from '../../time/calendar.js'
import { isPublicHoliday } from '../commemorations/public-holidays.js'
import type { AgendaItem } from './types.js'

const { RRule } = rrulePackage

/** A recurring item's rule and the dates it leaves out. */
export interface Recurrence {
  /** RFC 5545 rule body without UNTIL: `FREQ=WEEKLY;BYDAY=MO,TH`, `FREQ=MONTHLY;BYDAY=+1MO`. */
  readonly rule: string
  /** The last day an occurrence may fall on. */
  readonly until: LocalDate | null
  /** `kecuali libur`: public holidays are left out. */
  readonly skipHolidays: boolean
  /** Occurrences cancelled or detached into items of their own (EXDATE). */
  readonly excludedDates: readonly LocalDate[]
}

/** RFC 5545 weekday codes by JavaScript weekday (0 = Sunday). */
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/** What a rule says, as read back from its text (only the shapes Sinergi writes). */
export type RuleShape =
  | { readonly kind: 'daily' }
  | { readonly kind: 'weekly'; readonly weekdays: readonly number[] }
  | { readonly kind: 'monthDay'; readonly day: number }
  | { readonly kind: 'nthWeekday'; readonly weekday: number; readonly nth: number }

/** The rule text of a shape. */
export function ruleText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return 'FREQ=DAILY'
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${shape.weekdays.map((day) => WEEKDAY_CODES[day]).join(',')}`
    case 'monthDay':
      return `FREQ=MONTHLY;BYMONTHDAY=${shape.day}`
    case 'nthWeekday':
      return `FREQ=MONTHLY;BYDAY=${shape.nth > 0 ? '+' : ''}${shape.nth}${WEEKDAY_CODES[shape.weekday]}`
  }
}

/** The shape of a rule Sinergi wrote (see `ruleText`). */
export function shapeOf(rule: string): RuleShape {
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]))
  const byDay = parts.get('BYDAY')
  const code = (text: string) => WEEKDAY_CODES.indexOf(text as (typeof WEEKDAY_CODES)[number])
  if (parts.get('FREQ') === 'DAILY') return { kind: 'daily' }
  if (parts.get('FREQ') === 'WEEKLY') return { kind: 'weekly', weekdays: (byDay ?? '').split(',').map(code) }
  const monthDay = parts.get('BYMONTHDAY')
  if (monthDay) return { kind: 'monthDay', day: Number(monthDay) }
  const nth = /^([+-]?\d)([A-Z]{2})$/.exec(byDay ?? '')!
  return { kind: 'nthWeekday', weekday: code(nth[2]!), nth: Number(nth[1]) }
}

/** A local date as the midnight-UTC instant rrule counts in (its "floating" days). */
function floating(date: LocalDate): Date {
  const { year, month, day } = splitLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day))
}

const localOf = (instant: Date): LocalDate => instant.toISOString().slice(0, 10)

function ruleFrom(rule: string, first: LocalDate, until: LocalDate | null) {
  return new RRule({
    ...RRule.parseString(rule),
    dtstart: floating(first),
    until: until ? floating(until) : null,
  })
}

/** The rule's dates from `from` to `to` (inclusive) for a series starting on `first`, exclusions not applied. */
export function ruleDatesBetween(
  rule: string,
  first: LocalDate,
  until: LocalDate | null,
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  if (to < from) return []
  // rrule walks every date from DTSTART: starting the walk at `from` gives the same dates, since the
  // rules written here have no COUNT and no INTERVAL, and is what keeps a series begun years ago cheap.
  const start = from > first ? from : first
  return ruleFrom(rule, start, until).between(floating(start), floating(to), true).map(localOf)
}

/** The first date on or after `date` the rule gives (from a series starting on `date`), or undefined. */
export function firstRuleDate(rule: string, date: LocalDate, until: LocalDate | null): LocalDate | undefined {
  const found = ruleFrom(rule, date, until).after(floating(date), true)
  return found ? localOf(found) : undefined
}

/** True when `date` is one of the rule's dates. */
export function isRuleDate(rule: string, date: LocalDate): boolean {
  return firstRuleDate(rule, date, date) === date
}

/** The item's first day, in the zone its time was stated in (the days the rule is read on). */
export function seriesFirstDay(item: Pick<AgendaItem, 'time' | 'statedZone'>): LocalDate {
  return item.time.allDay ? item.time.startDate : localDateOf(item.time.startsAt, item.statedZone)
}

/**
 * `instant` moved by whole days keeping its wall clock in `zone`. A shift by 24-hour days is that in a
 * zone without daylight saving (all of Indonesia's), checked by its clock; the exact, slower reckoning
 * is kept for the rest (lists expand every occurrence, so this is their hot path).
 */
function sameClockDaysLater(instant: Date, days: number, zone: string): Date {
  const guess = new Date(instant.getTime() + days * 86_400_000)
  return minutesOfDay(guess, zone) === minutesOfDay(instant, zone) ? guess : shiftDays(instant, days, zone)
}

/** The occurrence of a series on `date` (a rule date): the same clock and length, on that day. */
export function occurrenceOn(item: AgendaItem, date: LocalDate, first = seriesFirstDay(item)): AgendaItem {
  const { time } = item
  if (time.allDay)
    return { ...item, time: { allDay: true, startDate: date, endDate: null }, occurrence: date }
  const zone = item.statedZone
  const days = daysBetween(first, date)
  return {
    ...item,
    time: {
      allDay: false,
      startsAt: sameClockDaysLater(time.startsAt, days, zone),
      endsAt: time.endsAt && sameClockDaysLater(time.endsAt, days, zone),
      daily: false,
    },
    occurrence: date,
  }
}

/** The rule's dates from `from` to `to` that `kecuali libur` leaves out: public holidays. */
export function skippedHolidays(item: AgendaItem, from: LocalDate, to: LocalDate): LocalDate[] {
  const recurrence = item.recurrence!
  if (!recurrence.skipHolidays) return []
  return ruleDatesBetween(recurrence.rule, seriesFirstDay(item), recurrence.until, from, to).filter(
    isPublicHoliday,
  )
}

/**
 * The dates a series happens on from `from` to `to` (days of its stated zone): the rule's dates, less
 * the excluded ones and, for `kecuali libur`, public holidays. A cancelled series keeps only what began
 * before it was cancelled (its last change).
 */
export function occurrenceDates(item: AgendaItem, from: LocalDate, to: LocalDate): LocalDate[] {
  const recurrence = item.recurrence!
  const excluded = new Set(recurrence.excludedDates)
  const dates = ruleDatesBetween(recurrence.rule, seriesFirstDay(item), recurrence.until, from, to).filter(
    (date) => !excluded.has(date) && !(recurrence.skipHolidays && isPublicHoliday(date)),
  )
  if (item.status !== 'batal') return dates
  const { time } = item
  if (time.allDay) return dates.filter((date) => date < localDateOf(item.updatedAt, item.statedZone))
  const days = (date: LocalDate) => daysBetween(seriesFirstDay(item), date)
  return dates.filter((date) => shiftDays(time.startsAt, days(date), item.statedZone) < item.updatedAt)
}

/**
 * Items as they happen from `from` to `to` (local days of `zone`): a single item as it is, a series as
 * its occurrences overlapping those days, each with the series' number and its own date and time.
 */
export function expandSeries(
  items: readonly AgendaItem[],
  from: LocalDate,
  to: LocalDate,
  zone: string,
): AgendaItem[] {
  return items.flatMap((item) => {
    if (!item.recurrence) return [item]
    // A day either side: the stated zone's days may sit across the workspace zone's midnight.
    const first = seriesFirstDay(item)
    return occurrenceDates(item, addDays(from, -1), addDays(to, 1))
      .map((date) => occurrenceOn(item, date, first))
      .filter((occurrence) => {
        const { time } = occurrence
        if (time.allDay) return time.startDate >= from && time.startDate <= to
        const day = localDateOf(time.startsAt, zone)
        const lastDay = localDateOf(time.endsAt ?? time.startsAt, zone)
        return day <= to && lastDay >= from
      })
  })
}

/** How far ahead the next occurrence is looked for: a yearly gap is the longest a rule here makes, with room. */
const NEXT_OCCURRENCE_DAYS = 400

/** The date of a series' next occurrence that has not begun at `now`, if any. */
export function nextOccurrenceDate(item: AgendaItem, now: Date): LocalDate | undefined {
  const today = localDateOf(now, item.statedZone)
  return occurrenceDates(item, today, addDays(today, NEXT_OCCURRENCE_DAYS)).find((date) => {
    const { time } = occurrenceOn(item, date)
    return time.allDay ? date >= today : time.startsAt.getTime() > now.getTime()
  })
}
