// Only the Indonesian locale: the package's main entry loads all sixteen (about a third of a second at start).
import * as chronoId from 'chrono-node/id'
import { dayjs } from './calendar.js'
import { END_OF_WORD } from './lexicon.js'

// chrono.id reads durations well, number words included (`dua hari lagi`, `sejam lagi`,
// `setengah jam lagi`, `dalam dua belas hari`), so only those phrases are handed to it: its other
// readings differ from ours (see parse-when.ts), and it is never asked where a phrase ends.
const NUMBER =
  '(?:\\d+|dua\\s+belas|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|setengah)'
const UNIT = '(?:hari|minggu|pekan|bulan|jam|menit)'
const AMOUNT = `(?:${NUMBER}\\s*${UNIT}|se${UNIT})`
export const DURATION_PATTERN = `(?:dalam\\s+${AMOUNT}|${AMOUNT}\\s+(?:lagi|kemudian))${END_OF_WORD}`

export type Shift = { instant: Date; hasTime: boolean }

/** The instant `phrase` (a DURATION_PATTERN match) points to from `now`, or null if chrono reads it otherwise. */
export function shiftByDuration(phrase: string, now: Date, zone: string): Shift | null {
  const offsetMinutes = dayjs(now).tz(zone).utcOffset()
  const results = chronoId.parse(phrase, { instant: now, timezone: offsetMinutes })
  const result = results[0]
  if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== phrase.length)
    return null
  return { instant: result.start.date(), hasTime: result.start.isCertain('hour') }
}
