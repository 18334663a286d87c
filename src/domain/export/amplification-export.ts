import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { translatePlain } from '../../text/catalog/index.js'
import { localDateOf } from '../../time/calendar.js'
import { formatClock } from '../../time/format.js'
import type { Language } from '../../vocabulary.js'
import { instantsOfDays, type LocalDate } from '../agenda/types.js'
import { neutralizeFormula, toCsv } from './csv.js'

/** What `/ekspor` adds for amplification: the file's text, how many requests and links it holds. */
export interface AmplificationExport {
  readonly csv: string
  readonly requests: number
  readonly links: number
}

/**
 * The amplification requests (not cancelled) whose deadline falls in the period, as CSV: one row per
 * reported link (request, agency, platform, link, reported at, late), and one row with an empty link
 * for each asked agency that reported nothing, so the file shows who did not as well.
 */
export async function exportAmplification(
  db: Kysely<Database>,
  workspace: { id: number; timezone: string; language: Language },
  period: { from: LocalDate; to: LocalDate },
): Promise<AmplificationExport> {
  const zone = workspace.timezone
  const lang = workspace.language
  const { start, end } = instantsOfDays(period.from, period.to, zone)
  const rows = await db
    .selectFrom('amplification_requests as r')
    .innerJoin('amplification_targets as t', 't.request_id', 'r.id')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .leftJoin('amplification_reports as rep', (join) =>
      join.onRef('rep.request_id', '=', 't.request_id').onRef('rep.agency_id', '=', 't.agency_id'),
    )
    .select([
      'r.id',
      'r.number',
      'r.title',
      'r.deadline_at',
      'a.code',
      'rep.platform',
      'rep.url',
      'rep.reported_at',
      'rep.late',
    ])
    .where('r.workspace_id', '=', workspace.id)
    .where('r.status', '!=', 'batal')
    .where('r.deadline_at', '>=', start)
    .where('r.deadline_at', '<', end)
    .orderBy('r.deadline_at')
    .orderBy('r.number')
    .orderBy('a.code')
    .orderBy('rep.reported_at')
    .orderBy('rep.id')
    .execute()
  const when = (instant: Date) => `${localDateOf(instant, zone)} ${formatClock(instant, zone, lang)}`
  const yesNo = (value: boolean) => translatePlain(lang, value ? 'export.yes' : 'export.no')
  const header = [
    'export.amplification.request',
    'export.amplification.title',
    'export.amplification.deadline',
    'export.column.agency',
    'export.column.platforms',
    'export.amplification.link',
    'export.amplification.reported_at',
    'export.amplification.late',
  ] as const
  const cells = rows.map((row) => [
    String(row.number),
    neutralizeFormula(row.title),
    when(row.deadline_at),
    row.code,
    row.platform ? translatePlain(lang, `amplify.platform.${row.platform}`) : '',
    row.url ?? '',
    row.reported_at ? when(row.reported_at) : '',
    row.late === null ? '' : yesNo(row.late),
  ])
  return {
    csv: toCsv([header.map((key) => translatePlain(lang, key)), ...cells]),
    requests: new Set(rows.map((row) => row.id)).size,
    links: rows.filter((row) => row.url !== null).length,
  }
}
