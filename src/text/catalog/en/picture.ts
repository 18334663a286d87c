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
  'picture.brief_caption': 'Brief {date} — {name}. This week in a picture; the full text: /brief',
  'brief.image_on':
    'The Monday brief in this group is now a picture of the week. Turn it off with */brief image off*.',
  'brief.image_off': 'The Monday brief in this group is text again.',
  'usage.brief.gambar': '/brief image on\n/brief image off',
}
