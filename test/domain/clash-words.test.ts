import { describe, expect, it } from 'vitest'
import { officialNames, readOfficials } from '../../src/domain/agenda/officials.js'
import { samePlace } from '../../src/domain/agenda/places.js'

describe('places compared as words', () => {
  it.each([
    ['Aula Setda', 'aula SETDA.', true],
    ['Aula Setda', 'Setda, Aula', true],
    ['R. Rapat Bupati', 'Ruang Rapat Bupati', true],
    ['Ruangan Rapat Bupati', 'RR Bupati', true],
    ['Pendopo Kabupaten', 'Pendopo Kab. Wonosobo', true],
    ['Pendapa Kabupaten', 'Pendopo Kabupaten', true],
    ['Aula', 'Aula Dinkes', false],
    ['Ruang Rapat', 'Ruang Rapat Dinkes', false],
    ['Aula Dinkes', 'Aula Setda', false],
    ['Aula Lt. 2 Setda', 'Aula Lantai 3 Setda', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePlace(a, b)).toBe(same)
    expect(samePlace(b, a)).toBe(same)
  })

  it('never matches a missing place', () => {
    expect(samePlace(null, 'Aula Setda')).toBe(false)
    expect(samePlace('...', '...')).toBe(false)
  })
})

describe('officials named in a Pimpinan line', () => {
  it('reads each official once, the longest spelling first, passing over other words', () => {
    expect(readOfficials('Bapak Bupati Wonosobo dan Wakil Bupati')).toEqual(['bupati', 'wakil-bupati'])
    expect(readOfficials('Wabup, Sekda')).toEqual(['wakil-bupati', 'sekda'])
    expect(readOfficials('Pj. Bupati / Bupati')).toEqual(['bupati'])
    expect(readOfficials('Sekretaris Daerah Provinsi; Wagub')).toEqual(['sekda', 'wakil-gubernur'])
    expect(readOfficials('Walikota beserta Wawali')).toEqual(['wali-kota', 'wakil-wali-kota'])
    expect(officialNames(['wakil-bupati', 'ketua-dprd'])).toBe('Wakil Bupati, Ketua DPRD')
  })

  it('refuses a line naming no official it knows', () => {
    expect(() => readOfficials('Kepala Dinas')).toThrow(
      expect.objectContaining({ key: 'clash.error.officials_unknown', params: { value: 'Kepala Dinas' } }),
    )
  })
})
