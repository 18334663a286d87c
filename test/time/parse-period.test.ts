import { describe, expect, it } from 'vitest'
import { parseDateRange, parsePeriod } from '../../src/time/parse-period.js'
import { instantOf } from './clock.js'

const ZONE = 'Asia/Jakarta'
// A Wednesday in January.
const NOW = instantOf('2026-01-07 10:00', ZONE)

describe('parsePeriod', () => {
  it.each([
    ['hari ini', '2026-01-07', '2026-01-07', 'day'],
    ['besok', '2026-01-08', '2026-01-08', 'day'],
    ['minggu ini', '2026-01-05', '2026-01-11', 'week'],
    ['minggu depan', '2026-01-12', '2026-01-18', 'week'],
    ['pekan depan', '2026-01-12', '2026-01-18', 'week'],
    ['bulan ini', '2026-01-01', '2026-01-31', 'month'],
    ['bulan depan', '2026-02-01', '2026-02-28', 'month'],
    ['today', '2026-01-07', '2026-01-07', 'day'],
    ['tomorrow', '2026-01-08', '2026-01-08', 'day'],
    ['this week', '2026-01-05', '2026-01-11', 'week'],
    ['next week', '2026-01-12', '2026-01-18', 'week'],
    ['this month', '2026-01-01', '2026-01-31', 'month'],
  ])('reads "%s" as %s to %s (%s)', (text, from, to, kind) => {
    expect(parsePeriod(text, NOW, ZONE)).toEqual({ ok: true, from, to, kind })
  })

  it('reads a month without a year as the most recent one, which may lie in the past', () => {
    expect(parsePeriod('Desember', NOW, ZONE)).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
      kind: 'month',
    })
    expect(parsePeriod('Januari', NOW, ZONE)).toMatchObject({ from: '2026-01-01', to: '2026-01-31' })
  })

  it('reads a month with a year, old spellings and abbreviations included', () => {
    expect(parsePeriod('Desember 2026', NOW, ZONE)).toMatchObject({ from: '2026-12-01', to: '2026-12-31' })
    expect(parsePeriod('Pebruari 2028', NOW, ZONE)).toMatchObject({ from: '2028-02-01', to: '2028-02-29' })
    expect(parsePeriod('Agt 2026', NOW, ZONE)).toMatchObject({ from: '2026-08-01', to: '2026-08-31' })
  })

  it('reads a single date as one day, a date without a year being the next such date', () => {
    expect(parsePeriod('12 Januari 2026', NOW, ZONE)).toEqual({
      ok: true,
      from: '2026-01-12',
      to: '2026-01-12',
      kind: 'day',
    })
    expect(parsePeriod('12/1', NOW, ZONE)).toMatchObject({ from: '2026-01-12' })
    expect(parsePeriod('5/1', NOW, ZONE)).toMatchObject({ from: '2027-01-05' })
  })

  it('reads a range of dates as a range', () => {
    expect(parsePeriod('12-16 Januari 2026', NOW, ZONE)).toEqual({
      ok: true,
      from: '2026-01-12',
      to: '2026-01-16',
      kind: 'range',
    })
  })

  it('reads a year alone, or after `tahun`, as the whole year', () => {
    const year = { ok: true, from: '2027-01-01', to: '2027-12-31', kind: 'year' }
    expect(parsePeriod('2027', NOW, ZONE)).toEqual(year)
    expect(parsePeriod('tahun 2027', NOW, ZONE)).toEqual(year)
    expect(parsePeriod('year 2027', NOW, ZONE)).toEqual(year)
    expect(parsePeriod('2025', NOW, ZONE)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' })
    expect(parsePeriod('3027', NOW, ZONE)).toMatchObject({ ok: false, error: { part: '3027' } })
  })

  it('refuses what it does not understand, an impossible date, and nothing', () => {
    expect(parsePeriod('kapan-kapan', NOW, ZONE)).toEqual({
      ok: false,
      error: { code: 'not_understood', part: 'kapan-kapan' },
    })
    expect(parsePeriod('31/2', NOW, ZONE)).toEqual({
      ok: false,
      error: { code: 'invalid_date', part: '31/2' },
    })
    expect(parsePeriod('', NOW, ZONE)).toMatchObject({ ok: false, error: { code: 'missing' } })
  })
})

describe('parseDateRange', () => {
  it.each([
    ['1-10 November 2026', '2026-11-01', '2026-11-10'],
    ['1/11 - 10/11', '2026-11-01', '2026-11-10'],
    ['1 s.d. 10 November 2026', '2026-11-01', '2026-11-10'],
    ['1 November 2026 - 10 Desember 2026', '2026-11-01', '2026-12-10'],
    ['1–10 Nopember', '2026-11-01', '2026-11-10'],
    ['28 Desember - 3 Januari 2027', '2026-12-28', '2027-01-03'],
    ['12 Januari 2026', '2026-01-12', '2026-01-12'],
    ['hari ini s.d. 31 Januari', '2026-01-07', '2026-01-31'],
    ['besok sampai dengan 10/2', '2026-01-08', '2026-02-10'],
    ['hari ini - Jumat', '2026-01-07', '2026-01-09'],
  ])('reads "%s" as %s to %s', (text, from, to) => {
    expect(parseDateRange(text, NOW, ZONE)).toEqual({ ok: true, from, to })
  })

  it('keeps the start of a range already under way in the current year', () => {
    expect(parseDateRange('1/1 - 10/1', NOW, ZONE)).toEqual({
      ok: true,
      from: '2026-01-01',
      to: '2026-01-10',
    })
  })

  it('refuses a range that ends before it starts, or holds an impossible date', () => {
    expect(parseDateRange('10/11 - 1/11', NOW, ZONE)).toMatchObject({
      ok: false,
      error: { code: 'invalid_date' },
    })
    expect(parseDateRange('10 Desember 2026 - 1 November 2026', NOW, ZONE)).toMatchObject({
      ok: false,
      error: { code: 'invalid_date' },
    })
    expect(parseDateRange('31/11 - 2/12', NOW, ZONE)).toEqual({
      ok: false,
      error: { code: 'invalid_date', part: '31/11' },
    })
  })

  it('refuses trailing words it does not understand', () => {
    expect(parseDateRange('1-10 November 2026 saja', NOW, ZONE)).toEqual({
      ok: false,
      error: { code: 'not_understood', part: 'saja' },
    })
  })
})
