import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { Role } from '../../vocabulary.js'
import { type Agency, agencyNotFound, toAgency } from '../agencies/queries.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { coordinatorCount, lockWorkspace, type Placement, placementOf } from './queries.js'

/** An agency as replies name it. */
export interface AgencyName {
  readonly code: string
  readonly name: string
}

/** The person a change is about, as the command found them. */
export interface Target {
  readonly personId: number
  readonly displayName: string
}

export interface Joined {
  readonly agency: Agency
  /** The role the person has now: `anggota`, or `koordinator` for a coordinator (who keeps that role). */
  readonly role: Role
  /** Their role before, if they had one. */
  readonly previousRole?: Role
  /** The agency they were moved out of (one agency per person per workspace). */
  readonly previous?: AgencyName
  /** They were already in this agency: nothing changed. */
  readonly unchanged: boolean
}

/**
 * /gabung: the sender (change.actorId) joins the agency with this code. A guest becomes `anggota`;
 * someone in another agency is moved (an admin there becomes `anggota` here); a coordinator keeps
 * the coordinator role and gets the agency.
 */
export async function joinAgency(db: Kysely<Database>, change: ChangeContext, code: string): Promise<Joined> {
  return db.transaction().execute(async (trx) => {
    // FOR SHARE: an /instansi hapus of this agency waits for the join (and then releases this person too).
    const row = await trx
      .selectFrom('agencies')
      .selectAll()
      .where('workspace_id', '=', change.workspaceId)
      .where('code', '=', code)
      .forShare()
      .executeTakeFirst()
    if (!row) throw await agencyNotFound(trx, change.workspaceId, code)
    if (row.archived_at !== null) throw new UserError('agency.archived', { code: row.code })
    const agency = toAgency(row)
    const current = await placementOf(trx, change.workspaceId, change.actorId, { lock: true })
    if (current && current.agencyId === agency.id) return { agency, role: current.role, unchanged: true }
    const role: Role = current?.role === 'koordinator' ? 'koordinator' : 'anggota'
    await trx
      .insertInto('memberships')
      .values({
        workspace_id: change.workspaceId,
        person_id: change.actorId,
        role,
        agency_id: agency.id,
        created_at: change.now,
        updated_at: change.now,
      })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'person_id'])
          .doUpdateSet({ role, agency_id: agency.id, updated_at: change.now }),
      )
      .execute()
    const previous = agencyName(current)
    await recordAudit(trx, change, 'membership.joined', agency.code, {
      personId: change.actorId,
      role,
      ...(current ? { previousRole: current.role } : {}),
      ...(previous ? { previousAgency: previous.code } : {}),
    })
    return {
      agency,
      role,
      unchanged: false,
      ...(current ? { previousRole: current.role } : {}),
      ...(previous ? { previous } : {}),
    }
  })
}

export type Left =
  /** An agency member or admin left and is now a guest. */
  | { readonly kind: 'left'; readonly agency: AgencyName; readonly role: Role }
  /** A coordinator left their agency and stays coordinator. */
  | { readonly kind: 'coordinator_kept'; readonly agency: AgencyName }
  /** A coordinator without an agency stepped down (another coordinator remains). */
  | { readonly kind: 'stepped_down' }

/**
 * /keluar: the sender leaves their agency. A coordinator with an agency only leaves the agency; a
 * coordinator without one steps down, unless they are the last coordinator.
 */
export async function leaveAgency(db: Kysely<Database>, change: ChangeContext): Promise<Left> {
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, change.workspaceId)
    const current = await placementOf(trx, change.workspaceId, change.actorId, { lock: true })
    if (!current) throw new UserError('membership.leave_none')
    const agency = agencyName(current)
    if (current.role === 'koordinator' && agency) {
      await dropAgency(trx, change, change.actorId)
      await recordAudit(trx, change, 'membership.left', agency.code, {
        personId: change.actorId,
        role: current.role,
      })
      return { kind: 'coordinator_kept', agency }
    }
    if (current.role === 'koordinator') {
      if ((await coordinatorCount(trx, change.workspaceId)) <= 1)
        throw new UserError('membership.last_coordinator_leave')
      await deleteMembership(trx, change, change.actorId)
      await recordAudit(trx, change, 'role.stepped_down', null, { personId: change.actorId })
      return { kind: 'stepped_down' }
    }
    // An agency member or admin always has an agency (a database CHECK).
    const left = agency ?? { code: '', name: '' }
    await deleteMembership(trx, change, change.actorId)
    await recordAudit(trx, change, 'membership.left', left.code, {
      personId: change.actorId,
      role: current.role,
    })
    return { kind: 'left', agency: left, role: current.role }
  })
}

