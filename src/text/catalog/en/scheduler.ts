import type { scheduler as id } from '../id/scheduler.js'

export const scheduler: Record<keyof typeof id, string> = {
  'scheduler.agenda_day_before': '*Tomorrow*, {date}:',
  'scheduler.agenda_soon': '*Starting soon* (in {left}):',
  'scheduler.agenda_soon_now': '*Starting soon*:',
  'scheduler.agenda_details': '_Details: */events {number}*_',
  'scheduler.minutes': '{n} minutes',
  'scheduler.hours': '{n} hours',
  'scheduler.hours_minutes': '{h} h {m} min',

  'scheduler.content_due': '*Time to publish #{number}*:',
  'scheduler.content_due_report': 'Once it is out, report it with */published {number} <url>*.',
  'scheduler.content_pending': '*Going out tomorrow, not approved yet* ({status}):',
  'scheduler.content_pending_hint': '_Coordinator: */approve {number}* or */revise {number} <note>*._',

  'scheduler.nudge_title': '*Next week’s agenda* ({period})',
  'scheduler.nudge_missing': 'No agenda or content yet from {count} agencies:',
  'scheduler.nudge_more': '… and {count} more agencies.',
  'scheduler.nudge_hint': 'Add them with */events add* or */content add*.',

  'scheduler.reminder_title': '*Reminder #{number}* (from {name}):',

  'scheduler.change_title': '*Change to #{number}*: {title}',
  'scheduler.change_cancelled': '*Change to #{number}*: {title} is *cancelled*.',
  'scheduler.change_cancel_reason': 'Reason: {reason}',
  'scheduler.change_time': 'Time: {before} → *{after}*',
  'scheduler.change_place': 'Place: {before} → *{after}*',
  'scheduler.change_no_place': '(no place)',
  'scheduler.change_content_cancelled': '*Change to #{number}*: content {title} *will not go out*.',
  'scheduler.change_content_time': 'Publication: {before} → *{after}*',
  'scheduler.change_agenda_details': '_Details: */events {number}*_',
  'scheduler.change_content_details': '_Details: */content {number}*_',

  'scheduler.unanswered_title': '⚠️ *Sinergi stopped* before answering this command from {name}:',
  'scheduler.unanswered_saved': 'The change was saved: {subjects}. No need to send it again.',
  'scheduler.unanswered_saved_plain': 'The change was saved. No need to send it again.',
  'scheduler.unanswered_not_saved': 'Nothing was saved. Please send the command again.',
}
