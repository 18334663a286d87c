/**
 * Everything the producers derive scheduled messages from, for one workspace: its settings, its active
 * group chats, the items of the coming days, waiting ad-hoc reminders and what chats were told. The
 * planner loads it whole; the sender loads the slice one row needs (`scope`) and derives again, so a row
 * is sent only while the current data still produces exactly its key.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { numbersOrNone } from '../../db/number-list.js'
import { getAgendaItems, listAgendaBetween } from '../../domain/agenda/queries.js'
import { expandSeries } from '../../domain/agenda/recurrence.js'
import type { AgendaItem } from '../../domain/agenda/types.js'
import { openRequestsSince } from '../../domain/amplification/queries.js'
import type { AmplificationRequest } from '../../domain/amplification/types.js'
import { getDrafts, listContentBetween } from '../../domain/content/queries.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { getWorkspace, type Workspace } from '../../domain/workspaces/workspaces.js'
import { localDateOf } from '../../time/calendar.js'
import type { Platform } from '../../vocabulary.js'
import { occurrenceSnapshot } from './occurrence-snapshot.js'
import { agendaSnapshotOf, contentSnapshotOf, readSnapshot, type Snapshot } from './snapshots.js'

export interface GroupChat {
  readonly id: number
  readonly platform: Platform
  readonly briefEnabled: boolean
  /** `HH:MM` in the workspace zone. */
  readonly briefAt: string
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly briefDays: readonly number[]
}

export interface AdHocReminder {
  readonly number: number
  readonly chatId: number
  readonly message: string
  readonly dueAt: Date
  readonly creatorName: string
}

/** An item some chat was told about, with what it was told and what is true now. */
export interface AnnouncedItem {
  readonly number: number
  readonly chatId: number
  readonly before: Snapshot
  readonly after: Snapshot
  readonly updatedAt: Date
}

export interface WorkspaceState {
  readonly now: Date
  readonly workspace: Workspace
  /** Active group chats linked to the workspace: where briefs, reminders and nudges go. */
  readonly groups: readonly GroupChat[]
  /** Scheduled (not cancelled) agenda items of the loaded days. */
  readonly agenda: readonly AgendaItem[]
  /** Drafts planned in the loaded range, not withdrawn or rejected. */
  readonly drafts: readonly ContentDraft[]
  /** Ad-hoc reminders still waiting, due by the end of the range. */
  readonly reminders: readonly AdHocReminder[]
  readonly announced: readonly AnnouncedItem[]
  /** Open amplification requests whose deadline is in the loaded range or later. */
  readonly amplifications: readonly AmplificationRequest[]
}

/** What one outbox row needs: its chat, its item, and only the collections its kind derives from. */
export interface StateScope {
  readonly chatId?: number
  /** These items only (#12): one row's item, or the items a command changed. */
  readonly numbers?: readonly number[]
  readonly need?: ReadonlyArray<'agenda' | 'drafts' | 'reminders' | 'announced' | 'amplifications'>
}

/** Announcements older than this are not compared any more: items are announced a day or so before they happen. */
const ANNOUNCED_MEMORY_MS = 14 * 24 * 3600_000

export async function loadWorkspaceState(
  db: Kysely<Database>,
  workspaceId: number,
  now: Date,
  range: { readonly from: Date; readonly to: Date },
  scope: StateScope = {},
): Promise<WorkspaceState | undefined> {
  const workspace = await getWorkspace(db, workspaceId)
  if (!workspace) return undefined
  const need = new Set(scope.need ?? ['agenda', 'drafts', 'reminders', 'announced', 'amplifications'])
  const zone = workspace.timezone

  // The parts are independent: on a server they load side by side, on a pool's connections.
  const [groups, agenda, drafts, reminders, announced, amplifications] = await Promise.all([
    loadGroups(db, workspaceId, scope),
    need.has('agenda') ? loadAgenda(db, workspaceId, zone, range, scope) : [],
    need.has('drafts') ? loadDrafts(db, workspaceId, range, scope) : [],
    need.has('reminders') ? loadReminders(db, workspaceId, range, scope) : [],
    need.has('announced') ? loadAnnounced(db, workspaceId, now, scope) : [],
    need.has('amplifications') ? openRequestsSince(db, workspaceId, range.from, scope.numbers) : [],
  ])
  return { now, workspace, groups, agenda, drafts, reminders, announced, amplifications }
}

