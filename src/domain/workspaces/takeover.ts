import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Platform } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'

/** The coordinators' identities on a platform, to ask the platform whether any is still in the group. */
export async function coordinatorIdentities(db: Kysely<Database>, workspaceId: number, platform: Platform) {
  return db
    .selectFrom('memberships')
    .innerJoin('identities', 'identities.person_id', 'memberships.person_id')
    .select(['memberships.person_id', 'identities.external_id'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.role', '=', 'koordinator')
    .where('identities.platform', '=', platform)
    .execute()
}

/** /ambilalih: the sender becomes coordinator (keeping their agency, if any). */
export async function takeOverCoordination(db: Kysely<Database>, change: ChangeContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('memberships')
      .values({
        workspace_id: change.workspaceId,
        person_id: change.actorId,
        role: 'koordinator',
        agency_id: null,
        created_at: change.now,
        updated_at: change.now,
      })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'person_id'])
          .doUpdateSet({ role: 'koordinator', updated_at: change.now }),
      )
      .execute()
    await recordAudit(trx, change, 'role.takeover', null)
  })
}
