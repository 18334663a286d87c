import {
  DAY_PART_PATTERN,
  DAY_PARTS,
  type DayPart,
  END_OF_WORD,
  RANGE_SEPARATOR,
  UNTIL_DONE_PATTERN,
} from './lexicon.js'
import { isError, readAt, refuse, type Scan, type WhenError } from './scan.js'
import { ZONE_BY_ABBREVIATION } from './zones.js'

/** A time of day as minutes after midnight; `qualified` when pagi/siang/sore/malam said which half. */
export type TimeOfDay = { minutes: number; qualified: boolean; text: string }

export type TimeSpec = { start: TimeOfDay; end?: TimeOfDay; untilDone: boolean; zone?: string }

type Point = {
  hour: number
  minute: number
  /** `setengah 9`: half an hour before the hour written, 08.30. */
  halfBefore: boolean
  dayPart?: DayPart
  zone?: string
  text: string
  end: number
}

export type TimeOptions = {
  /**
   * The one-line form, where the title follows the time: after a time with minutes a capitalised
   * `Pagi`/`Siang`/`Sore`/`Malam` starts the title (`10.00 Sore Bercerita`, `19.30 Malam Puncak`).
   */
  titleFollows?: boolean
}

const PREFIX = '(?:pada\\s+)?(pukul|pkl\\.?|pk\\.?|jam|at)\\s*'
const HALF = '(setengah\\s*)?'
const CLOCK = '(\\d{1,2})(?:\\s*[.:]\\s*(\\d{2}))?(?!\\d|[.:/]\\d)'
const HEAD = `(?:(${DAY_PART_PATTERN})\\s+)?(?:${PREFIX})?${HALF}${CLOCK}`
const DAY_PART_AFTER = `(${DAY_PART_PATTERN})${END_OF_WORD}`
const ZONE = `(WITA|WIB|WIT)${END_OF_WORD}`

/**
 * The hours (after pagi/siang/sore/malam is applied) each part of the day plausibly covers; outside
 * them the pair is refused rather than guessed (`10 sore` is not 22.00). `jam 3 pagi` and `jam 2 malam`
 * both name the small hours; `jam 12 pagi` is refused, as people mean midnight or noon by it.
 */
const PLAUSIBLE_HOURS: Readonly<Record<DayPart, (hour: number) => boolean>> = {
  pagi: (hour) => hour >= 1 && hour <= 11,
  siang: (hour) => hour >= 11 && hour <= 15,
  sore: (hour) => hour >= 15 && hour <= 18,
  malam: (hour) => hour >= 18 || hour <= 3,
}

function fitsDayPart(point: Point): boolean {
  if (!point.dayPart || point.hour > 24) return true
  return PLAUSIBLE_HOURS[point.dayPart](applyDayPart(point.hour, point.dayPart))
}

/** `jam 9an` ("around nine"): a time that is not a time yet, so it is refused rather than rounded. */
function gluedLetters(text: string, pos: number): string | null {
  return /^[\p{L}]+/u.exec(text.slice(pos))?.[0] ?? null
}

/**
 * One time: `pukul 09.00`, `pkl. 8.30`, `jam 9`, `09:00`, `jam 7 malam`, `pagi jam 8`, `14.00 WITA`,
 * `jam setengah 9`. A bare number is a time only after a range separator (`jam 9-12`); elsewhere it
 * needs minutes, `jam`/`pukul`, `setengah` or a part of the day, so that a title starting with a
 * number stays a title.
 */
function scanPoint(text: string, pos: number, afterSeparator: boolean, options: TimeOptions): Scan<Point> {
  const head = readAt(text, pos, HEAD)
  if (!head) return null
  const [, before, prefix, half, hour, minute] = head.groups
  const glued = gluedLetters(text, head.end)
  if (glued?.toLowerCase() === 'an') return refuse('approximate_time', `${head.text}an`)
  const spoken = prefix ?? half
  let end = head.end
  const after = readAt(text, end, DAY_PART_AFTER)
  const titleWord = after && minute !== undefined && options.titleFollows && /^\p{Lu}/u.test(after.text)
  if (after && !titleWord) end = after.end
  const zone = readAt(text, end, ZONE)
  if (zone) end = zone.end
  const dayPart = before ?? (titleWord ? undefined : after?.groups[1])
  if (!afterSeparator && !spoken && !minute && !dayPart) return null
  if (glued && end === head.end) return spoken ? refuse('not_understood', `${head.text}${glued}`) : null
  if (half && minute !== undefined) return refuse('not_understood', head.text)
  const point: Point = {
    hour: Number(hour),
    minute: Number(minute ?? 0),
    halfBefore: half !== undefined,
    text: text.slice(head.start, end),
    end,
  }
  if (dayPart) point.dayPart = DAY_PARTS[dayPart.toLowerCase()]!
  if (zone) point.zone = ZONE_BY_ABBREVIATION[zone.groups[1]!.toUpperCase()]!
  return fitsDayPart(point) ? { value: point, end } : refuse('day_part_mismatch', point.text)
}

