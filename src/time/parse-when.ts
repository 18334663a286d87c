/**
 * Reading the date and time of an agenda item as people write it in Indonesian (SPEC "Date and time
 * language"). Pure: the result depends only on (text, now, zone).
 *
 * The grammar is our own rather than chrono.id's: chrono.id reads most single forms, but it resolves
 * `Rabu 14.00` said on a Wednesday to next week, reads `Minggu depan` as "next week" and
 * `hari Minggu` as the past Sunday, drops the weekday of `Minggu, 11 Januari 2026`, accepts
 * `Senin, 13 Januari 2026` (a Tuesday) silently, skips impossible dates instead of refusing them
 * (`32 Januari 2026` becomes "Januari 2026", `besok jam 25` becomes "besok"), splits `Senin (12/1)`
 * and `Kamis / 15 Januari 2026` in two, and ignores `s.d. selesai`. It is used for durations only.
 */
import { instantAt, type LocalDate, localDateOf } from './calendar.js'
import { timeInTitle, unreadTimeWords } from './leftover.js'
import { DAY_PART_PATTERN, END_OF_WORD } from './lexicon.js'
import { resolveDateSpec } from './resolve-date.js'
import { isError, readAt, refuse, type Scan, type WhenError, wordAt } from './scan.js'
import { type DateSpec, type ScanContext, scanDate } from './scan-date.js'
import { scanTime, type TimeOptions, type TimeSpec } from './scan-time.js'

export type { LocalDate } from './calendar.js'
export type { WhenError, WhenErrorCode } from './scan.js'

export type When =
  | { kind: 'date'; date: LocalDate; endDate?: LocalDate }
  | {
      kind: 'time'
      start: Date
      end?: Date
      /** The zone the time was written in: the workspace zone unless WIB/WITA/WIT said otherwise. */
      statedZone: string
      /** `09.00 s.d. selesai`: no end time, the event lasts until it is over. */
      untilDone: boolean
      /** Before 06.00 without pagi/siang/sore/malam: accepted, but the confirmation asks to check it. */
      earlyHourUnqualified: boolean
      yearInferred: boolean
      /**
       * `12-13 Desember 08.00-16.00`: the same times on every day up to this one. `start` and `end`
       * are then those of the first day.
       */
      lastDay?: LocalDate
    }

export type WhenResult =
  | { ok: true; when: When; consumed: string; rest: string }
  | { ok: false; error: WhenError }

type Parsed = { date?: DateSpec; time?: TimeSpec }

function contextOf(now: Date, zone: string): ScanContext {
  return { now, zone, today: localDateOf(now, zone) }
}

/**
 * `Senin pagi`, `nanti sore`, `nanti` with no hour: the day is there but the time cannot be placed,
 * so it is refused, naming the words, rather than saved as all-day.
 */
function hourMissing(
  text: string,
  pos: number,
  date: { value: DateSpec; end: number },
): ReturnType<typeof refuse> | null {
  const dayPart = readAt(text, date.end, `${DAY_PART_PATTERN}${END_OF_WORD}`)
  const needsTime = date.value.type === 'fixed' && date.value.needsTime
  if (!dayPart && !needsTime) return null
  return refuse('hour_missing', text.slice(pos, dayPart?.end ?? date.end))
}

/** Date then time (`besok 09.00`, `Senin, 7 Des 2026 | 08.00`), or time then date (`pukul 09.00, besok`). */
function scanWhen(text: string, pos: number, context: ScanContext, options: TimeOptions = {}): Scan<Parsed> {
  const parsed: Parsed = {}
  let end = pos
  const date = scanDate(text, pos, context)
  if (isError(date)) return date
  if (date) {
    parsed.date = date.value
    end = date.end
  }
  const separator = date ? readAt(text, end, '[,;|]') : null
  const time = scanTime(text, separator ? separator.end : end, options)
  if (isError(time)) return time
  if (time) {
    parsed.time = time.value
    end = time.end
  } else if (date) {
    const missing = hourMissing(text, pos, date)
    if (missing) return missing
  }
  if (time && !date) {
    const later = scanDate(text, readAt(text, end, '[,;]')?.end ?? end, context)
    if (isError(later)) return later
    if (later) {
      parsed.date = later.value
      end = later.end
    }
  }
  return parsed.date || parsed.time ? { value: parsed, end } : null
}

