import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { selectIssues, toIssue } from '../issues/queries.js'
import type { Issue } from '../issues/types.js'

/** How an agency (or the forum) answered the issues assigned to it that were opened in a period. */
export interface IssueFigures {
  readonly assigned: number
  /** Of those, answered with a first clarification. */
  readonly answered: number
  /** The median time from assignment to the first answer; null when none was answered. */
  readonly medianResponseMinutes: number | null
}

export const NO_ISSUES: IssueFigures = { assigned: 0, answered: 0, medianResponseMinutes: null }

/** Issues opened in [start, end), by number. */
export async function issuesOpenedBetween(
  db: Kysely<Database>,
  workspaceId: number,
  period: { start: Date; end: Date },
): Promise<Issue[]> {
  const rows = await selectIssues(db)
    .where('s.workspace_id', '=', workspaceId)
    .where('s.opened_at', '>=', period.start)
    .where('s.opened_at', '<', period.end)
    .orderBy('s.number')
    .execute()
  return rows.map(toIssue)
}

/** Minutes from assignment to the first answer, for an answered issue. */
export function responseMinutes(issue: Issue): number | null {
  if (!issue.assignedAt || !issue.firstAnswerAt) return null
  return Math.round((issue.firstAnswerAt.getTime() - issue.assignedAt.getTime()) / 60_000)
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}

function figuresOf(issues: readonly Issue[]): IssueFigures {
  const times = issues.map(responseMinutes).filter((minutes) => minutes !== null)
  return { assigned: issues.length, answered: times.length, medianResponseMinutes: median(times) }
}

/** Per owning agency and for the whole forum: issues assigned, answered, and the median response. */
export function issueFigures(issues: readonly Issue[]): {
  byAgency: Map<number, IssueFigures>
  total: IssueFigures
} {
  const assigned = issues.filter((issue) => issue.agency !== null)
  const grouped = new Map<number, Issue[]>()
  for (const issue of assigned)
    grouped.set(issue.agency!.id, [...(grouped.get(issue.agency!.id) ?? []), issue])
  return {
    byAgency: new Map([...grouped].map(([agencyId, own]) => [agencyId, figuresOf(own)])),
    total: figuresOf(assigned),
  }
}
