import {
  DAY_PART_PATTERN,
  DAY_PARTS,
  type DayPart,
  END_OF_WORD,
  RANGE_SEPARATOR,
  UNTIL_DONE_PATTERN,
} from './lexicon.js'
import { readAt, refuse, type Scan } from './scan.js'
import { ZONE_BY_ABBREVIATION } from './zones.js'

/** A time of day as minutes after midnight; `qualified` when pagi/siang/sore/malam said which half. */
export type TimeOfDay = { minutes: number; qualified: boolean; text: string }

export type TimeSpec = { start: TimeOfDay; end?: TimeOfDay; untilDone: boolean; zone?: string }

type Point = { hour: number; minute: number; dayPart?: DayPart; zone?: string; text: string; end: number }

const PREFIX = '(?:pada\\s+)?(pukul|pkl\\.?|pk\\.?|jam|at)\\s*'
const CLOCK = '(\\d{1,2})(?:\\s*[.:]\\s*(\\d{2}))?(?!\\d|[.:/]\\d)'
const DAY_PART = `\\s*(${DAY_PART_PATTERN})${END_OF_WORD}`
const ZONE = `\\s*(WITA|WIB|WIT)${END_OF_WORD}`
const POINT = `(?:(${DAY_PART_PATTERN})\\s+)?(?:${PREFIX})?${CLOCK}(?:${DAY_PART})?(?:${ZONE})?`

/**
 * One time: `pukul 09.00`, `pkl. 8.30`, `jam 9`, `09:00`, `jam 7 malam`, `pagi jam 8`, `14.00 WITA`.
 * A bare number is a time only after a range separator (`jam 9-12`); elsewhere it needs minutes,
 * `jam`/`pukul` or a part of the day, so that a title starting with a number stays a title.
 */
function scanPoint(text: string, pos: number, afterSeparator: boolean): Point | null {
  const match = readAt(text, pos, POINT)
  if (!match) return null
  const [, before, prefix, hour, minute, after, zone] = match.groups
  if (!afterSeparator && !prefix && !minute && !before && !after) return null
  const dayPart = before ?? after
  const point: Point = { hour: Number(hour), minute: Number(minute ?? 0), text: match.text, end: match.end }
  if (dayPart) point.dayPart = DAY_PARTS[dayPart.toLowerCase()]!
  if (zone) point.zone = ZONE_BY_ABBREVIATION[zone.toUpperCase()]!
  return point
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
  if (point.minute > 59) return null
  const hour = applyDayPart(point.hour, dayPart)
  const midnight = hour === 24 && point.minute === 0 && (isEnd || dayPart === 'malam')
  if (hour > 23 && !midnight) return null
  return { minutes: hour * 60 + point.minute, qualified: dayPart !== undefined, text: point.text }
}

type Tail = { end?: Point; untilDone: boolean; stop: number }

/** What follows a start time: `- 12.00`, `s/d 12.00 WIB`, `s.d. selesai`, or nothing. */
function scanTail(text: string, pos: number): Tail {
  const separator = readAt(text, pos, RANGE_SEPARATOR)
  if (!separator) return { untilDone: false, stop: pos }
  const done = readAt(text, separator.end, `${UNTIL_DONE_PATTERN}${END_OF_WORD}`)
  if (done) return { untilDone: true, stop: done.end }
  const end = scanPoint(text, separator.end, true)
  return end ? { end, untilDone: false, stop: end.end } : { untilDone: false, stop: pos }
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
export function scanTime(text: string, pos: number): Scan<TimeSpec> {
  const startPoint = scanPoint(text, pos, false)
  if (!startPoint) return null
  const tail = scanTail(text, startPoint.end)
  const times = readTimes(startPoint, tail.end)
  if ('bad' in times) return refuse('invalid_time', times.bad.text)
  const zone = statedZone(startPoint, tail.end)
  if (!zone) return refuse('not_understood', tail.end?.text ?? startPoint.text)
  const spec: TimeSpec = { ...times, untilDone: tail.untilDone }
  if (zone.zone) spec.zone = zone.zone
  return { value: spec, end: tail.stop }
}
