/**
 * Start time and memory of the real process. Spawns the compiled app (`node dist/src/bin.js`, what
 * `npm start` runs after its incremental build) on a temporary data directory and times, from the
 * spawn, the first progress line on stderr and the `ready` log line: on a fresh directory (the schema
 * is created) and on an existing one. For comparison it times the old way (`tsx src/bin.ts`) and the
 * whole `npm start` (npm, scripts/build-if-stale.mjs, then the app). Memory is the resident set
 * (VmRSS) after start and after N commands typed into the console, next to PGlite alone on the same
 * data directory, the floor the app cannot go below. Linux only (reads /proc).
 *
 *   npm run bench:start            # 2,000 console commands
 *   npx tsx bench/start.ts 500     # another number
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGLITE_SHARED_BUFFERS } from '../src/db/create-db.js'
import { measuredOn, writeSection } from './report.js'

const COMMANDS = Number(process.argv[2] ?? 2000)
const RUNS = 3
const projectRoot = fileURLToPath(new URL('..', import.meta.url))

interface Started {
  readonly child: ChildProcess
  readonly progressMs: number
  readonly readyMs: number
}

/** Spawns `argv` and resolves once its output matches `ready` (by default the `ready` log line), with the times since the spawn. */
function startApp(
  argv: readonly string[],
  env: Record<string, string>,
  ready = /"msg":"ready"/,
): Promise<Started> {
  const spawnedAt = performance.now()
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: `npm start` runs the app as a child that must be stopped with it.
    detached: true,
  })
  let progressMs = Number.NaN
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (!stderr) progressMs = performance.now() - spawnedAt
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    let seen = ''
    const listen = (chunk: string) => {
      seen += chunk
      if (ready.test(seen)) {
        child.stdout!.off('data', listen)
        resolve({ child, progressMs, readyMs: performance.now() - spawnedAt })
      }
    }
    child.stdout!.setEncoding('utf8').on('data', listen)
    child.once('exit', (code) =>
      reject(new Error(`${argv.join(' ')} exited with ${code} before ready: ${stderr}`)),
    )
  })
}

