/**
 * Reading how an item repeats, as people write it (`Ulangi:` or the start of the one-line form):
 * `setiap Senin`, `setiap Senin dan Kamis`, `setiap hari kerja`, `setiap hari`, `setiap tanggal 5`,
 * `setiap Senin pertama` (… `terakhir`), `setiap bulan` (on the first date's day), then optionally
 * `mulai 7 Desember`, `sampai 31 Desember 2026` and `kecuali libur`. Anything else is refused naming
 * the part, with an example; `setiap minggu` is refused too, since it may mean weekly or Sundays.
 */
import { UserError } from '../../errors.js'
import type { LocalDate } from '../../time/calendar.js'
import { END_OF_WORD, normalizeWord, WEEKDAY_PATTERN, WEEKDAYS } from '../../time/lexicon.js'
import { calendarToLocal } from '../../time/resolve-date.js'
import { isError, readAt, wordAt } from '../../time/scan.js'
import { scanCalendarDate } from '../../time/scan-date.js'
import type { RuleShape } from './recurrence.js'

/** A rule as written: its shape (or "monthly on the first date's day"), and its bounds. */
export interface RecurrenceRequest {
  readonly shape: RuleShape | { readonly kind: 'monthlyOnStart' }
  readonly start: LocalDate | null
  readonly until: LocalDate | null
  readonly skipHolidays: boolean
}

const ORDINALS: Readonly<Record<string, number>> = {
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  terakhir: -1,
}
const ORDINAL_PATTERN = `(${Object.keys(ORDINALS).join('|')})${END_OF_WORD}`
const EVERY = `(?:setiap|tiap|saban)${END_OF_WORD}`
const AND = '(?:\\s*,\\s*|\\s+(?:dan|serta|&)\\s+|\\s*&\\s*)'
const WEEKDAY_LIST = `((?:hari\\s+)?${WEEKDAY_PATTERN}(?:${AND}(?:hari\\s+)?${WEEKDAY_PATTERN})*)${END_OF_WORD}`
const MONTHLY = `(?:(?:setiap|tiap)\\s+)?bulan(?:nya)?${END_OF_WORD}`
/** `sampai`, `hingga`, `s.d.`, `sampai dengan tanggal`: the word before a series' last date. */
const UNTIL = `(?:sampai|hingga|s\\s*[./]\\s*d\\.?)(?:\\s+dengan)?(?:\\s+(?:tanggal|tgl\\.?))?(?![\\p{L}\\p{N}'’])`
const WORKDAYS = [1, 2, 3, 4, 5]
/** Later months lack a 29th to 31st; RFC 5545 would skip them silently, so they are refused. */
const LAST_MONTH_DAY = 28

function weekdaysOf(list: string): number[] {
  const words = list.match(new RegExp(WEEKDAY_PATTERN, 'giu')) ?? []
  return [...new Set(words.map((word) => WEEKDAYS[normalizeWord(word)]!))].sort()
}

/** The rule itself, after `setiap`; its end in `text`. */
function readShape(text: string, pos: number): { shape: RecurrenceRequest['shape']; end: number } {
  const workdays = readAt(text, pos, `hari\\s+kerja${END_OF_WORD}`)
  if (workdays) return { shape: { kind: 'weekly', weekdays: WORKDAYS }, end: workdays.end }
  // `setiap Minggu` (capital) is Sundays; `setiap minggu`/`pekan` may mean "every week".
  const week = readAt(text, pos, `(minggu|pekan)${END_OF_WORD}`)
  if (week && week.text !== 'Minggu') throw new UserError('agenda.recur.week_ambiguous', { part: week.text })
  const weekdays = readAt(text, pos, WEEKDAY_LIST)
  if (weekdays) {
    const days = weekdaysOf(weekdays.text)
    const ordinal = readAt(text, weekdays.end, ORDINAL_PATTERN)
    if (!ordinal) return { shape: { kind: 'weekly', weekdays: days }, end: weekdays.end }
    if (days.length > 1) {
      throw new UserError('agenda.recur.nth_one_day', { part: `${weekdays.text} ${ordinal.text}` })
    }
    const nth = ORDINALS[ordinal.text.toLowerCase()]!
    const end = readAt(text, ordinal.end, MONTHLY)?.end ?? ordinal.end
    return { shape: { kind: 'nthWeekday', weekday: days[0]!, nth }, end }
  }
  const daily = readAt(text, pos, `hari${END_OF_WORD}`)
  if (daily) return { shape: { kind: 'daily' }, end: daily.end }
  const monthly = readAt(text, pos, `bulan${END_OF_WORD}`)
  const dayOfMonth = readAt(text, monthly?.end ?? pos, `(?:tanggal|tgl\\.?)\\s*(\\d{1,2})(?!\\d)`)
  if (dayOfMonth) {
    const day = Number(dayOfMonth.groups[1])
    if (day < 1 || day > 31) throw new UserError('agenda.recur.month_day_invalid', { part: dayOfMonth.text })
    if (day > LAST_MONTH_DAY) throw new UserError('agenda.recur.month_day_late', { part: dayOfMonth.text })
    const end = readAt(text, dayOfMonth.end, MONTHLY)?.end ?? dayOfMonth.end
    return { shape: { kind: 'monthDay', day }, end }
  }
  if (monthly) return { shape: { kind: 'monthlyOnStart' }, end: monthly.end }
  throw new UserError('agenda.recur.not_understood', { part: wordAt(text, pos) || text.trim() })
}

