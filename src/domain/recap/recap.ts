import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { localDateOf } from '../../time/calendar.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { instantsOfDays, type LocalDate } from '../agenda/types.js'
import { type AgencyAmplification, amplificationByAgency } from '../amplification/queries.js'
import { draftInPeriod } from '../content/queries.js'

/** One agency's activity in a period (SPEC §2 `/rekap`). */
export interface AgencyRecap {
  readonly agencyId: number
  readonly code: string
  readonly name: string
  readonly archived: boolean
  /** Agenda items on the period's days, cancelled ones left out. */
  readonly agenda: number
  /** Drafts of the period that reached review: every status but withdrawn (`dibatalkan`). */
  readonly submitted: number
  /** Of those, approved (published ones were approved first). */
  readonly approved: number
  readonly published: number
  /** Published on or before the planned day (in the workspace zone); a draft with no plan cannot be late. */
  readonly onTime: number
  /** Amplification requests with their deadline in the period that asked it, and how it answered. */
  readonly amplification: AgencyAmplification
}

export interface Recap {
  readonly agencies: readonly AgencyRecap[]
  readonly totals: Omit<AgencyRecap, 'agencyId' | 'code' | 'name' | 'archived'>
}

/**
 * The recap of a period: every active agency (archived ones only when they had something), busiest
 * first. A draft belongs to the period of its planned day, or, when never scheduled, of the day it
 * was submitted.
 */
export async function recapPeriod(
  db: Kysely<Database>,
  workspaceId: number,
  period: { from: LocalDate; to: LocalDate },
  zone: string,
): Promise<Recap> {
  const { start, end } = instantsOfDays(period.from, period.to, zone)
  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'archived_at'])
    .where('workspace_id', '=', workspaceId)
    .execute()
  const agenda = await listAgendaBetween(db, workspaceId, period.from, period.to, zone, {
    includeCancelled: false,
  })
  const drafts = await db
    .selectFrom('content_drafts as d')
    .select(['d.agency_id', 'd.status', 'd.planned_at', 'd.published_at'])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.status', '!=', 'dibatalkan')
    .where(draftInPeriod(start, end))
    .execute()
  const amplification = await amplificationByAgency(db, workspaceId, start, end)

  const counts = new Map<
    number,
    { agenda: number; submitted: number; approved: number; published: number; onTime: number }
  >()
  const of = (agencyId: number) => {
    let entry = counts.get(agencyId)
    if (!entry) {
      entry = { agenda: 0, submitted: 0, approved: 0, published: 0, onTime: 0 }
      counts.set(agencyId, entry)
    }
    return entry
  }
  for (const item of agenda) of(item.agencyId).agenda += 1
  for (const draft of drafts) {
    const entry = of(draft.agency_id)
    entry.submitted += 1
    if (draft.status === 'disetujui' || draft.status === 'terbit') entry.approved += 1
    if (draft.status === 'terbit' && draft.published_at) {
      entry.published += 1
      if (publishedOnTime(draft.planned_at, draft.published_at, zone)) entry.onTime += 1
    }
  }

  const rows: AgencyRecap[] = agencies
    .filter((agency) => agency.archived_at === null || counts.has(agency.id) || amplification.has(agency.id))
    .map((agency) => ({
      agencyId: agency.id,
      code: agency.code,
      name: agency.name,
      archived: agency.archived_at !== null,
      ...(counts.get(agency.id) ?? { agenda: 0, submitted: 0, approved: 0, published: 0, onTime: 0 }),
      amplification: amplification.get(agency.id) ?? NO_AMPLIFICATION,
    }))
    .sort((a, b) => activity(b) - activity(a) || a.code.localeCompare(b.code))
  const totals = { agenda: 0, submitted: 0, approved: 0, published: 0, onTime: 0 }
  const amplified = { requests: 0, reported: 0, onTime: 0, links: 0 }
  for (const row of rows) {
    totals.agenda += row.agenda
    totals.submitted += row.submitted
    totals.approved += row.approved
    totals.published += row.published
    totals.onTime += row.onTime
    amplified.requests += row.amplification.requests
    amplified.reported += row.amplification.reported
    amplified.onTime += row.amplification.onTime
    amplified.links += row.amplification.links
  }
  return { agencies: rows, totals: { ...totals, amplification: amplified } }
}

/** Published on or before the planned day in `zone`; a draft with no plan cannot be late. */
export function publishedOnTime(plannedAt: Date | null, publishedAt: Date, zone: string): boolean {
  return !plannedAt || localDateOf(publishedAt, zone) <= localDateOf(plannedAt, zone)
}

const NO_AMPLIFICATION: AgencyAmplification = { requests: 0, reported: 0, onTime: 0, links: 0 }

/** What an agency did: agenda items, drafts and amplification requests it reported. */
const activity = (row: AgencyRecap) => row.agenda + row.submitted + row.amplification.reported

/**
 * True when the agency did nothing in the period and was asked nothing: an agency that ignored
 * amplification requests is not idle but listed, its "sebar 0/2" showing it.
 */
export function isIdle(row: AgencyRecap): boolean {
  return activity(row) === 0 && row.amplification.requests === 0
}
