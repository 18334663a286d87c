/**
 * Where a new series begins: the date written (`Tanggal:`), which must be one of the rule's dates, or
 * else the rule's first date from `mulai …` or today, and the one after it when today's time has
 * passed. A series repeats a one-day item; a span of days cannot repeat.
 */
import { UserError } from '../../errors.js'
import { addDays, type LocalDate, localDateOf, splitLocalDate } from '../../time/calendar.js'
import { formatDate, type Lang } from '../../time/format.js'
import type { When } from '../../time/parse-when.js'
import { isPublicHoliday } from '../commemorations/public-holidays.js'
import type { RecurrenceRequest } from './read-recurrence.js'
import { firstRuleDate, isRuleDate, type RuleShape, ruleText } from './recurrence.js'

/** The rule of a new series, as stored. */
export interface NewRecurrence {
  readonly rule: string
  readonly until: LocalDate | null
  readonly skipHolidays: boolean
}

/** A date/time as read from the form, and the text after it (the one-line form's title). */
export interface ReadWhen {
  readonly when: When
  readonly rest: string
}

function dayOfWhen(when: When): LocalDate {
  if (when.kind === 'date') {
    if (when.endDate) throw new UserError('agenda.recur.one_day')
    return when.date
  }
  if (when.lastDay) throw new UserError('agenda.recur.one_day')
  return localDateOf(when.start, when.statedZone)
}

function shapeOn(request: RecurrenceRequest, day: LocalDate): RuleShape {
  if (request.shape.kind !== 'monthlyOnStart') return request.shape
  const monthDay = splitLocalDate(day).day
  if (monthDay > 28) throw new UserError('agenda.recur.month_day_late', { part: `tanggal ${monthDay}` })
  return { kind: 'monthDay', day: monthDay }
}

function recurrenceOf(request: RecurrenceRequest, rule: string, first: LocalDate, lang: Lang): NewRecurrence {
  if (request.until !== null && request.until < first) {
    throw new UserError('agenda.recur.until_before_start', {
      until: formatDate(request.until, lang),
      first: formatDate(first, lang),
    })
  }
  return { rule, until: request.until, skipHolidays: request.skipHolidays }
}

/**
 * The first occurrence of a new series. `written` is the date the form gave (`Tanggal:`), if any;
 * `readOn` reads the form's time on a date of the rule's choosing.
 */
export function firstOccurrence(
  request: RecurrenceRequest,
  context: { readonly now: Date; readonly zone: string; readonly lang: Lang },
  written: ReadWhen | undefined,
  readOn: (date: LocalDate) => ReadWhen,
): ReadWhen & { readonly recurrence: NewRecurrence } {
  const { lang } = context
  if (written) {
    const day = dayOfWhen(written.when)
    const rule = ruleText(shapeOn(request, day))
    if (!isRuleDate(rule, day))
      throw new UserError('agenda.recur.date_mismatch', { date: formatDate(day, lang) })
    return { ...written, recurrence: recurrenceOf(request, rule, day, lang) }
  }
  if (request.shape.kind === 'monthlyOnStart' && !request.start) {
    throw new UserError('agenda.recur.month_needs_date')
  }
  const today = localDateOf(context.now, context.zone)
  const start = request.start ?? today
  const rule = ruleText(shapeOn(request, start))
  const firstOn = (from: LocalDate): LocalDate => {
    const day = firstRuleDate(rule, from, request.until)
    if (!day) throw new UserError('agenda.recur.none_until', { until: formatDate(request.until!, lang) })
    // `kecuali libur`: a series does not begin on a day it would leave out.
    return request.skipHolidays && isPublicHoliday(day) ? firstOn(addDays(day, 1)) : day
  }
  let day = firstOn(start)
  let read = readOn(day)
  if (read.when.kind === 'time' && read.when.start.getTime() <= context.now.getTime()) {
    day = firstOn(addDays(day, 1))
    read = readOn(day)
  }
  dayOfWhen(read.when)
  return { ...read, recurrence: recurrenceOf(request, rule, day, lang) }
}
