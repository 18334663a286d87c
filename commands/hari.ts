import { z } from 'zod'
import { defineCommand, reply, type WorkspaceContext, workspaceAction } from '../src/chat/command.js'
import { describePeriod, type Period, readPeriod } from '../src/domain/calendar/period.js'
import { commemorationsBetween } from '../src/domain/commemorations/days.js'
import { commemorationLine } from '../src/domain/commemorations/present.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list, type RichText } from '../src/text/rich-text.js'
import { addDays } from '../src/time/calendar.js'
import { localDateOf } from '../src/time/format.js'

/** `/hari` alone looks a month ahead: time enough to prepare the key messages of each day. */
const DEFAULT_DAYS = 30

/** The period asked for, or the next 30 days from today in the workspace zone. */
function periodOf(ctx: WorkspaceContext, text: string): Period {
  const zone = ctx.workspace.timezone
  if (text) return readPeriod(text, { now: ctx.now, zone, lang: ctx.lang }, { looking: 'ahead' })
  const today = localDateOf(ctx.now, zone)
  return { from: today, to: addDays(today, DEFAULT_DAYS - 1), kind: 'range' }
}

/** `/hari [periode]`: the national days, days off and forum days of a period, one line each. */
async function listDays(ctx: WorkspaceContext, text: string): Promise<RichText> {
  const period = periodOf(ctx, text)
  const words = describePeriod(period, localDateOf(ctx.now, ctx.workspace.timezone), ctx.lang)
  const days = await commemorationsBetween(ctx.db, ctx.workspace.id, period.from, period.to)
  const blocks: RichText =
    days.length === 0
      ? translateBlocks(ctx.lang, 'days.none', { period: words })
      : [
          ...translateBlocks(ctx.lang, 'days.title', { period: words }),
          list(days.map((day) => commemorationLine(day, ctx.lang))),
        ]
  if (days.some((day) => day.estimate)) blocks.push(...translateBlocks(ctx.lang, 'days.estimate_note'))
  if (ctx.actor.membership?.role === 'koordinator')
    blocks.push(...translateBlocks(ctx.lang, 'days.coordinator_hint'))
  return blocks
}

export default defineCommand({
  name: 'hari',
  aliases: ['days'],
  summary: 'help.hari.summary',
  help: 'help.hari.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.hari',
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      return reply(await listDays(ctx, text))
    },
  }),
})
