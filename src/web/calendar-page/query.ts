import { weekInView } from '../../domain/calendar/period.js'
import {
  addDays,
  addMonths,
  firstOfMonth,
  isValidDate,
  type LocalDate,
  lastOfMonth,
  mondayOf,
  splitLocalDate,
  toLocalDate,
} from '../../time/calendar.js'

/** `minggu`: Monday to Sunday; `bulan`: a month, shown as the whole weeks that hold it. */
export type ViewKind = 'minggu' | 'bulan'

/** What the address asks for: `?tampilan=bulan&tanggal=2026-01-12&instansi=DINKES`. */
export interface PageQuery {
  readonly view: ViewKind
  /** The Monday of the week, or the first of the month. */
  readonly anchor: LocalDate
  /** An agency code as written (matched in any case), or undefined for all. */
  readonly agency: string | undefined
}

export interface PageRange {
  /** The week, or the month itself. */
  readonly periodFrom: LocalDate
  readonly periodTo: LocalDate
  /** The days shown: the week, or the month padded to whole Monday–Sunday weeks. */
  readonly from: LocalDate
  readonly to: LocalDate
  readonly prev: LocalDate
  readonly next: LocalDate
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const AGENCY_PATTERN = /^[A-Za-z][A-Za-z0-9-]{1,19}$/

/** A date the page accepts: well formed, real, and within reason (not year 9999). */
function readDate(text: string | undefined): LocalDate | undefined {
  const match = text ? DATE_PATTERN.exec(text) : null
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 2000 || year > 2100 || !isValidDate(year, month, day)) return undefined
  return toLocalDate(year, month, day)
}

/**
 * Reads the query string; anything unreadable falls back to all agencies and to the week in view (this
 * week, or the coming one on a weekend) or this month. The link itself names no week, so one made on a
 * Friday opens on the coming week when it is followed on Saturday.
 */
export function readPageQuery(params: Record<string, string | undefined>, today: LocalDate): PageQuery {
  const view: ViewKind = params.tampilan === 'bulan' ? 'bulan' : 'minggu'
  const date = readDate(params.tanggal)
  const agency = params.instansi && AGENCY_PATTERN.test(params.instansi) ? params.instansi : undefined
  if (view === 'bulan') return { view, anchor: firstOfMonth(date ?? today), agency }
  return { view, anchor: date ? mondayOf(date) : weekInView(today).from, agency }
}

export function rangeOf(query: PageQuery): PageRange {
  if (query.view === 'minggu') {
    const to = addDays(query.anchor, 6)
    return {
      periodFrom: query.anchor,
      periodTo: to,
      from: query.anchor,
      to,
      prev: addDays(query.anchor, -7),
      next: addDays(query.anchor, 7),
    }
  }
  const { year, month } = splitLocalDate(query.anchor)
  const last = lastOfMonth(year, month)
  const prev = addMonths(year, month, -1)
  const next = addMonths(year, month, 1)
  return {
    periodFrom: query.anchor,
    periodTo: last,
    from: mondayOf(query.anchor),
    to: addDays(mondayOf(last), 6),
    prev: toLocalDate(prev.year, prev.month, 1),
    next: toLocalDate(next.year, next.month, 1),
  }
}

/** A query string for the same page with some parts changed (`?tampilan=bulan&tanggal=…`). */
export function queryString(query: PageQuery): string {
  const params = new URLSearchParams({ tampilan: query.view, tanggal: query.anchor })
  if (query.agency) params.set('instansi', query.agency.toUpperCase())
  return `?${params.toString()}`
}
