import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  viewerOf,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import type { Button } from '../src/chat/types.js'
import { draftScopeOf } from '../src/domain/calendar/view.js'
import {
  draftDetails,
  draftFields,
  draftLine,
  pendingPointer,
  statusErrorMessage,
  statusName,
} from '../src/domain/content/present.js'
import {
  attachmentCount,
  countDraftsByStatus,
  draftLinks,
  listDraftsWithStatus,
  reviewHistory,
} from '../src/domain/content/queries.js'
import { isKeyLine, readEdit, readSubmission } from '../src/domain/content/read-form.js'
import {
  cancelDraft,
  DraftStatusError,
  editDraft,
  type ReviewDecision,
  requireDraft,
  submitDraft,
} from '../src/domain/content/service.js'
import { isFinal } from '../src/domain/content/status.js'
import {
  type ContentActor,
  type ContentDraft,
  type ContentStatus,
  mayReadDraft,
  type NewAttachment,
  PUBLIC_STATUSES,
} from '../src/domain/content/types.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { translateBlocks, translatePlain } from '../src/text/catalog/index.js'
import { type Inline, list, type RichText } from '../src/text/rich-text.js'
import { formatWhen } from '../src/time/format.js'
import type { When } from '../src/time/parse-when.js'
import { itemNumber, optionalText } from './args.js'

/** Open sections of `/konten` show this many drafts each; published ones fewer (they are history). */
const SECTION_LIMIT = 8
const PUBLISHED_LIMIT = 5
/** `/konten disetujui` and other one-status lists. */
const STATUS_LIMIT = 20

export const contentActorOf = (ctx: WorkspaceContext): ContentActor => ({
  personId: ctx.actor.personId,
  isCoordinator: ctx.actor.membership?.role === 'koordinator',
  agencyId: ctx.actor.membership?.agencyId ?? null,
})

export const showOptions = (ctx: WorkspaceContext) => ({ zone: ctx.workspace.timezone, lang: ctx.lang })

/** Runs a service call, turning a status refusal into the message that names the status. */
export async function explainingStatus<T>(ctx: WorkspaceContext, work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    if (error instanceof DraftStatusError) throw statusErrorMessage(error, ctx.lang)
    throw error
  }
}

/** The words after the item number: `/konten ubah 14 Tayang: besok` → `Tayang: besok`. */
export const afterNumber = (rest: string) => rest.replace(/^\s*\S+\s*/, '')

/** Files sent with the command (as its caption) or in the message it replies to, each once. */
export function attachmentsOf(ctx: WorkspaceContext): NewAttachment[] {
  const seen = new Set<string>()
  const files: NewAttachment[] = []
  for (const file of [...ctx.incoming.attachments, ...(ctx.incoming.replyTo?.attachments ?? [])]) {
    if (seen.has(file.fileRef)) continue
    seen.add(file.fileRef)
    files.push({
      media: file.media,
      platform: ctx.incoming.chat.platform,
      fileRef: file.fileRef,
      fileName: file.fileName,
      mimeType: file.mimeType,
    })
  }
  return files
}

/**
 * Drafts under review show privately, to their agency's members and the coordinator; a group, where
 * guests read along, gets a count.
 */
const draftScope = (ctx: WorkspaceContext) => draftScopeOf(viewerOf(ctx))
const isCoordinator = (ctx: WorkspaceContext) => ctx.actor.membership?.role === 'koordinator'
const ownsDraft = (ctx: WorkspaceContext, draft: ContentDraft) =>
  isCoordinator(ctx) || (ctx.actor.membership?.agencyId ?? null) === draft.agencyId

// `/konten disetujui`, `/content approved`: a status by its Indonesian or English word.
const STATUS_WORDS: Readonly<Record<string, ContentStatus>> = {
  diajukan: 'diajukan',
  menunggu: 'diajukan',
  submitted: 'diajukan',
  pending: 'diajukan',
  revisi: 'revisi',
  revision: 'revisi',
  disetujui: 'disetujui',
  approved: 'disetujui',
  terbit: 'terbit',
  published: 'terbit',
  ditolak: 'ditolak',
  rejected: 'ditolak',
  dibatalkan: 'dibatalkan',
  withdrawn: 'dibatalkan',
  cancelled: 'dibatalkan',
}

