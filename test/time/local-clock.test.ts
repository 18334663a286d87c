import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantAt, localDateOf, minutesOfDay } from '../../src/time/calendar.js'
import { wallClock } from './clock.js'

// Zones with daylight saving on the hour, on the half hour (Lord Howe), at odd offsets (Kathmandu,
// Chatham) and without any (Indonesia's): the date and clock read in each must be the formatter's own.
const ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'UTC',
]

/** The date and minutes of the day the zone's own formatter shows (the test helper, not the code under test). */
function asFormatterReadsIt(instant: Date, zone: string) {
  const [date, clock] = wallClock(instant, zone).split(' ')
  const [hours, minutes] = clock!.split(':').map(Number)
  return { date: date!, minutes: hours! * 60 + minutes! }
}

describe('the local date and clock of an instant', () => {
  it('match the zone formatter for any instant from 1990 to 2060, across offset changes', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const expected = asFormatterReadsIt(instant, zone)
          expect(localDateOf(instant, zone)).toBe(expected.date)
          expect(minutesOfDay(instant, zone)).toBe(expected.minutes)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('change exactly at a daylight-saving switch, the minute before and the minute it happens', () => {
    // New York springs forward at 02:00 EST on 8 March 2026 (07:00 UTC): 01:59 is followed by 03:00.
    expect(minutesOfDay(new Date('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(1 * 60 + 59)
    expect(minutesOfDay(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(3 * 60)
    // Lord Howe turns its clock back half an hour at 02:00 on 5 April 2026 (15:00 UTC).
    expect(minutesOfDay(new Date('2026-04-04T14:59:00Z'), 'Australia/Lord_Howe')).toBe(1 * 60 + 59)
    expect(minutesOfDay(new Date('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toBe(1 * 60 + 30)
    // St. John's springs forward at 02:00 NST (-03:30) on 8 March 2026: at 05:30 UTC, mid-hour.
    expect(minutesOfDay(new Date('2026-03-08T05:29:00Z'), 'America/St_Johns')).toBe(1 * 60 + 59)
    expect(minutesOfDay(new Date('2026-03-08T05:30:00Z'), 'America/St_Johns')).toBe(3 * 60)
    expect(localDateOf(new Date('2026-12-06T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-06')
    expect(localDateOf(new Date('2026-12-06T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-12-07')
  })
})

describe('the instant of a date and clock in a zone', () => {
  it('is read back by the zone formatter as that date and clock, and is the first instant that shows it', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-12-31T23:59:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const onTheMinute = new Date(Math.floor(instant.getTime() / 60_000) * 60_000)
          const { date, minutes } = asFormatterReadsIt(onTheMinute, zone)
          const found = instantAt(date, minutes, zone)
          expect(asFormatterReadsIt(found, zone)).toEqual({ date, minutes })
          // Where the clock is turned back the hour passes twice: the first pass is meant.
          expect(found.getTime()).toBeLessThanOrEqual(onTheMinute.getTime())
          expect(asFormatterReadsIt(new Date(found.getTime() - 3_600_000), zone)).not.toEqual({
            date,
            minutes,
          })
        },
      ),
      { numRuns: 3000 },
    )
  })

  it("takes midnight at the end of a day as the next day's start", () => {
    expect(instantAt('2026-12-31', 24 * 60, 'Asia/Jakarta').toISOString()).toBe('2026-12-31T17:00:00.000Z')
    expect(instantAt('2026-12-07', 9 * 60, 'Asia/Makassar').toISOString()).toBe('2026-12-07T01:00:00.000Z')
    expect(instantAt('2026-12-07', 19 * 60 + 30, 'Asia/Jayapura').toISOString()).toBe(
      '2026-12-07T10:30:00.000Z',
    )
  })

  it('moves a time the clock skips forward by the skip, and takes the first of a time it passes twice', () => {
    // New York: 02.00 EST on 8 March 2026 becomes 03.00 EDT, so 02.30 is not on the clock that night.
    expect(instantAt('2026-03-08', 2 * 60 + 30, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    )
    // 1 November 2026: 02.00 EDT becomes 01.00 EST, so 01.30 happens at 05.30 and again at 06.30 UTC.
    expect(instantAt('2026-11-01', 60 + 30, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    )
    // Lord Howe moves half an hour: 02.15 on 4 October 2026 (after 02.00 LHST comes 02.30 LHDT) is skipped.
    expect(instantAt('2026-10-04', 2 * 60 + 15, 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-10-03T15:45:00.000Z',
    )
  })
})
