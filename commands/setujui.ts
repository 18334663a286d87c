import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import {
  type CommandContext,
  type CommandResult,
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { ownerMention } from '../src/domain/content/present.js'
import { checkReviewable, type ReviewDecision, reviewDraft } from '../src/domain/content/service.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import type { RichText } from '../src/text/rich-text.js'
import { formatDateTime } from '../src/time/format.js'
import { itemNumber, optionalText } from './args.js'
import { afterNumber, explainingStatus } from './konten.js'

const NOTE_MAX = 1000

/** `/setujui 14 catatan`: the number, then the note (the rest of the line and the lines below). */
export const readNumberAndNote = (input: {
  tokens: readonly string[]
  rest: string
  bodyLines: readonly string[]
}) => ({
  number: input.tokens[0],
  note: [afterNumber(input.rest), ...input.bodyLines].join('\n').trim(),
})

export const numberAndNote = z.object({ number: itemNumber, note: optionalText(NOTE_MAX) })

/**
 * Carries out a review and tells the draft's submitter by a mention in the reply (SPEC §2): approved
 * (with its schedule and how to report publication), sent back with the note, or rejected with the reason.
 */
export async function runReview(
  ctx: WorkspaceContext,
  number: number,
  decision: ReviewDecision,
  note: string | undefined,
): Promise<CommandResult> {
  const { draft, issue } = await explainingStatus(
    ctx,
    reviewDraft(ctx.db, changeOf(ctx), number, decision, note),
  )
  const owner = await ownerMention(ctx.db, draft, ctx.incoming.chat.platform)
  const params = { number, title: draft.title, owner }
  let text: RichText
  if (decision === 'approve') {
    text = translateBlocks(ctx.lang, 'content.approved', params)
    text.push(
      ...(draft.plannedAt
        ? translateBlocks(ctx.lang, 'content.approved_when', {
            when: formatDateTime(draft.plannedAt, ctx.workspace.timezone, ctx.lang),
          })
        : translateBlocks(ctx.lang, 'content.approved_unscheduled')),
    )
    if (note) text.push(...translateBlocks(ctx.lang, 'content.review_note', { note }))
    if (draft.issueNumber !== null && issue)
      text.push(
        ...(issue.outcome === 'reassigned'
          ? translateBlocks(ctx.lang, 'issue.answered_by_previous', {
              number: draft.issueNumber,
              code: issue.owner,
              previous: issue.author,
            })
          : translateBlocks(
              ctx.lang,
              issue.outcome === 'answered' ? 'issue.answered' : 'issue.answered_closed',
              {
                number: draft.issueNumber,
              },
            )),
      )
  } else {
    text = translateBlocks(
      ctx.lang,
      decision === 'revise' ? 'content.revision_requested' : 'content.rejected',
      {
        ...params,
        note: note ?? '',
      },
    )
  }
  return { ...reply(text), outcome: { kind: 'draftReviewed', number, status: draft.status } }
}

/**
 * `/revisi 14` or `/tolak 14` without a note: checks the draft can take the decision, then asks for
 * the note; the coordinator's reply within 10 minutes carries the review out (see `answerWithNote`).
 */
export async function askForNote(
  ctx: WorkspaceContext,
  number: number,
  decision: 'revise' | 'reject',
): Promise<CommandResult> {
  const draft = await explainingStatus(ctx, checkReviewable(ctx.db, ctx.workspace.id, number, decision))
  const key = decision === 'revise' ? 'content.ask.revise' : 'content.ask.reject'
  return {
    messages: [
      {
        target: { kind: 'reply' },
        text: translateBlocks(ctx.lang, key, { number, title: draft.title }),
        quote: true,
        asksReply: true,
      },
    ],
    question: { purpose: 'note', context: { number, workspaceId: ctx.workspace.id } },
  }
}

/** The reply to `askForNote`: re-checked like the command itself, since time has passed. */
export async function answerWithNote(
  ctx: CommandContext,
  text: string,
  context: Record<string, unknown>,
  decision: 'revise' | 'reject',
): Promise<CommandResult> {
  const number = Number(context.number)
  if (!ctx.workspace || ctx.workspace.id !== context.workspaceId || !Number.isInteger(number))
    return { messages: [] }
  await requireAccess('coordinator', ctx)
  const note = text.trim()
  if (!note) throw new UserError('content.answer_empty', { number })
  if (note.length > NOTE_MAX) throw new UserError('core.error.too_long')
  return runReview(ctx as WorkspaceContext, number, decision, note)
}

export default defineCommand({
  name: 'setujui',
  aliases: ['approve'],
  summary: 'help.setujui.summary',
  help: 'help.setujui.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: true,
    usage: 'usage.setujui',
    read: readNumberAndNote,
    args: numberAndNote,
    run: (ctx, { number, note }) => runReview(ctx, number, 'approve', note),
  }),
})
