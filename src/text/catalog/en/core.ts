import type { core as id } from '../id/core.js'

export const core: Record<keyof typeof id, string> = {
  'core.error.generic': 'Sorry, something went wrong on Sinergi’s side. Please try again shortly.',
  'core.private_unreachable':
    '{person}, Sinergi cannot message you privately on this platform. Please ask your forum coordinator.',
  'core.error.example': 'Example:',
  'core.error.bad_arguments': 'The *{command}* command is incomplete or wrong.',
  'core.error.item_number': 'An item number must be a number, such as *12* or *#12*.',
  'core.error.text_required': 'The text is empty.',
  'core.error.too_long': 'The text is too long.',
  'core.form.typo': '`{written}`? Did you mean `{suggestion}`? Nothing was saved.',
  'core.form.typos': '{count} keys look mistyped: {list}. Fix them all and send again; nothing was saved.',
  'core.form.duplicate': 'The key *{key}* is written twice. Nothing was saved.',
  'core.unknown_command': 'Unknown command */{written}*.',
  'core.unknown_command_suggest': 'Unknown command */{written}*. Did you mean */{suggestion}*?',
  'core.unknown_command_help': 'Type */help* for the list of commands.',
  'core.age.minutes': '{n} min',
  'core.age.hours': '{n} h',
  'core.late_done': '_(This command arrived late, {age}, and was still carried out.)_',
  'core.late_refused':
    'The */{command}* command arrived more than 24 hours late, so it was not carried out. Send it again if still needed.',
  'core.denied.coordinator': 'Only the forum coordinator may use this command.',
  'core.denied.admin': 'Only an agency admin or the coordinator may use this command.',
  'core.denied.agency':
    'You have not joined an agency yet. Join first with */join CODE*, for example */join DINKES*.',
  'core.denied.member':
    'Only agency members of this forum may use this command. Join first with */join CODE*.',
  'core.denied.group_admin': 'Only an admin of this group may use this command.',
  'core.denied.group_only': 'This command works in groups only.',
  'core.denied.private_only': 'This command works in a private chat with Sinergi only.',
  'core.no_workspace.group':
    'This group is not linked to a forum yet. A group admin can type */setup Forum Name* or */link CODE*.',
  'core.no_workspace.private':
    'You are not in any forum yet. Use commands in your forum’s group, or ask the coordinator to add you.',
  'core.choose_workspace': 'You belong to several forums. Choose one first with */forum Forum Name*:',
}