export interface Removed {
  readonly agency: AgencyName
  /** The person removed is a coordinator: they lost the agency and stay coordinator. */
  readonly stillCoordinator: boolean
}

/**
 * /keluarkan: the sender removes someone from an agency. A coordinator may remove anyone; an agency
 * admin only people of their own agency, and never a coordinator. The removed person becomes a
 * guest (a coordinator keeps that role).
 */
export async function removeFromAgency(
  db: Kysely<Database>,
  change: ChangeContext,
  target: Target,
): Promise<Removed> {
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, change.workspaceId)
    const actor = await placementOf(trx, change.workspaceId, change.actorId)
    if (actor?.role !== 'koordinator' && actor?.role !== 'admin') throw new UserError('core.denied.admin')
    const current = await placementOf(trx, change.workspaceId, target.personId, { lock: true })
    const agency = agencyName(current)
    if (!current || !agency) throw new UserError('membership.not_in_agency', { name: target.displayName })
    if (actor.role === 'admin') {
      if (current.agencyId !== actor.agencyId) {
        throw new UserError('membership.remove_other_agency', {
          name: target.displayName,
          code: agency.code,
          own: actor.agencyCode ?? '',
        })
      }
      if (current.role === 'koordinator')
        throw new UserError('membership.remove_coordinator', { name: target.displayName })
    }
    const stillCoordinator = current.role === 'koordinator'
    if (stillCoordinator) await dropAgency(trx, change, target.personId)
    else await deleteMembership(trx, change, target.personId)
    await recordAudit(trx, change, 'membership.removed', agency.code, {
      personId: target.personId,
      role: current.role,
    })
    return { agency, stillCoordinator }
  })
}

export interface RoleSet {
  readonly role: Role
  readonly previousRole: Role | undefined
  /** The person already had this role: nothing changed. */
  readonly unchanged: boolean
  /** Their agency, if any. */
  readonly agency: AgencyName | undefined
}

/**
 * /peran: the sender, a coordinator, gives someone a role. `admin` and `anggota` need an agency
 * (the person joins one first with /gabung); the last coordinator cannot be demoted.
 */
export async function setRole(
  db: Kysely<Database>,
  change: ChangeContext,
  target: Target,
  role: Role,
): Promise<RoleSet> {
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, change.workspaceId)
    const actor = await placementOf(trx, change.workspaceId, change.actorId)
    if (actor?.role !== 'koordinator') throw new UserError('core.denied.coordinator')
    const current = await placementOf(trx, change.workspaceId, target.personId, { lock: true })
    const agency = agencyName(current)
    if (current?.role === role) return { role, previousRole: role, unchanged: true, agency }
    if (role !== 'koordinator' && !agency)
      throw new UserError('membership.role_needs_agency', { name: target.displayName })
    if (current?.role === 'koordinator' && (await coordinatorCount(trx, change.workspaceId)) <= 1) {
      throw new UserError('membership.last_coordinator_demote', { name: target.displayName })
    }
    await trx
      .insertInto('memberships')
      .values({
        workspace_id: change.workspaceId,
        person_id: target.personId,
        role,
        agency_id: current?.agencyId ?? null,
        created_at: change.now,
        updated_at: change.now,
      })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'person_id']).doUpdateSet({ role, updated_at: change.now }),
      )
      .execute()
    await recordAudit(trx, change, 'role.changed', agency?.code ?? null, {
      personId: target.personId,
      from: current?.role ?? null,
      to: role,
    })
    return { role, previousRole: current?.role, unchanged: false, agency }
  })
}

function agencyName(placement: Placement | undefined): AgencyName | undefined {
  if (!placement?.agencyCode || placement.agencyName === null) return undefined
  return { code: placement.agencyCode, name: placement.agencyName }
}

async function dropAgency(
  trx: Transaction<Database>,
  change: ChangeContext,
  personId: number,
): Promise<void> {
  await trx
    .updateTable('memberships')
    .set({ agency_id: null, updated_at: change.now })
    .where('workspace_id', '=', change.workspaceId)
    .where('person_id', '=', personId)
    .execute()
}

async function deleteMembership(
  trx: Transaction<Database>,
  change: ChangeContext,
  personId: number,
): Promise<void> {
  await trx
    .deleteFrom('memberships')
    .where('workspace_id', '=', change.workspaceId)
    .where('person_id', '=', personId)
    .execute()
}
