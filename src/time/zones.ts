/** Indonesia's three zones, by the abbreviations people write after a time (`09.00 WIB`). */
export const ZONE_BY_ABBREVIATION: Readonly<Record<string, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
}

const ABBREVIATION_BY_ZONE: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
}

// Two instants half a year apart: a zone with the same offset at both has no daylight saving.
const JANUARY = new Date(Date.UTC(2026, 0, 15))
const JULY = new Date(Date.UTC(2026, 6, 15))

function isValidZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** `UTC+8`, `UTC+5:30`, `UTC` for a zone at an instant. */
export function utcOffsetLabel(iana: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: iana,
    timeZoneName: 'shortOffset',
  }).formatToParts(at)
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  return name === 'GMT' || name === 'GMT+0' ? 'UTC' : name.replace(/^GMT/, 'UTC')
}

/**
 * WIB/WITA/WIT for the Indonesian zones; otherwise `UTC+8` when the offset is known (at `at`, or
 * because the zone keeps one offset all year), else the IANA name itself.
 */
export function zoneAbbreviation(iana: string, at?: Date): string {
  const known = ABBREVIATION_BY_ZONE[iana]
  if (known) return known
  if (!isValidZone(iana)) return iana
  if (at) return utcOffsetLabel(iana, at)
  const winter = utcOffsetLabel(iana, JANUARY)
  return winter === utcOffsetLabel(iana, JULY) ? winter : iana
}

/** The zone a `/zona` argument names: WIB/WITA/WIT in any case, or a valid IANA name. */
export function resolveZoneName(text: string): string | null {
  const trimmed = text.trim()
  const byAbbreviation = ZONE_BY_ABBREVIATION[trimmed.toUpperCase()]
  if (byAbbreviation) return byAbbreviation
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(trimmed)) return null
  return isValidZone(trimmed)
}
