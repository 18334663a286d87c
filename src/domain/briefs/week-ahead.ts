/**
 * What a weekend brief adds (SPEC §2): on Saturday and Sunday the working week is over, so the brief
 * also shows the coming Monday–Sunday week, day by day, as `/kalender` would on that day.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { LocalDate } from '../../time/calendar.js'
import { type Period, weekInView } from '../calendar/period.js'
import { type CalendarDay, type CalendarEntry, calendarDays, type Viewer } from '../calendar/view.js'

export interface WeekAhead {
  readonly period: Period
  /** Days with something on them; cancelled agenda items are left out, as in today's agenda. */
  readonly days: readonly CalendarDay[]
}

/** The coming week when `localDate` is a Saturday or a Sunday; undefined on a weekday. */
export async function weekAheadOf(
  db: Kysely<Database>,
  workspace: { id: number; timezone: string },
  localDate: LocalDate,
  viewer: Viewer,
): Promise<WeekAhead | undefined> {
  const week = weekInView(localDate)
  if (!week.coming) return undefined
  const days = (await calendarDays(db, workspace, week, viewer))
    .map((day) => ({ date: day.date, entries: day.entries.filter(isLive) }))
    .filter((day) => day.entries.length > 0)
  return { period: week, days }
}

function isLive(entry: CalendarEntry): boolean {
  return entry.kind === 'content' || entry.item.status !== 'batal'
}

/** The first `limit` entries of the week, keeping their days; the rest are only counted. */
export function firstEntries(days: readonly CalendarDay[], limit: number): CalendarDay[] {
  const shown: CalendarDay[] = []
  let room = limit
  for (const day of days) {
    if (room <= 0) break
    shown.push({ date: day.date, entries: day.entries.slice(0, room) })
    room -= Math.min(room, day.entries.length)
  }
  return shown
}

export function entryCount(days: readonly CalendarDay[]): number {
  return days.reduce((count, day) => count + day.entries.length, 0)
}

/** Items and drafts in `days`, each once: an item over several days is listed under each of them. */
export function itemCount(days: readonly CalendarDay[]): number {
  const numbers = days.flatMap((day) =>
    day.entries.map((entry) => (entry.kind === 'agenda' ? entry.item.number : entry.draft.number)),
  )
  return new Set(numbers).size
}
