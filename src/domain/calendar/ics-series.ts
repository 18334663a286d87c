/**
 * A recurring agenda item's RRULE and EXDATE lines. Its DTSTART is written in the zone its time was
 * stated in (TZID), so that `BYDAY=MO` means Monday there; UNTIL is the end of its last day; the dates
 * left out — cancelled or detached occurrences, and holidays for `kecuali libur` — are EXDATEs.
 */
import { addDays, dayjs, instantAt, type LocalDate } from '../../time/calendar.js'
import type { AgendaItem } from '../agenda/types.js'

const compactDate = (date: LocalDate) => date.replaceAll('-', '')

/** `20261231T165959Z`: UTC as RFC 5545 writes it. */
const utcText = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`

/** The lines ical-generator writes after DTSTART for a series; `skipped` are further dates left out. */
export function seriesRepeating(item: AgendaItem, skipped: readonly LocalDate[] = []): string {
  const recurrence = item.recurrence!
  const { time } = item
  const zone = item.statedZone
  const excluded = [...new Set([...recurrence.excludedDates, ...skipped])].sort()
  const until = recurrence.until
    ? time.allDay
      ? compactDate(recurrence.until)
      : // UNTIL is an instant when DTSTART has a zone (RFC 5545 §3.3.10): the last second of the last day.
        utcText(new Date(instantAt(addDays(recurrence.until, 1), 0, zone).getTime() - 1000))
    : undefined
  const lines = [`RRULE:${recurrence.rule}${until ? `;UNTIL=${until}` : ''}`]
  if (excluded.length > 0) {
    lines.push(
      time.allDay
        ? `EXDATE;VALUE=DATE:${excluded.map(compactDate).join(',')}`
        : `EXDATE;TZID=${zone}:${excluded
            .map((date) => `${compactDate(date)}T${dayjs(time.startsAt).tz(zone).format('HHmmss')}`)
            .join(',')}`,
    )
  }
  return lines.join('\r\n')
}
