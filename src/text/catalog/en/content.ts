import type { content as id } from '../id/content.js'

export const content: Record<keyof typeof id, string> = {
  'help.konten.summary': 'Content drafts: list, details, submit, edit, withdraw',
  'help.konten.details':
    '*/content* — drafts by status. */content 14* — details of draft #14. */content approved* — one status only.\nSubmit a draft with one key per line (the keys are Indonesian):\n/content add\nJudul: Child Immunisation Infographic\nPlatform: IG, FB\nTayang: Senin 09.00\nNaskah: Complete your child’s immunisation…\nTagar: #HealthyTogether\nPesan kunci: 3\nSend the command as the caption of a photo/video, or reply to the photo, to attach it. The coordinator may add `Instansi: DINKES`.\nShort form: */content add besok 09.00 Immunisation Infographic*.\n*/content edit 14* then the keys to change (the draft is resubmitted). */content cancel 14* — withdraw it.',
  'usage.konten': '/content\n/content 14\n/content approved',
  'usage.konten.tambah':
    '/content add\nJudul: Child Immunisation Infographic\nPlatform: IG, FB\nTayang: Senin 09.00\nNaskah: Complete your child’s immunisation.\nTagar: #HealthyTogether',
  'usage.konten.ubah': '/content edit 14\nTayang: besok 10.00\nTagar: #HealthyTogether',
  'usage.konten.batal': '/content cancel 14 schedule moved',

  'help.setujui.summary': 'Approve a content draft (coordinator)',
  'help.setujui.details':
    '*/approve 14* — approve draft #14. A note may follow: */approve 14 post it in the morning*. The submitter is told.',
  'usage.setujui': '/approve 14\n/approve 14 post it in the morning',
  'help.revisi.summary': 'Send a content draft back for revision (coordinator)',
  'help.revisi.details':
    '*/revise 14 note* — send draft #14 back with a note, e.g. */revise 14 change the main photo*. Without a note, Sinergi asks for one. The submitter is told.',
  'usage.revisi': '/revise 14 change the main photo',
  'help.tolak.summary': 'Reject a content draft (coordinator)',
  'help.tolak.details':
    '*/reject 14 reason* — reject draft #14, e.g. */reject 14 off the key message*. Without a reason, Sinergi asks for one. The submitter is told.',
  'usage.tolak': '/reject 14 off the key message',
  'help.terbit.summary': 'Report a draft as published, with its links',
  'help.terbit.details':
    '*/published 14 https://instagram.com/p/abc* — approved draft #14 is recorded as published. Several links at once are fine; more links may be reported later.',
  'usage.terbit': '/published 14 https://instagram.com/p/abc https://facebook.com/dinkes/posts/1',

  'content.status.diajukan': 'submitted',
  'content.status.revisi': 'revision requested',
  'content.status.disetujui': 'approved',
  'content.status.terbit': 'published',
  'content.status.ditolak': 'rejected',
  'content.status.dibatalkan': 'withdrawn',
  'content.platform.instagram': 'Instagram',
  'content.platform.facebook': 'Facebook',
  'content.platform.x': 'X',
  'content.platform.tiktok': 'TikTok',
  'content.platform.youtube': 'YouTube',
  'content.platform.website': 'Website',
  'content.platform.lainnya': 'Other',
  'content.unscheduled': 'not scheduled',

  'content.list_title': '*Content drafts*',
  'content.section.diajukan': '*Waiting for review* ({count})',
  'content.section.revisi': '*Revision requested* ({count})',
  'content.section.disetujui': '*Approved, not yet published* ({count})',
  'content.section.terbit': '*Published* ({count}, newest first)',
  'content.section_more': '… and {count} more: */content {filter}*',
  'content.closed_counts': 'Also {counts}: */content rejected*, */content withdrawn*.',
  'content.closed_count.ditolak': '{count} rejected',
  'content.closed_count.dibatalkan': '{count} withdrawn',
  'content.list_footer': 'Details of one draft: */content number*, e.g. */content {number}*.',
  'content.list_empty': 'No content drafts yet. Submit one with */content add* (examples: */help content*).',
  'content.list_empty_public': 'No approved content yet.',
  'content.guest_note': '_Drafts not yet approved are visible to members of the forum’s agencies only._',
  'content.status_list_title': '*Content {status}* ({count})',
  'content.status_list_empty': 'No content is *{status}*.',
  'content.status_list_more': '… {count} more not shown.',
  'content.filter_unknown':
    'I do not understand *{word}*. Write a draft number (*/content 14*) or a status: submitted, revision, approved, published, rejected, withdrawn.',
  'content.pending_pointer':
    '_{count} drafts awaiting review — see */konten* in a private chat with Sinergi._',
  'content.hidden_in_group':
    'Draft #{number} is not approved yet: in a group, where guests read along, drafts show only in private chats. Send */konten {number}* to Sinergi privately.',
  'content.status_hidden_in_group':
    'In a group, where guests read along, drafts not yet approved show only in private chats. Send this command to Sinergi privately.',
  'content.hidden_from_guest':
    'Draft #{number} is not approved yet; only members of its agency and the coordinator can see it.',
  'content.hidden_other_agency':
    'Draft #{number} of *{agency}* is not approved yet; only members of {agency} and the coordinator can see it.',
  'content.status_hidden_from_guest':
    'Drafts not yet approved are visible to members of the forum’s agencies only.',
  'content.add_needs_subcommand':
    'To submit a draft, write */content add* on the first line and the keys on the lines below.',

  'content.details_title': '*Content draft #{number}* — {status}',
  'content.field.title': 'Title: {title}',
  'content.field.agency': 'Agency: {code} ({name})',
  'content.field.platforms': 'Platforms: {platforms}',
  'content.field.platforms_none': 'Platforms: _not given_',
  'content.field.planned': 'Goes out: {when}',
  'content.field.planned_none': 'Goes out: _not scheduled_',
  'content.field.hashtags': 'Hashtags: {hashtags}',
  'content.field.key_message': 'Key message: #{number} {theme}',
  'content.field.attachments': 'Attachments: {count} file(s)',
  'content.field.body': 'Text:',
  'content.field.body_none': 'Text: _none yet_',
  'content.field.published': 'Published: {when}',
  'content.links': 'Links:',
  'content.history': 'History:',
  'content.history_more': '_({count} older entries not shown)_',
  'content.history.diajukan': '{when} — submitted by {name}',
  'content.history.diubah': '{when} — edited by {name}',
  'content.history.disetujui': '{when} — approved by {name}',
  'content.history.revisi': '{when} — {name} asked for a revision',
  'content.history.ditolak': '{when} — rejected by {name}',
  'content.history.terbit': '{when} — reported published by {name}',
  'content.history.dibatalkan': '{when} — withdrawn by {name}',
  'content.review_hint': 'Review: */approve {number}*, */revise {number} note*, */reject {number} reason*.',
  'content.publish_hint': 'Once it is out, report it with */published {number} link*.',
  'content.edit_hint':
    'Edit: */content edit {number}* then the keys to change. Withdraw: */content cancel {number}*.',

  'content.submitted': 'Content draft *#{number}* submitted; it waits for the coordinator’s review.',
  'content.edited_resubmitted':
    'Draft *#{number}* updated and resubmitted for the coordinator’s review (was: {previous}).',
  'content.edited': 'Draft *#{number}* updated; it still waits for the coordinator’s review.',
  'content.extras': 'Kept as notes:',
  'content.fix_hint':
    'Something wrong? */content edit {number}* then the keys to change, e.g. `Tayang: besok 10.00`. Withdraw: */content cancel {number}*.',
  'content.planned_past': 'Note: that publish time has already passed. Please check it.',
  'content.early_hour':
    'Note: the publish time is before 06:00. If you meant the evening, write e.g. `jam 7 malam`.',
  'content.no_plan_hint':
    'No publish time yet. Add one with */content edit {number}* then `Tayang: Senin 09.00` so it shows in the calendar.',
  'content.edit_nothing':
    'Write what to change in draft #{number}, one key per line, e.g. `Tayang: besok 10.00`.',
  'content.edit_form':
    'Write the change as keys, e.g. */content edit 14 Judul: new title*, or one key per line.',
  'content.cancelled': 'Draft *#{number}* {title} withdrawn. Its history is kept.',

  'content.title_required': 'The draft has no title yet. Write `Judul: …` on a line of its own.',
  'content.title_too_long': 'The title is too long (300 characters at most).',
  'content.body_too_long':
    'The text is too long ({length} characters; {max} at most). Attach it as a document if needed.',
  'content.platform_unknown':
    'Unknown platform *{word}*. Choose from: instagram (ig), facebook (fb), x (twitter), tiktok, youtube (yt), website (web), lainnya.',
  'content.hashtag_invalid':
    'Hashtag *{word}* cannot be used: hashtags hold letters, digits and underscores only.',
  'content.when.missing': 'The publish time is incomplete, e.g. `Tayang: Senin 09.00`.',
  'content.when.invalid_date': 'The publish date *{part}* does not exist.',
  'content.when.invalid_time': 'The publish time *{part}* cannot be used.',
  'content.when.weekday_mismatch': 'The day and date *{part}* do not match: that date is a {weekday}.',
  'content.when.not_understood':
    'I could not understand *{part}* in the publish time. Example: `Tayang: {ex_date} 09.00`.',
  'content.when.needs_time': 'Write the time too, e.g. `Tayang: {date} 09.00`.',
  'content.when.one_day': 'A post goes out at one time, not *{part}*. Example: `Tayang: Senin 09.00`.',
  'content.when.hour_missing': '*{part}* has no publish hour, e.g. `Tayang: Senin 09.00`.',
  'content.when.day_part_mismatch':
    'The publish time *{part}* does not fit its part of the day. Write e.g. `Tayang: Senin 16.00`.',
  'content.when.approximate_time':
    'The publish time *{part}* is not exact: write the exact time, e.g. `Tayang: Senin 09.00`.',
  'content.when.misplaced_time':
    'The time *{part}* is inside the title: put the publish time first, e.g. `Senin 09.00 Judul`.',
  'content.agency_required': 'Name the agency the draft belongs to, e.g. `Instansi: DINKES`.',
  'content.agency_unknown': 'There is no agency *{code}* in this forum. See the list with */agency*.',
  'content.agency_not_yours': 'You can submit drafts for your own agency only, not for *{code}*.',
  'content.not_owner':
    'Draft #{number} belongs to *{agency}*; only that agency or the coordinator may change it.',
  'content.not_found': 'There is no content draft #{number}. See the list with */content*.',
  'content.key_message_ref.invalid': 'Name the key message by its number, e.g. `Pesan kunci: 3`.',
  'content.key_message_ref.not_found':
    'There is no key message #{number}. See the current ones with */keymessage*.',
  'content.key_message_ref.other_kind':
    '#{number} is not a key message. See the current ones with */keymessage*.',
  'content.key_message_ref.archived':
    'Key message #{number} was removed. Choose a current one (*/keymessage*).',
  'content.cannot.edit':
    'Draft #{number} is already *{status}*, so it cannot be changed. Submit a new one with */content add*.',
  'content.cannot.cancel': 'Draft #{number} is already *{status}*, so it cannot be withdrawn.',
  'content.cannot.approve': 'Draft #{number} is *{status}*; only drafts waiting for review can be approved.',
  'content.cannot.revise':
    'Draft #{number} is *{status}*; a revision can be asked only of drafts waiting for review.',
  'content.cannot.reject':
    'Draft #{number} is *{status}*; only drafts waiting for review or in revision can be rejected.',
  'content.cannot.publish': 'Draft #{number} is *{status}*; only approved drafts can be reported published.',

  'content.ask.revise':
    'What needs revising in draft *#{number}* {title}? Reply to this message with the note.',
  'content.ask.reject': 'Why is draft *#{number}* {title} rejected? Reply to this message with the reason.',
  'content.answer_empty': 'The note is empty, so draft #{number} was not changed.',
  'content.approved':
    'Draft *#{number}* {title} approved. {owner}, please post it and report it with */published {number} link*.',
  'content.approved_when': 'Scheduled for: {when}.',
  'content.approved_unscheduled': 'This draft has no publish time yet.',
  'content.review_note': 'Coordinator’s note: {note}',
  'content.revision_requested':
    '{owner}, draft *#{number}* {title} needs a revision:\n{note}\nFix it with */content edit {number}* then the keys to change; the draft is resubmitted automatically.',
  'content.rejected': '{owner}, draft *#{number}* {title} was rejected.\nReason: {note}',

  'content.published': 'Draft *#{number}* {title} recorded as published on {when}. Thank you!',
  'content.links_added': 'New links recorded for *#{number}* {title}.',
  'content.links_known': 'Those links are already recorded for #{number}.',
  'content.links_required': 'Write the links of the post after the draft number, starting with https://.',
  'content.link_invalid':
    '*{word}* is not a link. Write the full link starting with https://, e.g. https://instagram.com/p/abc.',
}
