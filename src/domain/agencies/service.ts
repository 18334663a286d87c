import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { AgencyKind, Role } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { type Agency, agencyNotFound, toAgency } from './queries.js'

export interface AgencyInput {
  /** Already checked and upper-cased (readAgencyCode). */
  readonly code: string
  readonly name: string
  readonly kind: AgencyKind
}

export interface AddedAgency {
  readonly agency: Agency
  /** The code belonged to an archived agency, which is now back (with the name and kind given). */
  readonly restored: boolean
  /** People released when it was archived who are back in it (those who joined no other agency since). */
  readonly rejoined: number
}

/** Who was in an agency when it was archived, kept in the audit row so that restoring brings them back. */
interface Released {
  readonly personId: number
  readonly role: Role
}

/** /instansi tambah: a new agency, or an archived one with the same code restored. */
export async function addAgency(
  db: Kysely<Database>,
  change: ChangeContext,
  input: AgencyInput,
): Promise<AddedAgency> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('agencies')
      .selectAll()
      .where('workspace_id', '=', change.workspaceId)
      .where('code', '=', input.code)
      .forUpdate()
      .executeTakeFirst()
    if (existing && existing.archived_at === null) {
      throw new UserError('agency.exists', { code: existing.code, name: existing.name })
    }
    if (existing) {
      const row = await trx
        .updateTable('agencies')
        .set({ archived_at: null, name: input.name, kind: input.kind })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow()
      const rejoined = await bringBackReleased(trx, change, existing.id, existing.code)
      await recordAudit(trx, change, 'agency.restored', existing.code, {
        agencyId: existing.id,
        name: input.name,
        kind: input.kind,
        previous: { name: existing.name, kind: existing.kind },
        rejoined,
      })
      return { agency: toAgency(row), restored: true, rejoined: rejoined.length }
    }
    const row = await trx
      .insertInto('agencies')
      .values({
        workspace_id: change.workspaceId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        created_at: change.now,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst()
    // Someone added the same code a moment ago.
    if (!row) throw new UserError('agency.exists', { code: input.code, name: input.name })
    await recordAudit(trx, change, 'agency.added', input.code, {
      agencyId: row.id,
      name: input.name,
      kind: input.kind,
    })
    return { agency: toAgency(row), restored: false, rejoined: 0 }
  })
}

export interface ArchivedAgency {
  readonly agency: Agency
  /** Agency members and admins who became guests, and coordinators who lost this agency. */
  readonly released: number
}

/**
 * /instansi hapus: archives the agency (its items stay) and releases its people: members and admins
 * become guests who may /gabung another agency; coordinators stay coordinators without an agency.
 * Who was released is kept in the audit row, so re-adding the code brings them back.
 */
export async function archiveAgency(
  db: Kysely<Database>,
  change: ChangeContext,
  code: string,
): Promise<ArchivedAgency> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('agencies')
      .selectAll()
      .where('workspace_id', '=', change.workspaceId)
      .where('code', '=', code)
      .forUpdate()
      .executeTakeFirst()
    if (!existing) throw await agencyNotFound(trx, change.workspaceId, code)
    if (existing.archived_at !== null) throw new UserError('agency.already_archived', { code: existing.code })
    const released: Released[] = (
      await trx
        .selectFrom('memberships')
        .select(['person_id', 'role'])
        .where('workspace_id', '=', change.workspaceId)
        .where('agency_id', '=', existing.id)
        .orderBy('person_id')
        .execute()
    ).map((m) => ({ personId: m.person_id, role: m.role }))
    await trx
      .deleteFrom('memberships')
      .where('workspace_id', '=', change.workspaceId)
      .where('agency_id', '=', existing.id)
      .where('role', '<>', 'koordinator')
      .execute()
    await trx
      .updateTable('memberships')
      .set({ agency_id: null, updated_at: change.now })
      .where('workspace_id', '=', change.workspaceId)
      .where('agency_id', '=', existing.id)
      .execute()
    const row = await trx
      .updateTable('agencies')
      .set({ archived_at: change.now })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, change, 'agency.archived', existing.code, { agencyId: existing.id, released })
    return { agency: toAgency(row), released: released.length }
  })
}

/**
 * Restoring an agency brings back the people its archiving released, unless they have since joined
 * another agency (or a released coordinator is no longer in the forum): a mistaken /instansi hapus
 * is fully undone.
 */
async function bringBackReleased(
  trx: Transaction<Database>,
  change: ChangeContext,
  agencyId: number,
  code: string,
): Promise<Released[]> {
  const archived = await trx
    .selectFrom('audit_log')
    .select('details')
    .where('workspace_id', '=', change.workspaceId)
    .where('action', '=', 'agency.archived')
    .where('subject', '=', code)
    .orderBy('id', 'desc')
    .executeTakeFirst()
  const back: Released[] = []
  for (const person of readReleased(archived?.details)) {
    const current = await trx
      .selectFrom('memberships')
      .select(['role', 'agency_id'])
      .where('workspace_id', '=', change.workspaceId)
      .where('person_id', '=', person.personId)
      .executeTakeFirst()
    if (current && current.agency_id !== null) continue
    if (!current && person.role === 'koordinator') continue
    if (current) {
      await trx
        .updateTable('memberships')
        .set({ agency_id: agencyId, updated_at: change.now })
        .where('workspace_id', '=', change.workspaceId)
        .where('person_id', '=', person.personId)
        .execute()
    } else {
      await trx
        .insertInto('memberships')
        .values({
          workspace_id: change.workspaceId,
          person_id: person.personId,
          role: person.role,
          agency_id: agencyId,
          created_at: change.now,
          updated_at: change.now,
        })
        .execute()
    }
    back.push(person)
  }
  return back
}

function readReleased(details: Record<string, unknown> | undefined): Released[] {
  const list = details?.released
  if (!Array.isArray(list)) return []
  return list.filter(
    (item): item is Released =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Released).personId === 'number' &&
      ['koordinator', 'admin', 'anggota'].includes((item as Released).role),
  )
}
