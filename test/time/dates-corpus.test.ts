import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseWhen } from '../../src/time/parse-when.js'
import { instantOf, wallClock } from './clock.js'

/** `daily`: the last day of times repeating each day (`daily until 2026-12-13`), else '-'. */
type Row = { now: string; zone: string; input: string; start: string; end: string; daily: string }

function readCorpus(): Row[] {
  const text = readFileSync(new URL('../fixtures/corpus/dates.tsv', import.meta.url), 'utf8')
  const lines = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'))
  return lines.slice(1).map((line) => {
    const [now, zone, input, start, end, daily] = line.split('\t')
    const lastDay = daily?.replace(/^daily until\s+/, '') ?? '-'
    return { now: now!, zone: zone!, input: input!, start: start!, end: end!, daily: lastDay }
  })
}

const rows = readCorpus()
const accepted = rows.filter((row) => row.start !== 'ERROR')
const refused = rows.filter((row) => row.start === 'ERROR')

describe('the dates corpus (test/fixtures/corpus/dates.tsv)', () => {
  it('holds both accepted and refused expressions', () => {
    expect(accepted.length).toBeGreaterThan(30)
    expect(refused.length).toBeGreaterThan(3)
  })

  it.each(accepted)('reads "$input" at $now in $zone as $start', (row) => {
    const result = parseWhen(row.input, instantOf(row.now, row.zone), row.zone)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
    const { when } = result
    if (when.kind === 'date') {
      expect(when.date).toBe(row.start)
      expect(when.endDate ?? '-').toBe(row.end)
      return
    }
    expect(wallClock(when.start, row.zone)).toBe(row.start)
    expect(when.end ? wallClock(when.end, row.zone) : '-').toBe(row.end)
    expect(when.lastDay ?? '-').toBe(row.daily)
  })

  it.each(refused)('refuses "$input" and names the part it could not accept', (row) => {
    const result = parseWhen(row.input, instantOf(row.now, row.zone), row.zone)
    if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.when)}`)
    expect(result.error.part).not.toBe('')
    expect(row.input).toContain(result.error.part)
  })
})
