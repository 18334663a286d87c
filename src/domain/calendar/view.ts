import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { localDateOf } from '../../time/calendar.js'
import { listedDays, startOnDay } from '../agenda/days.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { type AgendaItem, instantsOfDays, type LocalDate } from '../agenda/types.js'
import { listContentBetween } from '../content/queries.js'
import type { ContentDraft, DraftScope } from '../content/types.js'

/**
 * Who looks (SPEC §1): in a private chat the coordinator sees every draft not yet approved and an
 * agency's member their own agency's; a group, where guests read along, sees only how many wait for
 * review; a guest sees none.
 */
export type Viewer = 'coordinator' | { readonly agencyId: number } | 'group' | 'guest'

export function draftScopeOf(viewer: Viewer): DraftScope {
  if (viewer === 'coordinator') return 'all'
  return viewer === 'group' || viewer === 'guest' ? 'none' : viewer
}

export type CalendarEntry =
  | { readonly kind: 'agenda'; readonly item: AgendaItem }
  | { readonly kind: 'content'; readonly draft: ContentDraft }

/** One day of the calendar with its entries: all-day agenda items first, then by time. */
export interface CalendarDay {
  readonly date: LocalDate
  readonly entries: readonly CalendarEntry[]
}

/** Where an entry sorts within its day: all-day items before any time, daily times by that day's start. */
function sortInstant(entry: CalendarEntry, day: LocalDate, zone: string): number {
  if (entry.kind === 'content') return entry.draft.plannedAt?.getTime() ?? 0
  return startOnDay({ day, item: entry.item }, zone)
}

/**
 * The calendar of a period: agenda items (cancelled ones too, marked) and scheduled content merged,
 * grouped by day in the workspace zone; days without anything are left out. A multi-day item
 * is listed on each of its days in the period; a timed item begun before it, on its first day. Withdrawn and rejected
 * drafts never show; guests see approved and published content only.
 */
export async function calendarDays(
  db: Kysely<Database>,
  workspace: { id: number; timezone: string },
  period: { from: LocalDate; to: LocalDate },
  viewer: Viewer,
): Promise<CalendarDay[]> {
  const zone = workspace.timezone
  const agenda = await listAgendaBetween(db, workspace.id, period.from, period.to, zone)
  const { start, end } = instantsOfDays(period.from, period.to, zone)
  const content = await listContentBetween(db, workspace.id, start, end, { drafts: draftScopeOf(viewer) })
  const byDay = new Map<LocalDate, CalendarEntry[]>()
  const add = (day: LocalDate, entry: CalendarEntry) => byDay.set(day, [...(byDay.get(day) ?? []), entry])
  for (const item of agenda)
    for (const day of listedDays(item, zone, period.from, period.to)) add(day, { kind: 'agenda', item })
  for (const draft of content)
    if (draft.plannedAt) add(localDateOf(draft.plannedAt, zone), { kind: 'content', draft })
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, entries]) => ({
      date,
      entries: entries
        .map((entry, index) => ({ entry, index }))
        .sort(
          (a, b) => sortInstant(a.entry, date, zone) - sortInstant(b.entry, date, zone) || a.index - b.index,
        )
        .map(({ entry }) => entry),
    }))
}
