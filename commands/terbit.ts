import { z } from 'zod'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { parseLinks } from '../src/domain/content/fields.js'
import { publishDraft } from '../src/domain/content/service.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { link, list } from '../src/text/rich-text.js'
import { formatDateTime } from '../src/time/format.js'
import { itemNumber } from './args.js'
import { contentActorOf, explainingStatus } from './konten.js'

/** A report names a handful of posts; more is a paste gone wrong. */
const LINKS_MAX = 10

export default defineCommand({
  name: 'terbit',
  aliases: ['published'],
  summary: 'help.terbit.summary',
  help: 'help.terbit.details',
  action: workspaceAction({
    allowed: 'agency',
    mutates: true,
    usage: 'usage.terbit',
    read: (input) => ({
      number: input.tokens[0],
      links: [...input.tokens.slice(1), ...input.bodyLines.flatMap((line) => line.split(/\s+/))].filter(
        Boolean,
      ),
    }),
    args: z.object({
      number: itemNumber,
      links: z
        .array(z.string())
        .min(1, { message: 'content.links_required' })
        .max(LINKS_MAX, { message: 'core.error.too_long' }),
    }),
    async run(ctx, { number, links }) {
      const parsed = parseLinks(links)
      if (!parsed.ok) throw new UserError('content.link_invalid', { word: parsed.invalid })
      const outcome = await explainingStatus(
        ctx,
        publishDraft(ctx.db, changeOf(ctx), contentActorOf(ctx), number, parsed.urls),
      )
      const { draft } = outcome
      const text = outcome.firstReport
        ? translateBlocks(ctx.lang, 'content.published', {
            number,
            title: draft.title,
            when: formatDateTime(draft.publishedAt ?? ctx.now, ctx.workspace.timezone, ctx.lang),
          })
        : translateBlocks(ctx.lang, 'content.links_added', { number, title: draft.title })
      text.push(list(outcome.added.map((url) => [link(url)])))
      return reply(text)
    },
  }),
})
