import type { Kysely } from 'kysely'
import type { SenderIdentity } from '../../src/chat/types.js'
import type { Database } from '../../src/db/database.js'
import type { AgencyKind, Role } from '../../src/vocabulary.js'
import type { ChatHarness, ChatRef } from './chat-harness.js'

/**
 * A forum ready for a test, made through real commands where they exist: a group activated by its
 * coordinator, agencies, and members. Returns everything a test needs to speak as each of them.
 */
export async function seedForum(
  chat: ChatHarness,
  options: {
    agencies?: Array<{ code: string; name: string; kind?: AgencyKind }>
    members?: Array<{ name: string; agency: string; role?: Exclude<Role, 'koordinator'> }>
    timezone?: string
  } = {},
) {
  const group = chat.group('Bakohumas Wonosobo')
  const coordinator = chat.person('Sari Koordinator', { in: [group], groupAdmin: true })
  const activated = await chat.send(group, coordinator, '/aktifkan Bakohumas Kabupaten Wonosobo')
  const workspace = await chat.db
    .selectFrom('workspaces')
    .selectAll()
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow()
  if (!activated.text) throw new Error('activation gave no answer')
  if (options.timezone) {
    await chat.db
      .updateTable('workspaces')
      .set({ timezone: options.timezone })
      .where('id', '=', workspace.id)
      .execute()
  }
  const agencies: Record<string, number> = {}
  for (const agency of options.agencies ?? [{ code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' }]) {
    agencies[agency.code] = await insertAgency(
      chat.db,
      workspace.id,
      agency.code,
      agency.name,
      agency.kind ?? 'opd',
    )
  }
  const people: Record<string, SenderIdentity> = {}
  for (const member of options.members ?? []) {
    const person = chat.person(member.name, { in: [group] })
    await chat.send(group, person, '/bantuan')
    await setMembership(chat.db, workspace.id, person, member.role ?? 'anggota', agencies[member.agency]!)
    people[member.name] = person
  }
  return { group, coordinator, workspaceId: workspace.id, agencies, people }
}

async function insertAgency(
  db: Kysely<Database>,
  workspaceId: number,
  code: string,
  name: string,
  kind: AgencyKind,
) {
  const row = await db
    .insertInto('agencies')
    .values({ workspace_id: workspaceId, code, name, kind })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Gives a person who has spoken to the bot a role in an agency, straight in the database. */
export async function setMembership(
  db: Kysely<Database>,
  workspaceId: number,
  person: SenderIdentity,
  role: Role,
  agencyId: number | null,
) {
  const identity = await db
    .selectFrom('identities')
    .select('person_id')
    .where('platform', '=', person.platform)
    .where('external_id', '=', person.externalId)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, person_id: identity.person_id, role, agency_id: agencyId })
    .onConflict((oc) => oc.columns(['workspace_id', 'person_id']).doUpdateSet({ role, agency_id: agencyId }))
    .execute()
}

export type { ChatRef }
