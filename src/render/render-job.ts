import type { CalendarPicture } from '../domain/calendar/picture.js'
import type { ChartSpec } from '../domain/report/chart-options.js'
import { renderChart } from '../domain/report/charts.js'
import { calendarPicturePngs } from './calendar-picture.js'

/** What the render worker is asked to draw: plain data, so it crosses to the worker thread as it is. */
export type RenderJob =
  | { readonly kind: 'calendar'; readonly picture: CalendarPicture }
  | { readonly kind: 'charts'; readonly specs: readonly ChartSpec[] }

/** The job's PNGs in order: a calendar's pages, or one per chart. */
export async function runRenderJob(job: RenderJob): Promise<Buffer[]> {
  if (job.kind === 'calendar') return calendarPicturePngs(job.picture)
  const pngs: Buffer[] = []
  for (const spec of job.specs) pngs.push((await renderChart(spec)).png)
  return pngs
}
