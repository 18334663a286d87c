import { z } from 'zod'
import { defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { formatPeriod, readPeriod } from '../src/domain/calendar/period.js'
import { exportFileName } from '../src/domain/export/export-period.js'
import { activityChart, trendChart } from '../src/domain/report/chart-options.js'
import { buildReport } from '../src/domain/report/report-data.js'
import { reportDetails } from '../src/domain/report/workbook-data.js'
import { renderer } from '../src/render/renderer.js'
import { translateBlocks } from '../src/text/catalog/index.js'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export default defineCommand({
  name: 'laporan',
  aliases: ['summary'],
  summary: 'help.laporan.summary',
  help: 'help.laporan.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: false,
    usage: 'usage.laporan',
    read: (input) => ({ period: input.rest }),
    args: z.object({ period: z.string() }),
    async run(ctx, { period: text }) {
      const { workspace, lang } = ctx
      const zone = workspace.timezone
      // A report looks back: without a period, the last month that is over.
      const period = readPeriod(text, { now: ctx.now, zone, lang }, { fallback: 'bulan lalu' })
      const report = await buildReport(ctx.db, workspace.id, period, zone)
      if (report.agencies.length === 0) return reply(translateBlocks(lang, 'recap.no_agencies'))
      const details = await reportDetails(ctx.db, workspace.id, period, zone)
      const [workbook] = await renderer.render({
        kind: 'workbook',
        input: { forum: workspace.name, zone, lang, now: ctx.now, report, details },
      })
      const [activity, trend] = await renderer.render({
        kind: 'charts',
        specs: [activityChart(report, workspace.name, lang), trendChart(report, workspace.name, lang)],
      })
      const fileName = exportFileName(workspace.name, period, 'xlsx')
      const png = (suffix: string, content: Buffer) => ({
        fileName: fileName.replace(/\.xlsx$/, `-${suffix}.png`),
        mimeType: 'image/png',
        content: new Uint8Array(content),
      })
      return reply(
        translateBlocks(lang, 'report.done', {
          period: formatPeriod(period, lang),
          agencies: report.agencies.length,
          attention: report.agencies.filter((row) => row.attention.length > 0).length,
          file: fileName,
        }),
        {
          files: [
            png('instansi', activity!),
            png('tren', trend!),
            { fileName, mimeType: XLSX_TYPE, content: workbook! },
          ],
        },
      )
    },
  }),
})
