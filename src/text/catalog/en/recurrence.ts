import type { recurrence as id } from '../id/recurrence.js'

export const recurrence: Record<keyof typeof id, string> = {
  'agenda.recur.not_understood':
    'Could not read the repetition "{part}". Examples: *setiap Senin*, *setiap Senin dan Kamis*, *setiap hari kerja*, *setiap tanggal 5*, *setiap Senin pertama*, plus *sampai 31 Desember 2026* if needed.',
  'agenda.recur.week_ambiguous':
    '"{part}" may mean every week or every Sunday. Name the day, e.g. *setiap Senin* or *setiap hari Minggu*.',
  'agenda.recur.nth_one_day':
    '"{part}": an order (first, second, last) takes one day only, e.g. *setiap Senin pertama*.',
  'agenda.recur.month_day_invalid': 'There is no day "{part}". Write 1 to 28, e.g. *setiap tanggal 5*.',
  'agenda.recur.month_day_late':
    '"{part}" is not in every month. Pick a day from 1 to 28, or a weekday such as *setiap Jumat terakhir*.',
  'agenda.recur.bound_invalid':
    '"{part}" is not a date. Examples: *sampai 31 Desember 2026* or *mulai 7 Desember*.',
  'agenda.recur.until_trailing_invalid':
    '"{part}" at the end of a recurring event cannot be read as its last date. Example: *setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai 31 Desember 2026*. If the words belong to the title or place, write them on *Kegiatan:* and *Tempat:* lines.',
  'agenda.recur.until_twice':
    'The last date (*sampai*) is written twice. Write it once, e.g. *setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai 31 Desember 2026*.',
  'agenda.recur.one_day':
    'Only one-day events can repeat. Example: *setiap Senin 07.30 Apel Pagi @ Halaman Setda*.',
  'agenda.recur.date_mismatch':
    '{date} does not fit the repetition. Write the date of the first event, or leave out the date line.',
  'agenda.recur.month_needs_date':
    '*setiap bulan* needs its first date: write *Tanggal: 5 Januari 2027*, or *setiap tanggal 5*.',
  'agenda.recur.none_until': 'No date falls before {until}. Check the *sampai* date.',
  'agenda.recur.until_before_start': 'The *sampai* date ({until}) is before the first event ({first}).',

  'agenda.recur.daily': 'every day',
  'agenda.recur.workdays': 'every working day (Monday–Friday)',
  'agenda.recur.weekly': 'every {days}',
  'agenda.recur.month_day': 'every month on day {day}',
  'agenda.recur.nth.1': 'every first {weekday} of the month',
  'agenda.recur.nth.2': 'every second {weekday} of the month',
  'agenda.recur.nth.3': 'every third {weekday} of the month',
  'agenda.recur.nth.4': 'every fourth {weekday} of the month',
  'agenda.recur.nth.-1': 'every last {weekday} of the month',
  'agenda.recur.and': 'and',
  'agenda.recur.until': 'until {date}',
  'agenda.recur.skip_holidays': 'except public holidays',
  'agenda.recur.holidays_known_until':
    'Note: public holidays are known up to {date}; after that no date is skipped.',
  'agenda.detail.recurrence': '🔁 Repeats: {rule}',
  'agenda.detail.next': 'Next: {date}',
  'agenda.detail.detached': 'Part of recurring item *#{number}* ({date}), changed on its own.',
  'agenda.line.recurring': 'recurring',

  'agenda.recur.not_series': 'Item *#{number}* does not repeat, so it has no dates to pick.',
  'agenda.recur.no_occurrence': 'Item *#{number}* does not take place on {date}.',
  'agenda.recur.occurrence_date_invalid':
    '"{part}" is not a date. Example: */agenda batal {number} tanggal {example}*.',
  'agenda.recur.cancel_which':
    'Item *#{number}* repeats ({rule}). Cancel one date or all of them?\n*/agenda batal {number} tanggal {example}* — one date only\n*/agenda batal {number} semua* — the whole series',
  'agenda.recur.occurrence_cancelled': 'Item *#{number}* on {date} is cancelled. The other dates stay:',
  'agenda.recur.series_ended':
    'Recurring event *#{number}* stopped from {from}; the {past} dates already past stay on record.',
  'agenda.recur.detached_cancelled': 'Also cancelled: {count} date(s) changed on their own ({numbers}).',
  'agenda.recur.already_over':
    'Recurring event *#{number}* is already over: its last date was {last}. There is nothing left to cancel.',
  'agenda.recur.detached':
    'Item *#{number}* on {date} is changed on its own, as item *#{detached}*. The other dates stay.',
  'agenda.recur.edit_date':
    'Item *#{number}* repeats, so its dates follow the rule. To move one date: */agenda ubah {number} tanggal {example}* and a line *Tanggal: …*.',
  'agenda.recur.change_one_date': 'Only {date}; the other dates stay.',
  'agenda.recur.change_from_date': 'The date {date} and all later ones are stopped.',
  'agenda.recur.edit_rule':
    'The repetition cannot be changed. Cancel with */agenda batal {number} semua*, then add a new item with *Ulangi:*.',
}
