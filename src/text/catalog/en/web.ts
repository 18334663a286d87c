import type { web as id } from '../id/web.js'

export const web: Record<keyof typeof id, string> = {
  'usage.kalender.web': '/calendar web\n/calendar web new',
  'web.link': 'Web calendar of {name} (read-only):\n{url}\nValid until {until}. A new link: */calendar web*.',
  'web.link_drafts': '_Coordinator link: drafts not yet approved are shown too. Do not share it._',
  'web.link_drafts_hint':
    '_This link shows no drafts. For a link that shows drafts too, send */calendar web* in a private chat with Sinergi._',
  'web.feed_url':
    'Live subscription (Google Calendar: *Add calendar → From URL*; Outlook: *Subscribe from web*):\n{url}\n_This address is secret: anyone who has it can see the calendar. The coordinator can replace it with /calendar ics new._',
  'web.feed_empty':
    'There are no agenda items or approved content yet. The subscription below can be added now and fills itself later.',
  'web.feeds_renewed':
    'The old calendar subscription addresses ({count}) are revoked: calendars subscribed through them are no longer updated.',
  'web.links_renewed':
    'Every earlier web calendar link has been revoked: opening one now shows a page-not-found.',
  'web.feeds_renewed_url': 'The new address for the whole forum:\n{url}',

  'web.page.title': 'Calendar of {name}',
  'web.page.subtitle': 'Shared calendar, read-only. All times in {zone} ({iana}).',
  'web.page.drafts_shown': 'Coordinator link: drafts not yet approved are shown too.',
  'web.page.expires': 'This link is valid until {until}.',
  'web.page.views': 'View',
  'web.page.view_week': 'Week',
  'web.page.view_month': 'Month',
  'web.page.prev_week': '‹ Previous week',
  'web.page.next_week': 'Next week ›',
  'web.page.this_week': 'This week',
  'web.page.prev_month': '‹ Previous month',
  'web.page.next_month': 'Next month ›',
  'web.page.this_month': 'This month',
  'web.page.agency': 'Agency',
  'web.page.all_agencies': 'All agencies',
  'web.page.apply': 'Apply',
  'web.page.filtered': 'Only {code} — {name}.',
  'web.page.nothing_day': 'Nothing planned.',
  'web.page.nothing_period': 'No agenda items and no content in {period}.',
  'web.page.counts': '{agenda} agenda items, {content} content items.',
  'web.page.today': 'today',
  'web.page.kind_agenda': 'Agenda',
  'web.page.kind_content': 'Content',
  'web.page.all_day': 'all day',
  'web.page.legend': 'Colour key',
  'web.page.field.date': 'Date',
  'web.page.field.time': 'Time',
  'web.page.field.place': 'Place',
  'web.page.field.agency': 'Agency',
  'web.page.field.coverage': 'Coverage',
  'web.page.field.notes': 'Notes',
  'web.page.field.status': 'Status',
  'web.page.field.reason': 'Reason',
  'web.page.field.number': 'Number',
  'web.page.field.planned': 'Planned',
  'web.page.field.platforms': 'Platforms',
  'web.page.field.hashtags': 'Hashtags',
  'web.page.field.links': 'Published links',
  'web.page.field.key_message': 'Key message',
  'web.page.field.body': 'Text',
  'web.page.coverage_yes': 'yes, coverage needed',
  'web.page.coverage_no': 'no',
  'web.page.in_chat': 'In chat: {command}',

  'web.error.not_found_title': 'Page not found',
  'web.error.not_found':
    'This address is unknown or was revoked. Check the link, or ask for a new one with /calendar web in your Bakohumas group.',
  'web.error.expired_title': 'The link has expired',
  'web.error.expired':
    'This calendar link is no longer valid. Ask for a new one with /calendar web in your Bakohumas group.',

  'web.admin.title': 'Linking WhatsApp',
  'web.admin.state': 'State',
  'web.admin.state.disabled': 'WhatsApp is not enabled on this server (WHATSAPP\\_ENABLED).',
  'web.admin.state.connecting': 'connecting…',
  'web.admin.state.waiting-for-qr-scan': 'waiting for the QR code to be scanned',
  'web.admin.state.waiting-for-pairing-code': 'waiting for the pairing code to be entered on the phone',
  'web.admin.state.pairing-code-refused':
    'WhatsApp refused to give a pairing code: check WHATSAPP_PAIRING_NUMBER (country code, digits only); it asks again shortly',
  'web.admin.state.open': 'connected',
  'web.admin.state.reconnecting': 'reconnecting…',
  'web.admin.state.standby': 'standby: another instance holds the WhatsApp session',
  'web.admin.state.logged-out': 'logged out of WhatsApp: link it again',
  'web.admin.state.version-refused':
    'WhatsApp refused this WhatsApp Web version: set WHATSAPP_WA_VERSION to a current one and restart',
  'web.admin.scan':
    'On the phone whose number Sinergi uses: WhatsApp → Linked devices → Link a device, then scan this code.',
  'web.admin.qr_alt': 'QR code to link WhatsApp',
  'web.admin.pairing':
    'On the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead, then enter this code:',
  'web.admin.updated': 'Updated {time}. This page reloads itself.',
  'web.admin.unauthorized_title': 'Admin token needed',
  'web.admin.unauthorized':
    'Open this page with ?token= followed by ADMIN\\_TOKEN, or send an Authorization: Bearer header.',
  'web.admin.throttled_title': 'Too many wrong tokens',
  'web.admin.throttled': 'Try again in {seconds} seconds, with the right ADMIN\\_TOKEN.',
  'web.admin.logout': 'Sign out',
  'web.admin.logged_out_title': 'Signed out',
  'web.admin.logged_out':
    'The admin session has ended. Open the page again with ?token= followed by ADMIN\\_TOKEN.',
}
