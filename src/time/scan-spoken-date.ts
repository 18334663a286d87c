/**
 * Dates said rather than written: `besok`, `nanti`, `tanggal 15`, `minggu depan hari Rabu`, and a
 * weekday beside a relative day (`Rabu besok`, `besok, Rabu`), which are read only when they agree.
 */
import { addDays, addMonths, isValidDate, splitLocalDate, weekdayOf } from './calendar.js'
import { DAY_PART_PATTERN, END_OF_WORD, normalizeWord, WEEKDAY_PATTERN, WEEKDAYS } from './lexicon.js'
import { type Match, readAt, refuse, type Scan } from './scan.js'
import type { DateSpec, ScanContext } from './scan-date.js'

// `nanti` counts only before a time or a part of the day: `Nanti Dulu, Cek Faktanya` is a title.
const RELATIVE_WORD = `(hari\\s+ini|sekarang|nanti(?=\\s+(?:${DAY_PART_PATTERN}|jam|pukul|pkl|\\d))|besok|esok|lusa|kemarin|today|tomorrow)${END_OF_WORD}`
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'hari ini': 0,
  sekarang: 0,
  nanti: 0,
  today: 0,
  besok: 1,
  esok: 1,
  tomorrow: 1,
  lusa: 2,
  kemarin: -1,
}
const WEEKDAY_WORD = `(?:hari\\s+)?(${WEEKDAY_PATTERN})${END_OF_WORD}`
const RELATIVE = `(?:pada\\s+)?${RELATIVE_WORD}`
// `besok Jumat Curhat` stays a title (`Jumat Curhat` is a programme): after a relative day a weekday
// counts only with a comma, `hari` or parentheses.
const RELATIVE_THEN_WEEKDAY = `${RELATIVE}\\s*(?:,\\s*(?:hari\\s+)?|hari\\s+|\\(\\s*)(${WEEKDAY_PATTERN})${END_OF_WORD}(?:\\s*\\))?`
const WEEKDAY_THEN_RELATIVE = `(?:pada\\s+)?${WEEKDAY_WORD}\\s*,?\\s*${RELATIVE_WORD}`
const WEEK_THEN_WEEKDAY = `(?:pada\\s+)?(?:minggu|pekan)\\s+(depan|berikutnya|mendatang|ini)\\s*,?\\s*(?:pada\\s+)?${WEEKDAY_WORD}`
const DAY_OF_MONTH = `(?:pada\\s+)?(?:tanggal|tgl\\.?)\\s*(\\d{1,2})(?!\\d|\\s*[./:-]\\s*\\d)${END_OF_WORD}`

type FixedDate = Extract<DateSpec, { type: 'fixed' }>

function relativeDate(word: string, context: ScanContext): FixedDate {
  const key = word.toLowerCase().replace(/\s+/g, ' ')
  const date = addDays(context.today, RELATIVE_DAYS[key]!)
  // `nanti` ("later today") only places a time (`nanti sore jam 3`); without one it names no day to keep.
  return key === 'nanti' ? { type: 'fixed', date, needsTime: true } : { type: 'fixed', date }
}

/** `Rabu besok` is tomorrow only if tomorrow is a Wednesday; otherwise both words are named. */
function agreeing(
  match: Match,
  weekdayWord: string,
  relativeWord: string,
  context: ScanContext,
): Scan<DateSpec> {
  const spec = relativeDate(relativeWord, context)
  const actual = weekdayOf(spec.date)
  if (WEEKDAYS[normalizeWord(weekdayWord)] !== actual) return refuse('weekday_mismatch', match.text, actual)
  return { value: spec, end: match.end }
}

/** `besok`, `Rabu besok`, `besok, Rabu`, `minggu depan hari Rabu`; null when none is at `pos`. */
export function scanSpokenDate(text: string, pos: number, context: ScanContext): Scan<DateSpec> {
  const relativeFirst = readAt(text, pos, RELATIVE_THEN_WEEKDAY)
  if (relativeFirst)
    return agreeing(relativeFirst, relativeFirst.groups[2]!, relativeFirst.groups[1]!, context)
  const weekdayFirst = readAt(text, pos, WEEKDAY_THEN_RELATIVE)
  if (weekdayFirst) return agreeing(weekdayFirst, weekdayFirst.groups[1]!, weekdayFirst.groups[2]!, context)
  const weekFirst = readAt(text, pos, WEEK_THEN_WEEKDAY)
  if (weekFirst) {
    const week = weekFirst.groups[1]!.toLowerCase() === 'ini' ? 'this' : 'next'
    const weekday = WEEKDAYS[normalizeWord(weekFirst.groups[2]!)]!
    return { value: { type: 'weekday', weekday, week, text: weekFirst.text }, end: weekFirst.end }
  }
  const relative = readAt(text, pos, RELATIVE)
  return relative ? { value: relativeDate(relative.groups[1]!, context), end: relative.end } : null
}

/** `tanggal 15`, `tgl 15`: the next 15th that is not in the past (today counts). */
export function scanDayOfMonth(text: string, pos: number, context: ScanContext): Scan<DateSpec> {
  const match = readAt(text, pos, DAY_OF_MONTH)
  if (!match) return null
  const day = Number(match.groups[1])
  const today = splitLocalDate(context.today)
  // A 31st is at most two months away.
  for (let ahead = 0; ahead <= 2; ahead++) {
    const { year, month } = addMonths(today.year, today.month, ahead)
    if (isValidDate(year, month, day) && (ahead > 0 || day >= today.day)) {
      return { value: { type: 'calendar', date: { month, day, text: match.text } }, end: match.end }
    }
  }
  return refuse('invalid_date', match.text)
}
