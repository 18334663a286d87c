/**
 * What every benchmark writes into BENCHMARKS.md: its own section, between markers, so that each script
 * can run alone and leave the others' figures as they were.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'

const FILE = new URL('../BENCHMARKS.md', import.meta.url)
const TITLE = '# Benchmarks\n'

/** Replaces (or appends) the section `name` of BENCHMARKS.md. */
export async function writeSection(name: string, markdown: string): Promise<void> {
  const begin = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const current = await readFile(FILE, 'utf8').catch(() => TITLE)
  const block = `${begin}\n${markdown.trim()}\n${end}`
  const from = current.indexOf(begin)
  const to = current.indexOf(end)
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`
  await writeFile(FILE, next)
}

/** "Measured <date> on Node …, 2 × CPU; load average …": figures mean little without it. */
export function measuredOn(extra = ''): string {
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')
  return `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}${extra}; load average ${load} (1 / 5 / 15 min) when it ended (other work on the machine slows every figure).`
}

/** The value below which `share` of the sorted `values` lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!
}
