import { describe, expect, it } from 'vitest'
import {
  isPublicHoliday,
  PUBLIC_HOLIDAYS,
  publicHolidaysBetween,
} from '../../../src/domain/commemorations/public-holidays.js'
import { addDays, weekdayOf } from '../../../src/time/calendar.js'

/** Gregorian Easter Sunday (anonymous Gregorian algorithm), to check the dates derived from it. */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function datesNamed(name: string): string[] {
  return PUBLIC_HOLIDAYS.filter((entry) => entry.name.startsWith(name)).map((entry) => entry.date)
}

describe('public holidays', () => {
  it('knows the 2026 SKB days off and cuti bersama, and not ordinary days', () => {
    expect(isPublicHoliday('2026-08-17')).toBe(true)
    expect(isPublicHoliday('2026-03-21')).toBe(true)
    expect(isPublicHoliday('2026-03-23')).toBe(true)
    expect(isPublicHoliday('2026-12-24')).toBe(true)
    expect(isPublicHoliday('2026-08-18')).toBe(false)
    expect(isPublicHoliday('2026-11-10')).toBe(false)
  })

  it('counts 17 national holidays and 8 cuti bersama in 2026, all final', () => {
    const of2026 = PUBLIC_HOLIDAYS.filter((entry) => entry.date.startsWith('2026'))
    expect(of2026.filter((entry) => entry.kind === 'libur_nasional')).toHaveLength(17)
    expect(of2026.filter((entry) => entry.kind === 'cuti_bersama')).toHaveLength(8)
    expect(of2026.some((entry) => entry.estimate)).toBe(false)
  })

  it('marks the 2027 lunar and Easter-based days as estimates and the fixed ones as final', () => {
    const of2027 = PUBLIC_HOLIDAYS.filter((entry) => entry.date.startsWith('2027'))
    expect(of2027.filter((entry) => !entry.estimate).map((entry) => entry.date)).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-06-01',
      '2027-08-17',
      '2027-12-25',
    ])
    expect(of2027.filter((entry) => entry.estimate)).toHaveLength(13)
    expect(isPublicHoliday('2027-02-06')).toBe(true)
  })

  it('puts Good Friday, Easter and Ascension where the Easter computus does', () => {
    for (const year of [2026, 2027]) {
      const easter = easterSunday(year)
      const inYear = (dates: string[]) => dates.filter((date) => date.startsWith(String(year)))
      expect(inYear(datesNamed('Wafat Yesus Kristus'))).toEqual([addDays(easter, -2)])
      expect(inYear(datesNamed('Kebangkitan Yesus Kristus'))).toEqual([easter])
      expect(inYear(datesNamed('Kenaikan Yesus Kristus'))).toEqual([addDays(easter, 39)])
    }
  })

  it('lists real dates in order, Idul Fitri 2026 on a Saturday and Sunday', () => {
    const dates = PUBLIC_HOLIDAYS.map((entry) => entry.date)
    expect([...dates].sort()).toEqual(dates)
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date)
    expect(datesNamed('Idul Fitri 1447').map(weekdayOf)).toEqual([6, 0])
  })

  it('lists the days off in a period, both ends included', () => {
    expect(publicHolidaysBetween('2026-12-24', '2027-01-01').map((entry) => entry.name)).toEqual([
      'Cuti Bersama Hari Raya Natal',
      'Hari Raya Natal',
      'Tahun Baru 2027 Masehi',
    ])
  })
})
