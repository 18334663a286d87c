import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { AgenciesTable } from '../../db/tables/agencies.js'
import { UserError } from '../../errors.js'
import { closestWithinTwoEdits } from '../../input/similarity.js'
import type { AgencyKind, Role } from '../../vocabulary.js'

export interface Agency {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly kind: AgencyKind
  /** Set when the agency was removed (/instansi hapus): it stays for its items, hidden from lists. */
  readonly archivedAt: Date | null
}

export function toAgency(row: Selectable<AgenciesTable>): Agency {
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, archivedAt: row.archived_at }
}

/** The agency with this code (any letter case), archived or not. */
export async function findAgencyByCode(
  db: Kysely<Database>,
  workspaceId: number,
  code: string,
): Promise<Agency | undefined> {
  const row = await db
    .selectFrom('agencies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code.toUpperCase())
    .executeTakeFirst()
  return row && toAgency(row)
}

/** The active agency whose full name is `name` (any letter case, any spacing), for `/gabung Dinas Kesehatan`. */
export async function findAgencyByName(
  db: Kysely<Database>,
  workspaceId: number,
  name: string,
): Promise<Agency | undefined> {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase()
  const rows = await db
    .selectFrom('agencies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', wanted))
    .execute()
  return rows.length === 1 ? toAgency(rows[0]!) : undefined
}

/** Codes of the agencies not archived, to suggest the closest one for a mistyped code. */
export async function activeAgencyCodes(db: Kysely<Database>, workspaceId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('agencies')
    .select('code')
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .orderBy('code')
    .execute()
  return rows.map((r) => r.code)
}

/**
 * The refusal for a code that names no agency, suggesting the closest existing code (`DINKESS` →
 * `DINKES`) when one is within two edits.
 */
export async function agencyNotFound(
  db: Kysely<Database>,
  workspaceId: number,
  code: string,
): Promise<UserError> {
  const suggestion = closestWithinTwoEdits(code, await activeAgencyCodes(db, workspaceId))
  return suggestion
    ? new UserError('agency.not_found_suggest', { code, suggestion })
    : new UserError('agency.not_found', { code })
}

export interface AgencyPage {
  readonly agencies: readonly (Agency & { readonly members: number })[]
  /** Agencies not archived, in all pages. */
  readonly total: number
  readonly archived: number
}

/** One page of the workspace's agencies (not archived), by code, each with how many people belong to it. */
export async function listAgencies(
  db: Kysely<Database>,
  workspaceId: number,
  page: { readonly offset: number; readonly limit: number },
): Promise<AgencyPage> {
  const rows = await db
    .selectFrom('agencies')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.agency_id', '=', 'agencies.id')
        .onRef('memberships.workspace_id', '=', 'agencies.workspace_id'),
    )
    .select(['agencies.id', 'agencies.code', 'agencies.name', 'agencies.kind', 'agencies.archived_at'])
    .select((eb) => eb.fn.count<string>('memberships.person_id').as('members'))
    .where('agencies.workspace_id', '=', workspaceId)
    .where('agencies.archived_at', 'is', null)
    .groupBy(['agencies.id', 'agencies.code', 'agencies.name', 'agencies.kind', 'agencies.archived_at'])
    .orderBy('agencies.code')
    .offset(page.offset)
    .limit(page.limit)
    .execute()
  const counts = await db
    .selectFrom('agencies')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('archived_at', 'is', null).as('active'),
      eb.fn.countAll<string>().filterWhere('archived_at', 'is not', null).as('archived'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow()
  return {
    agencies: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      archivedAt: row.archived_at,
      members: Number(row.members),
    })),
    total: Number(counts.active),
    archived: Number(counts.archived),
  }
}

export interface AgencyMember {
  readonly personId: number
  readonly displayName: string
  readonly role: Role
}

/** The first `limit` people of an agency (coordinators and admins first, then by name) and how many there are in all. */
export async function agencyMembers(
  db: Kysely<Database>,
  workspaceId: number,
  agencyId: number,
  limit: number,
): Promise<{ members: AgencyMember[]; total: number }> {
  const base = db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.agency_id', '=', agencyId)
  const rows = await base
    .select(['people.id', 'people.display_name', 'memberships.role'])
    // Coordinators and admins are the people others ask; list them first.
    .orderBy((eb) => eb.case().when('memberships.role', '=', 'anggota').then(1).else(0).end())
    .orderBy('people.display_name')
    .limit(limit)
    .execute()
  const { total } = await base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow()
  return {
    members: rows.map((r) => ({ personId: r.id, displayName: r.display_name, role: r.role })),
    total: Number(total),
  }
}
