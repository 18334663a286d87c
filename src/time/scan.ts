/** Small helpers for reading an expression left to right in the original text, keeping positions. */

export type WhenErrorCode =
  | 'missing'
  | 'invalid_date'
  | 'invalid_time'
  | 'weekday_mismatch'
  | 'not_understood'
  /** `Senin pagi`, `nanti sore`: a day and a part of it, but no hour. */
  | 'hour_missing'
  /** `10 sore`: the hour does not fall in that part of the day. */
  | 'day_part_mismatch'
  /** `jam 9an`: "around nine" is not a time to schedule. */
  | 'approximate_time'
  /** `besok Rapat jam 9`: a time inside the title, where it would be lost. */
  | 'misplaced_time'

export type WhenError = {
  code: WhenErrorCode
  /** The words of the input that could not be accepted, as written. */
  part: string
  /** For weekday_mismatch: the weekday the date really falls on (0 = Sunday … 6 = Saturday). */
  expectedWeekday?: number
}

/** What a scanner returns: a value and where it stopped, a refusal, or null when nothing matched. */
export type Scan<T> = { value: T; end: number } | { error: WhenError } | null

export type Match = { groups: RegExpExecArray; start: number; end: number; text: string }

const cache = new Map<string, RegExp>()

function sticky(source: string): RegExp {
  let regex = cache.get(source)
  if (!regex) {
    regex = new RegExp(`\\s*(?:${source})`, 'iuy')
    cache.set(source, regex)
  }
  return regex
}

/** Matches `source` at `pos`, after any whitespace; `text` is the match without that whitespace. */
export function readAt(text: string, pos: number, source: string): Match | null {
  const regex = sticky(source)
  regex.lastIndex = pos
  const groups = regex.exec(text)
  if (!groups) return null
  const end = pos + groups[0].length
  const start = end - groups[0].trimStart().length
  return { groups, start, end, text: text.slice(start, end) }
}

export function isError<T>(scan: Scan<T>): scan is { error: WhenError } {
  return scan !== null && 'error' in scan
}

export function refuse(code: WhenErrorCode, part: string, expectedWeekday?: number): { error: WhenError } {
  const error: WhenError = { code, part: part.trim() }
  if (expectedWeekday !== undefined) error.expectedWeekday = expectedWeekday
  return { error }
}

/** The first word at `pos`, to name in a refusal when nothing there was understood. */
export function wordAt(text: string, pos: number): string {
  return text.slice(pos).trim().split(/\s+/)[0] ?? ''
}
