import type { coverageClashes as id } from '../id/coverage-clashes.js'

// The coverage desk (/cover, `Liputan: ya`) and clash warnings (`Pimpinan:`, /calendar bentrok).
export const coverageClashes: Record<keyof typeof id, string> = {
  'help.liput.summary': 'Claim coverage of an event marked Liputan: ya',
  'help.liput.details':
    '*/cover* — events of the next 7 days that ask for coverage and have nobody covering them yet.\n' +
    '*/cover 12* — your agency covers event #12 (one marked *Liputan: ya*).\n' +
    '*/cover cancel 12* — give that coverage up (the covering agency or the coordinator); the event waits for someone again.',
  'usage.liput': '/cover\n/cover 12\n/cover cancel 12',
  'usage.liput.batal': '/cover cancel 12',

  'agenda.line.covered': 'coverage: {agency}',
  'agenda.detail.covered': 'Coverage: yes, covered by {agency}',

  'coverage.claimed': 'Event *#{number}* is covered by *{agency}*. Give it up with */cover cancel {number}*.',
  'coverage.released': 'Coverage of event *#{number}* by *{agency}* given up: nobody covers it now.',
  'coverage.list': '*Nobody covering yet* ({from} – {to}):',
  'coverage.list_hint': 'Claim one with */cover number*, e.g. */cover {number}*.',
  'coverage.list_empty': 'Every event of the next 7 days that asks for coverage has someone covering it.',
  'coverage.error.no_agency': 'Coverage is claimed for an agency: join one first, e.g. */join DISKOMINFO*.',
  'coverage.error.cancelled': 'Event *#{number}* was cancelled, so it needs no coverage.',
  'coverage.error.not_requested':
    'Event *#{number}* does not ask for coverage. Its owner can mark it: */events edit {number} Liputan: ya*.',
  'coverage.error.already_yours': 'Your agency already covers event *#{number}*.',
  'coverage.error.taken':
    'Event *#{number}* is already covered by *{agency}*. If they drop it, {agency} or the coordinator gives it up with */cover cancel {number}*.',
  'coverage.error.not_claimed': 'Nobody covers event *#{number}* yet; claim it with */cover {number}*.',
  'coverage.error.not_yours':
    'Coverage of event *#{number}* is held by *{agency}*; only {agency} or the coordinator can give it up.',

  'brief.uncovered': '📣 Nobody covering yet: {numbers}. Claim one with */cover {number}*.',
  'scheduler.coverage_day_before': '📣 *Nobody covering yet tomorrow* ({date}):',
  'scheduler.coverage_day_before_hint': 'Claim one with */cover number*, e.g. */cover {number}*.',

  'agenda.detail.officials': 'Attended by: {officials}',
  'clash.error.officials_unknown':
    'Official "{value}" not recognised. Name who attends, e.g. *Pimpinan: Bupati* or *Pimpinan: Wakil Bupati, Sekda* (also Wali Kota, Gubernur, Ketua DPRD, Kapolres, Dandim, Kajari).',
  'clash.warning': '⚠️ *Clash* with another agency’s event at the same time (the event is still recorded):',
  'clash.warning_series':
    '⚠️ *Clash* with another agency’s event on these dates (checked up to {until}; the event is still recorded):',
  'clash.also': 'also {days}',
  'clash.also_more': 'also {days} and {count} more dates',
  'clash.reason.place': 'same place',
  'clash.reason.officials': '{officials} attends both',
  'clash.warning_hint': 'Coordinate with that agency, or move it: */events edit {number} Waktu: …*',

  'usage.kalender.bentrok': '/calendar clashes\n/calendar clashes minggu depan\n/calendar clashes bulan ini',
  'calendar.clashes': '*Clashes {period}* ({count}):',
  'calendar.clashes_none':
    'No clashes {period}: no events of different agencies at the same place, or with the same official, at the same time.',
  'calendar.clashes_more': '… and {count} more clashes. Narrow the period, e.g. */calendar clashes besok*.',
  'calendar.clashes_hint': 'Details: */events number*, e.g. */events {number}*.',
  'web.page.covered': 'yes, covered by {agency}',
}
