/**
 * At an issue's deadline, into every group, when the owning agency has sent no clarification yet: the
 * agency is reminded, its people mentioned. Expires when the coordinator is told it is late.
 */
import {
  aboutEachIssue,
  awaitsAnswer,
  type IssuePayload,
  issuePayload,
  issueReminder,
  issueScope,
} from './about-issues.js'
import { OVERDUE_AFTER_MS } from './issue-overdue.js'
import type { DerivedKind } from './kind.js'

export const issueDeadline: DerivedKind<'issue_deadline', IssuePayload> = {
  name: 'issue_deadline',
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
      'issue_deadline',
      'due',
      (issue) => (awaitsAnswer(issue) ? [issue.deadlineAt!] : []),
      (_issue, dueAt) => new Date(dueAt.getTime() + OVERDUE_AFTER_MS),
    ),
  render: (db, state, message, options) =>
    issueReminder(db, state, message, 'agency', 'issue.reminder_deadline', options),
}
