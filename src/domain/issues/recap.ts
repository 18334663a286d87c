/**
 * `/rekap`'s issue figures per agency, over the issues assigned in the period: how many it was given,
 * how many it answered (sent a clarification), the median time from assignment to its first
 * clarification, and how many went past their deadline unanswered (answered late, or still unanswered
 * when the deadline passed — an issue closed before its deadline without an answer is not late).
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { type Language, translate } from '../../text/catalog/index.js'
import { durationText } from '../../text/duration-text.js'
import { list, paragraph, type RichText } from '../../text/rich-text.js'

export interface AgencyIssueFigures {
  readonly code: string
  readonly assigned: number
  readonly answered: number
  /** Minutes; null when nothing was answered. */
  readonly medianMinutes: number | null
  readonly overdue: number
}

interface AssignedIssue {
  readonly code: string
  readonly assignedAt: Date
  readonly deadlineAt: Date
  readonly firstAnswerAt: Date | null
  readonly closedAt: Date | null
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}

/** The figures of each agency, by code, from the issues assigned to it. Pure. */
export function figuresOf(issues: readonly AssignedIssue[], now: Date): AgencyIssueFigures[] {
  const byCode = new Map<string, AssignedIssue[]>()
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue])
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, own]) => {
      const answered = own.filter((issue) => issue.firstAnswerAt !== null)
      const late = own.filter((issue) => {
        const answerOrNow = issue.firstAnswerAt ?? issue.closedAt ?? now
        return answerOrNow.getTime() > issue.deadlineAt.getTime()
      })
      return {
        code,
        assigned: own.length,
        answered: answered.length,
        medianMinutes: median(
          answered.map((issue) =>
            Math.round((issue.firstAnswerAt!.getTime() - issue.assignedAt.getTime()) / 60_000),
          ),
        ),
        overdue: late.length,
      }
    })
}

/** The issues assigned in [start, end), with their agency's code. */
export async function issueFiguresByAgency(
  db: Kysely<Database>,
  workspaceId: number,
  start: Date,
  end: Date,
  now: Date,
): Promise<AgencyIssueFigures[]> {
  const rows = await db
    .selectFrom('issues as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select(['a.code', 's.assigned_at', 's.deadline_at', 's.first_answer_at', 's.closed_at'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.assigned_at', '>=', start)
    .where('s.assigned_at', '<', end)
    .execute()
  return figuresOf(
    rows.map((row) => ({
      code: row.code,
      assignedAt: row.assigned_at!,
      deadlineAt: row.deadline_at!,
      firstAnswerAt: row.first_answer_at,
      closedAt: row.closed_at,
    })),
    now,
  )
}

/** The recap's issue section; nothing when no issue was assigned in the period. */
export function issueRecapText(figures: readonly AgencyIssueFigures[], lang: Language): RichText {
  if (figures.length === 0) return []
  return [
    paragraph(...translate(lang, 'issue.recap_title')),
    list(
      figures.map((row) =>
        translate(lang, 'issue.recap_line', {
          code: row.code,
          assigned: row.assigned,
          answered: row.answered,
          median: row.medianMinutes === null ? '–' : durationText(row.medianMinutes, lang),
          overdue: row.overdue,
        }),
      ),
    ),
  ]
}
