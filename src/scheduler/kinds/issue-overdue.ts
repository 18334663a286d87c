/**
 * Thirty minutes after an issue's deadline with no clarification from the owning agency, into every
 * group: the coordinator is told ("terlambat 30 menit") and mentioned, to chase or reassign it. Sent
 * late for up to two hours after that; later it would only be noise.
 */
import {
  aboutEachIssue,
  awaitsAnswer,
  type IssuePayload,
  issuePayload,
  issueReminder,
  issueScope,
} from './about-issues.js'
import type { DerivedKind } from './kind.js'

/** How late an unanswered issue is when the coordinator hears of it. */
export const OVERDUE_AFTER_MS = 30 * 60_000
const STALE_AFTER_MS = 2 * 3600_000

export const issueOverdue: DerivedKind<'issue_overdue', IssuePayload> = {
  name: 'issue_overdue',
  source: 'derived',
  payload: issuePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: issueScope,
  derive: (state, window) =>
    aboutEachIssue(
      state,
      window,
      'issue_overdue',
      'late',
      (issue) => (awaitsAnswer(issue) ? [new Date(issue.deadlineAt!.getTime() + OVERDUE_AFTER_MS)] : []),
      (_issue, dueAt) => new Date(dueAt.getTime() + STALE_AFTER_MS),
    ),
  render: (db, state, message, options) =>
    issueReminder(db, state, message, 'coordinator', 'issue.reminder_overdue', options),
}
