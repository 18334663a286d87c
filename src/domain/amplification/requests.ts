/** Amplification requests (amplification_requests): this module alone writes the table. */
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { AmplificationRequestsTable } from '../../db/tables/amplification.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { missingItemError } from '../numbers/item-kind.js'
import { chooseTargets, insertTargets, type TargetAgency } from './targets.js'
import type { AmplificationRequest } from './types.js'

export function toRequest(row: Selectable<AmplificationRequestsTable>): AmplificationRequest {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    title: row.title,
    contentNumber: row.content_number,
    links: row.links,
    hashtags: row.hashtags,
    notes: row.notes,
    openedAt: row.opened_at,
    deadlineAt: row.deadline_at,
    deadlineZone: row.deadline_zone,
    status: row.status,
    createdBy: row.created_by,
  }
}

/** What `/sebar` opens. */
export interface NewRequest {
  readonly title: string
  readonly contentNumber: number | null
  readonly links: readonly string[]
  readonly hashtags: readonly string[]
  readonly notes: string | null
  readonly deadlineAt: Date
  readonly deadlineZone: string
  /** Agency codes, or every active agency. */
  readonly agencies: 'all' | readonly string[]
}

/** Opens a request with the next short number and its target agencies, in one transaction. */
export async function openRequest(
  db: Kysely<Database>,
  change: ChangeContext,
  input: NewRequest,
): Promise<{ request: AmplificationRequest; targets: TargetAgency[] }> {
  return db.transaction().execute(async (trx) => {
    const targets = await chooseTargets(trx, change.workspaceId, input.agencies)
    const number = await allocateItemNumber(trx, change.workspaceId, 'sebar')
    const row = await trx
      .insertInto('amplification_requests')
      .values({
        workspace_id: change.workspaceId,
        number,
        title: input.title,
        content_number: input.contentNumber,
        links: [...input.links],
        hashtags: [...input.hashtags],
        notes: input.notes,
        opened_at: change.now,
        deadline_at: input.deadlineAt,
        deadline_zone: input.deadlineZone,
        created_by: change.actorId,
        created_at: change.now,
        updated_at: change.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await insertTargets(trx, change.workspaceId, row.id, targets)
    await recordAudit(trx, change, 'amplification.opened', `#${number}`, {
      deadline_at: input.deadlineAt.toISOString(),
      links: input.links,
      agencies: targets.map((target) => target.code),
    })
    return { request: toRequest(row), targets }
  })
}

/** The request with this short number, or the refusal naming what the number is. */
export async function requireRequest(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<AmplificationRequest> {
  const row = await db
    .selectFrom('amplification_requests')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (!row) throw await missingItemError(db, workspaceId, number, 'sebar')
  return toRequest(row)
}

/** Ends a request: `ditutup` (done) or `batal` (withdrawn); reports are taken only while it is open. */
export async function endRequest(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  status: 'ditutup' | 'batal',
): Promise<AmplificationRequest> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('amplification_requests')
      .selectAll()
      .where('workspace_id', '=', change.workspaceId)
      .where('number', '=', number)
      .forUpdate()
      .executeTakeFirst()
    if (!current) throw await missingItemError(trx, change.workspaceId, number, 'sebar')
    if (current.status !== 'terbuka') throw new UserError(`amplify.already_${current.status}`, { number })
    const row = await trx
      .updateTable('amplification_requests')
      .set({ status, closed_at: change.now, updated_at: change.now })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(
      trx,
      change,
      status === 'batal' ? 'amplification.cancelled' : 'amplification.closed',
      `#${number}`,
    )
    return toRequest(row)
  })
}
