/** Reading issues and their timelines; nothing here writes. */
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/database.js'
import { numbersOrNone } from '../../db/number-list.js'
import type { Issue, IssueEvent } from './types.js'

/** A clarification in these states answers its issue for now; sent back, rejected or withdrawn, it does not. */
const ANSWER_STANDS = ['diajukan', 'disetujui', 'terbit'] as const

/**
 * Issues with their owning agency's code, their reporter's name, and whether a clarification of the
 * owning agency stands (one from an agency the issue was taken from answers nothing now).
 */
export function selectIssues(db: Kysely<Database>) {
  return db
    .selectFrom('issues as s')
    .leftJoin('agencies as a', 'a.id', 's.agency_id')
    .innerJoin('people as p', 'p.id', 's.reported_by')
    .selectAll('s')
    .select(['a.code as agency_code', 'p.display_name as reporter_name'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('content_drafts as d')
            .select(sql.lit(1).as('one'))
            .whereRef('d.issue_id', '=', 's.id')
            .whereRef('d.agency_id', '=', 's.agency_id')
            .where('d.status', 'in', ANSWER_STANDS),
        )
        .as('answer_stands'),
    )
}

type IssueRow = Awaited<ReturnType<ReturnType<typeof selectIssues>['executeTakeFirstOrThrow']>>

export function toIssue(row: IssueRow): Issue {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    text: row.text,
    links: row.links,
    category: row.category,
    level: row.level,
    status: row.status,
    agency: row.agency_id !== null && row.agency_code ? { id: row.agency_id, code: row.agency_code } : null,
    assignedAt: row.assigned_at,
    deadlineAt: row.deadline_at,
    firstAnswerAt: row.first_answer_at,
    answerStands: Boolean(row.answer_stands),
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    reporter: { id: row.reported_by, name: row.reporter_name },
    screenshot:
      row.screenshot_platform && row.screenshot_ref && row.screenshot_media
        ? {
            platform: row.screenshot_platform,
            fileRef: row.screenshot_ref,
            media: row.screenshot_media,
            mimeType: row.screenshot_mime,
          }
        : null,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  }
}

/** The issue with this short number, if there is one. */
export async function findIssue(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<Issue | undefined> {
  const row = await selectIssues(db)
    .where('s.workspace_id', '=', workspaceId)
    .where('s.number', '=', number)
    .executeTakeFirst()
  return row && toIssue(row)
}

/** Issues not yet closed, the oldest first. */
export async function openIssues(db: Kysely<Database>, workspaceId: number): Promise<Issue[]> {
  const rows = await selectIssues(db)
    .where('s.workspace_id', '=', workspaceId)
    .where('s.closed_at', 'is', null)
    .orderBy('s.number')
    .execute()
  return rows.map(toIssue)
}

/** An issue's steps, in order. */
export async function issueTimeline(db: Kysely<Database>, issueId: number): Promise<IssueEvent[]> {
  const rows = await db
    .selectFrom('issue_events as e')
    .innerJoin('people as p', 'p.id', 'e.actor_id')
    .leftJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(['e.event', 'e.at', 'p.display_name', 'a.code', 'e.item_number', 'e.detail'])
    .where('e.issue_id', '=', issueId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute()
  return rows.map((row) => ({
    event: row.event,
    at: row.at,
    actorName: row.display_name,
    agencyCode: row.code,
    itemNumber: row.item_number,
    detail: row.detail,
  }))
}

/** Open issues, or of these only (a row's issue, the issues a command changed) — for the scheduler. */
export async function openIssuesAmong(
  db: Kysely<Database>,
  workspaceId: number,
  numbers?: readonly number[],
): Promise<Issue[]> {
  let query = selectIssues(db).where('s.workspace_id', '=', workspaceId).where('s.closed_at', 'is', null)
  if (numbers) query = query.where('s.number', 'in', numbersOrNone(numbers))
  return (await query.orderBy('s.number').execute()).map(toIssue)
}

/**
 * The issue's latest approved (or published) clarification, by its draft number, with the agency that
 * wrote it: `/isu 5 sebar` shares it only when that agency still owns the issue.
 */
export async function approvedClarification(
  db: Kysely<Database>,
  issueId: number,
): Promise<
  | { readonly number: number; readonly title: string; readonly agencyId: number; readonly code: string }
  | undefined
> {
  const row = await db
    .selectFrom('content_drafts as d')
    .innerJoin('agencies as a', 'a.id', 'd.agency_id')
    .select(['d.number', 'd.title', 'd.agency_id', 'a.code'])
    .where('d.issue_id', '=', issueId)
    .where('d.status', 'in', ['disetujui', 'terbit'])
    .orderBy('d.number', 'desc')
    .executeTakeFirst()
  return row && { number: row.number, title: row.title, agencyId: row.agency_id, code: row.code }
}
