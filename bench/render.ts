/**
 * `npm run bench:render`: `/kalender gambar` for a week of 60 items (the sample forum), from the laid-out
 * days to the PNG pages, in one process: the median time per week and per page, and how far the
 * process's resident memory rose above where it stood before the first picture.
 */

import { sampleWeek } from '../scripts/sample-forum.js'
import { calendarPicture } from '../src/domain/calendar/picture.js'
import { calendarPicturePngs } from '../src/render/calendar-picture.js'
import { measuredOn, percentile, writeSection } from './report.js'

const ITEMS = 60
const ROUNDS = 10

const week = sampleWeek(ITEMS)
const baseline = process.memoryUsage().rss
let peak = baseline
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 5)

const times: number[] = []
let pages = 0
let bytes = 0
// The first round reads the fonts and warms satori's caches: measured, but reported on its own.
let first = 0
let firstPeak = baseline
for (let round = 0; round <= ROUNDS; round++) {
  const started = performance.now()
  const pngs = await calendarPicturePngs(calendarPicture(week.days, week.options))
  const elapsed = performance.now() - started
  peak = Math.max(peak, process.memoryUsage().rss)
  if (round === 0) {
    first = elapsed
    firstPeak = peak
  } else times.push(elapsed)
  pages = pngs.length
  bytes = pngs.reduce((sum, png) => sum + png.length, 0)
}
clearInterval(sampler)

const median = percentile(times, 0.5)
const mib = (value: number) => `${(value / 1024 / 1024).toFixed(0)} MiB`
const ms = (value: number) => `${value.toFixed(0)} ms`
const row = `| ${ITEMS} | ${pages} | ${ms(first)} | ${ms(median)} | ${ms(median / pages)} | ${Math.round(bytes / 1024)} KiB | ${mib(firstPeak - baseline)} | ${mib(peak - baseline)} |`
console.log(row)
await writeSection(
  'render',
  `## Calendar pictures

\`npm run bench:render\` (\`bench/render.ts\`): \`/kalender gambar\` of the sample forum's week with ${ITEMS} items
(scripts/sample-forum.ts), from the laid-out days to the PNG pages (satori → SVG → resvg → PNG), ${ROUNDS} rounds
after a first one that reads the fonts. A week this busy fills several 1080 × ≤ 2560 pages (Telegram shrinks
taller photos). Goals: < 300 ms and < 100 MiB extra per image. resvg runs as WebAssembly and frees each
page (the native build kept every pixmap: 1.4 GiB after 25 weeks), so resident memory stays where the first
week left it: the last column is the peak over all ${ROUNDS * pages} pages.

| items | pages | first week | week (median) | per page (median) | PNG bytes | peak RSS above start, first week | after all rounds |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row}

${measuredOn()}`,
)
