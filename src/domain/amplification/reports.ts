/** Reported repost links (amplification_reports): this module alone writes the table. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { missingItemError } from '../numbers/item-kind.js'
import type { RepostLink } from './links.js'

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
  /** Reported after the deadline: accepted, marked late. */
  readonly late: boolean
}

/**
 * Records an agency's repost links for request `number`. Three queries: the request with the agency's
 * target row, one insert that skips links already counted, one audit row.
 */
export async function recordReport(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  reporter: Reporter,
  links: readonly RepostLink[],
): Promise<RecordedReport> {
  return db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('amplification_requests as r')
      .leftJoin('amplification_targets as t', (join) =>
        join.onRef('t.request_id', '=', 'r.id').on('t.agency_id', '=', reporter.agencyId),
      )
      .select(['r.id', 'r.title', 'r.status', 'r.deadline_at', 't.agency_id as target'])
      .where('r.workspace_id', '=', change.workspaceId)
      .where('r.number', '=', number)
      .executeTakeFirst()
    if (!request) throw await missingItemError(trx, change.workspaceId, number, 'sebar')
    if (request.status !== 'terbuka') throw new UserError(`report.request_${request.status}`, { number })
    if (request.target === null)
      throw new UserError('report.not_target', { number, code: reporter.agencyCode })
    const late = change.now.getTime() > request.deadline_at.getTime()
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
          reported_at: change.now,
        })),
      )
      .onConflict((oc) => oc.columns(['request_id', 'url']).doNothing())
      .returning('url')
      .execute()
    const added = new Set(inserted.map((row) => row.url))
    await recordAudit(trx, change, 'amplification.reported', `#${number}`, {
      agency: reporter.agencyCode,
      links: [...added],
      late,
    })
    return {
      number,
      title: request.title,
      added: links.filter((link) => added.has(link.url)),
      known: links.filter((link) => !added.has(link.url)),
      late,
    }
  })
}
