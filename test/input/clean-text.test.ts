import { expect, it } from 'vitest'
import { cleanText } from '../../src/input/clean-text.js'

it('keeps ordinary text, tabs, line breaks and whole emoji as written', () => {
  const text = 'Rapat\tkoordinasi 😀🇮🇩 e\u0301\nbaris dua'
  expect(cleanText(text)).toBe(text)
})

it('drops control characters, unifies line endings and replaces what is not UTF-8', () => {
  expect(cleanText('a\u0000b\u001bc\u007f')).toBe('abc')
  expect(cleanText('satu\r\ndua\rtiga')).toBe('satu\ndua\ntiga')
  expect(cleanText('x\uD83D y\uDE00 z\uFFFF')).toBe('x\uFFFD y\uFFFD z\uFFFD')
})
