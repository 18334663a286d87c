import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ContentStatus } from '../../vocabulary.js'
import { type ContentDraft, type ContentReview, type DraftScope, PUBLIC_STATUSES } from './types.js'

type Db = Kysely<Database>

/** Drafts of any status a reader with `scope` may see: approved and published ones, and the scope's own. */
function visibleIn(scope: DraftScope) {
  return (eb: ExpressionBuilder<Database & { d: Database['content_drafts'] }, 'd'>) => {
    if (scope === 'all') return eb.lit(true)
    const published = eb('d.status', 'in', [...PUBLIC_STATUSES])
    return scope === 'none' ? published : eb.or([published, eb('d.agency_id', '=', scope.agencyId)])
  }
}

function selectDrafts(db: Db) {
  return db
    .selectFrom('content_drafts as d')
    .innerJoin('agencies as a', 'a.id', 'd.agency_id')
    .innerJoin('people as p', 'p.id', 'd.created_by')
    .leftJoin('key_messages as k', 'k.id', 'd.key_message_id')
    .leftJoin('issues as i', 'i.id', 'd.issue_id')
    .select([
      'd.id',
      'd.workspace_id',
      'd.number',
      'd.agency_id',
      'a.code as agency_code',
      'a.name as agency_name',
      'd.title',
      'd.body',
      'd.platforms',
      'd.planned_at',
      'd.hashtags',
      'd.key_message_id',
      'k.number as key_message_number',
      'k.theme as key_message_theme',
      'd.status',
      'd.created_by',
      'p.display_name as creator_name',
      'd.created_at',
      'd.updated_at',
      'd.published_at',
      'i.number as issue_number',
    ])
}

type DraftRow = Awaited<ReturnType<ReturnType<typeof selectDrafts>['executeTakeFirstOrThrow']>>

function toDraft(row: DraftRow): ContentDraft {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    title: row.title,
    body: row.body,
    platforms: row.platforms,
    plannedAt: row.planned_at,
    hashtags: row.hashtags,
    keyMessage:
      row.key_message_id !== null && row.key_message_number !== null && row.key_message_theme !== null
        ? { id: row.key_message_id, number: row.key_message_number, theme: row.key_message_theme }
        : null,
    status: row.status,
    createdBy: row.created_by,
    creatorName: row.creator_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    issueNumber: row.issue_number,
  }
}

/** The draft with this short number in the workspace, or undefined. */
export async function getDraft(
  db: Db,
  workspaceId: number,
  number: number,
): Promise<ContentDraft | undefined> {
  const row = await selectDrafts(db)
    .where('d.workspace_id', '=', workspaceId)
    .where('d.number', '=', number)
    .executeTakeFirst()
  return row && toDraft(row)
}

/** The drafts with these short numbers (other kinds' numbers are skipped), by number. */
export async function getDrafts(
  db: Db,
  workspaceId: number,
  numbers: readonly number[],
): Promise<ContentDraft[]> {
  if (numbers.length === 0) return []
  const rows = await selectDrafts(db)
    .where('d.workspace_id', '=', workspaceId)
    .where('d.number', 'in', numbers)
    .orderBy('d.number')
    .execute()
  return rows.map(toDraft)
}

