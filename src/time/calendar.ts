import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat.js'
import timezone from 'dayjs/plugin/timezone.js'
import utc from 'dayjs/plugin/utc.js'
import 'dayjs/locale/id.js'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(customParseFormat)

export { dayjs }

/** A calendar day with no zone, `YYYY-MM-DD`. */
export type LocalDate = string

export function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

export function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

export function splitLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number)
  return { year: year!, month: month!, day: day! }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Day arithmetic on the calendar, free of any zone's daylight saving. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = splitLocalDate(date)
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return toLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

/** The same wall-clock time `days` days later in `zone`. */
export function shiftDays(instant: Date, days: number, zone: string): Date {
  return instantAt(addDays(localDateOf(instant, zone), days), minutesOfDay(instant, zone), zone)
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = splitLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** The Monday of the Monday–Sunday week holding `date` (Indonesian calendars start on Monday). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7))
}

export function firstOfMonth(date: LocalDate): LocalDate {
  const { year, month } = splitLocalDate(date)
  return toLocalDate(year, month, 1)
}

export function lastOfMonth(year: number, month: number): LocalDate {
  return toLocalDate(year, month, daysInMonth(year, month))
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  let year = 0
  let month = 0
  let day = 0
  for (const part of dateFormatIn(zone).formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value)
    else if (part.type === 'month') month = Number(part.value)
    else if (part.type === 'day') day = Number(part.value)
  }
  return toLocalDate(year, month, day)
}

/** One formatter per zone and shape, kept: dayjs builds its conversion anew each call, which a month of items felt. */
const formats = new Map<string, Intl.DateTimeFormat>()

function keptFormat(shape: 'date' | 'clock', zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${shape} ${zone}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options })
    formats.set(key, format)
  }
  return format
}

const dateFormatIn = (zone: string) =>
  keptFormat('date', zone, { year: 'numeric', month: 'numeric', day: 'numeric' })
const clockFormatIn = (zone: string) =>
  keptFormat('clock', zone, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })

/** Minutes since the local midnight in `zone`; a kept formatter per zone, as for dates (every listed time asks). */
export function minutesOfDay(instant: Date, zone: string): number {
  let minutes = 0
  for (const part of clockFormatIn(zone).formatToParts(instant)) {
    if (part.type === 'hour') minutes += Number(part.value) * 60
    else if (part.type === 'minute') minutes += Number(part.value)
  }
  return minutes
}

/** The instant of a wall-clock time on `date` in `zone`; minutes may reach 24 × 60 (midnight after). */
export function instantAt(date: LocalDate, minutesOfDay: number, zone: string): Date {
  const day = Math.floor(minutesOfDay / 1440)
  const minutes = minutesOfDay % 1440
  const wallClock = `${addDays(date, day)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
  return dayjs.tz(wallClock, 'YYYY-MM-DD HH:mm', zone).toDate()
}
