/** The agencies a request asks (amplification_targets): this module alone writes the table. */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { agencyNotFound } from '../agencies/queries.js'

export interface TargetAgency {
  readonly id: number
  readonly code: string
}

/**
 * The agencies `untuk` names, or every active one for `all`. Codes are matched in any letter case; an
 * unknown code is refused with the closest one, an archived agency is refused by name. Sorted by code.
 */
export async function chooseTargets(
  db: Kysely<Database>,
  workspaceId: number,
  wanted: 'all' | readonly string[],
): Promise<TargetAgency[]> {
  let query = db
    .selectFrom('agencies')
    .select(['id', 'code', 'archived_at'])
    .where('workspace_id', '=', workspaceId)
  if (wanted === 'all') query = query.where('archived_at', 'is', null)
  else
    query = query.where(
      'code',
      'in',
      wanted.map((code) => code.toUpperCase()),
    )
  const rows = await query.orderBy('code').execute()
  if (wanted !== 'all') {
    for (const code of wanted) {
      const row = rows.find((candidate) => candidate.code === code.toUpperCase())
      if (!row) throw await agencyNotFound(db, workspaceId, code)
      if (row.archived_at) throw new UserError('amplify.agency_archived', { code: row.code })
    }
  }
  if (rows.length === 0) throw new UserError('amplify.no_agencies')
  return rows.map((row) => ({ id: row.id, code: row.code }))
}

/** Records a new request's targets; call it in the transaction that inserts the request. */
export async function insertTargets(
  trx: Kysely<Database>,
  workspaceId: number,
  requestId: number,
  agencies: readonly TargetAgency[],
): Promise<void> {
  await trx
    .insertInto('amplification_targets')
    .values(
      agencies.map((agency) => ({ request_id: requestId, workspace_id: workspaceId, agency_id: agency.id })),
    )
    .execute()
}
