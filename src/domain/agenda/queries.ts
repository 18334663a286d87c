import { type Insertable, type Kysely, sql } from 'kysely'
import type { Database } from '../../db/database.js'
import { addDays } from '../../time/calendar.js'
import { compareDayEntries, listedDays } from './days.js'
import { expandSeries } from './recurrence.js'
import { type AgendaItem, type AgendaTime, instantsOfDays, type LocalDate } from './types.js'

/** Items longer than these are "long" in the partial indexes' predicates (kept in step with them). */
const LONG_TIMED_MS = 24 * 3600_000
const LONG_ALL_DAY_DAYS = 7

function selectItems(db: Kysely<Database>) {
  return db
    .selectFrom('agenda_items as a')
    .innerJoin('agencies as g', 'g.id', 'a.agency_id')
    .leftJoin('agencies as cov', 'cov.id', 'a.coverage_agency_id')
    .selectAll('a')
    .select(['g.code as agency_code', 'g.name as agency_name', 'cov.code as covered_by'])
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['executeTakeFirstOrThrow']>>

function toAgendaItem(row: ItemRow): AgendaItem {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    title: row.title,
    time: row.all_day
      ? { allDay: true, startDate: row.start_date!, endDate: row.end_date }
      : { allDay: false, startsAt: row.starts_at!, endsAt: row.ends_at, daily: row.daily },
    statedZone: row.stated_zone,
    location: row.location,
    notes: row.notes,
    coverage: row.coverage,
    coveredBy: row.covered_by,
    officials: row.officials,
    status: row.status,
    cancelReason: row.cancel_reason,
    recurrence: row.recurrence
      ? {
          rule: row.recurrence,
          until: row.recurs_until,
          skipHolidays: row.skip_holidays,
          excludedDates: row.excluded_dates,
        }
      : null,
    detachedFrom:
      row.detached_from !== null && row.detached_date !== null
        ? { number: row.detached_from, date: row.detached_date }
        : null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * Inserts an item and its audit row and reads it back as getAgendaItem would, in one statement (a
 * write command's round trips are most of its time). Call it inside the transaction that numbered it.
 */
export async function insertAgendaItem(
  trx: Kysely<Database>,
  values: Insertable<Database['agenda_items']>,
  audit: Insertable<Database['audit_log']>,
): Promise<AgendaItem> {
  const row = await trx
    .with('a', (qb) => qb.insertInto('agenda_items').values(values).returningAll())
    .with('audited', (qb) => qb.insertInto('audit_log').values(audit).returning('id'))
    .selectFrom('a')
    .innerJoin('agencies as g', 'g.id', 'a.agency_id')
    .leftJoin('agencies as cov', 'cov.id', 'a.coverage_agency_id')
    .selectAll('a')
    .select(['g.code as agency_code', 'g.name as agency_name', 'cov.code as covered_by'])
    .executeTakeFirstOrThrow()
  return toAgendaItem(row)
}

/** The agenda items with these short numbers (other kinds' numbers are skipped), by number. */
export async function getAgendaItems(
  db: Kysely<Database>,
  workspaceId: number,
  numbers: readonly number[],
): Promise<AgendaItem[]> {
  if (numbers.length === 0) return []
  const rows = await selectItems(db)
    .where('a.workspace_id', '=', workspaceId)
    .where('a.number', 'in', numbers)
    .orderBy('a.number')
    .execute()
  return rows.map(toAgendaItem)
}

/** The items detached from these series (one occurrence each, edited on its own), by number. */
export async function getDetachedItems(
  db: Kysely<Database>,
  workspaceId: number,
  seriesNumbers: readonly number[],
  options: { forUpdate?: boolean } = {},
): Promise<AgendaItem[]> {
  if (seriesNumbers.length === 0) return []
  let query = selectItems(db)
    .where('a.workspace_id', '=', workspaceId)
    .where('a.detached_from', 'in', seriesNumbers)
    .orderBy('a.number')
  if (options.forUpdate) query = query.forUpdate('a')
  const rows = await query.execute()
  return rows.map(toAgendaItem)
}

/** The agenda item with this short number, or undefined (also when the number is another kind). */
export async function getAgendaItem(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
  options: { forUpdate?: boolean } = {},
): Promise<AgendaItem | undefined> {
  let query = selectItems(db).where('a.workspace_id', '=', workspaceId).where('a.number', '=', number)
  // An edit locks the row until its transaction ends, so two edits of one item apply one after the other.
  if (options.forUpdate) query = query.forUpdate('a')
  const row = await query.executeTakeFirst()
  return row && toAgendaItem(row)
}

/**
 * The items of a workspace that happen on any day from `fromDate` to `toDate` (inclusive, local
 * days in `zone`): timed items overlapping those days (daily ones from their first day's start to
 * their last day's end), and all-day items whose dates overlap them. Ordered by the first day they
 * are listed under (`listedDays`), all-day items first, then by start time and number. Cancelled items are included (marked by their status) unless `includeCancelled` is
 * false. A recurring item comes as its occurrences on those days (`expandSeries`), or, with
 * `series: 'rule'` (the .ics file), as the series itself when any of its dates may fall there.
 * Used by /agenda, the calendar and the brief.
 */
export async function listAgendaBetween(
  db: Kysely<Database>,
  workspaceId: number,
  fromDate: LocalDate,
  toDate: LocalDate,
  zone: string,
  options: { includeCancelled?: boolean; agencyId?: number; series?: 'occurrences' | 'rule' } = {},
): Promise<AgendaItem[]> {
  const { start, end } = instantsOfDays(fromDate, toDate, zone)
  // A day's margin either side: a series' days are those of its stated zone (see expandSeries).
  const seriesFrom = addDays(fromDate, -1)
  const seriesEnd = new Date(end.getTime() + LONG_TIMED_MS)
  let query = selectItems(db)
    .where('a.workspace_id', '=', workspaceId)
    .where((eb) => {
      // Each arm is a range scan of one index (migration 2026-12-06T03-00): an item lasting at most
      // a day (timed) or a week (all-day) starts at most that long before the range; longer ones are
      // few and have partial indexes on their end. The arms together are exactly "overlaps the days".
      const timed = eb('a.all_day', '=', false)
      const allDay = eb('a.all_day', '=', true)
      const overlapsTimed = eb.and([
        eb('a.starts_at', '<', end),
        eb.or([eb('a.starts_at', '>=', start), eb('a.ends_at', '>', start)]),
      ])
      return eb.or([
        eb.and([timed, eb('a.starts_at', '>=', new Date(start.getTime() - LONG_TIMED_MS)), overlapsTimed]),
        eb.and([timed, sql<boolean>`a.ends_at - a.starts_at > interval '1 day'`, overlapsTimed]),
        eb.and([
          allDay,
          eb('a.start_date', '>=', addDays(fromDate, -LONG_ALL_DAY_DAYS)),
          eb('a.start_date', '<=', toDate),
          eb(eb.fn.coalesce('a.end_date', 'a.start_date'), '>=', fromDate),
        ]),
        eb.and([
          allDay,
          sql<boolean>`a.end_date - a.start_date > 7`,
          eb('a.end_date', '>=', fromDate),
          eb('a.start_date', '<=', toDate),
        ]),
        // Series (migration 2026-12-06T09-00, agenda_items_series_idx): begun by the last day, not ended before the first.
        eb.and([
          eb('a.recurrence', 'is not', null),
          eb.or([eb('a.recurs_until', 'is', null), eb('a.recurs_until', '>=', seriesFrom)]),
          eb.or([eb('a.starts_at', '<', seriesEnd), eb('a.start_date', '<=', addDays(toDate, 1))]),
        ]),
      ])
    })
  if (options.includeCancelled === false) query = query.where('a.status', '=', 'terjadwal')
  if (options.agencyId !== undefined) query = query.where('a.agency_id', '=', options.agencyId)
  const rows = await query.execute()
  const items = rows.map(toAgendaItem)
  return (options.series === 'rule' ? items : expandSeries(items, fromDate, toDate, zone))
    .map((item) => ({ day: listedDays(item, zone, fromDate, toDate)[0]!, item }))
    .sort((a, b) => compareDayEntries(a, b, zone))
    .map(({ item }) => item)
}

/** An agency of the workspace that is not archived, by code in any letter case. */
export async function findActiveAgency(
  db: Kysely<Database>,
  workspaceId: number,
  code: string,
): Promise<{ id: number; code: string; name: string } | undefined> {
  return db
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code.trim().toUpperCase())
    .where('archived_at', 'is', null)
    .executeTakeFirst()
}

/** A title as compared for duplicates: letter case, punctuation and spacing do not make another event. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The number of a scheduled item of the agency that starts at the same moment (the same first day,
 * for all-day items) with the same title, normalised: the same invitation sent twice.
 */
export async function findSameAgendaItem(
  db: Kysely<Database>,
  workspaceId: number,
  agencyId: number,
  title: string,
  time: AgendaTime,
): Promise<number | undefined> {
  let query = db
    .selectFrom('agenda_items')
    .select(['number', 'title'])
    .where('workspace_id', '=', workspaceId)
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'terjadwal')
  query = time.allDay
    ? query.where('all_day', '=', true).where('start_date', '=', time.startDate)
    : query.where('all_day', '=', false).where('starts_at', '=', time.startsAt)
  const wanted = normaliseTitle(title)
  const rows = await query.execute()
  return rows.find((row) => normaliseTitle(row.title) === wanted)?.number
}
