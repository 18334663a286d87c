import type { reports as id } from '../id/reports.js'

export const reports: Record<keyof typeof id, string> = {
  'help.rekap.summary': 'Recap per agency: agenda, content, punctuality',
  'help.rekap.details':
    '*/recap* — this month.\n*/recap this week*, */recap last month*, */recap December*, */recap {ex_past_month_year}*.\nPer agency: agenda items, content submitted / approved / published, and on time (published on or before the planned day ÷ all published).',
  'usage.rekap': '/recap\n/recap this week\n/recap December',
  'recap.title': '*Recap {period}*',
  'recap.no_agencies':
    'This forum has no agencies yet. The coordinator adds them with */agency add CODE Name*.',
  'recap.nothing': 'No agenda items and no content in this period.',
  'recap.agency': '*{code}*',
  'recap.agency_archived': '*{code}* (archived)',
  'recap.figures':
    '{agenda} agenda · content {submitted} submitted → {approved} approved → {published} published · on time {on_time}',
  'recap.more': '… and {count} more agencies. The coordinator can download everything with */export*.',
  'recap.idle': 'No agenda and no content ({count}): {codes}',
  'recap.total': '*Total:*',
  'recap.legend': '_Content counts by its planned day; on time = published no later than that day._',

  'help.ekspor.summary': 'Download one period’s agenda and content as CSV (Excel)',
  'help.ekspor.details':
    '*/export* — this month; */export last week*, */export December*, */export this year*.\nA semicolon-separated (;) CSV file that opens cleanly in Excel: number, kind, date, time, title, agency, place, status, platforms, links.',
  'usage.ekspor': '/export\n/export December\n/export last week',
  'export.empty': 'No agenda items and no content in {period}, so there is no file.',
  'export.done':
    'Export {period}: {agenda} agenda items, {content} content items.\nFile: {file} (CSV, semicolon-separated, opens in Excel).',
  'export.kind.agenda': 'agenda',
  'export.kind.content': 'content',
  'export.column.number': 'Number',
  'export.column.kind': 'Kind',
  'export.column.date': 'Date',
  'export.column.end_date': 'Until date',
  'export.column.time': 'Time ({zone})',
  'export.column.title': 'Title',
  'export.column.agency': 'Agency',
  'export.column.agency_name': 'Agency name',
  'export.column.place': 'Place',
  'export.column.status': 'Status',
  'export.column.platforms': 'Platforms',
  'export.column.links': 'Links',
}
