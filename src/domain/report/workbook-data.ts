import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { type AgendaItem, instantsOfDays } from '../agenda/types.js'
import { type AmplificationLinkRow, amplificationLinksOfPeriod } from '../amplification/queries.js'
import { linksOfDrafts } from '../calendar/links.js'
import type { Period } from '../calendar/period.js'
import { listDraftsOfPeriod } from '../content/queries.js'
import type { ContentDraft } from '../content/types.js'
import type { Issue } from '../issues/types.js'
import { issuesOpenedBetween } from './issue-figures.js'

/** The rows behind the workbook's detail sheets: what the figures of the summary were counted from. */
export interface ReportDetails {
  /** Every agenda item of the period, cancelled ones too (marked). */
  readonly agenda: readonly AgendaItem[]
  /** Every draft of the period whatever its status, with its published links. */
  readonly drafts: readonly (ContentDraft & { readonly links: readonly string[] })[]
  readonly amplification: readonly AmplificationLinkRow[]
  /** Issues opened in the period. */
  readonly issues: readonly Issue[]
}

export async function reportDetails(
  db: Kysely<Database>,
  workspaceId: number,
  period: Period,
  zone: string,
): Promise<ReportDetails> {
  const instants = instantsOfDays(period.from, period.to, zone)
  const agenda = await listAgendaBetween(db, workspaceId, period.from, period.to, zone)
  const drafts = await listDraftsOfPeriod(db, workspaceId, instants.start, instants.end)
  const links = await linksOfDrafts(
    db,
    drafts.map((draft) => draft.id),
  )
  const amplification = await amplificationLinksOfPeriod(db, workspaceId, instants)
  const issues = await issuesOpenedBetween(db, workspaceId, instants)
  return {
    agenda,
    drafts: drafts.map((draft) => ({ ...draft, links: links.get(draft.id) ?? [] })),
    amplification,
    issues,
  }
}
