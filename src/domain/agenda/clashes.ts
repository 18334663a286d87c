/**
 * Clash warnings (issue 17): an item clashes with another agency's item when their times overlap and
 * they are at the same place (./places.ts) or attended by the same official (./officials.ts). A clash
 * is a warning, never a refusal: two agencies may well share a hall on purpose.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { addDays, instantAt, shiftDays } from '../../time/calendar.js'
import { dailyTimes, daySpanOf } from './days.js'
import { samePlace } from './places.js'
import { listAgendaBetween } from './queries.js'
import { expandSeries, seriesFirstDay } from './recurrence.js'
import { type AgendaItem, dayOf, type LocalDate } from './types.js'

/** An item written with a start and no end is taken to last this long (a ceremony, a meeting). */
const OPEN_END_MS = 2 * 3600_000

/**
 * How far a series is checked for clashes when it is added or moved: its dates of the next 8 weeks
 * (fewer when it ends sooner). Far enough for what is planned; a clash later on shows in /kalender bentrok.
 */
const SERIES_CLASH_DAYS = 8 * 7

export interface Clash {
  /** The first occurrence of each side that clash (the items themselves when neither is a series). */
  readonly item: AgendaItem
  readonly other: AgendaItem
  readonly samePlace: boolean
  /** Officials attending both, as codes. */
  readonly officials: readonly string[]
  /** The days (workspace zone) the two meet on, first first: more than one when a series is involved. */
  readonly days: readonly LocalDate[]
}

interface Stretch {
  readonly start: number
  readonly end: number
}

/** The stretches of time an item takes: all of its days when all-day, each day's times when daily. */
function stretchesOf(item: AgendaItem, zone: string): Stretch[] {
  const { time } = item
  if (time.allDay) {
    const start = instantAt(time.startDate, 0, zone).getTime()
    return [{ start, end: instantAt(addDays(time.endDate ?? time.startDate, 1), 0, zone).getTime() }]
  }
  const once = (start: Date, end: Date | undefined): Stretch => ({
    start: start.getTime(),
    end: end && end.getTime() > start.getTime() ? end.getTime() : start.getTime() + OPEN_END_MS,
  })
  if (!time.daily) return [once(time.startsAt, time.endsAt ?? undefined)]
  const stated = item.statedZone
  const { lastDay, firstEnd } = dailyTimes(time, stated)
  const days = daySpanOf({ time, statedZone: stated }, stated)
  const stretches: Stretch[] = []
  for (let day = days.first, n = 0; day <= lastDay; day = addDays(day, 1), n += 1) {
    stretches.push(once(shiftDays(time.startsAt, n, stated), firstEnd && shiftDays(firstEnd, n, stated)))
  }
  return stretches
}

const overlap = (a: readonly Stretch[], b: readonly Stretch[]) =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end))

/** The clash between two items, if they clash. */
export function clashBetween(item: AgendaItem, other: AgendaItem, zone: string): Clash | undefined {
  if (item.agencyId === other.agencyId || item.number === other.number) return undefined
  if (item.status !== 'terjadwal' || other.status !== 'terjadwal') return undefined
  const place = samePlace(item.location, other.location)
  const officials = item.officials.filter((code) => other.officials.includes(code))
  if (!place && officials.length === 0) return undefined
  if (!overlap(stretchesOf(item, zone), stretchesOf(other, zone))) return undefined
  // The later of the two first days: an item begun the day before meets this one on this one's day.
  const day = [dayOf(item, zone), dayOf(other, zone)].sort().at(-1)!
  return { item, other, samePlace: place, officials, days: [day] }
}

/**
 * Clashes found occurrence by occurrence, one per pair of items (by number): the first found stands
 * for the pair, with the days of all of them. Used by both the warning and /kalender bentrok, so a
 * series meeting another item on several dates reads the same in each.
 */
function byPair(found: Iterable<Clash>): Clash[] {
  const pairs = new Map<string, { clash: Clash; days: LocalDate[] }>()
  for (const clash of found) {
    const numbers = [clash.item.number, clash.other.number].sort((a, b) => a - b).join(':')
    const pair = pairs.get(numbers)
    if (!pair) pairs.set(numbers, { clash, days: [...clash.days] })
    else if (!pair.days.includes(clash.days[0]!)) pair.days.push(clash.days[0]!)
  }
  return [...pairs.values()].map(({ clash, days }) => ({ ...clash, days: days.sort() }))
}

/**
 * The days a clash check of `item` covers: the days it takes, or for a series its dates from `today`
 * (or its first date, when later) for SERIES_CLASH_DAYS, or to its last date when sooner.
 */
export function clashCheckDays(
  item: AgendaItem,
  zone: string,
  today: LocalDate,
): { first: LocalDate; last: LocalDate } {
  const { recurrence } = item
  if (!recurrence) return daySpanOf(item, zone)
  const firstDay = seriesFirstDay(item)
  const first = firstDay > today ? firstDay : today
  const horizon = addDays(first, SERIES_CLASH_DAYS - 1)
  return { first, last: recurrence.until && recurrence.until < horizon ? recurrence.until : horizon }
}

/**
 * Other agencies' items clashing with `item` (each of its dates in `clashCheckDays` when it is a series),
 * by number. One query: the items of those days (the calendar's indexed range scan, series expanded),
 * compared in memory with each of its occurrences; a day's items are few.
 */
export async function findClashes(
  db: Kysely<Database>,
  item: AgendaItem,
  zone: string,
  today: LocalDate,
): Promise<Clash[]> {
  if (item.status !== 'terjadwal' || (!item.location && item.officials.length === 0)) return []
  const { first, last } = clashCheckDays(item, zone, today)
  const occurrences = item.recurrence ? expandSeries([item], first, last, zone) : [item]
  if (occurrences.length === 0) return []
  // From the day before: an item begun the evening before may run into this one.
  const candidates = await listAgendaBetween(db, item.workspaceId, addDays(first, -1), last, zone, {
    includeCancelled: false,
  })
  const found = occurrences.flatMap((occurrence) =>
    candidates.flatMap((other) => clashBetween(occurrence, other, zone) ?? []),
  )
  return byPair(found).sort((a, b) => a.other.number - b.other.number)
}

/** Every clash among the items of a period (each pair once, in the order the items are listed). */
export function clashesAmong(items: readonly AgendaItem[], zone: string): Clash[] {
  const found: Clash[] = []
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const clash = clashBetween(items[i]!, items[j]!, zone)
      if (clash) found.push(clash)
    }
  }
  return byPair(found)
}