const FILTER_WORD_EN: Readonly<Record<ContentStatus, string>> = {
  diajukan: 'submitted',
  revisi: 'revision',
  disetujui: 'approved',
  terbit: 'published',
  ditolak: 'rejected',
  dibatalkan: 'withdrawn',
}

const filterWord = (ctx: WorkspaceContext, status: ContentStatus) =>
  ctx.lang === 'en' ? FILTER_WORD_EN[status] : status

/** `/konten`: open drafts by status (members), approved and published ones (everyone), each section bounded. */
async function overview(ctx: WorkspaceContext): Promise<RichText> {
  const scope = draftScope(ctx)
  const member = scope !== 'none'
  const counts = await countDraftsByStatus(ctx.db, ctx.workspace.id, scope)
  type Listed = 'diajukan' | 'revisi' | 'disetujui' | 'terbit'
  const sections: readonly Listed[] = member
    ? ['diajukan', 'revisi', 'disetujui', 'terbit']
    : ['disetujui', 'terbit']
  const blocks: RichText = []
  let firstNumber: number | undefined
  for (const status of sections) {
    const count = counts[status]
    if (count === 0) continue
    const drafts = await listDraftsWithStatus(
      ctx.db,
      ctx.workspace.id,
      status,
      status === 'terbit' ? PUBLISHED_LIMIT : SECTION_LIMIT,
      scope,
    )
    firstNumber ??= drafts[0]?.number
    blocks.push(...translateBlocks(ctx.lang, `content.section.${status}`, { count }))
    blocks.push(list(drafts.map((draft) => draftLine(draft, showOptions(ctx)))))
    if (count > drafts.length) {
      blocks.push(
        ...translateBlocks(ctx.lang, 'content.section_more', {
          count: count - drafts.length,
          filter: filterWord(ctx, status),
        }),
      )
    }
  }
  if (member && counts.ditolak + counts.dibatalkan > 0) {
    const closed: Inline[] = []
    for (const status of ['ditolak', 'dibatalkan'] as const) {
      if (counts[status] === 0) continue
      if (closed.length > 0) closed.push(', ')
      closed.push(...ctx.t(`content.closed_count.${status}`, { count: counts[status] }))
    }
    blocks.push(...translateBlocks(ctx.lang, 'content.closed_counts', { counts: closed }))
  }
  const guestNote = member
    ? []
    : viewerOf(ctx) === 'group'
      ? pendingPointer((await countDraftsByStatus(ctx.db, ctx.workspace.id)).diajukan, ctx.lang)
      : translateBlocks(ctx.lang, 'content.guest_note')
  if (firstNumber === undefined) {
    if (blocks.length > 0) return blocks
    return [
      ...translateBlocks(ctx.lang, member ? 'content.list_empty' : 'content.list_empty_public'),
      ...guestNote,
    ]
  }
  return [
    ...translateBlocks(ctx.lang, 'content.list_title'),
    ...blocks,
    ...translateBlocks(ctx.lang, 'content.list_footer', { number: firstNumber }),
    ...guestNote,
  ]
}

/** `/konten disetujui`: the drafts of one status, at most STATUS_LIMIT, with a count of the rest. */
async function byStatus(ctx: WorkspaceContext, status: ContentStatus): Promise<RichText> {
  const name = statusName(status, ctx.lang)
  const scope = draftScope(ctx)
  if (scope === 'none' && !PUBLIC_STATUSES.includes(status))
    return translateBlocks(
      ctx.lang,
      viewerOf(ctx) === 'group' ? 'content.status_hidden_in_group' : 'content.status_hidden_from_guest',
    )
  const count = (await countDraftsByStatus(ctx.db, ctx.workspace.id, scope))[status]
  if (count === 0) return translateBlocks(ctx.lang, 'content.status_list_empty', { status: name })
  const drafts = await listDraftsWithStatus(ctx.db, ctx.workspace.id, status, STATUS_LIMIT, scope)
  const blocks: RichText = [
    ...translateBlocks(ctx.lang, 'content.status_list_title', { status: name, count }),
    list(drafts.map((draft) => draftLine(draft, showOptions(ctx)))),
  ]
  if (count > drafts.length)
    blocks.push(...translateBlocks(ctx.lang, 'content.status_list_more', { count: count - drafts.length }))
  blocks.push(...translateBlocks(ctx.lang, 'content.list_footer', { number: drafts[0]!.number }))
  return blocks
}

