import type { CalendarPicture } from '../domain/calendar/picture.js'
import type { ChartSpec } from '../domain/report/chart-options.js'

/** What the render worker is asked to draw: plain data, so it crosses to the worker thread as it is. */
export type RenderJob =
  | { readonly kind: 'calendar'; readonly picture: CalendarPicture }
  | { readonly kind: 'charts'; readonly specs: readonly ChartSpec[] }

/**
 * The job's PNGs in order: a calendar's pages, or one per chart. Each kind loads its drawing code when
 * first asked (ECharts alone is tens of MiB a calendar never needs).
 */
export async function runRenderJob(job: RenderJob): Promise<Buffer[]> {
  if (job.kind === 'calendar') {
    const { calendarPicturePngs } = await import('./calendar-picture.js')
    return calendarPicturePngs(job.picture)
  }
  const { renderChart } = await import('../domain/report/charts.js')
  const pngs: Buffer[] = []
  for (const spec of job.specs) pngs.push((await renderChart(spec)).png)
  return pngs
}
