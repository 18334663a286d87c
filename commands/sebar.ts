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
import type { Outgoing } from '../src/chat/types.js'
import { activeAgencyCodes } from '../src/domain/agencies/queries.js'
import { defaultDeadline, readDeadline, readsAsDeadline } from '../src/domain/amplification/deadline.js'
import { LINKS_MAX, readLink } from '../src/domain/amplification/links.js'
import {
  type PresentOptions,
  progressText,
  recapText,
  requestText,
  summaryLine,
} from '../src/domain/amplification/present.js'
import { openRequestSummaries, requestProgress } from '../src/domain/amplification/queries.js'
import {
  type RequestClues,
  readRequest,
  type WrittenRequest,
} from '../src/domain/amplification/read-request.js'
import { endRequest, openRequest, requireRequest } from '../src/domain/amplification/requests.js'
import { linkedGroups } from '../src/domain/chats/chats.js'
import { draftLinks, getDraft } from '../src/domain/content/queries.js'
import { getKeyMessage } from '../src/domain/key-messages/queries.js'
import { kindOfNumber, missingItemError } from '../src/domain/numbers/item-kind.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { translateBlocks, translatePlain } from '../src/text/catalog/index.js'
import { list, paragraph, type RichText } from '../src/text/rich-text.js'
import { itemNumber } from './args.js'

/** Open requests `/sebar` lists; the rest are counted. */
const LIST_LIMIT = 20
/** The migration checks it too. */
const TITLE_MAX = 300

const CLOSE_WORDS = new Set(['tutup', 'close'])
const CANCEL_WORDS = new Set(['batal', 'cancel'])

const presentOptions = (ctx: WorkspaceContext): PresentOptions => ({
  lang: ctx.lang,
  zone: ctx.workspace.timezone,
  now: ctx.now,
})

/** `/sebar`: open requests with how many agencies reported. */
async function listOpen(ctx: WorkspaceContext): Promise<RichText> {
  const { summaries, total } = await openRequestSummaries(ctx.db, ctx.workspace.id, { limit: LIST_LIMIT })
  if (total === 0) return translateBlocks(ctx.lang, 'amplify.list_empty')
  const text: RichText = [
    paragraph(...ctx.t('amplify.list_title', { count: total })),
    list(summaries.map((summary) => summaryLine(summary, presentOptions(ctx)))),
  ]
  if (total > summaries.length)
    text.push(paragraph(...ctx.t('amplify.list_more', { count: total - summaries.length })))
  text.push(paragraph(...ctx.t('amplify.list_footer')))
  return text
}

/** `/sebar 31`: who reported, with their links, and who has not. */
async function show(ctx: WorkspaceContext, number: number): Promise<RichText> {
  const request = await requireRequest(ctx.db, ctx.workspace.id, number)
  return progressText(await requestProgress(ctx.db, request), presentOptions(ctx))
}

/**
 * The messages that tell the whole forum: `text` as the reply and into every other linked group; asked
 * privately, the reply starts with `confirmation` (when given) and every group gets the text.
 */
async function toEveryGroup(
  ctx: WorkspaceContext,
  text: RichText,
  confirmation?: RichText,
): Promise<CommandResult> {
  const groups = await linkedGroups(ctx.db, ctx.workspace.id)
  const elsewhere: Outgoing[] = groups
    .filter((group) => group.id !== ctx.chat.id)
    .map((group) => ({ target: { kind: 'chat', chatId: group.id }, text }))
  const first = ctx.chat.kind === 'group' || !confirmation ? text : [...confirmation, paragraph(), ...text]
  return { messages: [{ target: { kind: 'reply' }, text: first, quote: true }, ...elsewhere] }
}

/**
 * `/sebar 31 tutup` and `/sebar tutup 31`; `batal` alike. Every group is told, since agencies there
 * are still asked; a request closed before its deadline gets its recap now (the one at the deadline
 * is withdrawn with the request).
 */
async function end(
  ctx: WorkspaceContext,
  number: number,
  status: 'ditutup' | 'batal',
): Promise<CommandResult> {
  await requireAccess('coordinator', ctx)
  const request = await endRequest(ctx.db, changeOf(ctx), number, status)
  const progress = await requestProgress(ctx.db, request)
  const reported = progress.targets.filter((target) => target.links.length > 0).length
  const text = translateBlocks(ctx.lang, status === 'batal' ? 'amplify.cancelled' : 'amplify.closed', {
    number,
    title: request.title,
    reported,
    targets: progress.targets.length,
  })
  if (status === 'ditutup' && ctx.now.getTime() < request.deadlineAt.getTime())
    text.push(paragraph(), ...recapText(progress, ctx.lang))
  return toEveryGroup(ctx, text)
}

/** What a request amplifying draft #n shares: its published links, its hashtags and its key message's. */
async function fromDraft(ctx: WorkspaceContext, number: number) {
  const draft = await getDraft(ctx.db, ctx.workspace.id, number)
  if (!draft) throw await missingItemError(ctx.db, ctx.workspace.id, number, 'konten')
  if (draft.status !== 'disetujui' && draft.status !== 'terbit') {
    throw new UserError('amplify.draft_not_approved', { number, status: draft.status })
  }
  const keyMessage =
    draft.keyMessage && (await getKeyMessage(ctx.db, ctx.workspace.id, draft.keyMessage.number))
  const hashtags = [...draft.hashtags]
  for (const tag of keyMessage?.hashtags ?? []) {
    if (!hashtags.some((known) => known.toLowerCase() === tag.toLowerCase())) hashtags.push(tag)
  }
  // Links published before /terbit normalised them are read again into the normal form.
  const links = (await draftLinks(ctx.db, draft.id)).map((url) => readLink(url)?.url ?? url)
  return { title: draft.title, body: draft.body, links: [...new Set(links)], hashtags }
}

