import { describe, expect, it } from 'vitest'
import { csvField, neutralizeFormula, toCsv } from '../../src/domain/export/csv.js'
import { readCsv } from '../support/read-csv.js'

describe('CSV for Excel', () => {
  it('leaves plain fields alone and quotes only what needs it', () => {
    expect(csvField('Rapat koordinasi')).toBe('Rapat koordinasi')
    expect(csvField('Rapat, koordinasi')).toBe('Rapat, koordinasi')
    expect(csvField('Rapat; koordinasi')).toBe('"Rapat; koordinasi"')
    expect(csvField('Rapat, koordinasi', ',')).toBe('"Rapat, koordinasi"')
    expect(csvField('Kata "sambutan" bupati')).toBe('"Kata ""sambutan"" bupati"')
    expect(csvField('Baris satu\nBaris dua')).toBe('"Baris satu\nBaris dua"')
    expect(csvField('Baris satu\r\nBaris dua')).toBe('"Baris satu\r\nBaris dua"')
    expect(csvField(' spasi di depan')).toBe('" spasi di depan"')
    expect(csvField('')).toBe('')
  })

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = toCsv([
      ['Nomor', 'Judul'],
      ['1', 'Rapat'],
    ])
    expect(text).toBe('\uFEFFNomor;Judul\r\n1;Rapat\r\n')
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n')
  })

  it('reads back exactly what was written, whatever the text holds', () => {
    const rows = [
      ['Nomor', 'Judul', 'Tempat', 'Tautan'],
      ['12', 'Rapat "Forum" Humas; sesi 2', 'Aula, Lt. 2\nGedung A', 'https://a.example/x?y=1;z=2'],
      ['13', 'Ünïcödé — Jum’at', '', '"'],
      ['14', '', ';', '""'],
    ]
    const text = toCsv(rows)
    expect(readCsv(text.slice(1))).toEqual(rows)
  })

  it('keeps text typed by members from running as a spreadsheet formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")')
    expect(neutralizeFormula('+62 812')).toBe("'+62 812")
    expect(neutralizeFormula('-')).toBe("'-")
    expect(neutralizeFormula('@bupati')).toBe("'@bupati")
    expect(neutralizeFormula('Rapat = penting')).toBe('Rapat = penting')
  })
})
