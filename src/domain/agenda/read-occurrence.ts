/**
 * Which occurrences of a series a command means, from the words after its number:
 * `tanggal 8 Desember …` (one date; a date without a year is the next such date) or `semua …` (the whole
 * series). What follows is left for the caller (a reason, or the keys of an edit).
 */
import { UserError } from '../../errors.js'
import { type LocalDate, splitLocalDate } from '../../time/calendar.js'
import { type Lang, monthName } from '../../time/format.js'
import { calendarToLocal } from '../../time/resolve-date.js'
import { isError, readAt, wordAt } from '../../time/scan.js'
import { scanCalendarDate } from '../../time/scan-date.js'

export type OccurrenceChoice =
  | { readonly kind: 'date'; readonly date: LocalDate; readonly rest: string }
  | { readonly kind: 'all'; readonly rest: string }

/** `8 Desember`: how replies suggest a date. */
export function exampleDate(date: LocalDate, lang: Lang): string {
  const { month, day } = splitLocalDate(date)
  return `${day} ${monthName(month, lang)}`
}

/** The choice at the start of `text`, or undefined when it names none. */
export function readOccurrenceChoice(
  text: string,
  today: LocalDate,
  refusal: { readonly number: number; readonly example: string },
): OccurrenceChoice | undefined {
  const all = readAt(text, 0, "(?:semua|seluruh(?:nya)?|all)(?![\\p{L}\\p{N}'’])")
  if (all) return { kind: 'all', rest: text.slice(all.end).trim() }
  // `Tanggal: 9/12` is a key of the edit form; `tanggal 8 Desember` picks the occurrence.
  const word = readAt(text, 0, '(?:tanggal|tgl\\.?)(?=\\s+[^\\s:])')
  if (!word) return undefined
  const scanned = scanCalendarDate(text, word.end)
  if (!scanned || isError(scanned)) {
    throw new UserError('agenda.recur.occurrence_date_invalid', {
      ...refusal,
      part: `${word.text} ${wordAt(text, word.end)}`,
    })
  }
  return {
    kind: 'date',
    date: calendarToLocal(scanned.value, today),
    rest: text
      .slice(scanned.end)
      .replace(/^\s*[,;:]?\s*/, '')
      .trim(),
  }
}