/** A word in capitals (`DINKESS`) is meant as a code: refused with the closest one rather than made a title. */
const CODE_LIKE = /^[A-Z][A-Z0-9_-]+$/

/** The forum's agency codes and the date grammar, for reading the one-line form. */
async function requestClues(ctx: WorkspaceContext): Promise<RequestClues> {
  const codes = new Set(await activeAgencyCodes(ctx.db, ctx.workspace.id))
  return {
    isAgencyWord: (word) => codes.has(word.toUpperCase()) || CODE_LIKE.test(word),
    isDeadline: (text) => readsAsDeadline(text, ctx.now, ctx.workspace.timezone),
  }
}

/**
 * Opens a request and posts it into every linked group; the group it was asked in gets it as the reply.
 * `/isu 5 sebar` opens one too, and records its number on the issue.
 */
export async function openAmplification(
  ctx: WorkspaceContext,
  written: WrittenRequest,
): Promise<CommandResult & { readonly requestNumber: number }> {
  await requireAccess('coordinator', ctx)
  const zone = ctx.workspace.timezone
  const deadline = written.deadline
    ? readDeadline(written.deadline, ctx.now, zone, ctx.lang)
    : { at: defaultDeadline(ctx.now, zone), statedZone: zone }
  const draft = written.contentNumber !== undefined ? await fromDraft(ctx, written.contentNumber) : undefined
  const links = [...(draft?.links ?? [])]
  for (const found of written.links) if (!links.includes(found.url)) links.push(found.url)
  if (!draft && links.length === 0) throw new UserError('amplify.nothing_to_share')
  if (links.length > LINKS_MAX) throw new UserError('amplify.too_many_links', { max: LINKS_MAX })
  // Without a draft there is a written link (nothing_to_share above): named by its platform.
  const title =
    written.title ??
    draft?.title ??
    translatePlain(ctx.lang, 'amplify.default_title', {
      platform: translatePlain(ctx.lang, `amplify.platform.${written.links[0]?.platform ?? 'web'}`),
    })
  if (title.length > TITLE_MAX) throw new UserError('amplify.title_too_long', { max: TITLE_MAX })
  const { request, targets } = await openRequest(ctx.db, changeOf(ctx), {
    title,
    contentNumber: written.contentNumber ?? null,
    links,
    hashtags: written.hashtags ?? draft?.hashtags ?? [],
    notes: written.notes ?? null,
    deadlineAt: deadline.at,
    deadlineZone: deadline.statedZone,
    agencies: written.agencies,
  })
  const text = requestText(
    request,
    { codes: targets.map((target) => target.code), all: written.agencies === 'all' },
    presentOptions(ctx),
    draft?.body,
  )
  const groups = await linkedGroups(ctx.db, ctx.workspace.id)
  const confirmation = translateBlocks(
    ctx.lang,
    groups.length > 0 ? 'amplify.opened' : 'amplify.opened_no_groups',
    { number: request.number, groups: groups.length },
  )
  return { ...(await toEveryGroup(ctx, text, confirmation)), requestNumber: request.number }
}

export default defineCommand({
  name: 'sebar',
  aliases: ['amplify'],
  summary: 'help.sebar.summary',
  help: 'help.sebar.details',
  action: workspaceAction({
    allowed: 'anyone',
    // Listing and showing read; everything with words after the command may open or end a request.
    mutates: (input) => input.tokens.length > 0 || input.bodyLines.some((line) => line.trim()),
    usage: 'usage.sebar',
    read: (input) => ({ tokens: input.tokens, body: input.bodyLines }),
    args: z.object({ tokens: z.array(z.string()), body: z.array(z.string()) }),
    async run(ctx, { tokens, body }) {
      const hasBody = body.some((line) => line.trim())
      if (tokens.length === 0 && !hasBody) return reply(await listOpen(ctx))
      const number = readItemNumber(tokens[0])
      const second = tokens[1]?.toLowerCase()
      if (number !== undefined && tokens.length === 2 && second && CLOSE_WORDS.has(second))
        return end(ctx, number, 'ditutup')
      if (number !== undefined && tokens.length === 2 && second && CANCEL_WORDS.has(second))
        return end(ctx, number, 'batal')
      if (number !== undefined && tokens.length === 1 && !hasBody) {
        const kind = await kindOfNumber(ctx.db, ctx.workspace.id, number)
        if (kind === 'sebar' || kind === undefined)
          return { ...reply(await show(ctx, number)), readOnly: true }
      }
      // Someone who may not open a request is told so before being corrected on how to write one.
      await requireAccess('coordinator', ctx)
      return openAmplification(ctx, readRequest(tokens, body, await requestClues(ctx)))
    },
  }),
  subcommands: {
    tutup: {
      aliases: ['close'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.sebar.tutup',
        read: (input) => ({ number: input.tokens[0] }),
        args: z.object({ number: itemNumber }),
        run: (ctx, { number }) => end(ctx, number, 'ditutup'),
      }),
    },
    batal: {
      aliases: ['cancel'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.sebar.batal',
        read: (input) => ({ number: input.tokens[0] }),
        args: z.object({ number: itemNumber }),
        run: (ctx, { number }) => end(ctx, number, 'batal'),
      }),
    },
  },
})