/** Sends `signal` to the whole process group and waits until every process in it has gone. */
async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  process.kill(-child.pid!, signal)
  for (;;) {
    try {
      process.kill(-child.pid!, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Resident set of a live process in MiB. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024
}

/** As `npm start` and the Docker image run it. */
const compiled = ['node', '--max-semi-space-size=1', '--optimize-for-size', 'dist/src/bin.js']
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mib = (value: number) => `${Math.round(value)} MiB`

async function timeStarts(argv: readonly string[], runs: number, env: Record<string, string> = {}) {
  const fresh: Started[] = []
  const existing: Started[] = []
  for (let run = 0; run < runs; run++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'sinergi-bench-start-'))
    try {
      const first = await startApp(argv, { DATA_DIR: dataDir, CONSOLE: 'off', ...env })
      fresh.push(first)
      await stop(first.child)
      const again = await startApp(argv, { DATA_DIR: dataDir, CONSOLE: 'off', ...env })
      existing.push(again)
      await stop(again.child)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  return { fresh, existing }
}

/** Starts after a kill -9 (PGlite replays its write-ahead log), `runs` times on one data directory. */
async function restartsAfterKill(runs: number): Promise<Started[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sinergi-bench-kill-'))
  const restarts: Started[] = []
  try {
    let running = await startApp(compiled, { DATA_DIR: dataDir, CONSOLE: 'off' })
    for (let run = 0; run < runs; run++) {
      await stop(running.child, 'SIGKILL')
      running = await startApp(compiled, { DATA_DIR: dataDir, CONSOLE: 'off' })
      restarts.push(running)
    }
    await stop(running.child)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  return restarts
}

/**
 * Types `count` commands into the console and waits until the output goes quiet. Every 20 commands it
 * moves to another group as another person: the per-person and per-chat limits would otherwise leave
 * most of them unanswered.
 */
async function typeCommands(child: ChildProcess, count: number): Promise<void> {
  const lines = ['/bantuan', '/agenda', '/kalender', '/konten']
  let lastOutput = performance.now()
  child.stdout!.on('data', () => {
    lastOutput = performance.now()
  })
  const type = async (line: string) => {
    if (!child.stdin!.write(`${line}\n`)) await new Promise((resolve) => child.stdin!.once('drain', resolve))
  }
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) {
      await type(`:grup Grup ${i / 20}`)
      await type(`:as Orang ${i / 20}`)
    }
    await type(lines[i % lines.length]!)
  }
  while (performance.now() - lastOutput < 3_000) await new Promise((resolve) => setTimeout(resolve, 500))
}

/** PGlite alone on `dataDir` with `sharedBuffers` (PostgreSQL's default when absent): its resident set after one query. */
function pgliteAloneMiB(dataDir: string, sharedBuffers?: string): number {
  const startParams = sharedBuffers
    ? `startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=${sharedBuffers}'],`
    : ''
  const script = `
    import { PGlite } from '@electric-sql/pglite'
    import { readFileSync } from 'node:fs'
    const pglite = await PGlite.create({ dataDir: ${JSON.stringify(join(dataDir, 'pglite'))}, ${startParams} })
    await pglite.query('select count(*) from workspaces')
    console.log(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1])
    await pglite.close()`
  const result = spawnSync('node', ['--input-type=module', '-e', script], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return Number(result.stdout.trim()) / 1024
}

/** Resident memory on an existing data directory (a new one also carries PGlite's initdb until a GC). */
async function memory() {
  const dataDir = await mkdtemp(join(tmpdir(), 'sinergi-bench-rss-'))
  const consoleUp = /Konsol Sinergi/
  try {
    const first = await startApp(compiled, { DATA_DIR: dataDir, CONSOLE: 'on' }, consoleUp)
    const afterFreshStart = rssMiB(first.child.pid!)
    await stop(first.child)
    const app = await startApp(compiled, { DATA_DIR: dataDir, CONSOLE: 'on' }, consoleUp)
    const afterStart = rssMiB(app.child.pid!)
    await typeCommands(app.child, COMMANDS)
    const afterCommands = rssMiB(app.child.pid!)
    await stop(app.child)
    return {
      afterFreshStart,
      afterStart,
      afterCommands,
      pgliteAlone: pgliteAloneMiB(dataDir, PGLITE_SHARED_BUFFERS),
      pgliteDefault: pgliteAloneMiB(dataDir),
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

const buildStartedAt = performance.now()
const build = spawnSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: projectRoot, stdio: 'inherit' })
if (build.status !== 0) throw new Error('the build failed')
spawnSync('node', ['scripts/build-if-stale.mjs'], { cwd: projectRoot, stdio: 'inherit' })
const upToDateStartedAt = performance.now()
spawnSync('node', ['scripts/build-if-stale.mjs'], { cwd: projectRoot })
const upToDateCheckMs = performance.now() - upToDateStartedAt
console.log(
  `build ${seconds(upToDateStartedAt - buildStartedAt)}, up-to-date check ${seconds(upToDateCheckMs)}`,
)

const now = await timeStarts(compiled, RUNS)
const afterKill = await restartsAfterKill(RUNS)
const before = await timeStarts(['node', '--import', 'tsx', 'src/bin.ts'], 1)
const viaNpm = await timeStarts(['npm', 'start', '--silent'], RUNS)
const rss = await memory()

const row = (label: string, runs: Started[]) =>
  `| ${label} | ${seconds(median(runs.map((r) => r.progressMs)))} | ${seconds(median(runs.map((r) => r.readyMs)))} |`
const markdown = `
## Start and memory

${measuredOn()} \`npm run bench:start\` (bench/start.ts) spawns the app on a temporary data directory with
\`CONSOLE=off PORT=0\` and times from the spawn to the first progress line (stderr) and to the \`ready\` log
line; compiled and \`npm start\` runs are the median of ${RUNS}.

| Start | progress line | ready |
|---|---|---|
${row('compiled (`node dist/src/bin.js`), fresh data dir', now.fresh)}
${row('compiled, existing data dir', now.existing)}
${row('compiled, existing data dir, after a kill -9', afterKill)}
${row('`npm start` (npm + `scripts/build-if-stale.mjs` + compiled), existing data dir', viaNpm.existing)}
${row('`tsx src/bin.ts` (the old `npm start`, today’s code), fresh data dir', before.fresh)}
${row('`tsx src/bin.ts`, existing data dir', before.existing)}

\`scripts/build-if-stale.mjs\` with nothing changed: ${seconds(upToDateCheckMs)} (it compares file times and runs
\`tsc -b\` only after a change: a first build, or one after an edit to a widely used type, takes tens of seconds).

| Resident memory (VmRSS) | MiB |
|---|---|
| app just after creating a new data dir (PGlite's initdb not yet collected) | ${mib(rss.afterFreshStart)} |
| app after start, existing data dir (console on, no platform) | ${mib(rss.afterStart)} |
| app after ${COMMANDS.toLocaleString('en')} console commands (20 a person and group, as the rate limits allow) | ${mib(rss.afterCommands)} |
| PGlite alone on the same data dir as Sinergi opens it (shared_buffers ${PGLITE_SHARED_BUFFERS}), after one query | ${mib(rss.pgliteAlone)} |
| PGlite alone with PostgreSQL's default 128 MB of shared buffers (Sinergi before) | ${mib(rss.pgliteDefault)} |
| app after the commands ÷ PGlite alone as Sinergi opens it | ${(rss.afterCommands / rss.pgliteAlone).toFixed(2)} × |
`
console.log(markdown)
await writeSection('start', markdown)
