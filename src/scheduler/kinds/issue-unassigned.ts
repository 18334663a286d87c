/**
 * A `tinggi` issue nobody has been assigned to: every 30 minutes after it was opened, between 06.00 and
 * 22.00 in the forum's zone, into every group, mentioning the coordinator. Each expires when the next
 * is due; assigning or closing the issue withdraws the rest.
 */
import { minutesOfDay } from '../../time/calendar.js'
import { aboutEachIssue, type IssuePayload, issuePayload, issueReminder, issueScope } from './about-issues.js'
import type { DerivedKind } from './kind.js'

const EVERY_MS = 30 * 60_000
/** Waking hours in the forum's zone: nobody is called at night about an unassigned issue. */
const FROM_MINUTES = 6 * 60
const UNTIL_MINUTES = 22 * 60

export const issueUnassigned: DerivedKind<'issue_unassigned', IssuePayload> = {
  name: 'issue_unassigned',
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
      'issue_unassigned',
      'unassigned',
      (issue) => {
        if (issue.status !== 'terbuka' || issue.level !== 'tinggi') return []
        const opened = issue.openedAt.getTime()
        // Only the slots that can fall in the window: the first one at or after its start.
        const first = Math.max(1, Math.ceil((window.from.getTime() - opened) / EVERY_MS))
        const slots: Date[] = []
        for (let at = opened + first * EVERY_MS; at <= window.to.getTime(); at += EVERY_MS) {
          const minutes = minutesOfDay(new Date(at), state.workspace.timezone)
          if (minutes >= FROM_MINUTES && minutes <= UNTIL_MINUTES) slots.push(new Date(at))
        }
        return slots
      },
      (_issue, dueAt) => new Date(dueAt.getTime() + EVERY_MS),
    ),
  render: (db, state, message, options) =>
    issueReminder(db, state, message, 'coordinator', 'issue.reminder_unassigned', options),
}