/** `/konten 14`: the draft in full, with the next steps the sender may take. Guests see approved ones only. */
async function details(ctx: WorkspaceContext, number: number): Promise<RichText> {
  const draft = await requireDraft(ctx.db, ctx.workspace.id, number)
  const viewer = viewerOf(ctx)
  if (!mayReadDraft(draftScopeOf(viewer), draft)) {
    if (viewer === 'group') return translateBlocks(ctx.lang, 'content.hidden_in_group', { number })
    if (viewer === 'guest') return translateBlocks(ctx.lang, 'content.hidden_from_guest', { number })
    return translateBlocks(ctx.lang, 'content.hidden_other_agency', { number, agency: draft.agencyCode })
  }
  const [history, links, attachments] = await Promise.all([
    reviewHistory(ctx.db, draft.id),
    draftLinks(ctx.db, draft.id),
    attachmentCount(ctx.db, draft.id),
  ])
  const blocks = draftDetails(draft, { history, links, attachments }, showOptions(ctx))
  if (draft.status === 'diajukan' && isCoordinator(ctx)) {
    blocks.push(...translateBlocks(ctx.lang, 'content.review_hint', { number }))
  }
  if (ownsDraft(ctx, draft)) {
    if (draft.status === 'disetujui')
      blocks.push(...translateBlocks(ctx.lang, 'content.publish_hint', { number }))
    if (!isFinal(draft.status)) blocks.push(...translateBlocks(ctx.lang, 'content.edit_hint', { number }))
  }
  return blocks
}

/** What a submission or edit repeats: the draft as understood, kept lines, checks of the time, how to fix it. */
function confirmation(
  ctx: WorkspaceContext,
  heading: RichText,
  draft: ContentDraft,
  files: number,
  when: When | undefined,
  keptLines: readonly string[],
): RichText {
  const blocks: RichText = [
    ...heading,
    ...draftFields(draft, { ...showOptions(ctx), attachments: files, fullBody: false }),
  ]
  const timed = when?.kind === 'time' ? when : undefined
  if (timed && timed.statedZone !== ctx.workspace.timezone) {
    // A time written in another zone: show it as written too (`09.00 WITA (08.00 WIB)`).
    const asWritten = formatWhen(
      { ...timed, end: undefined, untilDone: false },
      ctx.workspace.timezone,
      ctx.lang,
    )
    blocks.push(...translateBlocks(ctx.lang, 'content.field.planned', { when: asWritten }))
  }
  if (keptLines.length > 0) {
    blocks.push(...translateBlocks(ctx.lang, 'content.extras'))
    blocks.push(list(keptLines.map((line) => [line])))
  }
  if (timed?.earlyHourUnqualified) blocks.push(...translateBlocks(ctx.lang, 'content.early_hour'))
  if (draft.plannedAt && draft.plannedAt.getTime() < ctx.now.getTime()) {
    blocks.push(...translateBlocks(ctx.lang, 'content.planned_past'))
  }
  if (!draft.plannedAt)
    blocks.push(...translateBlocks(ctx.lang, 'content.no_plan_hint', { number: draft.number }))
  blocks.push(...translateBlocks(ctx.lang, 'content.fix_hint', { number: draft.number }))
  if (isCoordinator(ctx))
    blocks.push(...translateBlocks(ctx.lang, 'content.review_hint', { number: draft.number }))
  return blocks
}

/**
 * Setujui / Revisi / Tolak under a submitted draft, where the platform shows buttons (Telegram). A press
 * runs as the presser's `/setujui 14` etc.
 */
