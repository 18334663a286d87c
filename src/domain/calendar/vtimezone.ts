/**
 * VTIMEZONE components for the zones recurring events are written in (RFC 5545 §3.6.5 asks for one per
 * TZID). Indonesian zones keep one offset all year, so one STANDARD part describes them fully; a zone
 * with daylight saving gets none, and calendar apps resolve its IANA name themselves.
 */
import { dayjs } from '../../time/calendar.js'
import { zoneAbbreviation } from '../../time/zones.js'

const JANUARY = Date.UTC(2026, 0, 1)
const JULY = Date.UTC(2026, 6, 1)

/** `+0700`, `-0330`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const whole = Math.abs(minutes)
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`
}

/** The VTIMEZONE of a zone with a fixed offset, or null for one whose offset changes. */
export function fixedOffsetTimezone(zone: string): string | null {
  const winter = dayjs(JANUARY).tz(zone).utcOffset()
  if (winter !== dayjs(JULY).tz(zone).utcOffset()) return null
  const offset = offsetText(winter)
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${zoneAbbreviation(zone)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}
