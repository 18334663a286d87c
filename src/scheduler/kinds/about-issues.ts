/**
 * What the issue reminder kinds share: the moments an issue is followed up, its rows into every group,
 * and the people a reminder mentions there (the owning agency's, or the coordinator). Reminders name the
 * issue by number, level and agency only: its text stays out of groups, where guests read along.
 */
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from '../../db/database.js'
import { issueDeadline } from '../../domain/issues/present.js'
import type { Issue } from '../../domain/issues/types.js'
import { mentionable, mentionList } from '../../domain/people/mentionable.js'
import { type MessageKey, translate } from '../../text/catalog/index.js'
import { durationText } from '../../text/duration-text.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import type { TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from '../producers/state.js'
import { type DeriveWindow, inWindow } from '../producers/window.js'
import { toEachGroup } from './about-items.js'
import { instantField, itemNumberField, itemScope, type Prepared } from './kind.js'

export const issuePayload = z.object({ number: itemNumberField, dueAt: instantField })
export type IssuePayload = z.infer<typeof issuePayload>

export const issueScope = itemScope('issues')

/**
 * Assigned and still owed a clarification: none sent yet, or the ones sent were sent back, rejected or
 * withdrawn (the reminders come back; the first answer's time still counts in /rekap).
 */
export const awaitsAnswer = (issue: Issue) =>
  issue.status === 'ditugaskan' && !issue.answerStands && issue.agency !== null && issue.deadlineAt !== null

/** One row per group for each issue whose moment (`at`) falls in the window. */
export function aboutEachIssue<Name extends string>(
  state: WorkspaceState,
  window: DeriveWindow,
  kind: Name,
  tag: string,
  at: (issue: Issue) => readonly Date[],
  expiry: (issue: Issue, dueAt: Date) => Date,
): PlannedMessage<Name, IssuePayload>[] {
  const workspaceId = state.workspace.id
  return state.issues.flatMap((issue) =>
    at(issue)
      .filter((dueAt) => inWindow(dueAt, window))
      .flatMap((dueAt) =>
        toEachGroup(state, {
          key: (chatId) => `w${workspaceId}:isu#${issue.number}:${tag}:${dueAt.toISOString()}:c${chatId}`,
          kind,
          number: issue.number,
          payload: { number: issue.number, dueAt: dueAt.toISOString() },
          dueAt,
          expiresAt: expiry(issue, dueAt),
        }),
      ),
  )
}

/** The issue a row of the state speaks of (re-derivation has just found it there). */
export function issueOf(state: WorkspaceState, number: number | null): Issue {
  return state.issues.find((issue) => issue.number === number)!
}

/** What a reminder asks of whom: the owning agency to send its clarification, or the coordinator to act. */
const CALL_KEYS = {
  agency: { mention: 'issue.reminder_agency_mention', ask: 'issue.reminder_agency_ask' },
  coordinator: { mention: 'issue.reminder_coordinator_mention', ask: 'issue.reminder_coordinator_ask' },
} as const satisfies Record<string, { mention: MessageKey; ask: MessageKey }>

/**
 * A reminder about the issue of `message`: `titleKey` with the issue's number, agency, deadline and
 * time left or late, then the people to act mentioned in this group — or, when none can be mentioned
 * here, a line asking the agency or the coordinator by name.
 */
export async function issueReminder(
  db: Kysely<Database>,
  state: WorkspaceState,
  message: PlannedMessage,
  who: 'agency' | 'coordinator',
  titleKey: MessageKey,
  options: TextOptions,
): Promise<Prepared> {
  const keys = CALL_KEYS[who]
  const issue = issueOf(state, message.subjectNumber)
  const platform = state.groups.find((group) => group.id === message.chatId)?.platform
  const people =
    platform === undefined
      ? []
      : await mentionable(
          db,
          state.workspace.id,
          who === 'agency' ? { agencyId: issue.agency!.id } : { coordinators: true },
          platform,
        )
  const { lang, now } = options
  const minutes = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000))
  const params = {
    number: issue.number,
    code: issue.agency?.code ?? '',
    deadline: issue.deadlineAt ? issueDeadline(issue.deadlineAt, options) : '',
    left: issue.deadlineAt ? durationText(minutes(now, issue.deadlineAt), lang) : '',
    late: issue.deadlineAt ? durationText(minutes(issue.deadlineAt, now), lang) : '',
    age: durationText(minutes(issue.openedAt, now), lang),
  }
  const text: RichText = [
    paragraph(...translate(lang, titleKey, params)),
    people.length > 0
      ? paragraph(...translate(lang, keys.mention, { ...params, people: mentionList(people) }))
      : paragraph(...translate(lang, keys.ask, params)),
  ]
  return { action: 'send', text, announces: [] }
}
