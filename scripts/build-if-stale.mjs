// Compiles dist/ with `tsc -b` only when a source is newer than the last build. `tsc -b` needs over a
// second just to find that nothing changed, and `npm start` should be ready in about two.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'

const BUILD_INFO = 'dist/tsconfig.build.tsbuildinfo'
const SOURCES = ['src', 'commands', 'migrations']
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json']

const mtimeOf = (path) => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return undefined
  }
}

/** The newest modification under `dir`: a directory's own time moves when a file is added or removed. */
function newestIn(dir) {
  let newest = mtimeOf(dir) ?? 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : (mtimeOf(path) ?? 0))
  }
  return newest
}

const built = mtimeOf(BUILD_INFO)
const newestSource = Math.max(...SOURCES.map(newestIn), ...CONFIGS.map((path) => mtimeOf(path) ?? 0))
if (built === undefined || newestSource > built) {
  process.stderr.write(
    built === undefined
      ? 'Sinergi: menyusun program untuk pertama kali (tsc, sekitar setengah menit)…\n'
      : 'Sinergi: sumber berubah, menyusun ulang (tsc)…\n',
  )
  const tsc = spawnSync(join('node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
    stdio: 'inherit',
  })
  if (tsc.status !== 0) process.exit(tsc.status ?? 1)
  // tsc leaves its build info alone when nothing needed emitting (a changed package.json): mark the check done.
  const now = new Date()
  utimesSync(BUILD_INFO, now, now)
}
