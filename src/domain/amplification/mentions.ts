/**
 * Who the amplification reminders mention (amplification_mentions): this module alone writes the table.
 * A person is mentioned at most once per request, whichever reminder or group comes first: WhatsApp
 * bans numbers that keep tagging people. A claim belongs to the outbox row (its idempotency key) whose
 * message mentions the person: rendered again (a retried send), the row gets its claims back; given up
 * unsent, it frees them for the next reminder.
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
  /** Already mentioned for this request by another message: never again. */
  readonly mentioned: boolean
}

/**
 * The admins and members of these agencies a reminder into a `platform` group could mention: those
 * with an identity there that wrote to the bot itself (not one only named by others), each marked when
 * already mentioned for this request by a message other than `claimant` (the outbox row's key).
 */
export async function mentionCandidates(
  db: Kysely<Database>,
  workspaceId: number,
  requestId: number,
  agencyIds: readonly number[],
  platform: Platform,
  claimant: string,
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
            .where('am.claimed_by', '!=', claimant)
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
 * Records that the message of outbox row `claimant` mentions these people for the request; returns the
 * ones it holds — claimed now or by an earlier rendering of the same row — so two reminders rendered at
 * once never both mention someone, and a retried send mentions the same people.
 */
export async function claimMentions(
  db: Kysely<Database>,
  requestId: number,
  personIds: readonly number[],
  claimant: string,
  now: Date,
): Promise<Set<number>> {
  if (personIds.length === 0) return new Set()
  await db
    .insertInto('amplification_mentions')
    .values(
      personIds.map((personId) => ({
        request_id: requestId,
        person_id: personId,
        mentioned_at: now,
        claimed_by: claimant,
      })),
    )
    .onConflict((oc) => oc.columns(['request_id', 'person_id']).doNothing())
    .execute()
  const held = await db
    .selectFrom('amplification_mentions')
    .select('person_id')
    .where('request_id', '=', requestId)
    .where('claimed_by', '=', claimant)
    .where('person_id', 'in', personIds)
    .execute()
  return new Set(held.map((row) => row.person_id))
}

/** Frees the mentions of an outbox row that was never sent: the next reminder may mention those people. */
export async function releaseMentions(db: Kysely<Database>, claimant: string): Promise<void> {
  await db.deleteFrom('amplification_mentions').where('claimed_by', '=', claimant).execute()
}
