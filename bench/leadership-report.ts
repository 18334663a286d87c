/**
 * The /laporan charts for a 30-agency forum: median and slowest time per chart (ECharts SVG, then PNG
 * with resvg) and the peak resident memory the rendering adds to the process.
 */
import { activityChart, trendChart } from '../src/domain/report/chart-options.js'
import { renderChart } from '../src/domain/report/charts.js'
import type { AgencyReport, Report, ReportFigures } from '../src/domain/report/report-data.js'
import { measuredOn, percentile, writeSection } from './report.js'

const AGENCIES = 30
const ROUNDS = 20
const FORUM = 'Bakohumas Provinsi Kalimantan Selatan'

function figures(seed: number): ReportFigures {
  const published = seed % 7
  const onTime = Math.max(0, published - (seed % 3))
  const requests = seed % 4
  const reported = Math.min(requests, seed % 3)
  return {
    agenda: (seed * 7) % 23,
    submitted: (seed * 5) % 17,
    approved: (seed * 3) % 11,
    published,
    onTime,
    onTimeRate: published === 0 ? null : onTime / published,
    amplification: { requests, reported, onTime: reported, links: reported * 2 },
    amplificationRate: requests === 0 ? null : reported / requests,
    issues: { assigned: seed % 3, answered: seed % 2, medianResponseMinutes: seed % 2 ? 45 + seed : null },
  }
}

const agencies: AgencyReport[] = Array.from({ length: AGENCIES }, (_, index) => {
  const own = figures(index + 1)
  return {
    agencyId: index + 1,
    code: `DINAS-${String(index + 1).padStart(2, '0')}`,
    name: `Dinas ${index + 1}`,
    archived: false,
    ...own,
    previous: figures(index + 5),
    attention: own.published === 0 ? ['no_activity'] : [],
  }
})
const report: Report = {
  period: { from: '2026-11-01', to: '2026-11-30', kind: 'month' },
  previousPeriod: { from: '2026-10-01', to: '2026-10-31', kind: 'month' },
  agencies,
  totals: figures(100),
  previousTotals: figures(90),
}

const rssMiB = () => process.memoryUsage().rss / 1024 / 1024
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024

async function measure(render: () => Promise<unknown>): Promise<{ median: number; slowest: number }> {
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    await render()
    times.push(performance.now() - started)
  }
  return { median: percentile(times, 0.5), slowest: Math.max(...times) }
}

const baseline = rssMiB()
// The first render loads the fonts and ECharts' code paths; it is timed apart.
const firstStarted = performance.now()
await renderChart(activityChart(report, FORUM, 'id'))
const first = performance.now() - firstStarted
const activity = await measure(() => renderChart(activityChart(report, FORUM, 'id')))
const trend = await measure(() => renderChart(trendChart(report, FORUM, 'id')))
const extra = peakRssMiB() - baseline
const size = activityChart(report, FORUM, 'id')

const ms = (value: number) => value.toFixed(0)
const markdown = `
## Leadership report charts

\`npx tsx bench/leadership-report.ts\`: the two /laporan charts for a ${AGENCIES}-agency forum, each rendered
${ROUNDS} times (ECharts server-side SVG, then PNG with resvg in the shipped Noto Sans). Target: < 300 ms and
< 100 MiB extra per image.

| chart | size (px) | median | slowest |
| --- | --- | --- | --- |
| activity per agency | ${size.width} × ${size.height} | ${ms(activity.median)} ms | ${ms(activity.slowest)} ms |
| trend against the previous period | 1200 × 820 | ${ms(trend.median)} ms | ${ms(trend.slowest)} ms |

First render of the process (fonts unpacked and read, code warmed): ${ms(first)} ms. Peak resident memory
above the process before the first render: ${extra.toFixed(0)} MiB.

${measuredOn()}
`
await writeSection('leadership-report', markdown)
console.log(markdown)
