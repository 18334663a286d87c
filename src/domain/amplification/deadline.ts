/**
 * The deadline of an amplification request: written after `sampai` or under `Batas:`, or by default
 * today 21.00 — later when that leaves under six hours, so a request opened in the evening still gives
 * agencies time.
 */
import { UserError } from '../../errors.js'
import { whenUserError } from '../../input/when-error.js'
import { instantAt, localDateOf } from '../../time/calendar.js'
import { parseWhen } from '../../time/parse-when.js'
import type { Language } from '../../vocabulary.js'

const EVENING_MINUTES = 21 * 60
const LEAST_TIME_MS = 6 * 3600_000

export function defaultDeadline(now: Date, zone: string): Date {
  const evening = instantAt(localDateOf(now, zone), EVENING_MINUTES, zone)
  return new Date(Math.max(evening.getTime(), now.getTime() + LEAST_TIME_MS))
}

/** Whether the date grammar reads `text` as a time (`sampai` in a title, "Semangat sampai Akhir", does not). */
export function readsAsDeadline(text: string, now: Date, zone: string): boolean {
  const result = parseWhen(text, now, zone)
  if (result.ok) return true
  return result.error.code === 'missing' && parseWhen(`hari ini ${text}`, now, zone).ok
}

/**
 * A written deadline: `20.00` (today), `besok 12.00`, `Jumat` (21.00 that day). It must lie ahead;
 * a part the date grammar cannot read is refused naming it.
 */
export function readDeadline(
  text: string,
  now: Date,
  zone: string,
  lang: Language,
): { at: Date; statedZone: string } {
  let result = parseWhen(text, now, zone)
  if (!result.ok && result.error.code === 'missing') {
    const today = parseWhen(`hari ini ${text}`, now, zone)
    if (today.ok && today.when.kind === 'time') result = today
  }
  if (!result.ok) throw whenUserError('calendar.when', result.error, lang)
  const { when } = result
  if (when.kind === 'date' ? when.endDate : when.lastDay)
    throw new UserError('amplify.deadline_span', { when: text })
  const deadline = when.kind === 'date' ? instantAt(when.date, EVENING_MINUTES, zone) : when.start
  if (deadline.getTime() <= now.getTime()) throw new UserError('amplify.deadline_past', { when: text })
  return { at: deadline, statedZone: when.kind === 'date' ? zone : when.statedZone }
}
