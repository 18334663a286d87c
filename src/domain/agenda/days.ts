/** The days an agenda item covers: one, each day of an all-day span, or each day of daily times. */
import {
  addDays,
  daysBetween,
  type LocalDate,
  localDateOf,
  minutesOfDay,
  shiftDays,
} from '../../time/calendar.js'
import type { AgendaItem, AgendaTime } from './types.js'

type TimedTime = Extract<AgendaTime, { allDay: false }>

/**
 * The first day's times of a daily item, in `zone` (the zone they were stated in): its last day, and
 * its end on the first day, or undefined when no end time was given (the end is then the last day's start).
 */
export function dailyTimes(time: TimedTime, zone: string): { lastDay: LocalDate; firstEnd?: Date } {
  const end = time.endsAt ?? time.startsAt
  const startClock = minutesOfDay(time.startsAt, zone)
  const endClock = minutesOfDay(end, zone)
  // `22.00-01.00` each day: the last occurrence ends on the morning after the last day.
  const lastDay = addDays(localDateOf(end, zone), endClock < startClock ? -1 : 0)
  if (endClock === startClock) return { lastDay }
  const days = daysBetween(localDateOf(time.startsAt, zone), lastDay)
  return { lastDay, firstEnd: shiftDays(end, -days, zone) }
}

/** The first and last day an item happens on in `zone`; a timed item that is not daily has one. */
export function daySpanOf(
  item: Pick<AgendaItem, 'time' | 'statedZone'>,
  zone: string,
): {
  first: LocalDate
  last: LocalDate
} {
  const { time } = item
  if (time.allDay) return { first: time.startDate, last: time.endDate ?? time.startDate }
  const first = localDateOf(time.startsAt, zone)
  if (!time.daily) return { first, last: first }
  // Counted where the times were stated, then placed from the first day where the list is shown.
  const stated = item.statedZone
  const days = daysBetween(localDateOf(time.startsAt, stated), dailyTimes(time, stated).lastDay)
  return { first, last: addDays(first, days) }
}

/**
 * The days from `from` to `to` a list shows an item under: each day it covers, and `from` for a
 * timed item begun the day before (`22.00-01.00`).
 */
export function listedDays(
  item: Pick<AgendaItem, 'time' | 'statedZone'>,
  zone: string,
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  const span = daySpanOf(item, zone)
  const days: LocalDate[] = []
  const last = span.last < to ? span.last : to
  for (let day = span.first < from ? from : span.first; day <= last; day = addDays(day, 1)) days.push(day)
  return days.length > 0 ? days : [from]
}

/** An item under one of the days a list shows it. */
export interface AgendaDayEntry {
  readonly day: LocalDate
  readonly item: AgendaItem
}

/** Where an entry sorts within its day: all-day items first, then the start of that day's times. */
export function startOnDay({ day, item }: AgendaDayEntry, zone: string): number {
  const { time } = item
  if (time.allDay) return Number.NEGATIVE_INFINITY
  if (!time.daily) return time.startsAt.getTime()
  return shiftDays(time.startsAt, daysBetween(localDateOf(time.startsAt, zone), day), zone).getTime()
}

/** By day, all-day items first, then by start time and number. */
export function compareDayEntries(a: AgendaDayEntry, b: AgendaDayEntry, zone: string): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1
  return startOnDay(a, zone) - startOnDay(b, zone) || a.item.number - b.item.number
}

/** Each item under every day it covers from `from` to `to`, in the order of `compareDayEntries`. */
export function agendaByDay(
  items: readonly AgendaItem[],
  zone: string,
  from: LocalDate,
  to: LocalDate,
): AgendaDayEntry[] {
  return items
    .flatMap((item) => listedDays(item, zone, from, to).map((day) => ({ day, item })))
    .sort((a, b) => compareDayEntries(a, b, zone))
}
