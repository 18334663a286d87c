/**
 * The coverage desk (issue 17): an item asking for coverage (`Liputan: ya`) waits for one agency to
 * claim it with /liput; the claiming agency, or the coordinator, releases it with /liput batal.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { missingItemError } from '../numbers/item-kind.js'
import { getAgendaItem } from './queries.js'
import { type AgendaActor, hasNoAgency, NO_CLAIM, subjectOf } from './service.js'
import type { AgendaItem } from './types.js'

/** The item, locked for the claim or release, if it exists, is scheduled and asks for coverage. */
async function coverableItem(
  trx: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<AgendaItem> {
  const item = await getAgendaItem(trx, workspaceId, number, { forUpdate: true })
  if (!item) throw await missingItemError(trx, workspaceId, number, 'agenda')
  if (item.status === 'batal') throw new UserError('coverage.error.cancelled', { number })
  if (!item.coverage) throw new UserError('coverage.error.not_requested', { number })
  return item
}

/** The claim on the item with row id `itemId`, as its columns (all null while nobody covers it). */
export async function claimColumnsOf(trx: Kysely<Database>, itemId: number) {
  return trx
    .selectFrom('agenda_items')
    .select(['coverage_agency_id', 'coverage_claimed_by', 'coverage_claimed_at'])
    .where('id', '=', itemId)
    .executeTakeFirstOrThrow()
}

/** `/liput 12`: the sender's agency covers item #12, unless another agency already does. */
export async function claimCoverage(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
): Promise<AgendaItem> {
  if (!actor || hasNoAgency(actor) || actor.agencyId === null) throw new UserError('coverage.error.no_agency')
  const agencyId = actor.agencyId
  return db.transaction().execute(async (trx) => {
    const item = await coverableItem(trx, change.workspaceId, number)
    if (item.coveredBy === actor.agencyCode) throw new UserError('coverage.error.already_yours', { number })
    if (item.coveredBy !== null)
      throw new UserError('coverage.error.taken', { number, agency: item.coveredBy })
    await trx
      .updateTable('agenda_items')
      .set({
        coverage_agency_id: agencyId,
        coverage_claimed_by: change.actorId,
        coverage_claimed_at: change.now,
      })
      .where('workspace_id', '=', change.workspaceId)
      .where('number', '=', number)
      .execute()
    await recordAudit(trx, change, 'agenda.coverage_claimed', subjectOf(number), { agency_id: agencyId })
    return (await getAgendaItem(trx, change.workspaceId, number))!
  })
}

/** `/liput batal 12`: the claiming agency (or the coordinator) gives the coverage up; the item waits again. */
export async function releaseCoverage(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
): Promise<{ item: AgendaItem; releasedFrom: string }> {
  if (!actor || hasNoAgency(actor)) throw new UserError('coverage.error.no_agency')
  return db.transaction().execute(async (trx) => {
    const item = await coverableItem(trx, change.workspaceId, number)
    const releasedFrom = item.coveredBy
    if (releasedFrom === null) throw new UserError('coverage.error.not_claimed', { number })
    if (actor.role !== 'koordinator' && releasedFrom !== actor.agencyCode)
      throw new UserError('coverage.error.not_yours', { number, agency: releasedFrom })
    await trx
      .updateTable('agenda_items')
      .set(NO_CLAIM)
      .where('workspace_id', '=', change.workspaceId)
      .where('number', '=', number)
      .execute()
    await recordAudit(trx, change, 'agenda.coverage_released', subjectOf(number), {})
    return { item: (await getAgendaItem(trx, change.workspaceId, number))!, releasedFrom }
  })
}
