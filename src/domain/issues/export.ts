/**
 * What `/ekspor` adds for the issue desk: the issues opened in the period as CSV, one row each with its
 * kind, level, text, links, reporter, owner, deadline, first answer, status and outcome.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { translatePlain } from '../../text/catalog/index.js'
import { localDateOf } from '../../time/calendar.js'
import { formatClock } from '../../time/format.js'
import type { Language } from '../../vocabulary.js'
import { instantsOfDays, type LocalDate } from '../agenda/types.js'
import { neutralizeFormula, toCsv } from '../export/csv.js'
import { categoryName, levelName, outcomeName } from './present.js'
import { selectIssues, toIssue } from './queries.js'

export interface IssueExport {
  readonly csv: string
  readonly issues: number
}

export async function exportIssues(
  db: Kysely<Database>,
  workspace: { id: number; timezone: string; language: Language },
  period: { from: LocalDate; to: LocalDate },
): Promise<IssueExport> {
  const zone = workspace.timezone
  const lang = workspace.language
  const { start, end } = instantsOfDays(period.from, period.to, zone)
  const rows = await selectIssues(db)
    .where('s.workspace_id', '=', workspace.id)
    .where('s.opened_at', '>=', start)
    .where('s.opened_at', '<', end)
    .orderBy('s.number')
    .execute()
  const when = (instant: Date | null) =>
    instant ? `${localDateOf(instant, zone)} ${formatClock(instant, zone, lang)}` : ''
  const header = [
    'export.issue.number',
    'export.issue.opened',
    'export.issue.category',
    'export.issue.level',
    'export.issue.text',
    'export.issue.links',
    'export.issue.reporter',
    'export.column.agency',
    'export.issue.assigned',
    'export.issue.deadline',
    'export.issue.first_answer',
    'export.issue.status',
    'export.issue.outcome',
    'export.issue.closed',
  ] as const
  const cells = rows
    .map(toIssue)
    .map((issue) => [
      String(issue.number),
      when(issue.openedAt),
      categoryName(issue.category, lang),
      levelName(issue.level, lang),
      neutralizeFormula(issue.text),
      issue.links.join(' '),
      neutralizeFormula(issue.reporter.name),
      issue.agency?.code ?? '',
      when(issue.assignedAt),
      when(issue.deadlineAt),
      when(issue.firstAnswerAt),
      issue.status,
      issue.outcome
        ? neutralizeFormula([outcomeName(issue.outcome, lang), issue.outcomeNote].filter(Boolean).join(': '))
        : '',
      when(issue.closedAt),
    ])
  return { csv: toCsv([header.map((key) => translatePlain(lang, key)), ...cells]), issues: rows.length }
}
