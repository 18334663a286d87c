import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Role } from '../../vocabulary.js'

/** A person's place in a workspace, with their agency's code and name. */
export interface Placement {
  readonly role: Role
  readonly agencyId: number | null
  readonly agencyCode: string | null
  readonly agencyName: string | null
}

/** A person's role and agency in a workspace; `lock` takes the row for the rest of the transaction. */
export async function placementOf(
  db: Kysely<Database>,
  workspaceId: number,
  personId: number,
  options: { readonly lock?: boolean } = {},
): Promise<Placement | undefined> {
  let query = db
    .selectFrom('memberships')
    .leftJoin('agencies', 'agencies.id', 'memberships.agency_id')
    .select(['memberships.role', 'memberships.agency_id', 'agencies.code', 'agencies.name'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.person_id', '=', personId)
  if (options.lock) query = query.forUpdate('memberships')
  const row = await query.executeTakeFirst()
  return row && { role: row.role, agencyId: row.agency_id, agencyCode: row.code, agencyName: row.name }
}

/**
 * The people told when someone joins an agency: its admins and the workspace's coordinators,
 * coordinators first, at most `limit` of them.
 */
export async function agencyStewards(
  db: Kysely<Database>,
  workspaceId: number,
  agencyId: number,
  limit: number,
): Promise<{ personId: number; role: Role }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['memberships.person_id', 'memberships.role'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb('memberships.role', '=', 'koordinator'),
        eb.and([eb('memberships.role', '=', 'admin'), eb('memberships.agency_id', '=', agencyId)]),
      ]),
    )
    .orderBy((eb) => eb.case().when('memberships.role', '=', 'koordinator').then(0).else(1).end())
    .orderBy('people.display_name')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ personId: r.person_id, role: r.role }))
}

/**
 * Locks the workspace row: every change that could leave a workspace without a coordinator takes
 * this lock first, so two coordinators demoting each other at once cannot both succeed.
 */
export async function lockWorkspace(trx: Transaction<Database>, workspaceId: number): Promise<void> {
  await trx
    .selectFrom('workspaces')
    .select('id')
    .where('id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export async function coordinatorCount(db: Kysely<Database>, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'koordinator')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The workspace's coordinators, by person. */
export async function coordinatorIds(db: Kysely<Database>, workspaceId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'koordinator')
    .orderBy('person_id')
    .execute()
  return rows.map((row) => row.person_id)
}
