/**
 * What the amplification kinds share: the moments a request is followed up (half-way, an hour before
 * its deadline, the deadline itself), its rows into every group, and the reminder text that names the
 * agencies not yet reported and mentions their people.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import {
  claimMentions,
  type MentionCandidate,
  mentionCandidates,
  releaseMentions,
} from '../../domain/amplification/mentions.js'
import { codeList, formatDeadline } from '../../domain/amplification/present.js'
import { requestProgress } from '../../domain/amplification/queries.js'
import type { AmplificationRequest } from '../../domain/amplification/types.js'
import { type MessageKey, translate } from '../../text/catalog/index.js'
import { type Inline, mention, paragraph, type RichText } from '../../text/rich-text.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from '../producers/state.js'
import { type DeriveWindow, inWindow } from '../producers/window.js'
import { toEachGroup } from './about-items.js'
import type { Prepared, RowSubject } from './kind.js'

const HOUR = 3600_000
/** A half-way reminder this close to the last-hour one would only repeat it. */
const LEAST_GAP_MS = 30 * 60_000
/**
 * Most people one reminder mentions: a message tagging hundreds is what gets a WhatsApp number banned.
 * The rest still see their agency's code, and the next reminder may mention them.
 */
const MENTIONS_PER_MESSAGE = 25

/** An hour before the deadline, when the request was open before then. */
export function lastHourOf(request: AmplificationRequest): Date | undefined {
  const at = request.deadlineAt.getTime() - HOUR
  return at > request.openedAt.getTime() ? new Date(at) : undefined
}

/** Half-way between opening and deadline, when that comes well before the last-hour reminder. */
export function midpointOf(request: AmplificationRequest): Date | undefined {
  const at = (request.openedAt.getTime() + request.deadlineAt.getTime()) / 2
  const lastHour = lastHourOf(request)?.getTime() ?? request.deadlineAt.getTime()
  return at <= lastHour - LEAST_GAP_MS ? new Date(at) : undefined
}

/** One row per group for each open request whose moment (`at`) falls in the window. */
export function aboutEachRequest<Name extends string>(
  state: WorkspaceState,
  window: DeriveWindow,
  kind: Name,
  tag: string,
  at: (request: AmplificationRequest) => Date | undefined,
  expiry: (request: AmplificationRequest, dueAt: Date) => Date,
): PlannedMessage<Name, { number: number; dueAt: string }>[] {
  const workspaceId = state.workspace.id
  return state.amplifications.flatMap((request) => {
    const dueAt = at(request)
    if (!dueAt || !inWindow(dueAt, window)) return []
    return toEachGroup(state, {
      key: (chatId) => `w${workspaceId}:sebar#${request.number}:${tag}:${dueAt.toISOString()}:c${chatId}`,
      kind,
      number: request.number,
      payload: { number: request.number, dueAt: dueAt.toISOString() },
      dueAt,
      expiresAt: expiry(request, dueAt),
    })
  })
}

/** The request a row of the state speaks of (re-derivation has just found it there). */
export function requestOf(state: WorkspaceState, number: number | null): AmplificationRequest {
  return state.amplifications.find((request) => request.number === number)!
}

/**
 * The people to mention for agencies not yet reported: their admins, or their members when the agency
 * has no admin reachable here — each person at most once per request, whichever reminder comes first.
 */
async function mentionsFor(
  db: Kysely<Database>,
  state: WorkspaceState,
  request: AmplificationRequest,
  agencyIds: readonly number[],
  message: PlannedMessage,
  now: Date,
): Promise<MentionCandidate[]> {
  const platform = state.groups.find((group) => group.id === message.chatId)?.platform
  if (!platform) return []
  const candidates = await mentionCandidates(
    db,
    state.workspace.id,
    request.id,
    agencyIds,
    platform,
    message.key,
  )
  const chosen = agencyIds
    .flatMap((agencyId) => {
      const people = candidates.filter((candidate) => candidate.agencyId === agencyId)
      const admins = people.filter((candidate) => candidate.role === 'admin')
      return (admins.length > 0 ? admins : people).filter((candidate) => !candidate.mentioned)
    })
    .slice(0, MENTIONS_PER_MESSAGE)
  const claimed = await claimMentions(
    db,
    request.id,
    chosen.map((candidate) => candidate.personId),
    message.key,
    now,
  )
  return chosen.filter((candidate) => claimed.has(candidate.personId))
}

/** A reminder row given up unsent (expired, failed for good): the people it would mention are free again. */
export async function releaseReminderMentions(db: Kysely<Database>, subject: RowSubject): Promise<void> {
  await releaseMentions(db, subject.key)
}

/** A reminder naming the agencies that have not reported; nothing to send when every one has. */
export async function renderReminder(
  db: Kysely<Database>,
  state: WorkspaceState,
  message: PlannedMessage,
  titleKey: MessageKey,
  options: TextOptions,
): Promise<Prepared> {
  const request = requestOf(state, message.subjectNumber)
  const progress = await requestProgress(db, request)
  const notYet = progress.targets.filter((target) => target.links.length === 0)
  if (notYet.length === 0) return { action: 'skip', reason: 'skipped: every agency has reported' }
  const people = await mentionsFor(
    db,
    state,
    request,
    notYet.map((target) => target.agencyId),
    message,
    options.now,
  )
  const { lang } = options
  const text: RichText = [
    line(lang, titleKey, {
      number: request.number,
      title: request.title,
      deadline: formatDeadline(request, options),
    }),
    line(lang, 'amplify.progress', {
      reported: progress.targets.length - notYet.length,
      targets: progress.targets.length,
    }),
    line(lang, 'amplify.not_reported', {
      count: notYet.length,
      codes: codeList(notYet.map((target) => target.code)),
    }),
  ]
  if (people.length > 0) {
    const named: Inline[] = people.flatMap((person, index) => [
      ...(index > 0 ? [', '] : []),
      mention({
        platform: state.groups.find((group) => group.id === message.chatId)!.platform,
        externalId: person.externalId,
        name: person.name,
        ...(person.username ? { username: person.username } : {}),
      }),
    ])
    text.push(paragraph(...translate(lang, 'amplify.reminder_mentions', { people: named })))
  }
  text.push(line(lang, 'amplify.request_how', { number: request.number }))
  return { action: 'send', text, announces: [] }
}
