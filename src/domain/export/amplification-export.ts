import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { translatePlain } from '../../text/catalog/index.js'
import { localDateOf } from '../../time/calendar.js'
import { formatClock } from '../../time/format.js'
import type { Language } from '../../vocabulary.js'
import { instantsOfDays, type LocalDate } from '../agenda/types.js'
import { amplificationLinksOfPeriod } from '../amplification/queries.js'
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
  const rows = await amplificationLinksOfPeriod(
    db,
    workspace.id,
    instantsOfDays(period.from, period.to, zone),
  )
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
    when(row.deadlineAt),
    row.agencyCode,
    row.platform ? translatePlain(lang, `amplify.platform.${row.platform}`) : '',
    row.url ?? '',
    row.reportedAt ? when(row.reportedAt) : '',
    row.late === null ? '' : yesNo(row.late),
  ])
  return {
    csv: toCsv([header.map((key) => translatePlain(lang, key)), ...cells]),
    requests: new Set(rows.map((row) => row.requestId)).size,
    links: rows.filter((row) => row.url !== null).length,
  }
}
