/**
 * Changing one occurrence of a series: cancelling it (its date joins the series' EXDATEs) or editing it,
 * which detaches it into an item of its own (a new number, pointing back at the series and date) and
 * leaves its date out of the series, keeping the series' coverage claim. Each runs in one transaction
 * with its audit row; the series' change time moves, so chats told about that occurrence get a notice.
 * Cancelling a whole series is here too, since one already under way is ended rather than cancelled,
 * and the dates detached from it that are still to come are cancelled with it.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { formatDate, type Lang, localDateOf } from '../../time/format.js'
import { auditEntry, type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { missingItemError } from '../numbers/item-kind.js'
import { claimColumnsOf } from './coverage.js'
import { getAgendaItem, getDetachedItems, insertAgendaItem } from './queries.js'
import { nextOccurrenceDate, occurrenceDates, occurrenceOn, seriesFirstDay } from './recurrence.js'
import {
  type AgendaActor,
  agencyFor,
  auditFields,
  checkOwner,
  markCancelled,
  mayChange,
  NO_CLAIM,
  subjectOf,
  timeColumns,
} from './service.js'
import { type AgendaItem, type AgendaPatch, checkFields, type LocalDate } from './types.js'

/** The series `number`, locked, owned by the actor, scheduled, with an occurrence on `date`. */
async function lockOccurrence(
  trx: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  date: string,
  lang: Lang,
): Promise<AgendaItem> {
  const series = await getAgendaItem(trx, change.workspaceId, number, { forUpdate: true })
  if (!series) throw await missingItemError(trx, change.workspaceId, number, 'agenda')
  checkOwner(series, actor)
  if (series.status === 'batal') throw new UserError('agenda.error.already_cancelled', { number })
  if (!series.recurrence) throw new UserError('agenda.recur.not_series', { number })
  if (occurrenceDates(series, date, date).length === 0) {
    throw new UserError('agenda.recur.no_occurrence', { number, date: formatDate(date, lang) })
  }
  return series
}

async function excludeDate(trx: Kysely<Database>, change: ChangeContext, series: AgendaItem, date: string) {
  await trx
    .updateTable('agenda_items')
    .set({ excluded_dates: [...series.recurrence!.excludedDates, date].sort(), updated_at: change.now })
    .where('id', '=', series.id)
    .execute()
}

/** Cancels the occurrence of series `number` on `date`; the others stay. Returns the series. */
export async function cancelOccurrence(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  date: string,
  reason: string | undefined,
  lang: Lang,
): Promise<AgendaItem> {
  return db.transaction().execute(async (trx) => {
    const series = await lockOccurrence(trx, change, actor, number, date, lang)
    await excludeDate(trx, change, series, date)
    await recordAudit(trx, change, 'agenda.occurrence_cancelled', subjectOf(number), {
      date,
      reason: reason ?? null,
    })
    return (await getAgendaItem(trx, change.workspaceId, number))!
  })
}

/**
 * What `/agenda batal 12 semua` did: cancelled the whole series, or ended one already under way; and
 * the numbers of the dates detached from it that it cancelled too.
 */
export type SeriesCancelled = { readonly detachedCancelled: readonly number[] } & (
  | { readonly kind: 'cancelled'; readonly series: AgendaItem }
  | { readonly kind: 'ended'; readonly series: AgendaItem; readonly from: LocalDate; readonly past: number }
)

/**
 * Cancels series `number` as a whole. When some of its dates have already begun they took place, so
 * the series is ended instead of marked `batal`: its last date becomes the last one begun (RRULE
 * UNTIL in the .ics), the dates from the next one on are gone, and the past ones stay as they were.
 * The dates detached from it that have not begun go too (`cancelDetachedDates`). A series with nothing
 * left to come is refused.
 */
