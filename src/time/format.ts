import {
  addDays,
  dayjs,
  type LocalDate,
  localDateOf,
  minutesOfDay,
  pad2,
  splitLocalDate,
  weekdayOf,
} from './calendar.js'
import type { When } from './parse-when.js'
import { zoneAbbreviation } from './zones.js'

export { localDateOf }

export type Lang = 'id' | 'en'

// 2026-01-04 is a Sunday: weekday n is n days after it.
const A_SUNDAY = '2026-01-04'

function onDay(date: LocalDate, lang: Lang) {
  return dayjs.utc(date, 'YYYY-MM-DD').locale(lang)
}

/** Weekday and month names per language, read from dayjs's locales once: every listed day names both. */
const namesByLang = new Map<Lang, { weekdays: string[]; months: string[] }>()

function namesIn(lang: Lang) {
  let names = namesByLang.get(lang)
  if (!names) {
    names = {
      weekdays: Array.from({ length: 7 }, (_, weekday) =>
        onDay(addDays(A_SUNDAY, weekday), lang).format('dddd'),
      ),
      months: Array.from({ length: 12 }, (_, month) =>
        dayjs
          .utc(Date.UTC(2026, month, 1))
          .locale(lang)
          .format('MMMM'),
      ),
    }
    namesByLang.set(lang, names)
  }
  return names
}

/** 0 = Sunday … 6 = Saturday: `Senin` / `Monday`. */
export function weekdayName(weekday: number, lang: Lang): string {
  return namesIn(lang).weekdays[weekday]!
}

/** 1 = January: `Januari` / `January`. */
export function monthName(month: number, lang: Lang): string {
  return namesIn(lang).months[month - 1]!
}

/** `12 Januari 2026`, `12 Januari` or `12`: the day with as much of the rest as `upTo` asks. */
function dayMonthYear(date: LocalDate, lang: Lang, upTo: 'day' | 'month' | 'year'): string {
  const { year, month, day } = splitLocalDate(date)
  if (upTo === 'day') return String(day)
  if (upTo === 'month') return `${day} ${monthName(month, lang)}`
  return `${day} ${monthName(month, lang)} ${String(year).padStart(4, '0')}`
}

/** `Senin, 12 Januari 2026` / `Monday, 12 January 2026`. */
export function formatDate(date: LocalDate, lang: Lang): string {
  return `${weekdayName(weekdayOf(date), lang)}, ${dayMonthYear(date, lang, 'year')}`
}

/** Short, for lists and calendars: `Sen 12/1` / `Mon 12/1`. */
export function formatDayMonth(date: LocalDate, lang: Lang): string {
  return onDay(date, lang).format('ddd D/M')
}

/** `Januari 2026` / `January 2026`. */
export function formatMonth(year: number, month: number, lang: Lang): string {
  return `${monthName(month, lang)} ${year}`
}

/** Indonesian writes `09.00`, English `09:00`. */
export function formatClock(instant: Date, zone: string, lang: Lang = 'id'): string {
  const minutes = minutesOfDay(instant, zone)
  return `${pad2(Math.floor(minutes / 60))}${lang === 'id' ? '.' : ':'}${pad2(minutes % 60)}`
}

/** `09.00 WIB`. */
export function formatTime(instant: Date, zone: string, lang: Lang = 'id'): string {
  return `${formatClock(instant, zone, lang)} ${zoneAbbreviation(zone, instant)}`
}

/** A time stated in another zone shows both, stated zone first: `09.00 WIB (10.00 WITA)`. */
export function formatWhenWithStatedZone(
  start: Date,
  statedZone: string,
  workspaceZone: string,
  lang: Lang,
): string {
  const stated = formatTime(start, statedZone, lang)
  if (statedZone === workspaceZone) return stated
  return `${stated} (${formatTime(start, workspaceZone, lang)})`
}

/** `09.00–12.00 WIB`, `08.00 WIB s.d. selesai`, or one time. */
export function formatRange(
  start: Date,
  end: Date | undefined,
  zone: string,
  lang: Lang,
  untilDone = false,
): string {
  if (end) return `${formatClock(start, zone, lang)}–${formatTime(end, zone, lang)}`
  const time = formatTime(start, zone, lang)
  if (!untilDone) return time
  return lang === 'id' ? `${time} s.d. selesai` : `${time} until finished`
}

/** `Senin, 12 Januari 2026 pukul 09.00 WIB` / `Monday, 12 January 2026 at 09:00 WIB`. */
export function formatDateTime(instant: Date, zone: string, lang: Lang): string {
  const joiner = lang === 'id' ? 'pukul' : 'at'
  return `${formatDate(localDateOf(instant, zone), lang)} ${joiner} ${formatTime(instant, zone, lang)}`
}

/**
 * A span of days, the weekdays first and what the two ends share written once:
 * `Sabtu–Minggu, 12–13 Desember 2026`, `Senin–Rabu, 30 November–2 Desember 2026`,
 * `Rabu–Sabtu, 30 Desember 2026–2 Januari 2027`.
 */
export function formatDateSpan(date: LocalDate, endDate: LocalDate | undefined, lang: Lang): string {
  if (!endDate || endDate === date) return formatDate(date, lang)
  const first = splitLocalDate(date)
  const last = splitLocalDate(endDate)
  const weekdays = `${weekdayName(weekdayOf(date), lang)}–${weekdayName(weekdayOf(endDate), lang)}`
  const firstPart = first.year !== last.year ? 'year' : first.month !== last.month ? 'month' : 'day'
  return `${weekdays}, ${dayMonthYear(date, lang, firstPart)}–${dayMonthYear(endDate, lang, 'year')}`
}

/**
 * A parsed date/time as a confirmation shows it, in the zone it was written in, with the
 * workspace zone after it when they differ: `Kamis, 8 Januari 2026, 09.00 WIB (10.00 WITA)`.
 */
export function formatWhen(when: When, workspaceZone: string, lang: Lang): string {
  if (when.kind === 'date') return formatDateSpan(when.date, when.endDate, lang)
  const zone = when.statedZone
  const day = formatDate(localDateOf(when.start, zone), lang)
  const stated = formatRange(when.start, when.end, zone, lang, when.untilDone)
  if (zone === workspaceZone) return `${day}, ${stated}`
  return `${day}, ${stated} (${formatRange(when.start, when.end, workspaceZone, lang)})`
}
