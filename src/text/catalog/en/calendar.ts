import type { calendar as id } from '../id/calendar.js'

export const calendar: Record<keyof typeof id, string> = {
  'calendar.when.missing': 'The date or time is missing.',
  'calendar.when.invalid_date': 'The date *{part}* does not exist.',
  'calendar.when.invalid_time': 'The time *{part}* is not possible.',
  'calendar.when.weekday_mismatch': '*{part}* falls on a {weekday}. Check the day or the date.',
  'calendar.when.not_understood': '*{part}* could not be read as a date, a time or a period.',
  'calendar.when.hour_missing': '*{part}* has no hour: add it, e.g. *besok 08.00*.',
  'calendar.when.day_part_mismatch':
    'The time *{part}* does not fit its part of the day. Write e.g. *jam 4 sore* or *16.00*.',
  'calendar.when.approximate_time': 'The time *{part}* is not exact: write the exact time, e.g. *09.00*.',
  'calendar.when.misplaced_time':
    'The time *{part}* is inside the message: put the time first, e.g. */ingatkan besok 09.00 Kirim laporan*.',

  'help.kalender.summary': 'The shared calendar: agenda and content by day, or an .ics file',
  'help.kalender.details':
    '*/calendar* — this week (on Saturday and Sunday: next week).\n*/calendar next week*, */calendar this month*, */calendar {ex_month}*, */calendar {ex_month_year}*, */calendar 12/1*.\n*/calendar ics* — a calendar file (.ics) with agenda items and approved content, to open in Google Calendar or Outlook, and its live subscription address; */calendar ics DINKES* — one agency only; */calendar ics new* (coordinator) — revoke the old subscription addresses and make a new one.\n*/calendar image* — the calendar of this week as a picture to forward; */calendar image next week*, */calendar image February*.\n*/calendar web* — a temporary link to the web calendar (week and month views, filter by agency); */calendar web new* (coordinator) — revoke every earlier web link.\n*/calendar clashes* — events of different agencies at the same place, or with the same official (Pimpinan), at the same time; also */calendar clashes minggu depan*.',
  'usage.kalender': '/calendar\n/calendar next week\n/calendar February',
  'usage.kalender.ics': '/calendar ics\n/calendar ics DINKES\n/calendar ics new',
  'calendar.title': '*Calendar {period}*',
  'calendar.empty': 'No agenda items and no content in {period}.',
  'calendar.week_this': 'this week, {period}',
  'calendar.week_next': 'next week, {period}',
  'calendar.weekend_hint': '_It is the weekend, so this shows next week. This week: */calendar this week*._',
  'calendar.day': '*{date}*',
  'calendar.day_summary': '*{date}*: {summary}',
  'calendar.count.agenda': '{count} agenda',
  'calendar.count.content': '{count} content',
  'calendar.day_more': '… and {count} more on this day (*/calendar {day}*).',
  'calendar.days_more':
    '… and {count} more days with activity. Choose a shorter period, for example */calendar this week*.',
  'calendar.summarised': '_Some days are summarised. See one day with */calendar {example}*._',
  'calendar.totals': '_{agenda} agenda items, {content} content items. Days without activity are not shown._',
  'calendar.content_prefix': 'Content',
  'calendar.ics_name': 'Agenda {name}',
  'calendar.ics_name_agency': 'Agenda {name} — {code}',
  'calendar.ics_done':
    'Calendar file for {name}: {agenda} agenda items and {content} content items (approved or published).\nOpen it in Google Calendar or Outlook (Import). Importing it again updates the same events instead of duplicating them.',
  'calendar.ics_empty': 'There are no agenda items or approved content to put in a calendar file yet.',
  'calendar.ics_agency': 'Agency: {code} — {name}',
  'calendar.ics_coverage': 'Coverage requested.',
  'calendar.ics_covered': 'Coverage requested: covered by {code}.',
  'calendar.ics_notes': 'Notes: {notes}',
  'calendar.ics_cancelled': 'Cancelled.',
  'calendar.ics_cancel_reason': 'Cancelled: {reason}',
  'calendar.ics_content_summary': 'Content: {title}',
  'calendar.ics_platforms': 'Platforms: {platforms}',
  'calendar.ics_status': 'Status: {status}',
  'calendar.ics_links': 'Links: {links}',
  'calendar.ics_number': 'Sinergi number: #{number}',
}