/** A date after `mulai`/`sampai`, without a year meaning the next such date. */
function readBound(
  text: string,
  pos: number,
  today: LocalDate,
  word: string,
): { date: LocalDate; end: number } {
  const scanned = scanCalendarDate(text, pos)
  if (!scanned || isError(scanned)) {
    throw new UserError('agenda.recur.bound_invalid', { part: `${word} ${wordAt(text, pos)}`.trim() })
  }
  return { date: calendarToLocal(scanned.value, today), end: scanned.end }
}

/**
 * The rule at the start of `text`, and where it ends; undefined when `text` does not start with
 * `setiap`/`tiap`. Words after the rule that are not `mulai`, `sampai` or `kecuali libur` are left
 * for the caller (the time and title of the one-line form).
 */
export function readLeadingRecurrence(
  text: string,
  today: LocalDate,
): { request: RecurrenceRequest; end: number } | undefined {
  const every = readAt(text, 0, EVERY)
  if (!every) return undefined
  const { shape, end: shapeEnd } = readShape(text, every.end)
  let end = shapeEnd
  let start: LocalDate | null = null
  let until: LocalDate | null = null
  let skipHolidays = false
  for (;;) {
    const at = readAt(text, end, '\\s*,?')?.end ?? end
    const except = readAt(text, at, `kecuali\\s+(?:hari\\s+)?libur(?:\\s+nasional)?${END_OF_WORD}`)
    const from = readAt(text, at, `mulai(?:\\s+(?:tanggal|tgl\\.?))?${END_OF_WORD}`)
    const to = readAt(text, at, UNTIL)
    if (except) {
      skipHolidays = true
      end = except.end
    } else if (from) {
      const bound = readBound(text, from.end, today, from.text)
      start = bound.date
      end = bound.end
    } else if (to) {
      const bound = readBound(text, to.end, today, to.text)
      until = bound.date
      end = bound.end
    } else break
  }
  return { request: { shape, start, until, skipHolidays }, end }
}

/** Where the last `sampai …` word of `text` begins (after a space, or at the start), if any. */
function lastUntilWord(text: string): { index: number; end: number } | undefined {
  const last = [...text.matchAll(new RegExp(`(^|\\s)${UNTIL}\\s*`, 'giu'))].at(-1)
  return last && { index: last.index + last[1]!.length, end: last.index + last[0].length }
}

/**
 * The one-line form may give a series' last date at its very end, after the title and place
 * (`… Apel Pagi @ Halaman Setda sampai 31 Desember 2026`): that date, and the text before it, when
 * all that follows the last `sampai` is one date. Otherwise undefined, and `refuseUntilInTitle` names
 * the words once the title is known.
 */
export function readTrailingUntil(
  text: string,
  today: LocalDate,
): { until: LocalDate; before: string } | undefined {
  const word = lastUntilWord(text)
  if (!word) return undefined
  const scanned = scanCalendarDate(text, word.end)
  if (!scanned || isError(scanned) || text.slice(scanned.end).trim()) return undefined
  return { until: calendarToLocal(scanned.value, today), before: text.slice(0, word.index).trim() }
}

/**
 * A one-line series whose title or place still holds `sampai …` (not a date, or not one date): the
 * last date may have been meant, so it is refused naming those words rather than saved as the place.
 */
export function refuseUntilInTitle(titleAndPlace: string): void {
  const word = lastUntilWord(titleAndPlace)
  if (word) {
    throw new UserError('agenda.recur.until_trailing_invalid', {
      part: titleAndPlace.slice(word.index).trim(),
    })
  }
}

/** `Ulangi: …`: the whole value must be a rule. */
export function readRecurrenceValue(value: string, today: LocalDate): RecurrenceRequest {
  const text = value.trim()
  const read = readLeadingRecurrence(text, today)
  if (!read) throw new UserError('agenda.recur.not_understood', { part: wordAt(text, 0) || text })
  const rest = text.slice(read.end).trim()
  if (rest) throw new UserError('agenda.recur.not_understood', { part: rest })
  return read.request
}
