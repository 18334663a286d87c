import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { localDateOf, minutesOfDay } from '../../src/time/calendar.js'
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