export function reviewButtons(ctx: WorkspaceContext, number: number): Button[][] {
  const button = (decision: ReviewDecision): Button => ({
    label: translatePlain(ctx.lang, `review.button.${decision}`),
    action: { kind: 'review', decision, number },
  })
  return [[button('approve'), button('revise'), button('reject')]]
}

export default defineCommand({
  name: 'konten',
  aliases: ['content'],
  summary: 'help.konten.summary',
  help: 'help.konten.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.konten',
    read: (input) => ({ text: input.rest, lines: input.bodyLines }),
    args: z.object({ text: z.string().trim(), lines: z.array(z.string()) }),
    async run(ctx, { text, lines }) {
      if (!text) {
        // `/konten` followed by `Judul: …` lines: the sender forgot `tambah`.
        if (lines.some((line) => isKeyLine(line))) throw new UserError('content.add_needs_subcommand')
        return reply(await overview(ctx))
      }
      const number = readItemNumber(text)
      if (number !== undefined) return reply(await details(ctx, number))
      const status = STATUS_WORDS[text.toLowerCase()]
      if (!status) throw new UserError('content.filter_unknown', { word: text })
      return reply(await byStatus(ctx, status))
    },
  }),
  subcommands: {
    tambah: {
      aliases: ['add'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.konten.tambah',
        read: (input) => ({ firstLine: input.rest, lines: input.bodyLines }),
        args: z.object({ firstLine: z.string(), lines: z.array(z.string()) }),
        async run(ctx, { firstLine, lines }) {
          const submission = readSubmission(firstLine, lines, { ...showOptions(ctx), now: ctx.now })
          const files = attachmentsOf(ctx)
          const draft = await submitDraft(ctx.db, changeOf(ctx), contentActorOf(ctx), submission.input, {
            note: submission.note,
            attachments: files,
          })
          const heading = translateBlocks(ctx.lang, 'content.submitted', { number: draft.number })
          return reply(
            confirmation(ctx, heading, draft, files.length, submission.when, submission.keptLines),
            {
              buttons: reviewButtons(ctx, draft.number),
            },
          )
        },
      }),
    },
    ubah: {
      aliases: ['edit'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.konten.ubah',
        // `/konten ubah 14 Tayang: besok 10.00`: after the number, the rest of the first line is the first key.
        read: (input) => ({ number: input.tokens[0], lines: [afterNumber(input.rest), ...input.bodyLines] }),
        args: z.object({ number: itemNumber, lines: z.array(z.string()) }),
        async run(ctx, { number, lines }) {
          const files = attachmentsOf(ctx)
          if (files.length === 0 && lines.every((line) => !line.trim()))
            throw new UserError('content.edit_nothing', { number })
          const plan = readEdit(lines, { ...showOptions(ctx), now: ctx.now })
          let when: When | undefined
          const outcome = await explainingStatus(
            ctx,
            editDraft(
              ctx.db,
              changeOf(ctx),
              contentActorOf(ctx),
              number,
              (current) => {
                const built = plan.build(current)
                when = built.when
                return built.changes
              },
              { note: plan.note, attachments: files },
            ),
          )
          const heading =
            outcome.previousStatus === 'diajukan'
              ? translateBlocks(ctx.lang, 'content.edited', { number })
              : translateBlocks(ctx.lang, 'content.edited_resubmitted', {
                  number,
                  previous: statusName(outcome.previousStatus, ctx.lang),
                })
          const total = await attachmentCount(ctx.db, outcome.draft.id)
          return reply(confirmation(ctx, heading, outcome.draft, total, when, plan.keptLines))
        },
      }),
    },
    batal: {
      aliases: ['cancel'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.konten.batal',
        read: (input) => ({
          number: input.tokens[0],
          reason: [afterNumber(input.rest), ...input.bodyLines].join('\n').trim(),
        }),
        args: z.object({ number: itemNumber, reason: optionalText(500) }),
        async run(ctx, { number, reason }) {
          const draft = await explainingStatus(
            ctx,
            cancelDraft(ctx.db, changeOf(ctx), contentActorOf(ctx), number, reason),
          )
          return reply(translateBlocks(ctx.lang, 'content.cancelled', { number, title: draft.title }))
        },
      }),
    },
  },
})
