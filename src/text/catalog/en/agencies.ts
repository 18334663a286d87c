import type { agencies as id } from '../id/agencies.js'

export const agencies: Record<keyof typeof id, string> = {
  'help.instansi.summary': 'Agencies and how many members each has',
  'help.instansi.details':
    '*/agency* — this forum’s agencies with member counts (*/agency 2* for the next page).\n*/agency DINKES* — the members of one agency.\nCoordinator:\n*/agency add DINKES Dinas Kesehatan opd* — add an agency. Kinds: opd, vertikal, bumn, bumd, lainnya (default: lainnya).\n*/agency remove DINKES* — archive an agency; its events and content stay, its members are released. Add the code again to restore it.',
  'usage.instansi': '/agency\n/agency DINKES\n/agency add DINKES Dinas Kesehatan opd',
  'usage.instansi.tambah':
    '/agency add DINKES Dinas Kesehatan opd\n/agency add POLRES Kepolisian Resor Wonosobo vertikal',
  'usage.instansi.hapus': '/agency remove DINKES',

  'agency.kind.opd': 'OPD',
  'agency.kind.vertikal': 'Vertical',
  'agency.kind.bumn': 'BUMN',
  'agency.kind.bumd': 'BUMD',
  'agency.kind.lainnya': 'Other',
  'agency.list_title': '*Agencies of {forum}* ({total}):',
  'agency.list_item': '*{code}* — {name} ({kind}) · {members} people',
  'agency.list_next': 'Page {page} of {pages}. Next: */agency {next}*',
  'agency.list_page': 'Page {page} of {pages}.',
  'agency.list_archived': '{count} archived agencies are not shown.',
  'agency.list_footer': 'Join your agency with */join CODE*, for example */join {code}*.',
  'agency.list_empty':
    'This forum has no agencies yet. The coordinator adds them, for example */agency add DINKES Dinas Kesehatan opd*.',
  'agency.page_out_of_range': 'The agency list has only {pages} pages.',
  'agency.detail_title': '*{code}* — {name} ({kind})',
  'agency.detail_members': 'Members ({total}):',
  'agency.detail_member': '{name} · {role}',
  'agency.detail_more': '… and {count} more.',
  'agency.detail_empty': 'No members yet. This agency’s PR officers can type */join {code}*.',
  'agency.detail_archived':
    'Agency *{code}* — {name} is archived. The coordinator can restore it with */agency add {code} {name}*.',

  'agency.code_required': 'Write the agency code, for example *DINKES*.',
  'agency.code_invalid':
    'The code "{code}" cannot be used: a code starts with a letter, then letters, digits or -, 2–20 long, for example *DINKES* or *POLRES-WSB*.',
  'agency.name_required':
    'Write the agency’s full name after the code, for example */agency add {code} Dinas Kesehatan opd*.',
  'agency.name_length': 'An agency name must be 2–160 characters.',
  'agency.kind_invalid': 'Unknown kind "{kind}". Choose opd, vertikal, bumn, bumd or lainnya.',
  'agency.form_unknown':
    'The key *{key}* is not used for agencies; use Kode, Nama, Jenis. Nothing was saved.',
  'agency.exists': 'Agency *{code}* already exists: {name}.',
  'agency.added':
    'Agency added: *{code}* — {name} ({kind}).\nIts PR officers join with */join {code}*.\nWrong name or kind? */agency remove {code}*, then add it again with the right details.',
  'agency.restored': 'Agency *{code}* restored from the archive: {name} ({kind}).',
  'agency.rejoined': '{count} people who belonged to it when it was archived are members again.',
  'agency.archived_done': 'Agency *{code}* — {name} archived. Its events and content stay.',
  'agency.released':
    '{count} people were released from it (coordinators stay coordinators); they can */join* another agency.',
  'agency.archive_undo': 'A mistake? Restore it with */agency add {code} {name}*; its members come back too.',
  'agency.not_found': 'There is no agency *{code}* in this forum. See the list with */agency*.',
  'agency.not_found_suggest': 'There is no agency *{code}* in this forum. Did you mean *{suggestion}*?',
  'agency.already_archived': 'Agency *{code}* was already archived.',
  'agency.archived':
    'Agency *{code}* is archived, so it cannot be joined. See the active agencies with */agency*.',

  'help.gabung.summary': 'Join your agency',
  'help.gabung.details':
    'Type */join CODE* in the forum group, for example */join DINKES*. Agency codes are listed by */agency*.\nA person belongs to one agency per forum: joining another moves you. The agency’s admins and the coordinator are told.',
  'usage.gabung': '/join DINKES',
  'membership.join_code_required':
    'Write your agency’s code, for example */join DINKES*. The codes: */agency*.',
  'membership.joined': '{person} is now a member of *{code}* — {name}.',
  'membership.joined_coordinator':
    '{person} stays the forum’s coordinator and now also belongs to *{code}* — {name}.',
  'membership.moved': 'Moved from *{previous}*: a person belongs to one agency per forum.',
  'membership.moved_admin':
    'Moved from *{previous}* (an admin there): a person belongs to one agency per forum.',
  'membership.told': 'For your information: {people}',
  'membership.join_next': 'Add events with */events add*. Wrong agency? */leave* or */join OTHER-CODE*.',
  'membership.already_in': 'You already belong to *{code}* — {name}.',

  'help.keluar.summary': 'Leave your agency',
  'help.keluar.details':
    'Type */leave* to leave your agency. A coordinator who leaves their agency stays coordinator; the last coordinator cannot give up the role.',
  'usage.keluar': '/leave',
  'membership.leave_none': 'You do not belong to any agency, so there is nothing to leave.',
  'membership.left': 'You left *{code}* — {name}. Join again any time with */join CODE*.',
  'membership.left_coordinator': 'You left *{code}* — {name} and stay the forum’s coordinator.',
  'membership.stepped_down':
    'You are no longer a coordinator of this forum. Another coordinator can give the role back with */role @name coordinator*.',
  'membership.last_coordinator_leave':
    'You are this forum’s only coordinator, so you cannot give up the role yet. Name another coordinator first with */role @name coordinator*.',

  'help.keluarkan.summary': 'Remove someone from an agency',
  'help.keluarkan.details':
    'Name the person with an @mention, by replying to their message, or by their username: */remove @budi*.\nAn agency admin removes members of their own agency; the coordinator anyone.',
  'usage.keluarkan': '/remove @budi',
  'membership.not_in_agency': '{name} does not belong to any agency.',
  'membership.remove_other_agency':
    '{name} belongs to *{code}*, not to your agency (*{own}*). Only the coordinator can remove them.',
  'membership.remove_coordinator':
    '{name} is a coordinator of the forum; only a coordinator can remove them from an agency.',
  'membership.removed': '{person} was removed from *{code}* — {name}.',
  'membership.removed_coordinator':
    '{person} was removed from *{code}* — {name} and stays the forum’s coordinator.',
  'membership.removed_undo': 'If this was a mistake, they can join again with */join {code}*.',

  'help.peran.summary': 'Set a role: coordinator, admin, member',
  'help.peran.details':
    'The coordinator types */role @budi admin* (or replies to the person’s message with */role admin*). Roles: *koordinator* (runs the forum), *admin* (agency admin: may remove members of their agency), *anggota* (member).\nAdmins and members must already belong to an agency (*/join CODE*). The last coordinator cannot be demoted.',
  'usage.peran': '/role @budi admin\n/role @sari coordinator',
  'membership.role.koordinator': 'coordinator',
  'membership.role.admin': 'admin',
  'membership.role.anggota': 'member',
  'membership.role_missing': 'Write the role: *coordinator*, *admin* or *member*.',
  'membership.role_invalid': 'Unknown role "{role}". Choose *coordinator*, *admin* or *member*.',
  'membership.role_needs_agency':
    '{name} does not belong to an agency yet. Ask them to join first with */join CODE*, then try again.',
  'membership.last_coordinator_demote':
    '{name} is this forum’s only coordinator. Name another coordinator first with */role @name coordinator*.',
  'membership.role_set_coordinator': '{person} is now a *coordinator* of {forum}.',
  'membership.role_set_admin': '{person} is now an *admin* of *{code}* — {name}.',
  'membership.role_set_member': '{person} is now a *member* of *{code}* — {name}.',
  'membership.role_agency_kept': 'Still belongs to *{code}* — {name}.',
  'membership.role_was': 'Before: {role}.',
  'membership.role_unchanged': '{person} already is {role}.',

  'person.missing': 'Name the person: an @mention, a reply to their message, or their username.',
  'person.several_mentions': 'Name just one person.',
  'person.not_found':
    'Sinergi does not know "{name}" in this forum. Use an @mention or reply to their message.',
  'person.ambiguous': '{count} people match "{name}". Use an @mention or reply to their message.',

  'help.pengingat.summary': 'See or set when events are reminded',
  'help.pengingat.details':
    '*/reminders* shows when events are reminded. The coordinator sets them:\n*/reminders agenda D-1 16.00* — the day before at 16.00.\n*/reminders agenda 60 minutes* — before an event starts (5 minutes to 24 hours; *2 hours* works too).\n*/reminders agenda D-1 off*, */reminders agenda minutes off* — switch one off; *on* switches it back on.',
  'usage.pengingat': '/reminders agenda D-1 16.00\n/reminders agenda 60 minutes\n/reminders agenda D-1 off',
  'offsets.title': '*Event reminders* of this forum:',
  'offsets.day_before_on': 'The day before (D-1) at {time}',
  'offsets.day_before_off': 'The day before (D-1): off',
  'offsets.minutes_on': '{duration} before the event starts (all-day events get only D-1)',
  'offsets.minutes_off': 'Before the event starts: off',
  'offsets.hint':
    'The coordinator changes them, for example */reminders agenda D-1 16.00* or */reminders agenda 60 minutes*.',
  'offsets.changed': 'Event reminders changed. Now:',
  'offsets.duration_minutes': '{n} minutes',
  'offsets.duration_hours': '{n} hours',
  'offsets.not_understood': 'Could not understand "{text}".',
  'offsets.time_invalid': 'The time "{text}" cannot be used. Write, for example, *16.00*.',
  'offsets.time_zone':
    'Reminder times follow the forum’s zone ({zone}); write them without a zone, for example *16.00*.',
  'offsets.minutes_range':
    'The reminder before an event must be between 5 minutes and 24 hours (1440 minutes).',
  'offsets.only_agenda':
    'Only event reminders can be set. Content reminders follow the planned publish time.',
}
