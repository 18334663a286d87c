import { UserError } from '../../errors.js'
import { daysBetween, instantAt, type LocalDate, localDateOf, shiftDays } from '../../time/calendar.js'
import type { When } from '../../time/parse-when.js'
import type { AgendaStatus } from '../../vocabulary.js'
import type { NewRecurrence } from './first-occurrence.js'
import type { Recurrence } from './recurrence.js'

export type { AgendaStatus, LocalDate }

/** What lists and details show: a scheduled item whose time has passed shows as `selesai`. */
export type AgendaShownStatus = AgendaStatus | 'selesai'

/**
 * When an item happens. All-day items are calendar dates, so a change of zone never moves them a
 * day; timed items are instants (stored in UTC) with the zone they were stated in beside them.
 * A `daily` item (`12-13 Desember 08.00-16.00`) starts at the first day's start and ends at the last
 * day's end, or at the last day's start when it has no end time; its times repeat each day between.
 */
export type AgendaTime =
  | { readonly allDay: true; readonly startDate: LocalDate; readonly endDate: LocalDate | null }
  | {
      readonly allDay: false
      readonly startsAt: Date
      readonly endsAt: Date | null
      readonly daily: boolean
    }

/** An agenda item as the rest of Sinergi sees it, with its agency resolved. */
export interface AgendaItem {
  readonly id: number
  readonly workspaceId: number
  readonly number: number
  readonly agencyId: number
  readonly agencyCode: string
  readonly agencyName: string
  readonly title: string
  readonly time: AgendaTime
  /** The zone the time was written in (WITA in a WIB forum shows both). */
  readonly statedZone: string
  readonly location: string | null
  readonly notes: string | null
  /** `Liputan: ya`: the agency asks for coverage. */
  readonly coverage: boolean
  /** The agency that claimed coverage with /liput; null while nobody has ("belum ada peliput"). */
  readonly coveredBy: string | null
  /** Officials attending (`Pimpinan: Bupati`), as codes of ./officials.ts. */
  readonly officials: readonly string[]
  readonly status: AgendaStatus
  readonly cancelReason: string | null
  /** A recurring item (a series): its rule. Its `time` is then its first occurrence. */
  readonly recurrence?: Recurrence | null
  /** One occurrence of a series, as lists show it: its date (stated zone); `time` is that day's. */
  readonly occurrence?: LocalDate
  /** An occurrence edited on its own: the series it was detached from and the date it replaces. */
  readonly detachedFrom?: { readonly number: number; readonly date: LocalDate } | null
  readonly createdBy: number
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** The fields a submission or an edit sets. */
export interface AgendaFields {
  readonly title: string
  readonly time: AgendaTime
  readonly statedZone: string
  readonly location: string | null
  readonly notes: string | null
  readonly coverage: boolean
  /** Officials attending (`Pimpinan: Bupati`), as codes; none when left out. */
  readonly officials?: readonly string[]
}

/** A new item; `agencyCode` undefined means the sender's own agency. */
export interface NewAgendaItem extends AgendaFields {
  readonly agencyCode?: string
  /** `Ulangi: setiap Senin`: the item is the first occurrence of a series. */
  readonly recurrence?: NewRecurrence
}

/** The fields an edit changes; the others stay. */
export type AgendaPatch = Partial<AgendaFields> & { readonly agencyCode?: string }

export const TITLE_MAX = 300
export const LOCATION_MAX = 300
export const NOTES_MAX = 2000

/** A parsed date/time as an item's time and stated zone. */
export function agendaTimeOf(when: When, workspaceZone: string): { time: AgendaTime; statedZone: string } {
  if (when.kind === 'date') {
    return {
      time: { allDay: true, startDate: when.date, endDate: when.endDate ?? null },
      statedZone: workspaceZone,
    }
  }
  if (!when.lastDay) {
    return {
      time: { allDay: false, startsAt: when.start, endsAt: when.end ?? null, daily: false },
      statedZone: when.statedZone,
    }
  }
  const zone = when.statedZone
  const days = daysBetween(localDateOf(when.start, zone), when.lastDay)
  return {
    time: {
      allDay: false,
      startsAt: when.start,
      endsAt: shiftDays(when.end ?? when.start, days, zone),
      daily: true,
    },
    statedZone: zone,
  }
}

/**
 * `selesai` once the item's time has passed: a timed item at its end (at its start when it has
 * none), an all-day item after its last day in the workspace zone. Cancelled items stay `batal`.
 */
export function shownStatus(
  item: Pick<AgendaItem, 'status' | 'time'>,
  now: Date,
  zone: string,
): AgendaShownStatus {
  if (item.status === 'batal') return 'batal'
  const { time } = item
  if (time.allDay) return (time.endDate ?? time.startDate) < localDateOf(now, zone) ? 'selesai' : 'terjadwal'
  return (time.endsAt ?? time.startsAt).getTime() <= now.getTime() ? 'selesai' : 'terjadwal'
}

/** The day an item falls on in `zone`: its date when all-day, else the local date of its start. */
export function dayOf(item: Pick<AgendaItem, 'time'>, zone: string): LocalDate {
  return item.time.allDay ? item.time.startDate : localDateOf(item.time.startsAt, zone)
}

/** The instants a range of local days covers in `zone`: from the start of `from` to the end of `to`. */
export function instantsOfDays(from: LocalDate, to: LocalDate, zone: string): { start: Date; end: Date } {
  return { start: instantAt(from, 0, zone), end: instantAt(to, 24 * 60, zone) }
}

/** Refuses fields a user could not have meant: an empty title, texts longer than the columns allow. */
export function checkFields(fields: Partial<AgendaFields>): void {
  if (fields.title !== undefined) {
    if (!fields.title.trim()) throw new UserError('agenda.error.title_missing')
    if (fields.title.length > TITLE_MAX)
      throw new UserError('agenda.error.title_too_long', { max: TITLE_MAX })
  }
  if (fields.location && fields.location.length > LOCATION_MAX) {
    throw new UserError('agenda.error.location_too_long', { max: LOCATION_MAX })
  }
  if (fields.notes && fields.notes.length > NOTES_MAX) {
    throw new UserError('agenda.error.notes_too_long', { max: NOTES_MAX })
  }
}
