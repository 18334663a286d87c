/** The commemoration days a forum sees: national days and days off as shipped, its own days, less what it hid. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { isValidDate, type LocalDate, splitLocalDate, toLocalDate } from '../../time/calendar.js'
import { NATIONAL_DAYS } from './national-days.js'
import { PUBLIC_HOLIDAYS, publicHolidaysBetween } from './public-holidays.js'
import { type ForumDay, hiddenDayKeys, listForumDays } from './queries.js'

/** A national day (not a day off), a libur nasional, a cuti bersama, or one of the forum's own days. */
export type CommemorationKind = 'nasional' | 'libur_nasional' | 'cuti_bersama' | 'forum'

export type Commemoration = {
  date: LocalDate
  name: string
  kind: CommemorationKind
  /** A day off whose date is a perkiraan until the SKB for its year is out. */
  estimate: boolean
}

/** A name compared case- and punctuation-blind: `Hari Bakti PU.` and `hari bakti pu` are one day. */
export function dayNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The date a yearly day falls on in `year`: 29 February is kept on the 28th outside leap years. */
export function dateInYear(year: number, month: number, day: number): LocalDate {
  return isValidDate(year, month, day) ? toLocalDate(year, month, day) : toLocalDate(year, month, day - 1)
}

/** A yearly day on every date it falls on from `from` to `to`. */
function yearly<T>(
  entries: readonly T[],
  from: LocalDate,
  to: LocalDate,
  dateOf: (entry: T, year: number) => LocalDate,
): { entry: T; date: LocalDate }[] {
  const found: { entry: T; date: LocalDate }[] = []
  for (let year = splitLocalDate(from).year; year <= splitLocalDate(to).year; year++) {
    for (const entry of entries) {
      const date = dateOf(entry, year)
      if (date >= from && date <= to) found.push({ entry, date })
    }
  }
  return found
}

const KIND_ORDER: Record<CommemorationKind, number> = {
  libur_nasional: 0,
  cuti_bersama: 1,
  nasional: 2,
  forum: 3,
}

/** Days off first on a shared date, then national days, then the forum's own. */
function byDate(a: Commemoration, b: Commemoration): number {
  return a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
}

/** The shipped days and the forum's own from `from` to `to`, both included, without the hidden ones. */
export function daysBetween(
  forumDays: readonly ForumDay[],
  hidden: ReadonlySet<string>,
  from: LocalDate,
  to: LocalDate,
): Commemoration[] {
  const days: Commemoration[] = [
    ...publicHolidaysBetween(from, to).map(({ date, name, kind, estimate }) => ({
      date,
      name,
      kind,
      estimate,
    })),
    ...yearly(NATIONAL_DAYS, from, to, (day, year) => dateInYear(year, day.month, day.day)).map(
      ({ entry, date }) => ({ date, name: entry.name, kind: 'nasional' as const, estimate: false }),
    ),
    ...yearly(forumDays, from, to, (day, year) => dateInYear(year, day.month, day.day)).map(
      ({ entry, date }) => ({ date, name: entry.name, kind: 'forum' as const, estimate: false }),
    ),
  ]
  return days.filter((day) => !hidden.has(dayNameKey(day.name))).sort(byDate)
}

/** The days a forum sees from `from` to `to`, both included, in date order. */
export async function commemorationsBetween(
  db: Kysely<Database>,
  workspaceId: number,
  from: LocalDate,
  to: LocalDate,
): Promise<Commemoration[]> {
  const [forumDays, hidden] = await Promise.all([
    listForumDays(db, workspaceId),
    hiddenDayKeys(db, workspaceId),
  ])
  return daysBetween(forumDays, hidden, from, to)
}

/** Every shipped day's name once: what `/hari sembunyikan` may hide. */
export const SHIPPED_DAY_NAMES: readonly string[] = [
  ...new Set([...PUBLIC_HOLIDAYS.map((day) => day.name), ...NATIONAL_DAYS.map((day) => day.name)]),
]
