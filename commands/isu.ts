import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import {
  type CommandResult,
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import type { Attachment, Outgoing } from '../src/chat/types.js'
import { agencyNotFound, findAgencyByCode } from '../src/domain/agencies/queries.js'
import { readDeadline } from '../src/domain/amplification/deadline.js'
import { linkedGroups } from '../src/domain/chats/chats.js'
import { submitClarification } from '../src/domain/issues/clarification.js'
import {
  assignIssue,
  closeIssue,
  openIssue,
  recordAmplified,
  requireIssue,
} from '../src/domain/issues/issues.js'
import {
  categoryName,
  countText,
  issueDeadline,
  issueText,
  levelName,
  listText,
  outcomeName,
  type PresentOptions,
} from '../src/domain/issues/present.js'
import { approvedClarification, issueTimeline, openIssues } from '../src/domain/issues/queries.js'
import {
  DEFAULT_ANSWER_TIME_MS,
  readAnswerTime,
  readClarification,
  readIssue,
  readOutcome,
} from '../src/domain/issues/read-issue.js'
import type { Issue, IssueEvent, IssueScreenshot } from '../src/domain/issues/types.js'
import { coordinatorIds } from '../src/domain/memberships/queries.js'
import { coordinatorsNotOn, mentionable, mentionList } from '../src/domain/people/mentionable.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { type MessageKey, translatePlain } from '../src/text/catalog/index.js'
import { durationText } from '../src/text/duration-text.js'
import { type Block, paragraph, type RichText } from '../src/text/rich-text.js'
import { ECHO_MAX, shorten } from '../src/text/shorten.js'
import type { Platform } from '../src/vocabulary.js'
import { attachmentsOf, reviewButtons } from './konten.js'
import { openAmplification } from './sebar.js'

const ASSIGN_WORDS = new Set(['tugaskan', 'assign'])
const CLOSE_WORDS = new Set(['selesai', 'close', 'done'])
const ANSWER_WORDS = new Set(['tanggapan', 'answer', 'klarifikasi'])
const AMPLIFY_WORDS = new Set(['sebar', 'amplify'])

/** Enough of a clarification for the coordinator to judge its urgency; `/konten 7` has it whole. */
const BODY_PREVIEW = 500

const presentOptions = (ctx: WorkspaceContext): PresentOptions => ({
  lang: ctx.lang,
  zone: ctx.workspace.timezone,
  now: ctx.now,
})

/** Issue details are for members in private chats; a group (where guests sit) and guests see counts. */
const seesDetails = (ctx: WorkspaceContext) =>
  ctx.chat.kind === 'private' && ctx.actor.membership !== undefined

async function list(ctx: WorkspaceContext): Promise<RichText> {
  const issues = await openIssues(ctx.db, ctx.workspace.id)
  if (seesDetails(ctx)) return listText(issues, presentOptions(ctx))
  const text = countText(issues, ctx.lang)
  if (issues.length > 0 && ctx.actor.membership) text.push(paragraph(...ctx.t('issue.count_where')))
  return text
}

/**
 * `/isu 5`: everything for a member in a private chat; in a group, where guests read along, whether it
 * is open and a pointer to the private chat, as for drafts under review.
 */
async function show(ctx: WorkspaceContext, number: number): Promise<RichText> {
  const issue = await requireIssue(ctx.db, ctx.workspace.id, number)
  if (seesDetails(ctx)) return issueText(issue, await issueTimeline(ctx.db, issue.id), presentOptions(ctx))
  const state = translatePlain(ctx.lang, issue.closedAt ? 'issue.state_closed' : 'issue.state_open')
  return [paragraph(...ctx.t('issue.hidden_in_group', { number, state }))]
}

/** The photo sent with the command (or in the message it replies to): a screenshot of what was seen. */
function screenshotOf(ctx: WorkspaceContext): IssueScreenshot | null {
  const isImage = (file: Attachment) =>
    file.media === 'photo' || (file.media === 'document' && file.mimeType?.startsWith('image/') === true)
  const file = [...ctx.incoming.attachments, ...(ctx.incoming.replyTo?.attachments ?? [])].find(isImage)
  if (!file) return null
  return {
    platform: ctx.chat.platform,
    fileRef: file.fileRef,
    media: file.media,
    mimeType: file.mimeType ?? null,
  }
}

/**
 * `/isu <teks>`: opens the issue. In a group the coordinator is mentioned under a short confirmation
 * (the text is in the group already); privately the sender gets the details and each coordinator too.
 */
/**
 * In a group, the coordinators (not the sender) mentioned with `mentionKey`, so their phones ring; when
 * none can be mentioned on this platform, `askKey` asks for them by role.
 */
async function callCoordinators(
  ctx: WorkspaceContext,
  mentionKey: MessageKey,
  askKey: MessageKey,
  params: Record<string, string | number>,
): Promise<Block> {
  const people = await mentionable(
    ctx.db,
    ctx.workspace.id,
    { coordinators: true },
    ctx.chat.platform,
    ctx.actor.personId,
  )
  return people.length > 0
    ? paragraph(...ctx.t(mentionKey, { ...params, people: mentionList(people) }))
    : paragraph(...ctx.t(askKey, params))
}

async function open(ctx: WorkspaceContext, rest: string, body: readonly string[]): Promise<CommandResult> {
  await requireAccess('member', ctx)
  const issue = await openIssue(ctx.db, changeOf(ctx), readIssue(rest, body), screenshotOf(ctx))
  const confirmation: RichText = [
    paragraph(
      ...ctx.t('issue.opened', {
        number: issue.number,
        category: categoryName(issue.category, ctx.lang),
        level: levelName(issue.level, ctx.lang),
      }),
    ),
  ]
  if (issue.screenshot) confirmation.push(paragraph(...ctx.t('issue.opened_screenshot')))
  let timeline: Promise<readonly IssueEvent[]> | undefined
  const details = async (textMax?: number) => {
    timeline ??= issueTimeline(ctx.db, issue.id)
    return issueText(issue, await timeline, presentOptions(ctx), textMax)
  }
  const toCoordinators = async (personIds: readonly number[]): Promise<Outgoing[]> => {
    if (personIds.length === 0) return []
    const text: RichText = [
      paragraph(
        ...ctx.t('issue.new_for_coordinator', { number: issue.number, reporter: issue.reporter.name }),
      ),
      ...(await details()),
      paragraph(...ctx.t('issue.opened_ask', { number: issue.number })),
    ]
    return personIds.map((personId) => ({ target: { kind: 'person', personId }, text }))
  }
  if (ctx.chat.kind === 'group') {
    confirmation.push(
      await callCoordinators(ctx, 'issue.opened_mention', 'issue.opened_ask', { number: issue.number }),
    )
    // A coordinator on the other platform would otherwise hear of it only in the next brief.
    const elsewhere = await coordinatorsNotOn(ctx.db, ctx.workspace.id, ctx.chat.platform, ctx.actor.personId)
    return { messages: [...reply(confirmation).messages, ...(await toCoordinators(elsewhere))] }
  }
  const coordinators = (await coordinatorIds(ctx.db, ctx.workspace.id)).filter(
    (personId) => personId !== ctx.actor.personId,
  )
  return {
    messages: [
      {
        target: { kind: 'reply' },
        text: [...confirmation, paragraph(), ...(await details(ECHO_MAX))],
        quote: true,
      },
      ...(await toCoordinators(coordinators)),
    ],
  }
}

/** The deadline `tugaskan` sets: written (`3 jam`, `besok 09.00`) or by the issue's level. */
function deadlineOf(ctx: WorkspaceContext, issue: Issue, written: string): Date {
  if (!written) return new Date(ctx.now.getTime() + DEFAULT_ANSWER_TIME_MS[issue.level])
  const span = readAnswerTime(written)
  if (span !== undefined) return new Date(ctx.now.getTime() + span)
  return readDeadline(written, ctx.now, ctx.workspace.timezone, ctx.lang).at
}

/** The assignment notice for a chat on `platform`: the agency's people mentioned there. */
async function assignmentNotice(
  ctx: WorkspaceContext,
  issue: Issue,
  previous: Issue['agency'],
  platform: Platform,
): Promise<RichText> {
  const agency = issue.agency!
  const left = Math.round((issue.deadlineAt!.getTime() - ctx.now.getTime()) / 60_000)
  const text: RichText = [
    paragraph(
      ...ctx.t('issue.assigned', {
        number: issue.number,
        code: agency.code,
        deadline: issueDeadline(issue.deadlineAt!, presentOptions(ctx)),
        left: durationText(left, ctx.lang),
      }),
    ),
  ]
  if (previous && previous.id !== agency.id)
    text.push(paragraph(...ctx.t('issue.reassigned_from', { code: previous.code })))
  const people = await mentionable(
    ctx.db,
    ctx.workspace.id,
    { agencyId: agency.id },
    platform,
    ctx.actor.personId,
  )
  text.push(
    people.length > 0
      ? paragraph(...ctx.t('issue.assigned_mention', { people: mentionList(people), number: issue.number }))
      : paragraph(...ctx.t('issue.assigned_ask', { code: agency.code, number: issue.number })),
    paragraph(...ctx.t('issue.assigned_where', { number: issue.number })),
  )
  return text
}

/** `/isu 5 tugaskan DINKES [tenggat]`: the reply and every other group of the forum get the notice. */
async function assign(
  ctx: WorkspaceContext,
  number: number,
  words: readonly string[],
): Promise<CommandResult> {
  await requireAccess('coordinator', ctx)
  const [code, ...deadlineWords] = words
  if (!code) throw new UserError('issue.code_missing', { number })
  const agency = await findAgencyByCode(ctx.db, ctx.workspace.id, code)
  if (!agency) throw await agencyNotFound(ctx.db, ctx.workspace.id, code)
  if (agency.archivedAt) throw new UserError('issue.agency_archived', { code: agency.code })
  const current = await requireIssue(ctx.db, ctx.workspace.id, number)
  const deadline = deadlineOf(ctx, current, deadlineWords.join(' ').trim())
  const { issue, previous } = await assignIssue(ctx.db, changeOf(ctx), number, agency, deadline)
  const messages: Outgoing[] = [
    {
      target: { kind: 'reply' },
      text: await assignmentNotice(ctx, issue, previous, ctx.chat.platform),
      quote: true,
    },
  ]
  for (const group of await linkedGroups(ctx.db, ctx.workspace.id)) {
    if (group.id === ctx.chat.id) continue
    messages.push({
      target: { kind: 'chat', chatId: group.id },
      text: await assignmentNotice(ctx, issue, previous, group.platform),
    })
  }
  return { messages }
}

/**
 * `/isu 5 tanggapan` + key form: the owning agency's clarification becomes an urgent draft, first in
 * the review queue; the coordinator is mentioned at once (privately when sent privately). In a group
 * the draft's text is not repeated, as for every draft under review.
 */
async function answer(
  ctx: WorkspaceContext,
  number: number,
  lines: readonly string[],
): Promise<CommandResult> {
  await requireAccess('agency', ctx)
  const written = readClarification(number, lines)
  const membership = ctx.actor.membership
  const { issue, draft } = await submitClarification(
    ctx.db,
    changeOf(ctx),
    {
      personId: ctx.actor.personId,
      isCoordinator: membership?.role === 'koordinator',
      agencyId: membership?.agencyId ?? null,
    },
    number,
    {
      title: written.title ?? translatePlain(ctx.lang, 'issue.answer_title', { number }),
      body: written.body,
      platforms: written.platforms,
      plannedAt: null,
      hashtags: written.hashtags,
    },
    { attachments: attachmentsOf(ctx) },
  )
  const params = { number: issue.number, draft: draft.number, title: draft.title }
  const text: RichText = [paragraph(...ctx.t('issue.answer_submitted', params))]
  const buttons = reviewButtons(ctx, draft.number)
  if (ctx.chat.kind === 'group') {
    text.push(await callCoordinators(ctx, 'issue.answer_mention', 'issue.answer_ask', params))
    return reply(text, { buttons })
  }
  const forCoordinator: RichText = [
    paragraph(
      ...ctx.t('issue.answer_for_coordinator', {
        ...params,
        name: ctx.actor.displayName,
        code: issue.agency?.code ?? '',
      }),
    ),
    paragraph(shorten(draft.body, BODY_PREVIEW)),
    paragraph(...ctx.t('issue.answer_ask', params)),
  ]
  const toCoordinators: Outgoing[] = (await coordinatorIds(ctx.db, ctx.workspace.id))
    .filter((personId) => personId !== ctx.actor.personId)
    .map((personId) => ({ target: { kind: 'person', personId }, text: forCoordinator, buttons }))
  return {
    messages: [
      {
        target: { kind: 'reply' },
        text: [...text, paragraph(...ctx.t('issue.answer_ask', params))],
        quote: true,
        buttons,
      },
      ...toCoordinators,
    ],
  }
}

/**
 * `/isu 5 sebar`: asks every agency to amplify the owning agency's approved clarification, through the
 * usual amplification request (`/sebar`), its title naming the issue.
 */
async function amplify(ctx: WorkspaceContext, number: number): Promise<CommandResult> {
  await requireAccess('coordinator', ctx)
  const issue = await requireIssue(ctx.db, ctx.workspace.id, number)
  const clarification = await approvedClarification(ctx.db, issue.id)
  if (!clarification) throw new UserError('issue.nothing_to_amplify', { number })
  // The issue changed hands after that approval: what is shared must be the current owner's answer.
  if (issue.agency && clarification.agencyId !== issue.agency.id)
    throw new UserError('issue.nothing_to_amplify_from_owner', {
      number,
      code: issue.agency.code,
      draft: clarification.number,
      previous: clarification.code,
    })
  const result = await openAmplification(ctx, {
    contentNumber: clarification.number,
    links: [],
    title: translatePlain(ctx.lang, 'issue.amplify_title', { number, title: clarification.title }),
    agencies: 'all',
  })
  await recordAmplified(ctx.db, changeOf(ctx), number, result.requestNumber)
  return { messages: result.messages }
}

/** `/isu 5 selesai <hasil>`: the coordinator or the owning agency. */
async function close(ctx: WorkspaceContext, number: number, written: string): Promise<CommandResult> {
  await requireAccess('agency', ctx)
  const { outcome, note } = readOutcome(written)
  const membership = ctx.actor.membership
  const issue = await closeIssue(
    ctx.db,
    changeOf(ctx),
    number,
    outcome,
    note,
    (current) =>
      membership?.role === 'koordinator' ||
      (current.agency !== null && membership?.agencyId === current.agency.id),
  )
  const shown = [outcomeName(outcome, ctx.lang), issue.outcomeNote].filter(Boolean).join(': ')
  return reply([paragraph(...ctx.t('issue.closed', { number, outcome: shown }))])
}

export default defineCommand({
  name: 'isu',
  aliases: ['issue'],
  summary: 'help.isu.summary',
  help: 'help.isu.details',
  action: workspaceAction({
    allowed: 'anyone',
    // `/isu` lists and `/isu 5` shows; anything more opens, assigns or closes an issue.
    mutates: (input) =>
      input.tokens.length > 1 ||
      (input.tokens.length === 1 && readItemNumber(input.tokens[0]) === undefined) ||
      input.bodyLines.some((line) => line.trim()),
    usage: 'usage.isu',
    read: (input) => ({ rest: input.rest, tokens: input.tokens, body: input.bodyLines }),
    args: z.object({ rest: z.string(), tokens: z.array(z.string()), body: z.array(z.string()) }),
    async run(ctx, { rest, tokens, body }) {
      const hasBody = body.some((line) => line.trim())
      if (tokens.length === 0 && !hasBody) return { ...reply(await list(ctx)), readOnly: true }
      // `/isu tugaskan 5 DINKES` reads as `/isu 5 tugaskan DINKES`.
      const first = tokens[0]?.toLowerCase() ?? ''
      const words =
        (ASSIGN_WORDS.has(first) ||
          CLOSE_WORDS.has(first) ||
          ANSWER_WORDS.has(first) ||
          AMPLIFY_WORDS.has(first)) &&
        readItemNumber(tokens[1]) !== undefined
          ? [tokens[1]!, tokens[0]!, ...tokens.slice(2)]
          : tokens
      const number = readItemNumber(words[0])
      const action = words[1]?.toLowerCase()
      if (number !== undefined && words.length === 1 && !hasBody)
        return { ...reply(await show(ctx, number)), readOnly: true }
      if (number !== undefined && action && ASSIGN_WORDS.has(action))
        return assign(ctx, number, words.slice(2))
      if (number !== undefined && action && AMPLIFY_WORDS.has(action) && words.length === 2)
        return amplify(ctx, number)
      if (number !== undefined && action && ANSWER_WORDS.has(action))
        return answer(ctx, number, [words.slice(2).join(' '), ...body])
      if (number !== undefined && action && CLOSE_WORDS.has(action))
        return close(ctx, number, [...words.slice(2), ...body].join(' '))
      return open(ctx, rest, body)
    },
  }),
})
