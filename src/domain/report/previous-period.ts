import {
  addDays,
  addMonths,
  daysBetween,
  lastOfMonth,
  splitLocalDate,
  toLocalDate,
} from '../../time/calendar.js'
import type { Period } from '../calendar/period.js'

/**
 * The period a report compares with: the month before a month, the year before a year, otherwise
 * as many days right before it (the week before a week).
 */
export function previousPeriod(period: Period): Period {
  const { year, month } = splitLocalDate(period.from)
  if (period.kind === 'month') {
    const before = addMonths(year, month, -1)
    return {
      from: toLocalDate(before.year, before.month, 1),
      to: lastOfMonth(before.year, before.month),
      kind: 'month',
    }
  }
  if (period.kind === 'year')
    return { from: toLocalDate(year - 1, 1, 1), to: toLocalDate(year - 1, 12, 31), kind: 'year' }
  const days = daysBetween(period.from, period.to) + 1
  return { from: addDays(period.from, -days), to: addDays(period.from, -1), kind: period.kind }
}