export async function cancelSeries(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  reason: string | undefined,
  lang: Lang,
): Promise<SeriesCancelled> {
  return db.transaction().execute(async (trx) => {
    const series = await getAgendaItem(trx, change.workspaceId, number, { forUpdate: true })
    if (!series) throw await missingItemError(trx, change.workspaceId, number, 'agenda')
    checkOwner(series, actor)
    if (series.status === 'batal') throw new UserError('agenda.error.already_cancelled', { number })
    if (!series.recurrence) throw new UserError('agenda.recur.not_series', { number })
    const past = pastOccurrenceDates(series, change.now)
    if (past.length === 0) {
      const cancelled = await markCancelled(trx, change, number, reason)
      const detachedCancelled = await cancelDetachedDates(trx, change, actor, number, reason)
      return { kind: 'cancelled', series: cancelled, detachedCancelled }
    }
    const until = past.at(-1)!
    const from = nextOccurrenceDate(series, change.now)
    if (!from) throw new UserError('agenda.recur.already_over', { number, last: formatDate(until, lang) })
    await trx
      .updateTable('agenda_items')
      .set({ recurs_until: until, updated_at: change.now })
      .where('id', '=', series.id)
      .execute()
    await recordAudit(trx, change, 'agenda.series_ended', subjectOf(number), {
      until,
      reason: reason ?? null,
    })
    const detachedCancelled = await cancelDetachedDates(trx, change, actor, number, reason)
    const ended = (await getAgendaItem(trx, change.workspaceId, number))!
    return { kind: 'ended', series: ended, from, past: past.length, detachedCancelled }
  })
}

/**
 * Cancels the dates detached from series `number` that have not begun, each as `/agenda batal` does
 * (its own audit row, so chats reminded of it are told): whoever cancels a series means the event on
 * every date still to come, moved or not. Dates already begun stay as they happened, and a date the
 * coordinator handed to an agency the actor may not change stays that agency's. Returns their numbers.
 */
async function cancelDetachedDates(
  trx: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  reason: string | undefined,
): Promise<number[]> {
  const detached = await getDetachedItems(trx, change.workspaceId, [number], { forUpdate: true })
  const cancelled: number[] = []
  for (const item of detached) {
    if (item.status === 'batal' || hasBegun(item, change.now) || !mayChange(item, actor)) continue
    await markCancelled(trx, change, item.number, reason)
    cancelled.push(item.number)
  }
  return cancelled
}

/** A single item has begun at `now`: its start has passed, or, all day, its first day has come. */
function hasBegun(item: AgendaItem, now: Date): boolean {
  const { time } = item
  return time.allDay
    ? time.startDate <= localDateOf(now, item.statedZone)
    : time.startsAt.getTime() <= now.getTime()
}

/** The dates of a series that have begun by `now` (an all-day date once its day has begun). */
function pastOccurrenceDates(series: AgendaItem, now: Date): LocalDate[] {
  const today = localDateOf(now, series.statedZone)
  const first = seriesFirstDay(series)
  return occurrenceDates(series, first, today).filter((date) =>
    hasBegun(occurrenceOn(series, date, first), now),
  )
}

/**
 * Edits the occurrence of series `number` on `date`: it becomes an item of its own with the next number,
 * `patch` (computed from the occurrence) applied, and the series leaves that date out. Returns the
 * series, the occurrence as it was, and the item it became.
 */
export async function detachOccurrence(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  date: string,
  patch: (occurrence: AgendaItem) => AgendaPatch,
  lang: Lang,
): Promise<{ series: AgendaItem; occurrence: AgendaItem; detached: AgendaItem }> {
  return db.transaction().execute(async (trx) => {
    const series = await lockOccurrence(trx, change, actor, number, date, lang)
    const occurrence = occurrenceOn(series, date)
    const { agencyCode, ...fields } = patch(occurrence)
    checkFields(fields)
    const agencyId =
      agencyCode === undefined ? series.agencyId : await agencyFor(trx, change.workspaceId, actor, agencyCode)
    const detachedNumber = await allocateItemNumber(trx, change.workspaceId, 'agenda')
    const item = { ...occurrence, ...fields }
    await excludeDate(trx, change, series, date)
    const detached = await insertAgendaItem(
      trx,
      {
        workspace_id: change.workspaceId,
        number: detachedNumber,
        agency_id: agencyId,
        title: item.title,
        ...timeColumns(item.time),
        stated_zone: item.statedZone,
        location: item.location,
        notes: item.notes,
        coverage: item.coverage,
        // The same event on another day or at another place: whoever covers the series covers it, unless
        // the edit says it needs no coverage.
        ...(item.coverage ? await claimColumnsOf(trx, series.id) : NO_CLAIM),
        officials: [...item.officials],
        detached_from: number,
        detached_date: date,
        created_by: change.actorId,
        created_at: change.now,
        updated_at: change.now,
      },
      auditEntry(change, 'agenda.occurrence_detached', subjectOf(detachedNumber), {
        ...auditFields(fields),
        agency_id: agencyId,
        series: number,
        date,
      }),
    )
    return { series: (await getAgendaItem(trx, change.workspaceId, number))!, occurrence, detached }
  })
}
