import { describe, expect, it } from 'vitest'
import { type KeySpec, parseKeyForm, readKeyForm } from '../../src/input/key-form.js'

const agendaKeys: KeySpec<'title' | 'date' | 'time' | 'place' | 'notes'>[] = [
  { field: 'title', names: ['Kegiatan', 'Acara', 'Judul'] },
  { field: 'date', names: ['Hari/Tanggal', 'Hari', 'Tanggal'] },
  { field: 'time', names: ['Waktu', 'Jam', 'Pukul'] },
  { field: 'place', names: ['Tempat', 'Lokasi', 'Ruang', 'Ruangan'] },
  { field: 'notes', names: ['Keterangan', 'Catatan'], multiline: true },
]

describe('the Kunci: nilai form', () => {
  it('splits each line at its first colon, in any case and spacing', () => {
    const parsed = parseKeyForm(
      ['Kegiatan : Posyandu', 'hari / tanggal: Senin, 12 Januari 2026', 'WAKTU:08.00 WIB s.d. selesai'],
      agendaKeys,
    )
    expect(parsed).toEqual({
      ok: true,
      result: {
        values: { title: 'Posyandu', date: 'Senin, 12 Januari 2026', time: '08.00 WIB s.d. selesai' },
        extras: [],
      },
    })
  })

  it('continues the previous value on lines without a key and skips blank lines', () => {
    const parsed = parseKeyForm(
      ['Kegiatan: Rapat Koordinasi', 'Percepatan Stunting', '', 'Keterangan: baris satu', 'baris dua'],
      agendaKeys,
    )
    expect(parsed.ok && parsed.result.values).toEqual({
      title: 'Rapat Koordinasi Percepatan Stunting',
      notes: 'baris satu\nbaris dua',
    })
  })

  it('keeps unknown keys in order as extras', () => {
    const parsed = parseKeyForm(
      [
        'Kepada Yth. : Seluruh Humas OPD',
        'Acara: Rapat',
        'Pakaian : Batik Korpri',
        'Narahubung : Sari (0812-3456-7890)',
      ],
      agendaKeys,
    )
    expect(parsed.ok && parsed.result.extras).toEqual([
      { key: 'Kepada Yth.', value: 'Seluruh Humas OPD' },
      { key: 'Pakaian', value: 'Batik Korpri' },
      { key: 'Narahubung', value: 'Sari (0812-3456-7890)' },
    ])
  })

  it('refuses a key within two edits of a known one, with the suggestion', () => {
    expect(parseKeyForm(['Acara: Rapat', 'Tempta: Aula'], agendaKeys)).toEqual({
      ok: false,
      error: { kind: 'typo', typos: [{ written: 'Tempta', suggestion: 'Tempat' }] },
    })
    expect(parseKeyForm(['Kegiatn: Rapat'], agendaKeys)).toMatchObject({
      ok: false,
      error: { typos: [{ suggestion: 'Kegiatan' }] },
    })
  })

  it('names every mistyped key of a form at once, so one reply lists them all', () => {
    const lines = ['Kegiatn: Rapat', 'Hari/Tanggal: besok', 'Wakut: 09.00', 'Tempta: Aula']
    expect(parseKeyForm(lines, agendaKeys)).toEqual({
      ok: false,
      error: {
        kind: 'typo',
        typos: [
          { written: 'Kegiatn', suggestion: 'Kegiatan' },
          { written: 'Wakut', suggestion: 'Waktu' },
          { written: 'Tempta', suggestion: 'Tempat' },
        ],
      },
    })
    expect(() => readKeyForm(lines, agendaKeys)).toThrow(
      expect.objectContaining({
        key: 'core.form.typos',
        params: { count: 3, list: 'Kegiatn → Kegiatan, Wakut → Waktu, Tempta → Tempat' },
      }),
    )
  })

  it('does not take a short unrelated word for a typo', () => {
    const parsed = parseKeyForm(['Acara: Rapat', 'Tema: Stunting'], agendaKeys)
    expect(parsed.ok && parsed.result.extras).toEqual([{ key: 'Tema', value: 'Stunting' }])
  })

  it('does not split a URL at its colon, and keeps colons inside multi-line values', () => {
    const parsed = parseKeyForm(
      ['Keterangan: daftar di', 'https://bit.ly/rapat', 'Catatan lain: bawa laptop'],
      agendaKeys,
    )
    expect(parsed.ok && parsed.result.values.notes).toBe(
      'daftar di\nhttps://bit.ly/rapat\nCatatan lain: bawa laptop',
    )
  })

  it('refuses the same key given twice', () => {
    expect(parseKeyForm(['Acara: Rapat', 'Judul: Rapat Lagi'], agendaKeys)).toMatchObject({
      ok: false,
      error: { kind: 'duplicate', key: 'Judul' },
    })
  })

  it('keeps WhatsApp markers out of one-line values but leaves them in long text, which may be a caption', () => {
    const parsed = parseKeyForm(
      ['*Kegiatan* : *Rapat* _Evaluasi_ ~Lama~', 'Keterangan : *penting*', '', 'paragraf kedua'],
      agendaKeys,
    )
    expect(parsed).toMatchObject({
      ok: true,
      result: { values: { title: 'Rapat Evaluasi Lama', notes: '*penting*\nparagraf kedua' } },
    })
  })

  it('keeps a letter line written as a key (Kepada Yth.:) in the extras, and drops a bare salutation', () => {
    const parsed = parseKeyForm(
      ['Dengan hormat,', 'Kepada Yth. : Seluruh Humas OPD', 'Kegiatan : Rapat'],
      agendaKeys,
    )
    expect(parsed).toMatchObject({
      ok: true,
      result: { values: { title: 'Rapat' }, extras: [{ key: 'Kepada Yth.', value: 'Seluruh Humas OPD' }] },
    })
  })

  it('leaves out the signature after a closing line, but still reads keys written below it', () => {
    const parsed = parseKeyForm(
      ['Tempat : Aula', 'Hormat kami,', 'Kepala Dinas', 'Narahubung: Sari'],
      agendaKeys,
    )
    expect(parsed).toMatchObject({
      ok: true,
      result: { values: { place: 'Aula' }, extras: [{ key: 'Narahubung', value: 'Sari' }] },
    })
  })
})
