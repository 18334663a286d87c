import type { amplification as id } from '../id/amplification.js'

export const amplification: Record<keyof typeof id, string> = {
  'help.sebar.summary': 'Ask every agency to share one post, then see who did',
  'help.sebar.details':
    '*/amplify 14* — ask agencies to share content #14 (approved or published).\n*/amplify instagram.com/p/abc National Defence Day* — or any link, with a title.\nAdd *until tomorrow 12:00* (default: today 21:00, or 6 hours from now when later) and *for DINKES POLRES* (default: every active agency).\nKey form on the next lines: *Links:*, *Title:*, *Hashtags:*, *Notes:*, *Deadline:*, *Agencies:* (or the Indonesian *Tautan:*, *Judul:*, *Tagar:*, *Catatan:*, *Batas:*, *Instansi:*).\nThe request is posted in every group of the forum.\n*/amplify* — open requests; */amplify 31* — who reported and who has not.\n*/amplify 31 close*, */amplify 31 cancel* — coordinator.',
  'usage.sebar':
    '/amplify 14 until tomorrow 12:00\n/amplify instagram.com/p/abc National Defence Day for DINKES POLRES\n/amplify 31 close',
  'usage.sebar.tutup': '/amplify close 31',
  'usage.sebar.batal': '/amplify cancel 31',
  'help.lapor.summary': 'Report your agency’s repost links for an /amplify request',
  'help.lapor.details':
    '*/report 31 instagram.com/p/abc facebook.com/dinkes/posts/1* — record your agency’s repost links for request #31.\nYou can also reply to the request message with */report <link>*.\nReports after the deadline are still recorded, marked late.\n*/report* — open requests for your agency.',
  'usage.lapor': '/report 31 instagram.com/p/abc fb.watch/xyz',

  'numbers.other_kind.sebar': '*#{number}* is an amplification request — see it with */amplify {number}*.',

  'amplify.platform.instagram': 'Instagram',
  'amplify.platform.facebook': 'Facebook',
  'amplify.platform.x': 'X',
  'amplify.platform.tiktok': 'TikTok',
  'amplify.platform.youtube': 'YouTube',
  'amplify.platform.web': 'Website',
  'amplify.default_title': '{platform} post',
  'amplify.links_counted': '{count} links ({platforms})',
  'amplify.link_counted': '1 link ({platforms})',

  'amplify.request_title': '📣 *Amplify #{number}: {title}*',
  'amplify.request_content': 'Content #{content}',
  'amplify.request_links': 'Repost on your agency’s official accounts:',
  'amplify.request_caption': 'No published link yet. Share this text (in full: */content {content}*):',
  'amplify.request_hashtags': 'Hashtags: {hashtags}',
  'amplify.request_notes': 'Notes: {notes}',
  'amplify.request_deadline': 'Deadline: *{deadline}*',
  'amplify.request_for_all': 'For: every agency ({count})',
  'amplify.request_for': 'For: {codes}',
  'amplify.request_how': 'Report: */report {number} <link>*, or reply to this message with */report <link>*.',
  'amplify.opened': 'Request *#{number}* was posted in {groups} group(s) of the forum.',
  'amplify.opened_no_groups':
    'Request *#{number}* is saved, but this forum has no active group to receive it.',

  'amplify.list_empty': 'No open amplification requests. The coordinator makes one with */amplify 14*.',
  'amplify.list_title': '*Open amplification requests* ({count}):',
  'amplify.list_more': '… and {count} more.',
  'amplify.list_footer': 'Details: */amplify number*. Report: */report number <link>*.',
  'amplify.summary_mine_reported': ' — ✓ reported',
  'amplify.summary_line': '*#{number}* {title} — {reported}/{targets} agencies, deadline {deadline}',

  'amplify.status.terbuka': 'Open, deadline {deadline}.',
  'amplify.status.ditutup': 'Closed (deadline {deadline}).',
  'amplify.status.batal': 'Cancelled.',
  'amplify.progress': 'Reported: *{reported}/{targets}* agencies',
  'amplify.progress_more': '… and {count} more agencies: {codes}',
  'amplify.late_mark': ' (late)',
  'amplify.not_reported': '*Not reported yet* ({count}): {codes}',

  'amplify.recap_title': '📊 *Amplify recap #{number}: {title}*',
  'amplify.recap_links': 'Links: {count} ({platforms})',
  'amplify.recap_late': 'Late ({count}): {codes}',
  'amplify.recap_everyone': 'Every agency has reported — thank you!',
  'amplify.recap_footer': 'Reports that follow are still recorded (*/report {number} <link>*).',
  'amplify.reminder_midpoint':
    '⏳ *Amplify #{number}: {title}* — half the time is gone, deadline {deadline}.',
  'amplify.reminder_last_hour': '⏰ *Amplify #{number}: {title}* — deadline in 1 hour ({deadline}).',
  'amplify.reminder_mentions': 'Please report soon: {people}',

  'amplify.closed': 'Request *#{number}* ({title}) is closed: {reported}/{targets} agencies reported.',
  'amplify.cancelled': 'Request *#{number}* ({title}) is cancelled.',
  'amplify.already_ditutup': 'Request *#{number}* is already closed.',
  'amplify.already_batal': 'Request *#{number}* is already cancelled.',

  'amplify.draft_not_approved':
    'Content *#{number}* is still *{status}*. Only approved or published content can be amplified.',
  'amplify.nothing_to_share': 'What should be shared? Write a content number or the link.',
  'amplify.link_invalid': '*{word}* is not a link. Write the address, e.g. *instagram.com/p/abc*.',
  'amplify.too_many_links': 'At most {max} links in one request.',
  'amplify.title_too_long': 'The title is too long (at most {max} characters). Shorten it under *Title:*.',
  'amplify.notes_too_long': 'The notes are too long (at most {max} characters). Shorten them under *Notes:*.',
  'amplify.deadline_missing': 'After *until* write the deadline, e.g. *until tomorrow 12:00*.',
  'amplify.deadline_past': 'The deadline *{when}* has passed. Write a time still ahead.',
  'amplify.deadline_span': 'The deadline *{when}* must be one time, not a span of days.',
  'amplify.codes_missing': 'After *for* write the agency codes, e.g. *for DINKES POLRES*, or *for all*.',
  'amplify.agency_archived': 'Agency *{code}* is archived, so it cannot be asked to share.',
  'amplify.no_agencies':
    'This forum has no active agencies yet. The coordinator adds them with */agency add CODE Name*.',

  'brief.section.amplification':
    '*Open amplification requests* ({count}) — report with */report number <link>*:',

  'recap.amplification': ' · amplified {reported}/{requests} reported, {on_time} on time, {links} links',

  'export.amplification_done': 'Amplification {period}: {requests} requests, {links} links.\nFile: {file}',
  'export.amplification.request': 'Request',
  'export.amplification.title': 'Title',
  'export.amplification.deadline': 'Deadline',
  'export.amplification.link': 'Link',
  'export.amplification.reported_at': 'Reported',
  'export.amplification.late': 'Late',
  'export.yes': 'yes',
  'export.no': 'no',

  'web.page.kind_amplification': 'Amplify',
  'web.page.amplification.ditutup': 'closed',
  'web.page.amplification.batal': 'cancelled',
  'web.page.field.deadline': 'Report by',
  'web.page.field.share': 'To share',

  'web.page.legend_amplification': 'Amplify: request’s report deadline',

  'report.saved': '*#{number}* — {code}: {counted} — thank you!',
  'report.late_note': '_Recorded as late: the deadline has passed._',
  'report.known_note': '_{count} other link(s) were already recorded._',
  'report.all_known':
    'That link is already recorded for *#{number}*, so nothing new from {code}. If {code} shared it on another account too, send that post’s link: */report {number} <link>*.',
  'report.no_agency':
    'Reports are recorded for an agency, and you do not belong to one yet. Join first with */join CODE*.',
  'report.number_missing':
    'Which request is this for? Write its number, or reply to the request message with */report <link>*.',
  'report.links_missing': 'Write your agency’s repost links for *#{number}*.',
  'report.not_links':
    'This link cannot be read: *{words}*. Check how it is written, e.g. *instagram.com/p/abc*.',
  'report.original_link':
    'That is the original post’s link (*{url}*), not a repost. Send the link of the repost on {code}’s account, e.g. */report {number} instagram.com/p/abc*.',
  'report.known_by_other':
    'The link *{url}* was already reported by {other}. Send the link of the repost on {code}’s own account, e.g. */report {number} instagram.com/p/abc*.',
  'report.too_many_links': 'At most {max} links in one report.',
  'report.not_target': 'Request *#{number}* is not addressed to {code}.',
  'report.request_ditutup': 'Request *#{number}* is closed; reports are no longer recorded.',
  'report.request_batal': 'Request *#{number}* was cancelled.',
  'report.list_empty': 'No open amplification requests for {code}.',
  'report.list_title': '*Amplification requests for {code}* ({count}):',
  'report.list_footer': 'Report with */report {number} <link>*.',
}
