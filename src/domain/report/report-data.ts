import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { instantsOfDays } from '../agenda/types.js'
import type { AgencyAmplification } from '../amplification/queries.js'
import type { Period } from '../calendar/period.js'
import { type AgencyRecap, recapPeriod } from '../recap/recap.js'
import { type IssueFigures, issueFigures, issuesOpenedBetween, NO_ISSUES } from './issue-figures.js'
import { previousPeriod } from './previous-period.js'

/** The figures of one agency (or of the whole forum) in one period, with the rates worked out. */
export interface ReportFigures {
  readonly agenda: number
  readonly submitted: number
  readonly approved: number
  readonly published: number
  readonly onTime: number
  /** On time ÷ published; null when nothing was published (no rate rather than 0 %). */
  readonly onTimeRate: number | null
  readonly amplification: AgencyAmplification
  /** Requests reported ÷ requests asked; null when none was asked. */
  readonly amplificationRate: number | null
  /** Issues opened in the period and assigned to the agency (for the forum: all assigned ones). */
  readonly issues: IssueFigures
}

/**
 * Why an agency is listed under "perlu perhatian": nothing submitted in the period, less than
 * `ON_TIME_TARGET` of its publications on time, or amplification requests it has not reported.
 */
export type AttentionReason = 'no_activity' | 'late_publication' | 'amplification_unreported'

/** The on-time share below which an agency's publication needs attention. */
export const ON_TIME_TARGET = 0.8

export interface AgencyReport extends ReportFigures {
  readonly agencyId: number
  readonly code: string
  readonly name: string
  readonly archived: boolean
  /** The same agency in the previous period (all zero when it had nothing then). */
  readonly previous: ReportFigures
  readonly attention: readonly AttentionReason[]
}

/** `/laporan`: every agency's figures for a period beside the period before, busiest first. */
export interface Report {
  readonly period: Period
  readonly previousPeriod: Period
  readonly agencies: readonly AgencyReport[]
  readonly totals: ReportFigures
  readonly previousTotals: ReportFigures
}

type Counts = Omit<AgencyRecap, 'agencyId' | 'code' | 'name' | 'archived'>

const NOTHING: Counts = {
  agenda: 0,
  submitted: 0,
  approved: 0,
  published: 0,
  onTime: 0,
  amplification: { requests: 0, reported: 0, onTime: 0, links: 0 },
}

function figuresOf(counts: Counts, issues: IssueFigures): ReportFigures {
  const { agenda, submitted, approved, published, onTime, amplification } = counts
  return {
    agenda,
    submitted,
    approved,
    published,
    onTime,
    onTimeRate: published === 0 ? null : onTime / published,
    amplification,
    amplificationRate: amplification.requests === 0 ? null : amplification.reported / amplification.requests,
    issues,
  }
}

function attentionOf(figures: ReportFigures): AttentionReason[] {
  const reasons: AttentionReason[] = []
  if (figures.agenda === 0 && figures.submitted === 0) reasons.push('no_activity')
  if (figures.onTimeRate !== null && figures.onTimeRate < ON_TIME_TARGET) reasons.push('late_publication')
  if (figures.amplification.reported < figures.amplification.requests)
    reasons.push('amplification_unreported')
  return reasons
}

/**
 * The report of a period and the one before it, from the same counts as `/rekap` (so the two never
 * disagree): every active agency, archived ones only when they had something in the period.
 */
export async function buildReport(
  db: Kysely<Database>,
  workspaceId: number,
  period: Period,
  zone: string,
): Promise<Report> {
  const before = previousPeriod(period)
  const current = await recapPeriod(db, workspaceId, period, zone)
  const previous = await recapPeriod(db, workspaceId, before, zone)
  const issues = issueFigures(
    await issuesOpenedBetween(db, workspaceId, instantsOfDays(period.from, period.to, zone)),
  )
  const issuesBefore = issueFigures(
    await issuesOpenedBetween(db, workspaceId, instantsOfDays(before.from, before.to, zone)),
  )
  const previousOf = new Map(previous.agencies.map((row) => [row.agencyId, row]))
  const agencies = current.agencies.map((row): AgencyReport => {
    const figures = figuresOf(row, issues.byAgency.get(row.agencyId) ?? NO_ISSUES)
    return {
      agencyId: row.agencyId,
      code: row.code,
      name: row.name,
      archived: row.archived,
      ...figures,
      previous: figuresOf(
        previousOf.get(row.agencyId) ?? NOTHING,
        issuesBefore.byAgency.get(row.agencyId) ?? NO_ISSUES,
      ),
      attention: attentionOf(figures),
    }
  })
  return {
    period,
    previousPeriod: before,
    agencies,
    totals: figuresOf(current.totals, issues.total),
    previousTotals: figuresOf(previous.totals, issuesBefore.total),
  }
}
