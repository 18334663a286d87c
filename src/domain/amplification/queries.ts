/** Reading requests and their reports: /sebar, /lapor, reminders, the brief, recaps, exports, the calendar. */
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/database.js'
import { numbersOrNone } from '../../db/number-list.js'
import type { LinkPlatform } from '../../vocabulary.js'
import { agencyLate } from './late.js'
import { toRequest } from './requests.js'
import type { AmplificationRequest, RequestProgress, RequestSummary, TargetProgress } from './types.js'

/** Every target agency of a request (by code) with the links it reported, oldest first. Two queries. */
export async function requestProgress(
  db: Kysely<Database>,
  request: AmplificationRequest,
): Promise<RequestProgress> {
  const targets = await db
    .selectFrom('amplification_targets as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(['t.agency_id', 'a.code'])
    .where('t.request_id', '=', request.id)
    .orderBy('a.code')
    .execute()
  const reports = await db
    .selectFrom('amplification_reports')
    .select(['agency_id', 'url', 'platform', 'late', 'reported_at'])
    .where('request_id', '=', request.id)
    .orderBy('reported_at')
    .orderBy('id')
    .execute()
  const byAgency = new Map<number, TargetProgress['links'][number][]>()
  for (const report of reports) {
    const links = byAgency.get(report.agency_id) ?? []
    links.push({
      url: report.url,
      platform: report.platform,
      late: report.late,
      reportedAt: report.reported_at,
    })
    byAgency.set(report.agency_id, links)
  }
  return {
    request,
    targets: targets.map((target) => ({
      agencyId: target.agency_id,
      code: target.code,
      links: byAgency.get(target.agency_id) ?? [],
    })),
  }
}

/**
 * Open requests, soonest deadline first, with how many target agencies reported — of one agency's
 * targets only when `agencyId` is given (/lapor in private). At most `limit`, and how many there are.
 */
export async function openRequestSummaries(
  db: Kysely<Database>,
  workspaceId: number,
  options: { readonly limit: number; readonly agencyId?: number; readonly deadlineFrom?: Date },
): Promise<{ summaries: RequestSummary[]; total: number }> {
  let base = db
    .selectFrom('amplification_requests as r')
    .where('r.workspace_id', '=', workspaceId)
    .where('r.status', '=', 'terbuka')
  if (options.deadlineFrom) base = base.where('r.deadline_at', '>=', options.deadlineFrom)
  if (options.agencyId !== undefined) {
    const agencyId = options.agencyId
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('amplification_targets as mine')
          .select('mine.agency_id')
          .whereRef('mine.request_id', '=', 'r.id')
          .where('mine.agency_id', '=', agencyId),
      ),
    )
  }
  const rows = await base
    .selectAll('r')
    .select((eb) => [
      eb
        .selectFrom('amplification_targets as t')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('t.request_id', '=', 'r.id')
        .as('target_count'),
      eb
        .selectFrom('amplification_reports as rep')
        .select(sql<number>`count(DISTINCT rep.agency_id)`.as('n'))
        .whereRef('rep.request_id', '=', 'r.id')
        .as('reported_count'),
    ])
    .$if(options.agencyId !== undefined, (query) =>
      query.select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('amplification_reports as own')
              .select('own.id')
              .whereRef('own.request_id', '=', 'r.id')
              .where('own.agency_id', '=', options.agencyId!),
          )
          .as('agency_reported'),
      ),
    )
    .orderBy('r.deadline_at')
    .orderBy('r.number')
    .limit(options.limit)
    .execute()
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return {
    summaries: rows.map((row) => ({
      request: toRequest(row),
      targetCount: Number(row.target_count ?? 0),
      reportedCount: Number(row.reported_count ?? 0),
      ...(options.agencyId !== undefined ? { agencyReported: Boolean(row.agency_reported) } : {}),
    })),
    total: Number(count.n),
  }
}

/** Open requests whose deadline is at or after `since` (the scheduler's reminders and recaps); of these numbers only, if given. */
export async function openRequestsSince(
  db: Kysely<Database>,
  workspaceId: number,
  since: Date,
  numbers?: readonly number[],
): Promise<AmplificationRequest[]> {
  let query = db
    .selectFrom('amplification_requests')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'terbuka')
    .where('deadline_at', '>=', since)
  if (numbers) query = query.where('number', 'in', numbersOrNone(numbers))
  const rows = await query.orderBy('deadline_at').execute()
  return rows.map(toRequest)
}

