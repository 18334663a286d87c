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
  const parts = dateFormatIn(zone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value)
  return toLocalDate(part('year'), part('month'), part('day'))
}

/** One formatter per zone, kept: dayjs builds its conversion anew each call, which a month of items felt. */
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormatIn(zone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
    dateFormats.set(zone, format)
  }
  return format
}

export function minutesOfDay(instant: Date, zone: string): number {
  const local = dayjs(instant).tz(zone)
  return local.hour() * 60 + local.minute()
}

/** The instant of a wall-clock time on `date` in `zone`; minutes may reach 24 × 60 (midnight after). */
export function instantAt(date: LocalDate, minutesOfDay: number, zone: string): Date {
  const day = Math.floor(minutesOfDay / 1440)
  const minutes = minutesOfDay % 1440
  const wallClock = `${addDays(date, day)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
  return dayjs.tz(wallClock, 'YYYY-MM-DD HH:mm', zone).toDate()
}
