import type { CalendarPicture } from '../domain/calendar/picture.js'
import type { ChartSpec } from '../domain/report/chart-options.js'
import type { WorkbookInput } from '../domain/report/workbook.js'

/**
 * What the render worker is asked to draw or write: plain data, so it crosses to the worker thread as
 * it is. The /laporan workbook goes there too: exceljs is tens of MiB the bot would otherwise carry.
 */
export type RenderJob =
  | { readonly kind: 'calendar'; readonly picture: CalendarPicture }
  | { readonly kind: 'charts'; readonly specs: readonly ChartSpec[] }
  | { readonly kind: 'workbook'; readonly input: WorkbookInput }

/**
 * The job's files in order: a calendar's pages, one PNG per chart, or the one XLSX workbook. Each kind
 * loads its code when first asked (ECharts alone is tens of MiB a calendar never needs).
 */
export async function runRenderJob(job: RenderJob): Promise<Buffer[]> {
  if (job.kind === 'calendar') {
    const { calendarPicturePngs } = await import('./calendar-picture.js')
    return calendarPicturePngs(job.picture)
  }
  if (job.kind === 'workbook') {
    const { buildWorkbook } = await import('../domain/report/workbook.js')
    return [Buffer.from(await buildWorkbook(job.input))]
  }
  const { renderChart } = await import('../domain/report/charts.js')
  const pngs: Buffer[] = []
  for (const spec of job.specs) pngs.push((await renderChart(spec)).png)
  return pngs
}
