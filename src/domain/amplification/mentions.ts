/**
 * Who the amplification reminders mention (amplification_mentions): this module alone writes the table.
 * A person is mentioned at most once per request, whichever reminder or group comes first: WhatsApp
 * bans numbers that keep tagging people.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Platform, Role } from '../../vocabulary.js'

export interface MentionCandidate {
  readonly personId: number
  readonly agencyId: number
  readonly role: Role
  readonly externalId: string
  readonly username: string | null
  readonly name: string
  /** Already mentioned for this request: never again. */
  readonly mentioned: boolean
}

/**
 * The admins and members of these agencies a reminder into a `platform` group could mention: those
 * with an identity there that wrote to the bot itself (not one only named by others), each marked when
 * already mentioned for this request.
 */
export async function mentionCandidates(
  db: Kysely<Database>,
  workspaceId: number,
  requestId: number,
  agencyIds: readonly number[],
  platform: Platform,
): Promise<MentionCandidate[]> {
  if (agencyIds.length === 0) return []
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('identities as i', 'i.person_id', 'm.person_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.person_id',
      'm.agency_id',
      'm.role',
      'i.external_id',
      'i.username',
      'i.display_name',
      'p.display_name as person_name',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('amplification_mentions as am')
            .select('am.person_id')
            .where('am.request_id', '=', requestId)
            .whereRef('am.person_id', '=', 'm.person_id'),
        )
        .as('mentioned'),
    )
    .where('m.workspace_id', '=', workspaceId)
    .where('m.agency_id', 'in', agencyIds)
    .where('i.platform', '=', platform)
    .where('m.role', 'in', ['admin', 'anggota'])
    .where('i.wrote_at', 'is not', null)
    .orderBy('p.display_name')
    .orderBy('i.last_seen_at', 'desc')
    .execute()
  const seen = new Set<number>()
  const candidates: MentionCandidate[] = []
  for (const row of rows) {
    // A person with two identities on the platform is mentioned by the one seen last.
    if (seen.has(row.person_id) || row.agency_id === null) continue
    seen.add(row.person_id)
    candidates.push({
      personId: row.person_id,
      agencyId: row.agency_id,
      role: row.role,
      externalId: row.external_id,
      username: row.username,
      name: row.display_name ?? row.person_name,
      mentioned: Boolean(row.mentioned),
    })
  }
  return candidates
}

/**
 * Records that these people are mentioned for the request now; returns the ones this call claimed, so
 * two reminders rendered at once never both mention someone.
 */
export async function claimMentions(
  db: Kysely<Database>,
  requestId: number,
  personIds: readonly number[],
  now: Date,
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set()
  const rows = await db
    .insertInto('amplification_mentions')
    .values(personIds.map((personId) => ({ request_id: requestId, person_id: personId, mentioned_at: now })))
    .onConflict((oc) => oc.columns(['request_id', 'person_id']).doNothing())
    .returning('person_id')
    .execute()
  return new Set(rows.map((row) => row.person_id))
}
