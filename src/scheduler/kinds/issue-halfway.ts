/**
 * Half-way between an issue's assignment and its deadline, into every group: the owning agency is
 * reminded, its people mentioned. Not sent once the agency has sent a clarification; expires at the
 * deadline, when the deadline reminder takes over.
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

export const issueHalfway: DerivedKind<'issue_halfway', IssuePayload> = {
  name: 'issue_halfway',
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
      'issue_halfway',
      'half',
      (issue) =>
        awaitsAnswer(issue)
          ? [new Date((issue.assignedAt!.getTime() + issue.deadlineAt!.getTime()) / 2)]
          : [],
      (issue) => issue.deadlineAt!,
    ),
  render: (db, state, message, options) =>
    issueReminder(db, state, message, 'agency', 'issue.reminder_halfway', options),
}
