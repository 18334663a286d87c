import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { claimCoverage, releaseCoverage } from '../src/domain/agenda/coverage.js'
import { agendaLine, awaitsCoverage } from '../src/domain/agenda/present.js'
import { listAgendaBetween } from '../src/domain/agenda/queries.js'
import { nextOccurrenceDate, occurrenceOn } from '../src/domain/agenda/recurrence.js'
import type { AgendaItem } from '../src/domain/agenda/types.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list, paragraph } from '../src/text/rich-text.js'
import { addDays } from '../src/time/calendar.js'
import { formatDate, localDateOf } from '../src/time/format.js'
import { itemNumber } from './args.js'

/** `/liput` looks as far ahead as `/agenda`. */
const UPCOMING_DAYS = 7
const LIST_LIMIT = 30

const lineOptions = (ctx: WorkspaceContext) => ({
  lang: ctx.lang,
  zone: ctx.workspace.timezone,
  now: ctx.now,
  withDate: true,
})

/**
 * The line under a claim or a release: a series (claimed as a whole) by its next date, which is the one
 * the coverage is for next, rather than by its first, which may be long past.
 */
function claimLine(ctx: WorkspaceContext, item: AgendaItem) {
  const next = item.recurrence ? nextOccurrenceDate(item, ctx.now) : undefined
  return paragraph(...agendaLine(next ? occurrenceOn(item, next) : item, lineOptions(ctx)))
}

/** The items of the coming week that ask for coverage and have nobody covering them. */
async function listUncovered(ctx: WorkspaceContext) {
  const zone = ctx.workspace.timezone
  const from = localDateOf(ctx.now, zone)
  const to = addDays(from, UPCOMING_DAYS - 1)
  const items = (await listAgendaBetween(ctx.db, ctx.workspace.id, from, to, zone)).filter(awaitsCoverage)
  if (items.length === 0) return reply(translateBlocks(ctx.lang, 'coverage.list_empty'))
  return reply([
    ...translateBlocks(ctx.lang, 'coverage.list', {
      from: formatDate(from, ctx.lang),
      to: formatDate(to, ctx.lang),
    }),
    list(items.slice(0, LIST_LIMIT).map((item) => agendaLine(item, lineOptions(ctx)))),
    ...translateBlocks(ctx.lang, 'coverage.list_hint', { number: items[0]!.number }),
  ])
}

export default defineCommand({
  name: 'liput',
  aliases: ['cover'],
  summary: 'help.liput.summary',
  help: 'help.liput.details',
  action: workspaceAction({
    allowed: 'anyone',
    // `/liput` only lists; `/liput 12` claims.
    mutates: (input) => input.tokens.length > 0,
    usage: 'usage.liput',
    read: (input) => ({ number: input.tokens[0] }),
    args: z.object({ number: itemNumber.optional() }),
    async run(ctx, { number }) {
      if (number === undefined) return listUncovered(ctx)
      const item = await claimCoverage(ctx.db, changeOf(ctx), ctx.actor.membership, number)
      return reply([
        ...translateBlocks(ctx.lang, 'coverage.claimed', { number, agency: item.coveredBy ?? '' }),
        claimLine(ctx, item),
      ])
    },
  }),
  subcommands: {
    batal: {
      aliases: ['cancel'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.liput.batal',
        read: (input) => ({ number: input.tokens[0] }),
        args: z.object({ number: itemNumber }),
        async run(ctx, { number }) {
          const { item, releasedFrom } = await releaseCoverage(
            ctx.db,
            changeOf(ctx),
            ctx.actor.membership,
            number,
          )
          return reply([
            ...translateBlocks(ctx.lang, 'coverage.released', { number, agency: releasedFrom }),
            claimLine(ctx, item),
          ])
        },
      }),
    },
  },
})
