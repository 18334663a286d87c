import { UserError } from '../../errors.js'
import { isError } from '../../time/scan.js'
import { scanCalendarDate } from '../../time/scan-date.js'

const NAME_MAX = 120

/**
 * `/hari tambah 15 Februari Hari Jadi Kabupaten`: the date that starts the text and the name after it.
 * A year written with the date (`15 Februari 1830`, the founding year) is allowed; the day repeats yearly.
 */
export function readForumDay(text: string): { month: number; day: number; name: string } {
  const trimmed = text.trim()
  const date = scanCalendarDate(trimmed, 0)
  if (!date) throw new UserError('days.date_required', { text: trimmed })
  if (isError(date)) throw new UserError('days.invalid_date', { part: date.error.part })
  // `15 Februari: Hari Jadi`, `15/2 - Hari Jadi`: a separator after the date is not part of the name.
  const name = trimmed
    .slice(date.end)
    .replace(/^[\s:–—-]+/u, '')
    .trim()
  if (!name) throw new UserError('days.name_required')
  if (name.length > NAME_MAX) throw new UserError('days.name_too_long', { max: NAME_MAX })
  return { month: date.value.month, day: date.value.day, name }
}
