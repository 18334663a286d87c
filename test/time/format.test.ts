import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateSpan,
  formatDateTime,
  formatDayMonth,
  formatRange,
  formatTime,
  formatWhen,
  formatWhenWithStatedZone,
  localDateOf,
  weekdayName,
} from '../../src/time/format.js'
import { parseWhen } from '../../src/time/parse-when.js'
import { instantOf } from './clock.js'

const JAKARTA = 'Asia/Jakarta'
const MAKASSAR = 'Asia/Makassar'
const NINE_WIB = instantOf('2026-01-08 09:00', JAKARTA)

describe('formatting dates and times', () => {
  it('writes a date with its weekday in Indonesian and English', () => {
    expect(formatDate('2026-01-12', 'id')).toBe('Senin, 12 Januari 2026')
    expect(formatDate('2026-01-12', 'en')).toBe('Monday, 12 January 2026')
    expect(formatDate('2026-08-17', 'id')).toBe('Senin, 17 Agustus 2026')
  })

  it('writes a short day for lists', () => {
    expect(formatDayMonth('2026-01-12', 'id')).toBe('Sen 12/1')
    expect(formatDayMonth('2026-01-16', 'en')).toBe('Fri 16/1')
  })

  it('names weekdays from Sunday = 0', () => {
    expect([0, 1, 5, 6].map((day) => weekdayName(day, 'id'))).toEqual(['Minggu', 'Senin', 'Jumat', 'Sabtu'])
    expect(weekdayName(5, 'en')).toBe('Friday')
  })

  it('writes a time with a dot in Indonesian, a colon in English, and the zone abbreviation', () => {
    expect(formatTime(NINE_WIB, JAKARTA, 'id')).toBe('09.00 WIB')
    expect(formatTime(NINE_WIB, JAKARTA, 'en')).toBe('09:00 WIB')
    expect(formatTime(NINE_WIB, MAKASSAR, 'id')).toBe('10.00 WITA')
    expect(formatTime(NINE_WIB, 'Asia/Jayapura', 'id')).toBe('11.00 WIT')
  })

  it('shows a time stated in another zone in that zone first, then in the workspace zone', () => {
    expect(formatWhenWithStatedZone(NINE_WIB, JAKARTA, MAKASSAR, 'id')).toBe('09.00 WIB (10.00 WITA)')
    expect(formatWhenWithStatedZone(NINE_WIB, JAKARTA, JAKARTA, 'id')).toBe('09.00 WIB')
  })

  it('writes ranges, "s.d. selesai", and spans of days', () => {
    const noon = instantOf('2026-01-08 12:00', JAKARTA)
    expect(formatRange(NINE_WIB, noon, JAKARTA, 'id')).toBe('09.00–12.00 WIB')
    expect(formatRange(NINE_WIB, undefined, JAKARTA, 'id', true)).toBe('09.00 WIB s.d. selesai')
    expect(formatRange(NINE_WIB, undefined, JAKARTA, 'en', true)).toBe('09:00 WIB until finished')
    expect(formatDateSpan('2026-01-12', '2026-01-14', 'id')).toBe('Senin–Rabu, 12–14 Januari 2026')
    expect(formatDateSpan('2026-11-30', '2026-12-02', 'id')).toBe('Senin–Rabu, 30 November–2 Desember 2026')
    expect(formatDateSpan('2026-12-30', '2027-01-02', 'en')).toBe(
      'Wednesday–Saturday, 30 December 2026–2 January 2027',
    )
  })

  it('writes a date and time together', () => {
    expect(formatDateTime(NINE_WIB, JAKARTA, 'id')).toBe('Kamis, 8 Januari 2026 pukul 09.00 WIB')
    expect(formatDateTime(NINE_WIB, JAKARTA, 'en')).toBe('Thursday, 8 January 2026 at 09:00 WIB')
  })

  it('writes a parsed date/time as a confirmation shows it', () => {
    const now = instantOf('2026-01-07 10:00', MAKASSAR)
    const result = parseWhen('besok 09.00-12.00 WIB', now, MAKASSAR)
    if (!result.ok) throw new Error('refused')
    expect(formatWhen(result.when, MAKASSAR, 'id')).toBe(
      'Kamis, 8 Januari 2026, 09.00–12.00 WIB (10.00–13.00 WITA)',
    )
    expect(formatWhen({ kind: 'date', date: '2026-01-17' }, MAKASSAR, 'en')).toBe('Saturday, 17 January 2026')
  })

  it('finds the local date of an instant in a zone', () => {
    const lateEvening = instantOf('2026-01-07 23:30', JAKARTA)
    expect(localDateOf(lateEvening, JAKARTA)).toBe('2026-01-07')
    expect(localDateOf(lateEvening, MAKASSAR)).toBe('2026-01-08')
  })
})