/** Requests not cancelled whose deadline falls in [from, to), of one agency's when given: the web calendar. */
export async function requestsBetween(
  db: Kysely<Database>,
  workspaceId: number,
  from: Date,
  to: Date,
  options: { readonly agencyId?: number | undefined } = {},
): Promise<AmplificationRequest[]> {
  let query = db
    .selectFrom('amplification_requests as r')
    .selectAll('r')
    .where('r.workspace_id', '=', workspaceId)
    .where('r.status', '!=', 'batal')
    .where('r.deadline_at', '>=', from)
    .where('r.deadline_at', '<', to)
  const agencyId = options.agencyId
  if (agencyId !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('amplification_targets as t')
          .select('t.agency_id')
          .whereRef('t.request_id', '=', 'r.id')
          .where('t.agency_id', '=', agencyId),
      ),
    )
  }
  const rows = await query.orderBy('r.deadline_at').orderBy('r.number').execute()
  return rows.map(toRequest)
}

/** One agency's part in the amplification requests of a period (/rekap). */
export interface AgencyAmplification {
  /** Requests that asked it. */
  readonly requests: number
  /** Of those, the ones it reported at least one link for. */
  readonly reported: number
  /** Of those, the ones not late (agencyLate: some link reported by the deadline). */
  readonly onTime: number
  readonly links: number
}

/** Per agency, the requests (not cancelled) whose deadline falls in [from, to). Two queries. */
export async function amplificationByAgency(
  db: Kysely<Database>,
  workspaceId: number,
  from: Date,
  to: Date,
): Promise<Map<number, AgencyAmplification>> {
  const targets = await requestsInPeriod(db, workspaceId, from, to)
    .innerJoin('amplification_targets as t', 't.request_id', 'r.id')
    .select(['t.request_id', 't.agency_id'])
    .execute()
  const reports = await requestsInPeriod(db, workspaceId, from, to)
    .innerJoin('amplification_reports as rep', 'rep.request_id', 'r.id')
    .select(['rep.request_id', 'rep.agency_id', 'rep.late'])
    .execute()
  const reportsOf = new Map<string, { late: boolean }[]>()
  for (const report of reports) {
    const key = `${report.request_id}:${report.agency_id}`
    const links = reportsOf.get(key) ?? []
    links.push({ late: report.late })
    reportsOf.set(key, links)
  }
  const tallies = new Map<number, { requests: number; reported: number; onTime: number; links: number }>()
  for (const target of targets) {
    const tally = tallies.get(target.agency_id) ?? { requests: 0, reported: 0, onTime: 0, links: 0 }
    const own = reportsOf.get(`${target.request_id}:${target.agency_id}`)
    tally.requests += 1
    if (own) tally.reported += 1
    if (own && !agencyLate(own)) tally.onTime += 1
    tally.links += own?.length ?? 0
    tallies.set(target.agency_id, tally)
  }
  return tallies
}

function requestsInPeriod(db: Kysely<Database>, workspaceId: number, from: Date, to: Date) {
  return db
    .selectFrom('amplification_requests as r')
    .where('r.workspace_id', '=', workspaceId)
    .where('r.status', '!=', 'batal')
    .where('r.deadline_at', '>=', from)
    .where('r.deadline_at', '<', to)
}

/** One reported link of a request, or, for an asked agency that reported nothing, a row without one. */
export interface AmplificationLinkRow {
  readonly requestId: number
  readonly number: number
  readonly title: string
  readonly deadlineAt: Date
  readonly agencyCode: string
  readonly platform: LinkPlatform | null
  readonly url: string | null
  readonly reportedAt: Date | null
  readonly late: boolean | null
}

/**
 * The requests (not cancelled) whose deadline falls in [start, end), one row per reported link and
 * one without a link per asked agency that reported nothing: by deadline, number, agency, report time.
 */
export async function amplificationLinksOfPeriod(
  db: Kysely<Database>,
  workspaceId: number,
  period: { start: Date; end: Date },
): Promise<AmplificationLinkRow[]> {
  const rows = await requestsInPeriod(db, workspaceId, period.start, period.end)
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
    .orderBy('r.deadline_at')
    .orderBy('r.number')
    .orderBy('a.code')
    .orderBy('rep.reported_at')
    .orderBy('rep.id')
    .execute()
  return rows.map((row) => ({
    requestId: row.id,
    number: row.number,
    title: row.title,
    deadlineAt: row.deadline_at,
    agencyCode: row.code,
    platform: row.platform,
    url: row.url,
    reportedAt: row.reported_at,
    late: row.late,
  }))
}
