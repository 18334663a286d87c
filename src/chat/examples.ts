/**
 * Dates for the examples in help texts, usage lines and error messages, computed from today so an
 * example never ages into the past (a user copying `Senin, 12 Januari 2026` in December 2026 would
 * be refused for a past date). Catalog entries name them as `{ex_date}`, `{ex_period}`, ….
 */
import type { TemplateParams } from '../text/template.js'
import { addDays, addMonths, localDateOf, mondayOf, splitLocalDate } from '../time/calendar.js'
import { formatDate, type Lang, monthName } from '../time/format.js'

export function exampleParams(now: Date, zone: string, lang: Lang): TemplateParams {
  const today = localDateOf(now, zone)
  const nextMonday = addDays(mondayOf(today), 7)
  const { year, month } = splitLocalDate(today)
  const next = addMonths(year, month, 1)
  const nextName = monthName(next.month, lang)
  return {
    /** The Monday of next week (tomorrow on a Sunday): `Senin, 14 Desember 2026`. */
    ex_date: formatDate(nextMonday, lang),
    /** Next month, with and without its year: `Januari`, `Januari 2027`. */
    ex_month: nextName,
    ex_month_year: `${nextName} ${next.year}`,
    /** A validity period in next month: `1-10 Januari 2027`. */
    ex_period: `1-10 ${nextName} ${next.year}`,
    /** This month a year ago, for recaps of the past: `Desember 2025`. */
    ex_past_month_year: `${monthName(month, lang)} ${year - 1}`,
  }
}