/** How many drafts of the workspace a reader with `scope` may see are in each status. */
export async function countDraftsByStatus(
  db: Db,
  workspaceId: number,
  scope: DraftScope = 'all',
): Promise<Record<ContentStatus, number>> {
  const rows = await db
    .selectFrom('content_drafts as d')
    .select(['d.status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('d.workspace_id', '=', workspaceId)
    .where(visibleIn(scope))
    .groupBy('d.status')
    .execute()
  const counts: Record<ContentStatus, number> = {
    diajukan: 0,
    revisi: 0,
    disetujui: 0,
    terbit: 0,
    ditolak: 0,
    dibatalkan: 0,
  }
  for (const row of rows) counts[row.status] = Number(row.count)
  return counts
}

/**
 * Drafts in one status, at most `limit`. Open drafts (diajukan, revisi, disetujui) come by planned
 * time, unscheduled last — after the clarifications of issues, which are urgent and come first;
 * closed ones (terbit, ditolak, dibatalkan) most recent first.
 */
export async function listDraftsWithStatus(
  db: Db,
  workspaceId: number,
  status: ContentStatus,
  limit: number,
  scope: DraftScope = 'all',
): Promise<ContentDraft[]> {
  let query = selectDrafts(db)
    .where('d.workspace_id', '=', workspaceId)
    .where('d.status', '=', status)
    .where(visibleIn(scope))
  query =
    status === 'terbit' || status === 'ditolak' || status === 'dibatalkan'
      ? query.orderBy('d.updated_at', 'desc').orderBy('d.number', 'desc')
      : query
          .orderBy(sql`d.issue_id IS NULL`)
          .orderBy('d.planned_at', (ob) => ob.asc().nullsLast())
          .orderBy('d.number')
  const rows = await query.limit(limit).execute()
  return rows.map(toDraft)
}

/**
 * The period rule of recaps, exports and reports: a draft belongs to the period of its planned
 * instant, or, when never scheduled, of the moment it was submitted.
 */
export function draftInPeriod(start: Date, end: Date) {
  return (eb: ExpressionBuilder<Database & { d: Database['content_drafts'] }, 'd'>) =>
    eb.or([
      eb.and([eb('d.planned_at', '>=', start), eb('d.planned_at', '<', end)]),
      eb.and([eb('d.planned_at', 'is', null), eb('d.created_at', '>=', start), eb('d.created_at', '<', end)]),
    ])
}

/** Every draft of a period (`draftInPeriod`), whatever its status: the coordinator's export and report. */
export async function listDraftsOfPeriod(
  db: Db,
  workspaceId: number,
  start: Date,
  end: Date,
): Promise<ContentDraft[]> {
  const rows = await selectDrafts(db)
    .where('d.workspace_id', '=', workspaceId)
    .where(draftInPeriod(start, end))
    .orderBy((eb) => eb.fn.coalesce('d.planned_at', 'd.created_at'))
    .orderBy('d.number')
    .execute()
  return rows.map(toDraft)
}

/**
 * Drafts planned in [from, to), by planned time, for the calendar, the brief and reminders: those
 * `drafts` may see. Withdrawn and rejected drafts are left out (rejected ones come with
 * `includeRejected`).
 */
export async function listContentBetween(
  db: Db,
  workspaceId: number,
  from: Date,
  to: Date,
  options: { drafts: DraftScope; includeRejected?: boolean },
): Promise<ContentDraft[]> {
  const statuses: ContentStatus[] = ['diajukan', 'revisi', 'disetujui', 'terbit']
  // The coordinator's web calendar also shows what was rejected, in its slot, marked.
  if (options.includeRejected) statuses.push('ditolak')
  const rows = await selectDrafts(db)
    .where('d.workspace_id', '=', workspaceId)
    .where('d.planned_at', '>=', from)
    .where('d.planned_at', '<', to)
    .where('d.status', 'in', statuses)
    .where(visibleIn(options.drafts))
    .orderBy('d.planned_at')
    .orderBy('d.number')
    .execute()
  return rows.map(toDraft)
}

/** Drafts waiting for the coordinator's review (status diajukan), soonest planned first, at most `limit` (50). */
export async function listPendingReview(
  db: Db,
  workspaceId: number,
  options: { limit?: number; drafts?: DraftScope } = {},
): Promise<ContentDraft[]> {
  return listDraftsWithStatus(db, workspaceId, 'diajukan', options.limit ?? 50, options.drafts)
}

/** The last `limit` entries of a draft's review history, oldest first, and how many there are in all. */
export async function reviewHistory(
  db: Db,
  draftId: number,
  limit = 8,
): Promise<{ entries: ContentReview[]; total: number }> {
  const rows = await db
    .selectFrom('content_reviews as r')
    .innerJoin('people as p', 'p.id', 'r.actor_id')
    .select(['r.action', 'r.note', 'r.actor_id', 'p.display_name', 'r.created_at'])
    .where('r.draft_id', '=', draftId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute()
  const { count } = await db
    .selectFrom('content_reviews')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('draft_id', '=', draftId)
    .executeTakeFirstOrThrow()
  const entries = rows.reverse().map((r) => ({
    action: r.action,
    note: r.note,
    actorId: r.actor_id,
    actorName: r.display_name,
    at: r.created_at,
  }))
  return { entries, total: Number(count) }
}

/** The published links of a draft, in the order they were reported. */
export async function draftLinks(db: Db, draftId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('content_links')
    .select('url')
    .where('draft_id', '=', draftId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.url)
}

/** The files attached to a draft (platform file references), oldest first. */
export async function draftAttachments(db: Db, draftId: number) {
  return db
    .selectFrom('content_attachments')
    .select(['media', 'platform', 'file_ref', 'file_name', 'mime_type'])
    .where('draft_id', '=', draftId)
    .orderBy('id')
    .execute()
}

/** How many files a draft has. */
export async function attachmentCount(db: Db, draftId: number): Promise<number> {
  const { count } = await db
    .selectFrom('content_attachments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('draft_id', '=', draftId)
    .executeTakeFirstOrThrow()
  return Number(count)
}
