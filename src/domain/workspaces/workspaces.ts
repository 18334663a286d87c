import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { WorkspacesTable } from '../../db/tables/workspaces.js'
import type { Language, Platform, Role } from '../../vocabulary.js'
import type { SeenIdentity } from '../people/identities.js'

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

type WorkspaceFields = Pick<
  WorkspaceRow,
  'id' | 'name' | 'timezone' | 'language' | 'agenda_day_before_at' | 'agenda_minutes_before'
>

export function toWorkspace(row: WorkspaceFields): Workspace {
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

/** A known sender of a group message, with the group's forum and their membership of it. */
export interface SenderInForum {
  readonly person: { readonly id: number; readonly displayName: string }
  /** What the bot last saw of the sender's identity (to keep it fresh). */
  readonly seen: SeenIdentity
  readonly workspace: Workspace | undefined
  readonly membership: Membership | undefined
}

/**
 * The person behind a platform identity, the forum `workspaceId` (a group's link, or none) and their
 * membership of it, in one round trip: every command in a group needs all three. Undefined for a
 * sender never seen (resolvePerson creates them).
 */
export async function senderInForum(
  db: Kysely<Database>,
  identity: { readonly platform: Platform; readonly externalId: string },
  workspaceId: number | null,
): Promise<SenderInForum | undefined> {
  const row = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .leftJoin('workspaces as w', (join) => join.on('w.id', '=', workspaceId))
    .leftJoin('memberships as m', (join) =>
      join.onRef('m.workspace_id', '=', 'w.id').onRef('m.person_id', '=', 'people.id'),
    )
    .leftJoin('agencies as g', 'g.id', 'm.agency_id')
    .select([
      'people.id as person_id',
      'people.display_name as person_name',
      'identities.username',
      'identities.display_name as identity_name',
      'identities.wrote_at',
      'w.id',
      'w.name',
      'w.timezone',
      'w.language',
      'w.agenda_day_before_at',
      'w.agenda_minutes_before',
      'm.role',
      'm.agency_id',
      'g.code',
    ])
    .where('identities.platform', '=', identity.platform)
    .where('identities.external_id', '=', identity.externalId)
    .executeTakeFirst()
  if (!row) return undefined
  const { id, name, timezone, language } = row
  const workspace =
    id !== null && name !== null && timezone !== null && language !== null
      ? toWorkspace({ ...row, id, name, timezone, language })
      : undefined
  return {
    person: { id: row.person_id, displayName: row.person_name },
    seen: { username: row.username, identity_name: row.identity_name, wrote_at: row.wrote_at },
    workspace,
    membership: row.role ? { role: row.role, agencyId: row.agency_id, agencyCode: row.code } : undefined,
  }
}
