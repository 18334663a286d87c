import fc from 'fast-check'
import { expect, it } from 'vitest'
import { parseCommand, tokenize } from '../../src/chat/parse-command.js'
import { AGENDA_KEYS } from '../../src/domain/agenda/read-form.js'
import { CONTENT_KEYS } from '../../src/domain/content/read-form.js'
import { KEY_MESSAGE_KEYS } from '../../src/domain/key-messages/read-form.js'
import { isUserError } from '../../src/errors.js'
import { cleanText } from '../../src/input/clean-text.js'
import { readItemNumber } from '../../src/input/item-number.js'
import { readKeyForm } from '../../src/input/key-form.js'
import { parsePeriod } from '../../src/time/parse-period.js'
import { parseLeadingWhen, parseWhen } from '../../src/time/parse-when.js'
import { FUZZ_RUNS, fuzzBody, fuzzLine } from '../support/fuzz-text.js'

const RUNS = { numRuns: FUZZ_RUNS }
const NOW = new Date('2026-01-07T10:00:00+07:00')
const ZONES = fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')
const message = fc
  .tuple(fc.constantFrom('/', '!', '', ' /', '/ '), fuzzLine, fuzzBody)
  .map(([prefix, first, body]) => [prefix + first, ...body].join('\n'))

/** Only a UserError may come out of a reader: anything else would be an internal fault for the person. */
function onlyUserErrors(read: () => unknown): void {
  try {
    read()
  } catch (error) {
    if (!isUserError(error)) throw error
  }
}

it('recognises or ignores any message without throwing, on every platform', () => {
  fc.assert(
    fc.property(message, fc.constantFrom('telegram', 'whatsapp', 'console'), (text, platform) => {
      const parsed = parseCommand(cleanText(text), platform, 'SinergiBot')
      if (!parsed) return
      expect(parsed.name).toBe(parsed.name.toLowerCase())
      expect(parsed.firstLine).toBe(parsed.firstLine.trim())
      tokenize(parsed.firstLine)
    }),
    RUNS,
  )
})

it('reads any date and time words to a result or a refusal, never an exception', () => {
  fc.assert(
    fc.property(fuzzLine, ZONES, (text, zone) => {
      for (const read of [parseLeadingWhen, parseWhen, parsePeriod]) {
        const result = read(cleanText(text), NOW, zone)
        expect(typeof result.ok).toBe('boolean')
      }
      readItemNumber(text.split(' ')[0])
    }),
    RUNS,
  )
})

it('reads any Kunci: nilai lines to values or a UserError', () => {
  fc.assert(
    fc.property(fuzzBody, (lines) => {
      const cleaned = lines.map(cleanText)
      for (const keys of [AGENDA_KEYS, CONTENT_KEYS, KEY_MESSAGE_KEYS])
        onlyUserErrors(() => readKeyForm(cleaned, keys))
    }),
    RUNS,
  )
})
