import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AGENDA_KEYS } from '../../src/domain/agenda/read-form.js'
import { parseKeyForm } from '../../src/input/key-form.js'
import { parseDateAndTime, parseLeadingWhen, type WhenResult } from '../../src/time/parse-when.js'
import { instantOf, wallClock } from './clock.js'

// The corpus header: now is 2026-01-07 10:00 in Asia/Jakarta for every block.
const ZONE = 'Asia/Jakarta'
const NOW = instantOf('2026-01-07 10:00', ZONE)

type Block = { message: string[]; expected: Map<string, string> }

function readBlocks(): Block[] {
  const text = readFileSync(new URL('../fixtures/corpus/agenda-messages.txt', import.meta.url), 'utf8')
  return text
    .split(/^====$/m)
    .slice(1)
    .map((raw) => {
      const [message = '', expected = ''] = raw.split(/^----$/m)
      const lines = (part: string) => part.split('\n').filter((line) => line.trim() && !line.startsWith('#'))
      const pairs = lines(expected).map((line) => {
        const colon = line.indexOf(':')
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const
      })
      return { message: lines(message), expected: new Map(pairs) }
    })
}

/** The date and time a key form states, read by the same key-form reader `/agenda tambah` uses. */
function dateAndTimeOf(lines: string[]): { date?: string; time?: string } {
  const parsed = parseKeyForm(lines.slice(1), AGENDA_KEYS)
  if (!parsed.ok) throw new Error(`form refused: ${JSON.stringify(parsed.error)}`)
  const { day, date, time } = parsed.result.values
  const dated = day && date ? `${day}, ${date}` : (day ?? date)
  return { ...(dated ? { date: dated } : {}), ...(time ? { time } : {}) }
}

type Times = { start: string; end?: string; dailyUntil?: string }

function wallClocks(result: WhenResult): Times {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  const { when } = result
  if (when.kind === 'date') return { start: when.date, ...(when.endDate && { end: when.endDate }) }
  return {
    start: wallClock(when.start, ZONE),
    ...(when.end && { end: wallClock(when.end, ZONE) }),
    ...(when.lastDay && { dailyUntil: when.lastDay }),
  }
}

function expectedTimes(block: Block): Times {
  const end = block.expected.get('end')
  const dailyUntil = block.expected.get('daily until')
  return { start: block.expected.get('start')!, ...(end && { end }), ...(dailyUntil && { dailyUntil }) }
}

const blocks = readBlocks()
const accepted = blocks
  .filter((block) => block.expected.has('start'))
  .map((block) => ({ ...block, title: block.expected.get('title') }))
const oneLine = accepted.filter((block) => block.message.length === 1)
const keyForm = accepted.filter((block) => block.message.length > 1)

describe('agenda submissions (test/fixtures/corpus/agenda-messages.txt)', () => {
  it('holds one-line and key-form submissions', () => {
    expect(oneLine.length).toBeGreaterThanOrEqual(2)
    expect(keyForm.length).toBeGreaterThanOrEqual(4)
  })

  it.each(oneLine)(
    'one-line form $title: the leading date/time is read and the rest is the title',
    (block) => {
      const text = block.message[0]!.replace(/^\/agenda\s+tambah\s+/, '')
      const result = parseLeadingWhen(text, NOW, ZONE)
      expect(wallClocks(result)).toEqual(expectedTimes(block))
      if (!result.ok) return
      expect(result.rest).toBe(`${block.expected.get('title')} @ ${block.expected.get('location')}`)
    },
  )

  it.each(keyForm)('key form $title: Hari/Tanggal and Waktu are read together', (block) => {
    const { date, time } = dateAndTimeOf(block.message)
    expect(wallClocks(parseDateAndTime(date, time, NOW, ZONE))).toEqual(expectedTimes(block))
  })

  it('refuses a key form with neither date nor time as missing', () => {
    const result = parseDateAndTime(undefined, undefined, NOW, ZONE)
    expect(result).toEqual({ ok: false, error: { code: 'missing', part: '' } })
  })
})
