/** Wall-clock helpers for the tests, written with Intl so that they do not lean on the code under test. */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(zone, format)
  }
  return format
}

/** `YYYY-MM-DD HH:mm` of an instant in a zone. */
export function wallClock(instant: Date, zone: string): string {
  return formatter(zone).format(instant)
}

/** The instant of `YYYY-MM-DD HH:mm` in a zone (zones without daylight saving, as in the corpus). */
export function instantOf(wall: string, zone: string): Date {
  const asUtc = Date.parse(`${wall.replace(' ', 'T')}:00Z`)
  const shown = Date.parse(`${wallClock(new Date(asUtc), zone).replace(' ', 'T')}:00Z`)
  return new Date(asUtc - (shown - asUtc))
}
