import { z } from 'zod'
import { defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { formatPeriod, readPeriod } from '../src/domain/calendar/period.js'
import { exportFileName, exportPeriod } from '../src/domain/export/export-period.js'
import { translateBlocks } from '../src/text/catalog/index.js'

export default defineCommand({
  name: 'ekspor',
  aliases: ['export'],
  summary: 'help.ekspor.summary',
  help: 'help.ekspor.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: false,
    usage: 'usage.ekspor',
    read: (input) => ({ period: input.rest }),
    args: z.object({ period: z.string() }),
    async run(ctx, { period: text }) {
      const period = readPeriod(
        text,
        { now: ctx.now, zone: ctx.workspace.timezone, lang: ctx.lang },
        { fallback: 'bulan ini' },
      )
      const label = formatPeriod(period, ctx.lang)
      const result = await exportPeriod(ctx.db, ctx.workspace, period, ctx.now)
      if (result.agenda + result.content === 0)
        return reply(translateBlocks(ctx.lang, 'export.empty', { period: label }))
      const fileName = exportFileName(ctx.workspace.name, period)
      return reply(
        translateBlocks(ctx.lang, 'export.done', {
          period: label,
          agenda: result.agenda,
          content: result.content,
          file: fileName,
        }),
        {
          files: [{ fileName, mimeType: 'text/csv', content: new TextEncoder().encode(result.csv) }],
        },
      )
    },
  }),
})
