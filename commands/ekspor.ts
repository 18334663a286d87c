import { z } from 'zod'
import { defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { formatPeriod, readPeriod } from '../src/domain/calendar/period.js'
import { exportAmplification } from '../src/domain/export/amplification-export.js'
import { exportFileName, exportPeriod } from '../src/domain/export/export-period.js'
import { exportIssues } from '../src/domain/issues/export.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import type { RichText } from '../src/text/rich-text.js'

const csvFile = (fileName: string, csv: string) => ({
  fileName,
  mimeType: 'text/csv',
  content: new TextEncoder().encode(csv),
})

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
      const amplified = await exportAmplification(ctx.db, ctx.workspace, period)
      const issues = await exportIssues(ctx.db, ctx.workspace, period)
      if (result.agenda + result.content + amplified.requests + issues.issues === 0)
        return reply(translateBlocks(ctx.lang, 'export.empty', { period: label }))
      const fileName = exportFileName(ctx.workspace.name, period)
      const answer: RichText = []
      const files = []
      if (result.agenda + result.content > 0) {
        answer.push(
          ...translateBlocks(ctx.lang, 'export.done', {
            period: label,
            agenda: result.agenda,
            content: result.content,
            file: fileName,
          }),
        )
        files.push(csvFile(fileName, result.csv))
      }
      if (amplified.requests > 0) {
        // The same name with `-sebar`: the two files of one period sort together.
        const amplificationFile = fileName.replace(/\.csv$/, '-sebar.csv')
        answer.push(
          ...translateBlocks(ctx.lang, 'export.amplification_done', {
            period: label,
            requests: amplified.requests,
            links: amplified.links,
            file: amplificationFile,
          }),
        )
        files.push(csvFile(amplificationFile, amplified.csv))
      }
      if (issues.issues > 0) {
        const issueFile = fileName.replace(/\.csv$/, '-isu.csv')
        answer.push(
          ...translateBlocks(ctx.lang, 'export.issues_done', {
            period: label,
            count: issues.issues,
            file: issueFile,
          }),
        )
        files.push(csvFile(issueFile, issues.csv))
      }
      return reply(answer, { files })
    },
  }),
})
