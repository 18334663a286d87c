import { z } from 'zod'
import {
  type CommandResult,
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { LINKS_MAX, readLinks } from '../src/domain/amplification/links.js'
import { linksCounted, requestNumberIn, summaryLine } from '../src/domain/amplification/present.js'
import { openRequestSummaries } from '../src/domain/amplification/queries.js'
import { recordReport } from '../src/domain/amplification/reports.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list, paragraph, type RichText } from '../src/text/rich-text.js'

const LIST_LIMIT = 15

/** The sender's agency, which reports; a coordinator without one cannot. */
function reporterOf(ctx: WorkspaceContext) {
  const membership = ctx.actor.membership
  if (!membership?.agencyId || !membership.agencyCode) throw new UserError('report.no_agency')
  return { agencyId: membership.agencyId, agencyCode: membership.agencyCode }
}

/** `/lapor` alone: the open requests the sender's agency is asked to share. */
async function listMine(ctx: WorkspaceContext): Promise<RichText> {
  const reporter = reporterOf(ctx)
  const { summaries, total } = await openRequestSummaries(ctx.db, ctx.workspace.id, {
    limit: LIST_LIMIT,
    agencyId: reporter.agencyId,
  })
  if (total === 0) return translateBlocks(ctx.lang, 'report.list_empty', { code: reporter.agencyCode })
  const options = { lang: ctx.lang, zone: ctx.workspace.timezone, now: ctx.now }
  const text: RichText = [
    paragraph(...ctx.t('report.list_title', { code: reporter.agencyCode, count: total })),
    list(summaries.map((summary) => summaryLine(summary, options))),
  ]
  if (total > summaries.length)
    text.push(paragraph(...ctx.t('amplify.list_more', { count: total - summaries.length })))
  text.push(paragraph(...ctx.t('report.list_footer', { number: summaries[0]!.request.number })))
  return text
}

/** The request a report is for: the number written first, else the request message it replies to. */
function requestNumberOf(
  ctx: WorkspaceContext,
  words: readonly string[],
): { number: number; links: readonly string[] } {
  const written = readItemNumber(words[0])
  if (written !== undefined) return { number: written, links: words.slice(1) }
  const replied = ctx.incoming.replyTo?.fromBot ? requestNumberIn(ctx.incoming.replyTo.text) : undefined
  if (replied === undefined) throw new UserError('report.number_missing')
  return { number: replied, links: words }
}

async function report(ctx: WorkspaceContext, words: readonly string[]): Promise<CommandResult> {
  const reporter = reporterOf(ctx)
  const { number, links: written } = requestNumberOf(ctx, words)
  const { links, notLinks } = readLinks(written)
  if (notLinks.length > 0) throw new UserError('report.not_links', { words: notLinks.join(' ') })
  if (links.length === 0) throw new UserError('report.links_missing', { number })
  if (links.length > LINKS_MAX) throw new UserError('report.too_many_links', { max: LINKS_MAX })
  const recorded = await recordReport(ctx.db, changeOf(ctx), number, reporter, links, ctx.incoming.sentAt)
  // A link another agency reported says whose it is: the sender likely pasted a colleague's repost.
  const byOthers: RichText = recorded.knownByOthers.map((known) =>
    paragraph(
      ...ctx.t('report.known_by_other', {
        url: known.url,
        other: known.code,
        code: reporter.agencyCode,
        number,
      }),
    ),
  )
  if (recorded.added.length === 0) {
    if (byOthers.length > 0) return reply(byOthers)
    return reply(translateBlocks(ctx.lang, 'report.all_known', { number, code: reporter.agencyCode }))
  }
  const text: RichText = translateBlocks(ctx.lang, 'report.saved', {
    number,
    code: reporter.agencyCode,
    counted: linksCounted(recorded.added, ctx.lang),
  })
  if (recorded.late) text.push(paragraph(...ctx.t('report.late_note')))
  const ownKnown = recorded.known.length - recorded.knownByOthers.length
  if (ownKnown > 0) text.push(paragraph(...ctx.t('report.known_note', { count: ownKnown })))
  text.push(...byOthers)
  return reply(text)
}

export default defineCommand({
  name: 'lapor',
  aliases: ['report'],
  summary: 'help.lapor.summary',
  help: 'help.lapor.details',
  action: workspaceAction({
    allowed: 'agency',
    mutates: (input) => input.tokens.length > 0 || input.bodyLines.some((line) => line.trim()),
    usage: 'usage.lapor',
    // Links may come on the lines after the command, as people paste them.
    read: (input) => ({
      words: [...input.tokens, ...input.bodyLines.flatMap((line) => line.split(/\s+/))].filter(Boolean),
    }),
    args: z.object({ words: z.array(z.string()) }),
    async run(ctx, { words }) {
      if (words.length === 0) return reply(await listMine(ctx))
      return report(ctx, words)
    },
  }),
})
