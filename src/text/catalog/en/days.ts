import type { days as id } from '../id/days.js'

// Commemoration days: /hari (/days), and the days in the brief and the calendar.
export const days: Record<keyof typeof id, string> = {
  'help.hari.summary': 'National days, public holidays and the forum’s own days',
  'help.hari.details':
    '*/days* — commemoration days in the next 30 days. */days December*, */days next week*, */days 2027* — another period.\nCoordinator:\n*/days add 15 February Regency Anniversary* — a forum day, kept every year.\n*/days hide Hari Bakti Pekerjaan Umum* — no longer shown in this forum; */days show <name>* — show it again.\nThe morning brief names the days in the next 7 days, so key messages (*/keymessage*) get prepared.',
  'usage.hari': '/days\n/days December\n/days 2027',
  'usage.hari.tambah': '/days add 15 February Regency Anniversary',
  'usage.hari.sembunyikan': '/days hide Hari Bakti Pekerjaan Umum',
  'usage.hari.tampilkan': '/days show Hari Bakti Pekerjaan Umum',

  'days.title': '*Commemoration days* — {period}',
  'days.none': 'No commemoration days in {period}.',
  'days.more': '… and {count} more days, from {date}: */days {month}*.',
  'days.kind.libur_nasional': '(public holiday)',
  'days.kind.cuti_bersama': '(joint leave day)',
  'days.kind.forum': '(forum day)',
  'days.estimate': '_estimate_',
  'days.estimate_note':
    '_Estimate: the date is set by the joint ministerial decree (SKB 3 Menteri) for that year._',
  'days.coordinator_hint':
    'Add a forum day with */days add 15 February Regency Anniversary*; hide one with */days hide <name>*.',
  'days.added': 'Forum day *{name}* saved: every {day_month}. Next on {date}.',
  'days.hidden':
    '*{name}* is no longer shown in this forum (lists, brief, calendar). Show it again with */days show {name}*.',
  'days.removed': 'Forum day *{name}* removed.',
  'days.shown': '*{name}* is shown again in this forum.',
  'days.exists':
    'Forum day *{name}* already exists. See it with */days*; remove it first with */days hide {name}* to change its date.',
  'days.already_hidden': '*{name}* is already hidden. Show it again with */days show {name}*.',
  'days.none_hidden': 'No day is hidden in this forum.',
  'days.not_found': 'No day is called *{name}*. See the names with */days*, e.g. */days December*.',
  'days.not_found_suggest': 'No day is called *{name}*. Did you mean *{suggestion}*?',
  'days.ambiguous': '*{name}* fits several days: {names}. Write more of the name.',
  'days.date_required': 'Write the date first, then the name.',
  'days.invalid_date': 'The date *{part}* does not exist.',
  'days.name_required': 'The day has no name yet; write it after the date.',
  'days.name_too_long': 'The name is too long (at most {max} characters).',
  'days.which': 'Write the name of the day, as */days* lists it.',
  'brief.section.days': '*Commemoration days this coming week*',
  'brief.days_prompt':
    'Prepare key messages for these days with */keymessage add* (example: */help keymessage*).',
  'days.in_calendar': '*Commemoration days*',
  'days.ics.nasional': 'National day (not a day off)',
  'days.ics.libur_nasional': 'Public holiday',
  'days.ics.cuti_bersama': 'Joint leave day (cuti bersama)',
  'days.ics.forum': 'Forum commemoration day',
}
