/** A recurring item's rule in words: `setiap Senin dan Kamis, sampai Kamis, 31 Desember 2026, kecuali hari libur`. */
import { type Language, translatePlain } from '../../text/catalog/index.js'
import { formatDate, weekdayName } from '../../time/format.js'
import { type Recurrence, type RuleShape, shapeOf } from './recurrence.js'

const WORKDAYS = '1,2,3,4,5'

/** `Senin`, `Senin dan Kamis`, `Senin, Rabu dan Jumat`. */
function weekdayList(weekdays: readonly number[], lang: Language): string {
  const names = weekdays.map((day) => weekdayName(day, lang))
  if (names.length < 2) return names.join('')
  return `${names.slice(0, -1).join(', ')} ${translatePlain(lang, 'agenda.recur.and')} ${names.at(-1)}`
}

function shapeText(shape: RuleShape, lang: Language): string {
  switch (shape.kind) {
    case 'daily':
      return translatePlain(lang, 'agenda.recur.daily')
    case 'weekly':
      return shape.weekdays.join(',') === WORKDAYS
        ? translatePlain(lang, 'agenda.recur.workdays')
        : translatePlain(lang, 'agenda.recur.weekly', { days: weekdayList(shape.weekdays, lang) })
    case 'monthDay':
      return translatePlain(lang, 'agenda.recur.month_day', { day: shape.day })
    case 'nthWeekday': {
      const key = `agenda.recur.nth.${shape.nth}` as 'agenda.recur.nth.1'
      return translatePlain(lang, key, { weekday: weekdayName(shape.weekday, lang) })
    }
  }
}

/** The whole rule in words, with its last day and `kecuali hari libur` when they apply. */
export function recurrenceText(recurrence: Recurrence, lang: Language): string {
  const parts = [shapeText(shapeOf(recurrence.rule), lang)]
  if (recurrence.until)
    parts.push(translatePlain(lang, 'agenda.recur.until', { date: formatDate(recurrence.until, lang) }))
  if (recurrence.skipHolidays) parts.push(translatePlain(lang, 'agenda.recur.skip_holidays'))
  return parts.join(', ')
}
