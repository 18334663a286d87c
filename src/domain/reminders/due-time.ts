import { UserError } from '../../errors.js'
import { whenUserError } from '../../input/when-error.js'
import { instantAt } from '../../time/calendar.js'
import { parseLeadingWhen, type WhenResult } from '../../time/parse-when.js'
import type { Language } from '../../vocabulary.js'

/** A reminder given only a date (`/ingatkan besok Kirim laporan`) goes out at this local time. */
export const DATE_ONLY_REMINDER_MINUTES = 8 * 60

export interface ReminderTime {
  readonly dueAt: Date
  /** The zone the time was written in (WITA in a WIB forum), for showing both. */
  readonly statedZone: string
  /** Only a date was written: the reminder goes out at 08.00. */
  readonly dateOnly: boolean
  /** Before 06.00 without pagi/malam: accepted, the confirmation asks to check it. */
  readonly earlyHour: boolean
  /** The text after the time: the message. */
  readonly rest: string
}

/**
 * Reads the leading time of `/ingatkan <waktu> <pesan>`. Unlike an agenda item, a time alone
 * (`jam 14.00 …`) means today; a date alone means 08.00 that day. The result must lie in the future.
 */
export function readReminderTime(text: string, now: Date, zone: string, lang: Language): ReminderTime {
  let result: WhenResult = parseLeadingWhen(text, now, zone)
  if (!result.ok && result.error.code === 'missing' && text.trim()) {
    const today = parseLeadingWhen(`hari ini ${text}`, now, zone)
    if (today.ok && today.when.kind === 'time') result = today
  }
  if (!result.ok) throw whenUserError('calendar.when', result.error, lang)
  const { when } = result
  if (when.kind === 'date' ? when.endDate : when.lastDay) {
    throw new UserError('remind.one_day', { when: result.consumed })
  }
  const reading =
    when.kind === 'date'
      ? {
          dueAt: instantAt(when.date, DATE_ONLY_REMINDER_MINUTES, zone),
          statedZone: zone,
          dateOnly: true,
          earlyHour: false,
        }
      : {
          dueAt: when.start,
          statedZone: when.statedZone,
          dateOnly: false,
          earlyHour: when.earlyHourUnqualified,
        }
  if (reading.dueAt.getTime() <= now.getTime()) {
    throw new UserError(reading.dateOnly ? 'remind.past_date_only' : 'remind.past', { when: result.consumed })
  }
  return { ...reading, rest: result.rest }
}
