import { describe, expect, it } from 'vitest'
import { parseCommand, tokenize } from '../../src/chat/parse-command.js'
import { readItemNumber } from '../../src/input/item-number.js'

describe('recognising a command', () => {
  it('reads the name in any letter case, with / on every platform', () => {
    expect(parseCommand('/AGENDA besok', 'telegram', 'SinergiBot')).toEqual({
      name: 'agenda',
      addressedToBot: false,
      firstLine: 'besok',
      bodyLines: [],
    })
  })

  it('accepts ! on WhatsApp but treats it as chatter on Telegram', () => {
    expect(parseCommand('!agenda', 'whatsapp')?.name).toBe('agenda')
    expect(parseCommand('!agenda', 'telegram', 'SinergiBot')).toBeUndefined()
  })

  it('accepts our bot name in any case and ignores commands for another bot', () => {
    expect(parseCommand('/agenda@sinergibot 12', 'telegram', 'SinergiBot')).toMatchObject({
      name: 'agenda',
      addressedToBot: true,
      firstLine: '12',
    })
    expect(parseCommand('/agenda@OtherBot', 'telegram', 'SinergiBot')).toBeUndefined()
  })

  it('keeps the following lines for the key form', () => {
    const parsed = parseCommand('/agenda tambah\nKegiatan : Rapat\n\nTempat: Aula', 'console')
    expect(parsed?.firstLine).toBe('tambah')
    expect(parsed?.bodyLines).toEqual(['Kegiatan : Rapat', '', 'Tempat: Aula'])
  })

  it('ignores ordinary text, a slash inside a sentence, and a URL', () => {
    expect(parseCommand('selamat pagi', 'whatsapp')).toBeUndefined()
    expect(parseCommand('pakai /agenda ya', 'whatsapp')).toBeUndefined()
    expect(parseCommand('https://example.go.id', 'whatsapp')).toBeUndefined()
    expect(parseCommand('/ agenda', 'whatsapp')).toBeUndefined()
  })
})

describe('words and numbers', () => {
  it('keeps quoted words together, with straight or curly quotes', () => {
    expect(tokenize('tambah "Dinas Kesehatan" opd')).toEqual(['tambah', 'Dinas Kesehatan', 'opd'])
    expect(tokenize('“Rapat Besar”  besok')).toEqual(['Rapat Besar', 'besok'])
  })

  it('reads 12 and #12 as item numbers and nothing else', () => {
    expect(readItemNumber('12')).toBe(12)
    expect(readItemNumber('#12')).toBe(12)
    expect(readItemNumber('12a')).toBeUndefined()
    expect(readItemNumber('besok')).toBeUndefined()
    expect(readItemNumber(undefined)).toBeUndefined()
  })
})
