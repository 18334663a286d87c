/** Reported repost links (amplification_reports): this module alone writes the table. */
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { missingItemError } from '../numbers/item-kind.js'
import { type RepostLink, readLink } from './links.js'

export interface Reporter {
  readonly agencyId: number
  readonly agencyCode: string
}

export interface RecordedReport {
  readonly number: number
  readonly title: string
  /** Links counted now, in the order written. */
  readonly added: readonly RepostLink[]
  /** Links this request had already counted (from this agency or another). */
  readonly known: readonly RepostLink[]
  /** Of those, the ones another agency reported, with its code. */
  readonly knownByOthers: readonly { readonly url: string; readonly code: string }[]
  /** Reported after the deadline: accepted, marked late. */
  readonly late: boolean
}

/**
 * Records an agency's repost links for request `number`. The request's own links (the original post) are
 * refused: counted, they would block every other agency. Queries: the request with the agency's target
 * row, one insert that skips links already counted, who reported those (when any), one audit row.
 */
export async function recordReport(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  reporter: Reporter,
  links: readonly RepostLink[],
  sentAt: Date,
): Promise<RecordedReport> {
  // When the agency sent it, not when it arrived: a message held by the platform or a queue past the
  // deadline is still on time. A clock ahead on the sender's side never dates it later than now.
  const reportedAt = new Date(Math.min(sentAt.getTime(), change.now.getTime()))
  return db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('amplification_requests as r')
      .leftJoin('amplification_targets as t', (join) =>
        join.onRef('t.request_id', '=', 'r.id').on('t.agency_id', '=', reporter.agencyId),
      )
      .select(['r.id', 'r.title', 'r.status', 'r.deadline_at', 'r.links', 't.agency_id as target'])
      .where('r.workspace_id', '=', change.workspaceId)
      .where('r.number', '=', number)
      // A close or cancel in progress (endRequest locks the row for update) is waited for, then seen.
      // Of the request alone: the target row is on the nullable side of the join.
      .modifyEnd(sql`FOR SHARE OF r`)
      .executeTakeFirst()
    if (!request) throw await missingItemError(trx, change.workspaceId, number, 'sebar')
    if (request.status !== 'terbuka') throw new UserError(`report.request_${request.status}`, { number })
    if (request.target === null)
      throw new UserError('report.not_target', { number, code: reporter.agencyCode })
    const originals = new Set(request.links.map((url) => readLink(url)?.url ?? url))
    const original = links.find((link) => originals.has(link.url))
    if (original)
      throw new UserError('report.original_link', { url: original.url, code: reporter.agencyCode, number })
    const late = reportedAt.getTime() > request.deadline_at.getTime()
    const inserted = await trx
      .insertInto('amplification_reports')
      .values(
        links.map((link) => ({
          request_id: request.id,
          agency_id: reporter.agencyId,
          url: link.url,
          platform: link.platform,
          late,
          reported_by: change.actorId,
          chat_id: change.chatId,
          reported_at: reportedAt,
        })),
      )
      .onConflict((oc) => oc.columns(['request_id', 'url']).doNothing())
      .returning('url')
      .execute()
    const added = new Set(inserted.map((row) => row.url))
    const known = links.filter((link) => !added.has(link.url))
    const knownByOthers =
      known.length === 0
        ? []
        : await trx
            .selectFrom('amplification_reports as rep')
            .innerJoin('agencies as a', 'a.id', 'rep.agency_id')
            .select(['rep.url', 'a.code'])
            .where('rep.request_id', '=', request.id)
            .where('rep.agency_id', '!=', reporter.agencyId)
            .where(
              'rep.url',
              'in',
              known.map((link) => link.url),
            )
            .orderBy('rep.id')
            .execute()
    await recordAudit(trx, change, 'amplification.reported', `#${number}`, {
      agency: reporter.agencyCode,
      links: [...added],
      late,
    })
    return {
      number,
      title: request.title,
      added: links.filter((link) => added.has(link.url)),
      known,
      knownByOthers,
      late,
    }
  })
}
