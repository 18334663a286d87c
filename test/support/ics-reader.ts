/**
 * A minimal iCalendar reader for the tests, independent of the generator (RFC 5545 §3.1): unfolds
 * continuation lines, splits `NAME;PARAM=V:VALUE`, unescapes TEXT values, and returns the calendar's
 * properties and its VEVENTs. Used beside node-ical so the feed is checked even without it.
 */
export type IcsProperty = { params: Record<string, string>; value: string }
export type IcsEvent = Record<string, IcsProperty>

export function readIcs(text: string): {
  calendar: Record<string, string>
  events: IcsEvent[]
  physicalLines: string[]
} {
  const physicalLines = text.split('\r\n')
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  const calendar: Record<string, string> = {}
  const events: IcsEvent[] = []
  let current: IcsEvent | undefined
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT') {
      if (current) events.push(current)
      current = undefined
    } else {
      const colon = line.indexOf(':')
      const [name = '', ...paramParts] = line.slice(0, colon).split(';')
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]))
      const value = line
        .slice(colon + 1)
        .replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch))
      if (current) current[name] = { params, value }
      else calendar[name] = value
    }
  }
  return { calendar, events, physicalLines }
}
