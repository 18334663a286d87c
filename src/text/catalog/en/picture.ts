import type { picture as id } from '../id/picture.js'

export const picture: Record<keyof typeof id, string> = {
  'usage.kalender.gambar': '/calendar image\n/calendar image next week\n/calendar image February',
  'picture.caption': 'Calendar {period} — {name}',
  'picture.zone': 'Times in {zone}',
  'picture.today': 'Today',
  'picture.all_day': 'All day',
  'picture.nothing': 'Nothing planned',
  'picture.coverage': 'Coverage needed',
  'picture.content': 'Content',
  'picture.day_more': '+{count} more: /calendar {day}',
  'picture.days_more': '+{count} more days did not fit in this image: /calendar {period}',
  'picture.totals': '{agenda} agenda · {content} content',
  'picture.pending': '{count} drafts awaiting review (not shown in groups)',
  'picture.made': 'Sinergi · {when}',
  'picture.period_too_long':
    'A calendar image holds one day, one week or one month. For example: */calendar image next week* or */calendar image February*.',
}
