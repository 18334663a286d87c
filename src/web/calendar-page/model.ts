import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { findAgencyByCode } from '../../domain/agencies/queries.js'
import { listedDays, startOnDay } from '../../domain/agenda/days.js'
import { listAgendaBetween } from '../../domain/agenda/queries.js'
import { instantsOfDays } from '../../domain/agenda/types.js'
import { requestsBetween } from '../../domain/amplification/queries.js'
import type { AmplificationRequest } from '../../domain/amplification/types.js'
import { linksOfDrafts } from '../../domain/calendar/links.js'
import type { CalendarEntry } from '../../domain/calendar/view.js'
import type { CalendarLink } from '../../domain/calendar/web-link.js'
import { type Commemoration, commemorationsBetween } from '../../domain/commemorations/days.js'
import { listContentBetween } from '../../domain/content/queries.js'
import { getWorkspace, type Workspace } from '../../domain/workspaces/workspaces.js'
import { addDays, type LocalDate, localDateOf } from '../../time/calendar.js'
import { type PageQuery, type PageRange, rangeOf, readPageQuery } from './query.js'

export interface AgencyOption {
  readonly id: number
  readonly code: string
  readonly name: string
}

export interface PageDay {
  readonly date: LocalDate
  /** False for the days before and after the month that fill its first and last week. */
  readonly inPeriod: boolean
  readonly isToday: boolean
  readonly entries: readonly CalendarEntry[]
  /** Amplification requests due that day (by deadline). */
  readonly amplifications: readonly AmplificationRequest[]
  /** The forum's commemoration days on that date: shown whatever agency is filtered on. */
  readonly commemorations: readonly Commemoration[]
}

/** Everything the calendar page shows, read from the domain queries. */
export interface CalendarPageModel {
  readonly workspace: Workspace
  readonly link: CalendarLink
  readonly query: PageQuery
  readonly range: PageRange
  readonly today: LocalDate
  readonly now: Date
  readonly days: readonly PageDay[]
  readonly agencies: readonly AgencyOption[]
  /** The agency filtered on, when the address names one that exists. */
  readonly agency: AgencyOption | undefined
  /** Published links of drafts with status terbit. */
  readonly links: ReadonlyMap<number, readonly string[]>
}

/** Agencies to filter by: those not archived, by code. */
async function agencyOptions(db: Kysely<Database>, workspaceId: number): Promise<AgencyOption[]> {
  return db
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .orderBy('code')
    .execute()
}

/** All-day items first, then by time (that day's, for daily times), then by number. */
function sortKey(entry: CalendarEntry, day: LocalDate, zone: string): [number, number] {
  if (entry.kind === 'content') return [entry.draft.plannedAt?.getTime() ?? 0, entry.draft.number]
  return [startOnDay({ day, item: entry.item }, zone), entry.item.number]
}

/**
 * Loads the page a valid link asks for (the query string chooses view, period and agency), or undefined when its workspace no longer exists. Guests see
 * approved and published content; a coordinator's link also drafts under review and rejected ones.
 */
export async function loadCalendarPage(
  db: Kysely<Database>,
  link: CalendarLink,
  params: Record<string, string | undefined>,
  now: Date,
): Promise<CalendarPageModel | undefined> {
  const workspace = await getWorkspace(db, link.workspaceId)
  if (!workspace) return undefined
  const zone = workspace.timezone
  const today = localDateOf(now, zone)
  const query = readPageQuery(params, today)
  const range = rangeOf(query)
  const found = query.agency ? await findAgencyByCode(db, workspace.id, query.agency) : undefined
  const agency = found && { id: found.id, code: found.code, name: found.name }
  const agenda = await listAgendaBetween(db, workspace.id, range.from, range.to, zone, {
    agencyId: agency?.id,
  })
  const { start, end } = instantsOfDays(range.from, range.to, zone)
  const coordinator = link.viewer === 'coordinator'
  const content = (
    await listContentBetween(db, workspace.id, start, end, {
      drafts: coordinator ? 'all' : 'none',
      includeRejected: coordinator,
    })
  ).filter((draft) => draft.plannedAt && (!agency || draft.agencyId === agency.id))

  const requests = await requestsBetween(db, workspace.id, start, end, { agencyId: agency?.id })
  const requestsByDay = new Map<LocalDate, AmplificationRequest[]>()
  for (const request of requests) {
    const day = localDateOf(request.deadlineAt, zone)
    requestsByDay.set(day, [...(requestsByDay.get(day) ?? []), request])
  }

  const commemorations = await commemorationsBetween(db, workspace.id, range.from, range.to)

  const byDay = new Map<LocalDate, CalendarEntry[]>()
  const add = (day: LocalDate, entry: CalendarEntry) => byDay.set(day, [...(byDay.get(day) ?? []), entry])
  for (const item of agenda)
    for (const day of listedDays(item, zone, range.from, range.to)) add(day, { kind: 'agenda', item })
  for (const draft of content) add(localDateOf(draft.plannedAt!, zone), { kind: 'content', draft })

  const days: PageDay[] = []
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const entries = [...(byDay.get(date) ?? [])].sort((a, b) => {
      const [ta, na] = sortKey(a, date, zone)
      const [tb, nb] = sortKey(b, date, zone)
      return ta - tb || na - nb
    })
    days.push({
      date,
      inPeriod: date >= range.periodFrom && date <= range.periodTo,
      isToday: date === today,
      entries,
      amplifications: requestsByDay.get(date) ?? [],
      commemorations: commemorations.filter((day) => day.date === date),
    })
  }
  const published = content.filter((draft) => draft.status === 'terbit').map((draft) => draft.id)
  return {
    workspace,
    link,
    query,
    range,
    today,
    now,
    days,
    agencies: await agencyOptions(db, workspace.id),
    agency,
    links: await linksOfDrafts(db, published),
  }
}