async function loadGroups(db: Kysely<Database>, workspaceId: number, scope: StateScope) {
  let groupsQuery = db
    .selectFrom('chats')
    .select(['id', 'platform', 'brief_enabled', 'brief_at', 'brief_days'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'group')
    .where('active', '=', true)
  if (scope.chatId !== undefined) groupsQuery = groupsQuery.where('id', '=', scope.chatId)
  return (await groupsQuery.orderBy('id').execute()).map((row) => ({
    id: row.id,
    platform: row.platform,
    briefEnabled: row.brief_enabled,
    briefAt: row.brief_at,
    briefDays: row.brief_days,
  }))
}

async function loadAgenda(
  db: Kysely<Database>,
  workspaceId: number,
  zone: string,
  range: { readonly from: Date; readonly to: Date },
  scope: StateScope,
): Promise<AgendaItem[]> {
  const from = localDateOf(range.from, zone)
  const to = localDateOf(range.to, zone)
  if (scope.numbers) {
    const items = await getAgendaItems(db, workspaceId, scope.numbers)
    // A series is its occurrences, as the full load has them: each reminder is about one of them.
    return expandSeries(
      items.filter((item) => item.status === 'terjadwal'),
      from,
      to,
      zone,
    )
  }
  return listAgendaBetween(db, workspaceId, from, to, zone, { includeCancelled: false })
}

async function loadDrafts(
  db: Kysely<Database>,
  workspaceId: number,
  range: { readonly from: Date; readonly to: Date },
  scope: StateScope,
): Promise<ContentDraft[]> {
  if (scope.numbers) return getDrafts(db, workspaceId, scope.numbers)
  return listContentBetween(db, workspaceId, range.from, range.to, { drafts: 'all' })
}

async function loadReminders(
  db: Kysely<Database>,
  workspaceId: number,
  range: { readonly from: Date; readonly to: Date },
  scope: StateScope,
): Promise<AdHocReminder[]> {
  let query = db
    .selectFrom('reminders as r')
    .innerJoin('people as p', 'p.id', 'r.created_by')
    .select(['r.number', 'r.chat_id', 'r.message', 'r.due_at', 'p.display_name'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.status', '=', 'menunggu')
  // One reminder: by its number (the unique key), whatever the pending ones' index would suggest.
  query = scope.numbers
    ? query.where('r.number', 'in', numbersOrNone(scope.numbers))
    : query.where('r.due_at', '<=', range.to).orderBy('r.due_at')
  if (scope.chatId !== undefined) query = query.where('r.chat_id', '=', scope.chatId)
  const rows = (await query.execute()).filter((row) => row.due_at.getTime() <= range.to.getTime())
  return rows.map((row) => ({
    number: row.number,
    chatId: row.chat_id,
    message: row.message,
    dueAt: row.due_at,
    creatorName: row.display_name,
  }))
}

async function loadAnnounced(
  db: Kysely<Database>,
  workspaceId: number,
  now: Date,
  scope: StateScope,
): Promise<AnnouncedItem[]> {
  const since = new Date(now.getTime() - ANNOUNCED_MEMORY_MS)
  const base = () => {
    let query = db
      .selectFrom('announcements as an')
      .where('an.workspace_id', '=', workspaceId)
      .where('an.snapshot', 'is not', null)
      .where('an.announced_at', '>=', since)
    if (scope.chatId !== undefined) query = query.where('an.chat_id', '=', scope.chatId)
    if (scope.numbers) query = query.where('an.number', 'in', numbersOrNone(scope.numbers))
    return query
  }
  const agendaRowsLoading = base()
    .innerJoin('agenda_items as a', (join) =>
      join.onRef('a.workspace_id', '=', 'an.workspace_id').onRef('a.number', '=', 'an.number'),
    )
    .select([
      'an.number',
      'an.chat_id',
      'an.snapshot',
      'a.status',
      'a.all_day',
      'a.starts_at',
      'a.ends_at',
      'a.start_date',
      'a.end_date',
      'a.daily',
      'a.location',
      'a.updated_at',
      'a.recurrence',
    ])
    .execute()
  const contentRowsLoading = base()
    .innerJoin('content_drafts as d', (join) =>
      join.onRef('d.workspace_id', '=', 'an.workspace_id').onRef('d.number', '=', 'an.number'),
    )
    .select(['an.number', 'an.chat_id', 'an.snapshot', 'd.status', 'd.planned_at', 'd.updated_at'])
    .execute()
  const [agendaRows, contentRows] = await Promise.all([agendaRowsLoading, contentRowsLoading])
  const seriesNumbers = [...new Set(agendaRows.filter((row) => row.recurrence).map((row) => row.number))]
  const series = new Map(
    (await getAgendaItems(db, workspaceId, seriesNumbers)).map((item) => [item.number, item]),
  )
  const items: AnnouncedItem[] = []
  for (const row of agendaRows) {
    const before = readSnapshot(row.snapshot)
    if (before) {
      const ofSeries = series.get(row.number)
      items.push({
        number: row.number,
        chatId: row.chat_id,
        before,
        // A chat was told about one occurrence of a series: what is true now is that day's occurrence.
        after:
          ofSeries && before.subject === 'agenda'
            ? occurrenceSnapshot(ofSeries, before)
            : agendaSnapshotOf(row),
        updatedAt: row.updated_at,
      })
    }
  }
  for (const row of contentRows) {
    const before = readSnapshot(row.snapshot)
    if (before) {
      items.push({
        number: row.number,
        chatId: row.chat_id,
        before,
        after: contentSnapshotOf(row),
        updatedAt: row.updated_at,
      })
    }
  }
  return items
}
