import type { brief as id } from '../id/brief.js'

export const brief: Record<keyof typeof id, string> = {
  'help.brief.summary': 'Today’s brief, and this group’s morning brief schedule',
  'help.brief.details':
    '*/brief* — today’s brief right now: agenda, content going out, drafts awaiting review, key messages, and agencies with no agenda this week (from Friday: next week). On Saturday and Sunday it adds next week’s schedule.\nThe coordinator sets this group’s morning brief:\n*/brief time 07:00* — when it is sent (forum time zone)\n*/brief days monday-friday* — or *every day*, or *monday,wednesday,friday*\n*/brief off* / */brief on* — pause or resume\n*/brief image on* / */brief image off* — the Monday brief as a picture of the week, or as text',
  'usage.brief': '/brief\n/brief time 07:00\n/brief days monday-friday',
  'usage.brief.jam': '/brief time 07:00',
  'usage.brief.hari': '/brief days monday-friday\n/brief days every day\n/brief days monday,wednesday,friday',
  'usage.brief.mati': '/brief off',
  'usage.brief.hidup': '/brief on',
  'brief.unknown_subcommand': '*/brief {text}* is not known. Use */brief* alone for today’s brief.',
  'brief.time_missing': 'Write the time, for example */brief time 07:00*.',
  'brief.time_invalid': 'The time *{text}* cannot be used. Write one time, for example *07:00* or *6:30*.',
  'brief.time_other_zone': 'The brief follows the forum’s time zone ({zone}). Write the time in {zone}.',
  'brief.days_missing': 'Write the days, for example */brief days monday-friday* or */brief days every day*.',
  'brief.days_invalid':
    '*{word}* is not a day name. Examples: monday-friday, every day, monday,wednesday,friday.',
  'brief.schedule_on': 'This group’s morning brief: *{time}, {days}*.',
  'brief.schedule_off':
    'This group’s morning brief: *off* (saved schedule {time}, {days}). Turn it back on with */brief on*.',
  'brief.schedule_footer': '_This group’s morning brief: {time}, {days}. How to change it: */help brief*._',
  'brief.schedule_footer_off':
    '_This group’s morning brief is off. The coordinator turns it on with */brief on*._',

  'brief.title': '*Brief for {date}*',
  'brief.workspace': '_{name}_',
  'brief.empty_day': 'Nothing today: no agenda, no content, no drafts waiting, no active key messages.',
  'brief.empty_day_public': 'Nothing today: no agenda, no content, no active key messages.',
  'brief.section.agenda': '*Today’s agenda* ({count})',
  'brief.section.content': '*Content going out today* ({count})',
  'brief.section.pending': '*Drafts awaiting review* ({count})',
  'brief.section.key_messages': '*Active key messages*',
  'brief.section.missing_agencies': '*No agenda submitted this week* ({count})',
  'brief.section.missing_agencies_next': '*No agenda submitted for next week* ({count})',
  'brief.section.week_ahead': '*Next week, {period}* ({count})',
  'brief.section.week_ahead_empty': '*Next week, {period}*: no agenda items or content yet.',
  'brief.week_day': '_{date}_',
  'brief.week_ahead_more': '… and {count} more next week (*/calendar*).',
  'brief.more': '… and {count} more.',
  'brief.agenda_more': '… and {count} more agenda items (*/events today*).',
  'brief.content_more': '… and {count} more content items (*/calendar today*).',
  'brief.pending_more': '… and {count} more drafts (*/content*).',

  'help.ingatkan.summary': 'A one-off reminder into this chat',
  'help.ingatkan.details':
    '*/remind tomorrow 09:00 Send the anniversary press release* — Sinergi posts that message in this chat at that time.\nA date alone (*/remind Monday Collect the reports*) is sent at 08:00; a time alone (*/remind 15:00 Editorial meeting*) means today.\n*/remind* — reminders waiting in this chat.\n*/remind cancel 15* — cancel one (its creator, a colleague from the same agency, or the coordinator).',
  'usage.ingatkan':
    '/remind tomorrow 09:00 Send the press release\n/remind Friday 14:00 Weekly content recap',
  'usage.ingatkan.batal': '/remind cancel 15',
  'remind.message_missing': 'The reminder message is missing. Write it after the time.',
  'remind.message_too_long': 'A reminder message can be at most {max} characters.',
  'remind.past': '*{when}* has already passed. A reminder must be for a time still ahead.',
  'remind.one_day':
    'A reminder is sent once, not *{when}*. Write one date, for example *besok 09:00 Kirim laporan*.',
  'remind.past_date_only':
    'A reminder without a time is sent at 08:00, and for *{when}* that has passed. Add a time, for example *{when} 15:00*.',
  'remind.saved': 'Reminder *#{number}* saved.\nWhen: {when}\nMessage: {message}\nSent to: {where}',
  'remind.where_group': 'this group',
  'remind.where_private': 'this private chat',
  'remind.date_only_note': '_No time given, so it is sent at 08:00._',
  'remind.early_hour_note': '_That is before 06:00. Did you mean the evening? Write for example *5 pm*._',
  'remind.saved_footer': 'Cancel with */remind cancel {number}*.',
  'remind.list_empty': 'No reminders waiting in this chat. Create one with */remind tomorrow 09:00 Message*.',
  'remind.list_title': '*Reminders waiting in this chat* ({count}):',
  'remind.list_item': '*#{number}* {when} — {message}',
  'remind.list_more': '… and {count} more.',
  'remind.list_footer': 'Cancel with */remind cancel number*.',
  'remind.cancel_denied':
    'Reminder *#{number}* can only be cancelled by its creator, a colleague from the same agency, or the coordinator.',
  'remind.already_cancelled': 'Reminder *#{number}* was already cancelled.',
  'remind.already_sent': 'Reminder *#{number}* has already been sent.',
  'remind.cancelled': 'Reminder *#{number}* ({when}) cancelled: {message}',
}
