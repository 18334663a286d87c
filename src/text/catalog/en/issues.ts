import type { issues as id } from '../id/issues.js'

// The issue desk (/isu): hoaxes, negative reports and media questions, assigned to the agency that
// owns the subject, answered by a clarification, closed with an outcome.
export const issues: Record<keyof typeof id, string> = {
  'help.isu.summary': 'Log a hoax or a report that needs a fast answer, and assign it to an agency',
  'help.isu.details':
    '*/issue A hoax video about the flood https://x.com/a/status/1* — log a new issue (a screenshot sent with the command is attached). Add lines *Kind:* (hoax, disinformation, negative coverage, public complaint, media question; default: coverage) and *Level:* (low, medium, high; default: medium).\n*/issue* — open issues; */issue 5* — details and timeline (groups see only counts).\n*/issue 5 assign DINKES [3 hours | besok 09.00]* — coordinator; default deadline: high 2 hours, medium 6 hours, low 24 hours.\n*/issue 5 answer* then lines *Title:*, *Text:*, *Links:*, *Platform:* — the assigned agency submits a clarification; it is reviewed first, and */approve* marks the issue answered.\n*/issue 5 amplify* — the coordinator asks every agency to amplify the approved clarification (through */amplify*).\n*/issue 5 close clarification published* — or *no response needed*, *reported to the platform*, *other: <note>*; coordinator or the owning agency.',
  'usage.isu':
    '/issue A hoax about a power cut https://fb.com/post/1\nKind: hoax\nLevel: high\n\n/issue 5 assign DINKES 3 hours\n/issue 5 close clarification published',

  'numbers.other_kind.isu': '*#{number}* is an issue — see it with */issue {number}*.',

  'issue.category.hoaks': 'hoax',
  'issue.category.disinformasi': 'disinformation',
  'issue.category.pemberitaan_negatif': 'negative coverage',
  'issue.category.keluhan_publik': 'public complaint',
  'issue.category.pertanyaan_media': 'media question',
  'issue.category.pemberitaan': 'coverage',
  'issue.level.rendah': 'low',
  'issue.level.sedang': 'medium',
  'issue.level.tinggi': 'high',
  'issue.outcome.klarifikasi_terbit': 'clarification published',
  'issue.outcome.tidak_perlu_tanggapan': 'no response needed',
  'issue.outcome.dilaporkan_ke_platform': 'reported to the platform',
  'issue.outcome.lainnya': 'other',

  'issue.opened': '🚨 *Issue #{number}* logged — {category}, level *{level}*.',
  'issue.opened_screenshot': 'Screenshot attached.',
  'issue.opened_mention': '{people}: please assign it with */issue {number} assign CODE*.',
  'issue.opened_ask': 'The coordinator assigns it with */issue {number} assign CODE*.',
  'issue.new_for_coordinator': '🚨 *New issue #{number}* from {reporter}:',

  'issue.assigned': '📌 *Issue #{number}* assigned to *{code}* — due *{deadline}* (in {left}).',
  'issue.assigned_mention':
    '{people}: please prepare a clarification and send it with */issue {number} answer*.',
  'issue.assigned_ask': '*{code}*: please prepare a clarification and send it with */issue {number} answer*.',
  'issue.assigned_where': 'Issue details: */issue {number}* in a private chat with the bot.',
  'issue.reassigned_from': 'Previously assigned to {code}.',
  'issue.closed': '✅ *Issue #{number}* closed: {outcome}.',

  'issue.list_empty': 'No open issues. Log one with */issue <text or link>*.',
  'issue.list_title': '*Open issues* ({count}):',
  'issue.list_more': '… and {count} more open issues, newer ones.',
  'issue.list_line': '*#{number}* [{level}] {category}: {text} — opened {age} ago — {owner}',
  'issue.list_footer': 'Details: */issue number*.',
  'issue.owner_none': 'not assigned',
  'issue.owner_left': '{code}, {left} left',
  'issue.owner_late': '{code}, {late} overdue',
  'issue.owner_answered': '{code}, answered',
  'issue.count_group': '{count} open issue(s){high}.',
  'issue.count_group_high': ' ({count} high)',
  'issue.count_where': 'Details only in a private chat with the bot: */issue*.',
  'issue.count_none': 'No open issues.',
  'issue.hidden_in_group':
    'Issue #{number} {state}. In a group, where guests read along, issue details show only in private chats: send */issue {number}* to Sinergi privately.',
  'issue.state_open': 'is still open',
  'issue.state_closed': 'is closed',

  'issue.show_title': '*Issue #{number}* — {category}, level *{level}*',
  'issue.show_status': 'Status: {status}',
  'issue.show_reporter': 'Reported by {name}, {when}',
  'issue.show_links': 'Links: {links}',
  'issue.show_screenshot': 'Attachment: screenshot ({platform}).',
  'issue.show_timeline': '*Timeline*',
  'issue.status.terbuka': 'not assigned',
  'issue.status.ditugaskan': 'assigned to {code}, due {deadline}',
  'issue.status.ditanggapi': 'answered by {code}',
  'issue.status.selesai': 'closed — {outcome}',
  'issue.event.dibuka': '{when} opened by {name}',
  'issue.event.ditugaskan': '{when} assigned to {code} by {name}',
  'issue.event.tanggapan': '{when} clarification #{item} sent by {name} ({code})',
  'issue.event.ditanggapi': '{when} clarification #{item} approved by {name}',
  'issue.event.disebar': '{when} amplified (#{item}) by {name}',
  'issue.event.selesai': '{when} closed by {name}: {detail}',

  'issue.member_only': 'Only forum members can log issues. Join first with */join CODE*.',
  'issue.text_missing': 'Write the issue after */issue*: text, a link, or both.',
  'issue.text_too_long': 'The issue text is too long (at most {max} characters).',
  'issue.too_many_links': 'At most {max} links per issue.',
  'issue.category_invalid': 'Unknown kind *{written}*. Choose: {choices}.',
  'issue.category_invalid_suggest': 'Kind *{written}*? Did you mean *{suggestion}*? Nothing was saved.',
  'issue.level_invalid': 'Unknown level *{written}*. Choose: {choices}.',
  'issue.level_invalid_suggest': 'Level *{written}*? Did you mean *{suggestion}*? Nothing was saved.',
  'issue.outcome_missing': 'Write the outcome: {choices}.',
  'issue.outcome_invalid': 'Unknown outcome *{written}*. Choose: {choices}.',
  'issue.outcome_invalid_suggest': 'Outcome *{written}*? Did you mean *{suggestion}*?',
  'issue.outcome_note_missing': 'For *lainnya*, add a note: */issue 5 close other: settled by phone*.',
  'issue.outcome_too_long': 'The outcome note is too long (at most {max} characters).',
  'issue.code_missing': 'Name the owning agency: */issue {number} assign DINKES*.',
  'issue.already_closed': 'Issue *#{number}* is already closed.',
  'issue.not_yours': 'Only the coordinator or the assigned agency can close issue *#{number}*.',
  'issue.agency_archived': 'Agency *{code}* was removed from the forum.',
  'issue.not_assigned':
    'Issue *#{number}* is not assigned yet. The coordinator assigns it first: */issue {number} assign CODE*.',
  'issue.answer_not_yours':
    'The clarification of issue *#{number}* comes from {code} (the assigned agency) or the coordinator.',
  'issue.answer_body_missing':
    'Write the clarification under the command, for example:\n/issue {number} answer\nTitle: Clarifying the vaccine hoax\nText: That information is false…\nPlatform: IG, FB',
  'issue.answer_too_long': 'The clarification is too long (at most {max} characters).',
  'issue.answer_title_too_long': 'The clarification title is too long (at most {max} characters).',
  'issue.answer_title': 'Clarification of issue #{number}',
  'issue.answer_submitted':
    '📝 *Clarification of issue #{number}* submitted as content *#{draft}* (urgent): {title}.',
  'issue.answer_mention':
    '{people}: please review it now with */approve {draft}*; the text: */content {draft}* in a private chat.',
  'issue.answer_ask': 'The coordinator reviews it with */approve {draft}*.',
  'issue.answer_for_coordinator':
    '📝 *Clarification of issue #{number}* from {name} ({code}) awaits review — content *#{draft}*: {title}',
  'issue.answered': 'Issue *#{number}* is now *answered*.',
  'issue.answered_closed': 'Issue *#{number}* is already closed; this approval is noted in its history.',
  'issue.answered_by_previous':
    'This clarification is from {previous}; issue *#{number}* is now assigned to *{code}* and still waits for a clarification from {code}.',
  'issue.reminder_halfway':
    '⏳ *Issue #{number}* ({code}) — half the time is gone: due {deadline} (in {left}).',
  'issue.reminder_deadline': '⏰ *Issue #{number}* ({code}) — due now ({deadline}), no clarification yet.',
  'issue.reminder_agency_mention': '{people}: please send the clarification with */issue {number} answer*.',
  'issue.reminder_agency_ask': '*{code}*: please send the clarification with */issue {number} answer*.',
  'issue.reminder_overdue':
    '🔴 *Issue #{number}* is {late} overdue: {code} has sent no clarification (due {deadline}).',
  'issue.reminder_unassigned': '🚨 *Issue #{number}*, level high, is not assigned (opened {age} ago).',
  'issue.reminder_coordinator_mention': '{people}: assign it with */issue {number} assign CODE [deadline]*.',
  'issue.reminder_coordinator_ask': 'Coordinator: assign it with */issue {number} assign CODE [deadline]*.',
  'brief.section.issues': '🚨 *Open issues* ({count}):',
  'issue.recap_title': '*Issue response* (assigned in this period):',
  'issue.recap_line':
    '*{code}* — assigned {assigned}, answered {answered}, median {median}, overdue {overdue}',
  'issue.amplify_title': 'Clarification of issue #{number}: {title}',
  'issue.nothing_to_amplify':
    'Issue *#{number}* has no approved clarification yet. Approve it first with */approve <content number>*.',
  'issue.nothing_to_amplify_from_owner':
    'Issue *#{number}* is now assigned to *{code}*, and no clarification of {code} is approved yet; clarification #{draft} from {previous} is not shared. Approve the {code} clarification first with */approve <content number>*.',
  'export.issues_done': 'Issues {period}: {count} issue(s).\nFile: {file}',
  'export.issue.number': 'Number',
  'export.issue.opened': 'Opened',
  'export.issue.category': 'Kind',
  'export.issue.level': 'Level',
  'export.issue.text': 'Issue',
  'export.issue.links': 'Links',
  'export.issue.reporter': 'Reported by',
  'export.issue.assigned': 'Assigned',
  'export.issue.deadline': 'Deadline',
  'export.issue.first_answer': 'First clarification',
  'export.issue.status': 'Status',
  'export.issue.outcome': 'Outcome',
  'export.issue.closed': 'Closed',
}
