/**
 * `npm run bench:render`: `/kalender gambar` for a week of 60 items (the sample forum), from the laid-out
 * days to the PNG pages, two ways, each in a process of its own so neither's memory colours the other:
 * drawn in the process (the cost of drawing itself), and through the render thread as the bot does it
 * (compiled, as `npm start` runs it: what a user waits for, cold and warm). Reported: the median time per
 * week and per page, and how far the process's resident memory rose above where it stood before the
 * first picture, at its peak and once the thread has stopped.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sampleWeek } from '../scripts/sample-forum.js'
import { calendarPicture } from '../src/domain/calendar/picture.js'
import { measuredOn, percentile, writeSection } from './report.js'

const ITEMS = 60
/** A quiet week: one page, the single image most pictures are. */
const QUIET_ITEMS = 8
const ROUNDS = 10
const projectRoot = fileURLToPath(new URL('..', import.meta.url))

interface Figures {
  pages: number
  bytes: number
  firstMs: number
  medianMs: number
  firstPeakMiB: number
  laterRiseMiB: number
  afterStopMiB: number | null
}

const rssMiB = () => process.memoryUsage().rss / 1024 / 1024

async function measure(mode: 'process' | 'thread', items: number): Promise<Figures> {
  const week = sampleWeek(items)
  const draw =
    mode === 'process'
      ? (await import('../src/render/calendar-picture.js')).calendarPicturePngs
      : await threadDrawer()
  const baseline = rssMiB()
  let peak = baseline
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB())
  }, 5)
  const times: number[] = []
  let pngs: Buffer[] = []
  let firstPeak = baseline
  let afterFirst = baseline
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now()
    pngs = await draw(calendarPicture(week.days, week.options))
    times.push(performance.now() - started)
    peak = Math.max(peak, rssMiB())
    if (round === 0) {
      firstPeak = peak
      afterFirst = rssMiB()
    }
  }
  clearInterval(sampler)
  const [firstMs = 0, ...warm] = times
  let afterStopMiB: number | null = null
  if (mode === 'thread') {
    const { renderer } = await import(compiledRenderer)
    await renderer.close()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    afterStopMiB = rssMiB() - baseline
  }
  return {
    pages: pngs.length,
    bytes: pngs.reduce((sum, png) => sum + png.length, 0),
    firstMs,
    medianMs: percentile(warm, 0.5),
    firstPeakMiB: firstPeak - baseline,
    laterRiseMiB: Math.max(0, peak - Math.max(afterFirst, firstPeak)),
    afterStopMiB,
  }
}

const compiledRenderer = new URL('../dist/src/render/renderer.js', import.meta.url).href

/** The compiled renderer, as the bot uses it: the thread runs dist/src/render/render-worker.js. */
async function threadDrawer() {
  const { renderer } = (await import(compiledRenderer)) as typeof import('../src/render/renderer.js')
  return (picture: ReturnType<typeof calendarPicture>) => renderer.render({ kind: 'calendar', picture })
}

const mode = process.argv[2]
if (mode === 'process' || mode === 'thread') {
  console.log(JSON.stringify(await measure(mode, Number(process.argv[3] ?? ITEMS))))
} else {
  spawnSync('node', ['scripts/build-if-stale.mjs'], { cwd: projectRoot, stdio: 'inherit' })
  const run = (which: string, items = ITEMS): Figures => {
    const child = spawnSync(
      process.execPath,
      [
        '--max-semi-space-size=1',
        '--optimize-for-size',
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        which,
        String(items),
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    )
    if (child.status !== 0) throw new Error(`bench/render.ts ${which} failed:\n${child.stderr}`)
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Figures
  }
  const inProcess = run('process')
  const onThread = run('thread')
  const quietOnThread = run('thread', QUIET_ITEMS)
  const mib = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)} MiB`)
  const ms = (value: number) => `${value.toFixed(0)} ms`
  const row = (label: string, figures: Figures) =>
    `| ${label} | ${figures.pages} | ${ms(figures.firstMs)} | ${ms(figures.medianMs)} | ${ms(figures.medianMs / figures.pages)} | ${Math.round(figures.bytes / 1024)} KiB | ${mib(figures.firstPeakMiB)} | ${mib(figures.laterRiseMiB)} | ${mib(figures.afterStopMiB)} |`
  const rows = [
    row(`${ITEMS} items, in the process`, inProcess),
    row(`${ITEMS} items, render thread (compiled, as the bot runs)`, onThread),
    row(`${QUIET_ITEMS} items, render thread`, quietOnThread),
  ]
  console.log(rows.join('\n'))
  await writeSection(
    'render',
    `## Calendar pictures

\`npm run bench:render\` (\`bench/render.ts\`): \`/kalender gambar\` of the sample forum's week with ${ITEMS} items
(scripts/sample-forum.ts), and of a quiet week with ${QUIET_ITEMS}, from the laid-out days to the PNG pages (satori → SVG → resvg → PNG), a first
round then ${ROUNDS} more, each way in a process of its own started as \`npm start\` starts the bot. A week
this busy fills several 1080 × ≤ 2560 pages (Telegram shrinks taller photos). Goals: < 300 ms and
< 100 MiB extra per image. The first round includes starting the thread, compiling resvg's WebAssembly
and reading the fonts. Memory is the resident set: its peak during the first week above the process
before it (the drawing machinery, paid once while the thread runs), how much higher it went over the
next ${ROUNDS} weeks (what each further picture costs), and where it settles above the start once the render
thread has stopped (it does after two idle minutes).

| drawn | pages | first week | week (median) | per page (median) | PNG bytes | peak RSS, first week | rise over ${ROUNDS} more weeks | after the thread stops |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${measuredOn()}`,
  )
}
