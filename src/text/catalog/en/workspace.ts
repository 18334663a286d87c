import type { workspace as id } from '../id/workspace.js'

export const workspace: Record<keyof typeof id, string> = {
  'help.bantuan.summary': 'The commands, or detailed help for one',
  'help.bantuan.details':
    '*/help* — the commands you may use.\n*/help events* — explanation and examples for one command.',
  'usage.bantuan': '/help\n/help events',
  'help.title': '*Sinergi commands* for you:',
  'help.footer': 'Type */help command-name* for examples, such as */help events*.',
  'help.unknown': 'There is no */{name}* command.',
  'help.aliases': 'Also: {aliases}',

  'help.aktifkan.summary': 'Activate Sinergi in this group as a new forum',
  'help.aktifkan.details':
    'A group admin types */setup Forum Name* in a group not linked yet. Sinergi creates the forum, links this group and makes you its coordinator.',
  'usage.aktifkan': '/setup Bakohumas Kabupaten Wonosobo',
  'workspace.name_required': 'Write the forum’s name (2–120 letters).',
  'workspace.activated':
    'Forum *{name}* is active in this group. You are its coordinator.\nTime zone: {zone}. Change it with */timezone WITA* if needed.\nNext: add agencies, e.g. */agency add DINKES Dinas Kesehatan opd*, then ask each agency’s PR officer to type */join DINKES*.',
  'workspace.already_linked':
    'This group is already linked to a forum. Unlink it first with */unlink* to move it.',

  'help.kode.summary': 'One-time code to link another group to this forum',
  'help.kode.details':
    'The coordinator types */code*. The code arrives in a private chat and is valid for 24 hours. In the other group (WhatsApp or Telegram) a group admin types */link CODE*.',
  'usage.kode': '/code',
  'workspace.code':
    'Link code for forum *{name}*: `{code}`\nValid until {expires}. In the other group type: */link {code}*',
  'workspace.code_sent_privately': 'The link code has been sent to you in a private chat.',

  'help.hubungkan.summary': 'Link this group to an existing forum',
  'help.hubungkan.details': 'A group admin types */link CODE* with a code from the coordinator (*/code*).',
  'usage.hubungkan': '/link ABCD-EFGH',
  'workspace.code_required': 'Write the link code from the coordinator.',
  'workspace.code_invalid':
    'That code is unknown or already used. Ask the coordinator for a new one (*/code*).',
  'workspace.code_expired':
    'That code has expired (codes last 24 hours). Ask the coordinator for a new one (*/code*).',
  'workspace.linked':
    'This group is now linked to forum *{name}*. All of the forum’s groups share one calendar.',

  'help.putuskan.summary': 'Unlink this group from the forum',
  'help.putuskan.details':
    'The coordinator types */unlink* in the group. Its agenda and content history stays with the forum.',
  'usage.putuskan': '/unlink',
  'workspace.unlinked': 'This group is no longer linked to forum *{name}*. Its history stays with the forum.',

  'help.ambilalih.summary': 'Take over as coordinator when none is in the group',
  'help.ambilalih.details':
    'When no coordinator of the forum is in this group, a group admin may type */takeover* to become coordinator.',
  'usage.ambilalih': '/takeover',
  'workspace.takeover_refused':
    'This forum still has a coordinator in this group ({names}). Ask them to set roles with */role*.',
  'workspace.takeover_done': 'You are now coordinator of forum *{name}*.',

  'help.forum.summary': 'Choose the forum for this private chat',
  'help.forum.details':
    'If you belong to several forums, type */forum Forum Name* in a private chat to choose one.',
  'usage.forum': '/forum Bakohumas Kabupaten Wonosobo',
  'workspace.forum_current': 'Forum in this chat: *{name}*.',
  'workspace.forum_none': 'You do not belong to any forum yet.',
  'workspace.forum_list': 'Your forums:',
  'workspace.forum_not_found': 'You do not belong to a forum named "{name}".',
  'workspace.forum_ambiguous': '"{name}" matches several forums. Write more of the name.',
  'workspace.forum_chosen': 'This chat now uses forum *{name}*.',

  'help.zona.summary': 'Show or change the forum’s time zone',
  'help.zona.details':
    '*/timezone* shows the forum’s zone. The coordinator changes it with */timezone WIB*, *WITA*, *WIT* or an IANA name such as */timezone Asia/Makassar*.',
  'usage.zona': '/timezone WITA',
  'workspace.zone_current': 'Forum time zone: *{zone}* ({iana}).',
  'workspace.zone_invalid':
    'Unknown zone "{zone}". Use WIB, WITA, WIT, or an IANA name such as Asia/Makassar.',
  'workspace.zone_changed':
    'The forum’s time zone is now *{zone}* ({iana}). All-day items do not move; times show in the new zone.',

  'help.bahasa.summary': 'Show or change Sinergi’s language in this forum',
  'help.bahasa.details':
    '*/language* shows the forum’s language. The coordinator changes it with */language id* or */language en*.',
  'usage.bahasa': '/language id',
  'workspace.language_current': 'Forum language: *{language}*.',
  'workspace.language_invalid': 'Available languages: *id* (Indonesian) and *en* (English).',
  'workspace.language_changed': 'The forum’s language is now *English*.',
}
