import { expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { ECHO_MAX, echo, shorten } from '../../src/text/shorten.js'

const isWellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)

it('keeps text that fits and cuts longer text at a word end with an ellipsis', () => {
  expect(shorten('Rapat koordinasi', 20)).toBe('Rapat koordinasi')
  expect(shorten('Rapat koordinasi humas', 12)).toBe('Rapat koord…')
  expect(shorten('Rapat koordinasi humas', 12).length).toBeLessThanOrEqual(12)
})

it('never cuts an emoji, a flag or an accented letter in half', () => {
  const titles = [
    `${'a'.repeat(78)}😀😀😀`,
    `${'a'.repeat(77)}👨‍👩‍👧‍👦 keluarga`,
    `${'a'.repeat(78)}🇮🇩🇮🇩`,
    `${'a'.repeat(78)}e\u0301e\u0301e\u0301`,
  ]
  for (const title of titles) {
    const cut = shorten(title, 80)
    expect(cut.length).toBeLessThanOrEqual(80)
    expect(isWellFormed(cut)).toBe(true)
    expect(cut.endsWith('…')).toBe(true)
    expect(title.startsWith(cut.slice(0, -1))).toBe(true)
  }
  expect(shorten(`${'a'.repeat(78)}e\u0301e\u0301`, 80)).toBe(`${'a'.repeat(78)}…`)
})

it('repeats at most a hundred characters of what someone wrote in an error', () => {
  expect(echo('x'.repeat(4000)).length).toBe(ECHO_MAX)
  const error = new UserError('agency.not_found', { code: '😀'.repeat(2000), count: 5 })
  expect(String(error.params.code).length).toBeLessThanOrEqual(ECHO_MAX)
  expect(isWellFormed(String(error.params.code))).toBe(true)
  expect(error.params.count).toBe(5)
})
