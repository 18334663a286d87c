import { z } from 'zod'
import { defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { instantsOfDays } from '../src/domain/agenda/types.js'
import { formatPeriod, readPeriod } from '../src/domain/calendar/period.js'
import { issueFiguresByAgency, issueRecapText } from '../src/domain/issues/recap.js'
import { presentRecap } from '../src/domain/recap/present.js'
import { recapPeriod } from '../src/domain/recap/recap.js'

export default defineCommand({
  name: 'rekap',
  aliases: ['recap'],
  summary: 'help.rekap.summary',
  help: 'help.rekap.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.rekap',
    read: (input) => ({ period: input.rest }),
    args: z.object({ period: z.string() }),
    async run(ctx, { period: text }) {
      const zone = ctx.workspace.timezone
      const period = readPeriod(text, { now: ctx.now, zone, lang: ctx.lang }, { fallback: 'bulan ini' })
      const recap = await recapPeriod(ctx.db, ctx.workspace.id, period, zone)
      const { start, end } = instantsOfDays(period.from, period.to, zone)
      const issues = await issueFiguresByAgency(ctx.db, ctx.workspace.id, start, end, ctx.now)
      return reply([
        ...presentRecap(recap, formatPeriod(period, ctx.lang), ctx.lang),
        ...issueRecapText(issues, ctx.lang),
      ])
    },
  }),
})
