import { UserError } from '../errors.js'
import { weekdayName } from '../time/format.js'
import type { WhenError } from '../time/parse-when.js'
import type { Language } from '../vocabulary.js'

/** Which wording a date/time refusal takes: the agenda, a planned publication, or a period to list. */
export type WhenMessages = 'agenda.when' | 'content.when' | 'calendar.when'

/** A date/time the parser refused, as the message naming the part it could not accept (SPEC §2). */
export function whenUserError(messages: WhenMessages, error: WhenError, lang: Language): UserError {
  const weekday = error.code === 'weekday_mismatch' ? weekdayName(error.expectedWeekday ?? 0, lang) : ''
  return new UserError(`${messages}.${error.code}`, { part: error.part, weekday })
}
