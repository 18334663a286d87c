/**
 * What a chat was shown about an item, kept with each announcement, and the changes that call for a
 * "Perubahan" notice: a new time, a new place, or a cancellation (SPEC §3). Edits of the title, notes or
 * coverage do not: the brief and the next reminder show them.
 */
import type { AgendaItem } from '../../domain/agenda/types.js'
import type { ContentDraft } from '../../domain/content/types.js'
import type { AgendaStatus, ContentStatus } from '../../vocabulary.js'

export interface AgendaSnapshot {
  readonly subject: 'agenda'
  readonly status: AgendaStatus
  readonly allDay: boolean
  /** An instant (ISO) for timed items, a date (`YYYY-MM-DD`) for all-day ones. */
  readonly start: string
  readonly end: string | null
  /** Times repeating each day from start to end; absent when not (and in snapshots taken before). */
  readonly daily?: true
  readonly location: string | null
}

export interface ContentSnapshot {
  readonly subject: 'konten'
  readonly status: ContentStatus
  /** ISO instant, or null while not scheduled. */
  readonly plannedAt: string | null
}

export type Snapshot = AgendaSnapshot | ContentSnapshot

/** The agenda columns a snapshot is made of (a full item, or a row of the announcements query). */
export interface AgendaColumns {
  readonly status: AgendaStatus
  readonly all_day: boolean
  readonly starts_at: Date | null
  readonly ends_at: Date | null
  readonly start_date: string | null
  readonly end_date: string | null
  readonly daily: boolean
  readonly location: string | null
}

export function agendaSnapshotOf(columns: AgendaColumns): AgendaSnapshot {
  return {
    subject: 'agenda',
    status: columns.status,
    allDay: columns.all_day,
    start: columns.all_day ? columns.start_date! : columns.starts_at!.toISOString(),
    end: columns.all_day ? columns.end_date : (columns.ends_at?.toISOString() ?? null),
    ...(columns.daily && { daily: true }),
    location: columns.location?.trim() || null,
  }
}

export function agendaItemSnapshot(item: AgendaItem): AgendaSnapshot {
  const { time } = item
  return agendaSnapshotOf({
    status: item.status,
    all_day: time.allDay,
    starts_at: time.allDay ? null : time.startsAt,
    ends_at: time.allDay ? null : time.endsAt,
    start_date: time.allDay ? time.startDate : null,
    end_date: time.allDay ? time.endDate : null,
    daily: !time.allDay && time.daily,
    location: item.location,
  })
}

export function contentSnapshotOf(columns: {
  status: ContentStatus
  planned_at: Date | null
}): ContentSnapshot {
  return { subject: 'konten', status: columns.status, plannedAt: columns.planned_at?.toISOString() ?? null }
}

export function draftSnapshot(draft: ContentDraft): ContentSnapshot {
  return contentSnapshotOf({ status: draft.status, planned_at: draft.plannedAt })
}

/** Reads a stored snapshot back; undefined for anything that is not one (rows written before snapshots). */
export function readSnapshot(value: unknown): Snapshot | undefined {
  if (!value || typeof value !== 'object') return undefined
  const subject = (value as { subject?: unknown }).subject
  return subject === 'agenda' || subject === 'konten' ? (value as Snapshot) : undefined
}

/** Drafts in these statuses will not go out: for the chats that were told, that is a cancellation. */
const CONTENT_WITHDRAWN: readonly ContentStatus[] = ['dibatalkan', 'ditolak']

export interface Change {
  readonly cancelled: boolean
  readonly time: boolean
  readonly place: boolean
}

/** What changed from what a chat was shown to what is true now; undefined when nothing worth a notice. */
export function changeBetween(before: Snapshot, after: Snapshot): Change | undefined {
  if (before.subject === 'agenda' && after.subject === 'agenda') {
    if (before.status === 'batal') return undefined
    const cancelled = after.status === 'batal'
    const time =
      before.allDay !== after.allDay ||
      before.start !== after.start ||
      before.end !== after.end ||
      before.daily !== after.daily
    const place = (before.location ?? '').toLowerCase() !== (after.location ?? '').toLowerCase()
    if (cancelled) return { cancelled, time: false, place: false }
    return time || place ? { cancelled, time, place } : undefined
  }
  if (before.subject === 'konten' && after.subject === 'konten') {
    if (CONTENT_WITHDRAWN.includes(before.status)) return undefined
    if (CONTENT_WITHDRAWN.includes(after.status)) return { cancelled: true, time: false, place: false }
    // Published: whatever happens to its planned time now is history, not news.
    if (after.status === 'terbit') return undefined
    return before.plannedAt !== after.plannedAt ? { cancelled: false, time: true, place: false } : undefined
  }
  return undefined
}

/**
 * When an item as a snapshot describes it is over: a notice about an item whose old and new times have
 * both passed is history, not news. All-day items count until the end of their last day (`dayEnd`).
 */
export function snapshotEnd(snapshot: Snapshot, dayEnd: (date: string) => Date): Date | undefined {
  if (snapshot.subject === 'konten') return snapshot.plannedAt ? new Date(snapshot.plannedAt) : undefined
  if (snapshot.allDay) return dayEnd(snapshot.end ?? snapshot.start)
  return new Date(snapshot.end ?? snapshot.start)
}