/** 24-hour unless a part of the day says otherwise: `jam 7 malam` = 19.00, `jam 1 siang` = 13.00. */
export function applyDayPart(hour: number, dayPart: DayPart | undefined): number {
  if (!dayPart || hour > 12) return hour
  switch (dayPart) {
    case 'pagi':
      return hour === 12 ? 0 : hour
    case 'siang':
      return hour < 6 ? hour + 12 : hour
    case 'sore':
      return hour < 12 ? hour + 12 : hour
    case 'malam':
      // `jam 12 malam` is the midnight that ends the day; `jam 2 malam` stays in the small hours.
      if (hour === 12) return 24
      return hour >= 6 ? hour + 12 : hour
  }
}

function toTimeOfDay(point: Point, dayPart: DayPart | undefined, isEnd: boolean): TimeOfDay | null {
  if (point.minute > 59 || (point.halfBefore && point.hour === 0)) return null
  const hour = applyDayPart(point.hour, dayPart)
  const minutes = hour * 60 + point.minute - (point.halfBefore ? 30 : 0)
  const midnight = minutes === 1440 && (isEnd || dayPart === 'malam')
  if (hour > 24 || (minutes >= 1440 && !midnight)) return null
  return { minutes, qualified: dayPart !== undefined, text: point.text }
}

type Tail = { end?: Point; untilDone: boolean; stop: number }

/** What follows a start time: `- 12.00`, `s/d 12.00 WIB`, `s.d. selesai`, or nothing. */
function scanTail(text: string, pos: number, options: TimeOptions): Tail | { error: WhenError } {
  const separator = readAt(text, pos, RANGE_SEPARATOR)
  if (!separator) return { untilDone: false, stop: pos }
  const done = readAt(text, separator.end, `${UNTIL_DONE_PATTERN}${END_OF_WORD}`)
  if (done) return { untilDone: true, stop: done.end }
  const end = scanPoint(text, separator.end, true, options)
  if (isError(end)) return end
  return end ? { end: end.value, untilDone: false, stop: end.end } : { untilDone: false, stop: pos }
}

/** The zone named anywhere in the expression; two different ones cannot both hold. */
function statedZone(start: Point, end: Point | undefined): { zone?: string } | null {
  if (start.zone && end?.zone && start.zone !== end.zone) return null
  const zone = start.zone ?? end?.zone
  return zone ? { zone } : {}
}

/**
 * A part of the day written once covers both ends (`jam 1-3 siang`, `jam 7 malam - 9`), as long as
 * the range stays in order; otherwise each end is read on its own.
 */
function readRange(
  startPoint: Point,
  endPoint: Point,
): { start: TimeOfDay; end: TimeOfDay } | { bad: Point } {
  const ownStart = toTimeOfDay(startPoint, startPoint.dayPart, false)
  if (!ownStart) return { bad: startPoint }
  const ownEnd = toTimeOfDay(endPoint, endPoint.dayPart, true)
  if (!ownEnd) return { bad: endPoint }
  const sharedStart = startPoint.dayPart ? null : toTimeOfDay(startPoint, endPoint.dayPart, false)
  const sharedEnd = endPoint.dayPart ? null : toTimeOfDay(endPoint, startPoint.dayPart, true)
  const start = sharedStart && sharedStart.minutes < ownEnd.minutes ? sharedStart : ownStart
  const end = sharedEnd && sharedEnd.minutes > start.minutes ? sharedEnd : ownEnd
  if (end.minutes === start.minutes) return { bad: endPoint }
  // `22.00-01.00` ends after midnight.
  return { start, end: end.minutes < start.minutes ? { ...end, minutes: end.minutes + 1440 } : end }
}

function readTimes(
  startPoint: Point,
  endPoint: Point | undefined,
): Pick<TimeSpec, 'start' | 'end'> | { bad: Point } {
  if (endPoint) return readRange(startPoint, endPoint)
  const start = toTimeOfDay(startPoint, startPoint.dayPart, false)
  return start ? { start } : { bad: startPoint }
}

/** A time or a range of times at `pos`, with its zone and `s.d. selesai`. */
export function scanTime(text: string, pos: number, options: TimeOptions = {}): Scan<TimeSpec> {
  const scanned = scanPoint(text, pos, false, options)
  if (!scanned || isError(scanned)) return scanned
  const startPoint = scanned.value
  const tail = scanTail(text, scanned.end, options)
  if ('error' in tail) return tail
  const times = readTimes(startPoint, tail.end)
  if ('bad' in times) return refuse('invalid_time', times.bad.text)
  const zone = statedZone(startPoint, tail.end)
  if (!zone) return refuse('not_understood', tail.end?.text ?? startPoint.text)
  const spec: TimeSpec = { ...times, untilDone: tail.untilDone }
  if (zone.zone) spec.zone = zone.zone
  return { value: spec, end: tail.stop }
}
