import type { agenda as id } from '../id/agenda.js'

export const agenda: Record<keyof typeof id, string> = {
  'help.agenda.summary': 'Events: list, add, edit, cancel',
  'help.agenda.details':
    '*/events* — events of the next 7 days. Also */events hari ini* (today), */events besok* (tomorrow), */events minggu ini* (this week), */events minggu depan* (next week) or a date such as */events 12/1*.\n' +
    '*/events 12* — details of event #12.\n' +
    '*/events add besok 09.00 Rapat Koordinasi @ Aula Dinkes* — one line: the time first, then the title, then the place after " @ ".\n' +
    'Or paste an invitation, one key per line below */events add*:\n' +
    '`Kegiatan: Posyandu Serentak`\n' +
    '`Hari/Tanggal: {ex_date}`\n' +
    '`Waktu: 08.00 WIB s.d. selesai`\n' +
    '`Tempat: Balai Desa Kalibeber`\n' +
    '`Liputan: ya`\n' +
    '`Keterangan: dihadiri Bupati`\n' +
    'Other keys (Kepada, Pakaian, Narahubung, …) are kept in the notes. The coordinator writes *Instansi: POLRES* for another agency’s event, and *Arsip: ya* to record an activity that already took place (for recaps).\n' +
    '*/events edit 12 Waktu: 10.00* — change one key. Several keys: one per line below */events edit 12*. A time alone keeps the date; a date alone keeps the time. A - clears the place or the notes (*Waktu: -* makes it all-day).\n' +
    '*/events cancel 12 postponed* — cancel; the event stays on record, marked cancelled.\n' +
    'Events are edited or cancelled by members of the agency that owns them, or by the coordinator.',
  'usage.agenda': '/events\n/events besok\n/events minggu depan\n/events 12',
  'usage.agenda.tambah':
    '/events add besok 09.00 Rapat Koordinasi @ Aula Dinkes\nor:\n/events add\nKegiatan: Rapat Koordinasi\nHari/Tanggal: {ex_date}\nWaktu: 09.00 WIB\nTempat: Aula Dinkes',
  'usage.agenda.ubah': '/events edit 12 Waktu: 10.00\nor:\n/events edit 12\nTempat: Aula Setda\nLiputan: ya',
  'usage.agenda.batal': '/events cancel 12 postponed to next week',

  'agenda.added': 'Event *#{number}* recorded:',
  'agenda.edited': 'Event *#{number}* changed:',
  'agenda.cancelled': 'Event *#{number}* cancelled. It stays on record, marked cancelled.',
  'agenda.archived_note': '_Recorded as an archive of a past activity._',
  'agenda.kept_keys': 'Kept in the notes: {keys}.',
  'agenda.check_early_hour':
    '⚠️ {time} is before 06:00. Is that right? If you meant the afternoon or evening: */events edit {number} Waktu: {suggestion}*',
  'agenda.fix_hint':
    'Anything wrong? Fix it with */events edit {number} Tempat: …* (or Kegiatan, Tanggal, Waktu, Liputan, Keterangan), cancel with */events cancel {number}*.',
  'agenda.all_day': 'all day',
  'agenda.daily': '{time} daily',
  'agenda.line.coverage': 'coverage: nobody yet',
  'agenda.status.terjadwal': 'scheduled',
  'agenda.status.selesai': 'done',
  'agenda.status.batal': 'cancelled',
  'agenda.detail.title': '*#{number} {title}*',
  'agenda.detail.date': 'Date: {date}',
  'agenda.detail.time': 'Time: {time}',
  'agenda.detail.place': 'Place: {place}',
  'agenda.detail.agency': 'Agency: {code} ({name})',
  'agenda.detail.coverage_yes': 'Coverage: yes, nobody covering yet',
  'agenda.detail.coverage_no': 'Coverage: no',
  'agenda.detail.notes': 'Notes: {notes}',
  'agenda.detail.status': 'Status: {status}',
  'agenda.detail.cancel_reason': 'Reason for cancelling: {reason}',

  'agenda.list.upcoming': '*Events in the next 7 days* ({from} – {to}):',
  'agenda.list.period': '*Events {period}*:',
  'agenda.list.empty_upcoming':
    'No events in the next 7 days yet. Add one with */events add besok 09.00 Title @ Place*.',
  'agenda.list.empty_period': 'No events for {period}.',
  'agenda.list.more': '… and {count} more. Narrow it down with */events besok* or */events 12/1*.',
  'agenda.list.hint': 'Details: */events number*, for example */events {number}*.',

  'agenda.error.nothing': 'Write the time and the title of the event.',
  'agenda.error.title_missing': 'The title cannot be empty.',
  'agenda.error.title_missing_key':
    'The title is missing. Write *Kegiatan:* (or Acara, Judul). Nothing was saved.',
  'agenda.error.title_missing_line': 'The title is missing: write it after the time.',
  'agenda.error.title_too_long': 'The title is too long (at most {max} characters).',
  'agenda.error.location_too_long': 'The place is too long (at most {max} characters).',
  'agenda.error.notes_too_long': 'The notes are too long (at most {max} characters).',
  'agenda.error.date_missing':
    'The date is missing. Write it, such as *besok 09.00* (tomorrow), *12/1 09.00*, or a line *Tanggal: 12/1*.',
  'agenda.error.when_first': 'Write the date and time before the title: "{part}" is not a date or time.',
  'agenda.error.mixed_forms':
    'Write the time and title on the first line, or everything as keys (Kegiatan, Tanggal, Waktu) below */events add*, not both.',
  'agenda.error.yes_no_invalid': '{key} "{value}" is not understood: write *ya* (yes) or *tidak* (no).',
  'agenda.error.past':
    'The date *{date}* has passed, so the item was not saved. Please check the date. To record an activity that already took place (for recaps), the coordinator adds the line *Arsip: ya*.',
  'agenda.error.past_next_year':
    'The date *{date}* has passed, so the item was not saved. Did you mean next year, *{next}*? To record an activity that already took place (for recaps), the coordinator adds the line *Arsip: ya*.',
  'agenda.error.archive_coordinator':
    '*Arsip: ya* (recording a past activity) is for the coordinator only. Remove that line and write a date ahead.',
  'agenda.error.duplicate':
    'This item is already recorded as *#{number}* (same title, time and agency), so it was not added again. See it with */agenda {number}*, change it with */agenda ubah {number} …*.',
  'agenda.error.agency_unknown': 'There is no agency *{code}* in this forum. See the list with */agency*.',
  'agenda.error.agency_other':
    'You can only record events of your own agency ({own}). Other agencies’ events are recorded by their members or the coordinator.',
  'agenda.error.agency_required':
    'You are a coordinator without an agency: name the agency with an *Instansi: CODE* line in the key form, such as Instansi: DINKES.',
  'agenda.error.not_owner':
    'Event *#{number}* belongs to *{agency}*. Only members of {agency} or the coordinator can change or cancel it.',
  'agenda.error.already_cancelled': 'Event *#{number}* was already cancelled.',
  'agenda.error.cancelled_no_edit':
    'Event *#{number}* is cancelled, so it cannot be changed. If it takes place after all, add a new event.',
  'agenda.error.edit_nothing':
    'Write what changes as *Key: value*, for example */events edit {number} Tempat: Aula Setda*.',
  'agenda.error.edit_line':
    'The line "{line}" has no key. Write *Key: value*, for example */events edit {number} Waktu: besok 10.00*. Nothing was changed.',
  'agenda.error.period':
    'Period "{text}" is not understood. Try *hari ini* (today), *besok* (tomorrow), *minggu ini* (this week), *minggu depan* (next week), a date such as *12/1*, or an event number.',

  'agenda.when.missing':
    'The date/time is missing. Write *Tanggal:* (such as 12/1) and *Waktu:* (such as 09.00).',
  'agenda.when.invalid_date': 'The date "{part}" does not exist.',
  'agenda.when.invalid_time': 'The time "{part}" is not valid.',
  'agenda.when.weekday_mismatch': 'The day "{part}" does not match the date: that date is a {weekday}.',
  'agenda.when.not_understood': 'The part "{part}" could not be read as a date or time.',
  'agenda.when.hour_missing': '"{part}" has no hour: add it, e.g. *besok pagi jam 8* or *besok 08.00*.',
  'agenda.when.day_part_mismatch':
    'The time "{part}" does not fit its part of the day (pagi 01–11, siang 11–15, sore 15–18, malam 18–03). Write e.g. *jam 4 sore* or *16.00*.',
  'agenda.when.approximate_time': 'The time "{part}" is not exact: write the exact time, e.g. *09.00*.',
  'agenda.when.misplaced_time':
    'The time "{part}" is inside the title: put the date and time first, e.g. */agenda tambah besok 09.00 Rapat @ Aula*.',

  'numbers.not_found': 'There is no item *#{number}* in this forum.',
  'numbers.other_kind.agenda': '*#{number}* is an event — see it with */events {number}*.',
  'numbers.other_kind.konten': '*#{number}* is a content draft — see it with */content {number}*.',
  'numbers.other_kind.narasi': '*#{number}* is a key message — see it with */keymessage*.',
  'numbers.other_kind.pengingat': '*#{number}* is a reminder — see it with */remind*.',
}
