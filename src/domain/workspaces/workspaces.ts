import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { WorkspacesTable } from '../../db/tables/workspaces.js'
import type { Language, Role } from '../../vocabulary.js'

export type WorkspaceRow = Selectable<WorkspacesTable>

export interface Workspace {
  readonly id: number
  readonly name: string
  readonly timezone: string
  readonly language: Language
  readonly agendaDayBeforeAt: string | null
  readonly agendaMinutesBefore: number | null
}

export interface Membership {
  readonly role: Role
  readonly agencyId: number | null
  readonly agencyCode: string | null
}

export function toWorkspace(row: WorkspaceRow): Workspace {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    language: row.language,
    agendaDayBeforeAt: row.agenda_day_before_at,
    agendaMinutesBefore: row.agenda_minutes_before,
  }
}

export async function getWorkspace(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst()
  return row && toWorkspace(row)
}

export async function getMembership(
  db: Kysely<Database>,
  workspaceId: number,
  personId: number,
): Promise<Membership | undefined> {
  const row = await db
    .selectFrom('memberships')
    .leftJoin('agencies', 'agencies.id', 'memberships.agency_id')
    .select(['memberships.role', 'memberships.agency_id', 'agencies.code'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.person_id', '=', personId)
    .executeTakeFirst()
  return row && { role: row.role, agencyId: row.agency_id, agencyCode: row.code }
}

/** A workspace and the person's membership of it, in one round trip (every command in a group asks for both). */
export async function getWorkspaceAndMembership(
  db: Kysely<Database>,
  workspaceId: number,
  personId: number,
): Promise<{ workspace: Workspace; membership: Membership | undefined } | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .leftJoin('memberships', (join) =>
      join.onRef('memberships.workspace_id', '=', 'workspaces.id').on('memberships.person_id', '=', personId),
    )
    .leftJoin('agencies', 'agencies.id', 'memberships.agency_id')
    .selectAll('workspaces')
    .select(['memberships.role', 'memberships.agency_id', 'agencies.code'])
    .where('workspaces.id', '=', workspaceId)
    .executeTakeFirst()
  if (!row) return undefined
  const membership = row.role ? { role: row.role, agencyId: row.agency_id, agencyCode: row.code } : undefined
  return { workspace: toWorkspace(row), membership }
}

/** The workspaces a person belongs to (for private chats), by name. */
export async function workspacesOf(db: Kysely<Database>, personId: number): Promise<Workspace[]> {
  const rows = await db
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
    .selectAll('workspaces')
    .where('memberships.person_id', '=', personId)
    .orderBy('workspaces.name')
    .execute()
  return rows.map(toWorkspace)
}