function buildWhen(parsed: Parsed, now: Date, zone: string): { when: When } | ReturnType<typeof refuse> {
  const { date, time } = parsed
  if (!date) return refuse('missing', '')
  const today = localDateOf(now, zone)
  const durationMinutes = date.type === 'fixed' ? date.minutes : undefined
  const startMinutes = time?.start.minutes ?? durationMinutes
  const statedZone = time?.zone ?? zone
  const isStillAhead = (day: LocalDate) =>
    startMinutes === undefined || instantAt(day, startMinutes, statedZone).getTime() > now.getTime()
  const resolved = resolveDateSpec(date, today, isStillAhead)
  if ('error' in resolved) return resolved
  if (startMinutes === undefined) {
    const when: When = { kind: 'date', date: resolved.date }
    if (resolved.endDate) when.endDate = resolved.endDate
    return { when }
  }
  const when: When = {
    kind: 'time',
    start: instantAt(resolved.date, startMinutes, statedZone),
    statedZone,
    untilDone: time?.untilDone ?? false,
    earlyHourUnqualified: time ? !time.start.qualified && time.start.minutes < 6 * 60 : false,
    yearInferred: resolved.yearInferred,
  }
  if (time?.end) when.end = instantAt(resolved.date, time.end.minutes, statedZone)
  if (resolved.endDate) when.lastDay = resolved.endDate
  return { when }
}

/** What follows the expression, without the punctuation that separated it (`besok 09.00 - Rapat`). */
function restAfter(text: string, end: number): string {
  const rest = text
    .slice(end)
    .replace(/^\s*[,;:|–—-]?\s*/, '')
    .trim()
  // A full stop or comma closing the line (`12 Januari 2026.`) is not a leftover.
  return /^[.,;:]*$/.test(rest) ? '' : rest
}

function readLeading(text: string, now: Date, zone: string, options: TimeOptions): WhenResult {
  const scanned = scanWhen(text, 0, contextOf(now, zone), options)
  if (isError(scanned)) return { ok: false, ...scanned }
  if (!scanned) {
    const word = wordAt(text, 0)
    return { ok: false, ...refuse(word ? 'not_understood' : 'missing', word) }
  }
  const built = buildWhen(scanned.value, now, zone)
  if ('error' in built) return { ok: false, ...built }
  return {
    ok: true,
    when: built.when,
    consumed: text.slice(0, scanned.end).trim(),
    rest: restAfter(text, scanned.end),
  }
}

/**
 * The longest date/time expression at the start of `text`; `rest` is what follows (a title). Time
 * words the expression leaves unread are refused rather than guessed or kept in the title.
 */
export function parseLeadingWhen(text: string, now: Date, zone: string): WhenResult {
  const result = readLeading(text, now, zone, { titleFollows: true })
  if (!result.ok) return result
  const unread = unreadTimeWords(result.rest)
  if (unread) return { ok: false, ...refuse('not_understood', unread) }
  const misplaced = result.when.kind === 'date' ? timeInTitle(result.rest) : null
  if (misplaced) return { ok: false, ...refuse('misplaced_time', misplaced) }
  return result
}

/** `text` must be a date/time expression and nothing else; a date is required. */
export function parseWhen(text: string, now: Date, zone: string): WhenResult {
  const result = readLeading(text, now, zone, {})
  if (result.ok && result.rest) return { ok: false, ...refuse('not_understood', result.rest) }
  if (!result.ok && result.error.code === 'missing') {
    const scanned = scanWhen(text, 0, contextOf(now, zone))
    const end = scanned && !isError(scanned) ? scanned.end : 0
    const rest = restAfter(text, end)
    if (rest) return { ok: false, ...refuse('not_understood', rest) }
  }
  return result
}

/** One field of the key form, which must hold nothing but a date and/or a time. */
function scanField(text: string | undefined, context: ScanContext): Scan<Parsed> {
  if (!text?.trim()) return null
  const scanned = scanWhen(text, 0, context)
  if (isError(scanned)) return scanned
  const rest = restAfter(text, scanned?.end ?? 0)
  return rest ? refuse('not_understood', rest) : scanned
}

/**
 * The key form: `Hari/Tanggal: Senin, 12 Januari 2026` with `Waktu: 08.00 WIB s.d. selesai`. Either
 * field may hold both (`Waktu: Senin depan jam 7 pagi`); the date comes from the date field first.
 */
export function parseDateAndTime(
  dateText: string | undefined,
  timeText: string | undefined,
  now: Date,
  zone: string,
): WhenResult {
  const context = contextOf(now, zone)
  const fromDate = scanField(dateText, context)
  if (isError(fromDate)) return { ok: false, ...fromDate }
  const fromTime = scanField(timeText, context)
  if (isError(fromTime)) return { ok: false, ...fromTime }
  const date = fromDate?.value.date ?? fromTime?.value.date
  const time = fromTime?.value.time ?? fromDate?.value.time
  const built = buildWhen({ ...(date && { date }), ...(time && { time }) }, now, zone)
  if ('error' in built) return { ok: false, ...built }
  const secondDate = fromDate?.value.date && fromTime?.value.date
  if (secondDate) {
    const check = buildWhen({ date: fromTime.value.date!, ...(time && { time }) }, now, zone)
    if ('error' in check) return { ok: false, ...check }
    if (JSON.stringify(check.when) !== JSON.stringify(built.when)) {
      return { ok: false, ...refuse('invalid_date', timeText ?? '') }
    }
  }
  const consumed = [dateText, timeText]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ')
  return { ok: true, when: built.when, consumed, rest: '' }
}
