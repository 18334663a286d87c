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
import type { AgendaItem } from './types.js'

/** An item written with a start and no end is taken to last this long (a ceremony, a meeting). */
const OPEN_END_MS = 2 * 3600_000

export interface Clash {
  readonly item: AgendaItem
  readonly other: AgendaItem
  readonly samePlace: boolean
  /** Officials attending both, as codes. */
  readonly officials: readonly string[]
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
  return { item, other, samePlace: place, officials }
}

/**
 * Other agencies' items clashing with `item`, by number. One query: the items of the days it takes
 * (the calendar's indexed range scan), compared in memory; a day's items are few.
 */
export async function findClashes(db: Kysely<Database>, item: AgendaItem, zone: string): Promise<Clash[]> {
  if (item.status !== 'terjadwal' || (!item.location && item.officials.length === 0)) return []
  const { first, last } = daySpanOf(item, zone)
  // From the day before: an item begun the evening before may run into this one.
  const candidates = await listAgendaBetween(db, item.workspaceId, addDays(first, -1), last, zone, {
    includeCancelled: false,
  })
  const clashes = new Map<number, Clash>()
  for (const other of candidates) {
    const clash = clashBetween(item, other, zone)
    if (clash && !clashes.has(other.number)) clashes.set(other.number, clash)
  }
  return [...clashes.values()].sort((a, b) => a.other.number - b.other.number)
}

/** Every clash among the items of a period (each pair once, in the order the items are listed). */
export function clashesAmong(items: readonly AgendaItem[], zone: string): Clash[] {
  const clashes: Clash[] = []
  const seen = new Set<string>()
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const clash = clashBetween(items[i]!, items[j]!, zone)
      if (!clash) continue
      // A series' occurrences on several days clash pair by pair once, on their first shared day.
      const pair = `${Math.min(clash.item.number, clash.other.number)}:${Math.max(clash.item.number, clash.other.number)}`
      if (seen.has(pair)) continue
      seen.add(pair)
      clashes.push(clash)
    }
  }
  return clashes
}
