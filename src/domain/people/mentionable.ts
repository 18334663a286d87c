/**
 * The people a message into a group may mention, by the rules the amplification reminders follow: only
 * identities on the group's platform whose person wrote to the bot themselves (WhatsApp bans numbers
 * that tag strangers), at most a handful per message.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Inline } from '../../text/rich-text.js'
import { type Mention, mention } from '../../text/rich-text.js'
import type { Platform } from '../../vocabulary.js'

/** Most people one message mentions: a message tagging hundreds gets a WhatsApp number banned. */
export const MENTIONS_PER_MESSAGE = 25

type Who =
  | { readonly coordinators: true }
  /** An agency's admins, or its members when no admin can be mentioned here. */
  | { readonly agencyId: number }

/** The people to mention on `platform`, by name, each once. */
export async function mentionable(
  db: Kysely<Database>,
  workspaceId: number,
  who: Who,
  platform: Platform,
  /** Someone not to mention: the sender of the command, who knows already. */
  except?: number,
): Promise<Mention[]> {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('identities as i', 'i.person_id', 'm.person_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.person_id',
      'm.role',
      'i.external_id',
      'i.username',
      'i.display_name',
      'p.display_name as person_name',
    ])
    .where('m.workspace_id', '=', workspaceId)
    .where('i.platform', '=', platform)
    .where('i.wrote_at', 'is not', null)
    .orderBy('p.display_name')
    .orderBy('i.last_seen_at', 'desc')
  query =
    'agencyId' in who
      ? query.where('m.agency_id', '=', who.agencyId).where('m.role', 'in', ['admin', 'anggota'])
      : query.where('m.role', '=', 'koordinator')
  const rows = await query.execute()
  const admins = rows.filter((row) => row.role === 'admin' && row.person_id !== except)
  const seen = new Set<number>()
  const people: Mention[] = []
  for (const row of admins.length > 0 ? admins : rows) {
    // A person with two identities on the platform is mentioned by the one seen last.
    if (seen.has(row.person_id) || row.person_id === except || people.length >= MENTIONS_PER_MESSAGE) continue
    seen.add(row.person_id)
    people.push({
      kind: 'mention',
      platform,
      externalId: row.external_id,
      name: row.display_name ?? row.person_name,
      ...(row.username ? { username: row.username } : {}),
    })
  }
  return people
}

/** `@Sari, @Budi` as inline text. */
export function mentionList(people: readonly Mention[]): Inline[] {
  return people.flatMap((person, index) => [...(index > 0 ? [', '] : []), mention(person)])
}

/**
 * The coordinators a group on `platform` cannot mention (no identity there that wrote to the bot), so a
 * message into it does not reach them: they are told in private, on a platform they use.
 */
export async function coordinatorsNotOn(
  db: Kysely<Database>,
  workspaceId: number,
  platform: Platform,
  except?: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .select('m.person_id')
    .where('m.workspace_id', '=', workspaceId)
    .where('m.role', '=', 'koordinator')
    .$if(except !== undefined, (query) => query.where('m.person_id', '!=', except!))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('identities as i')
            .select('i.id')
            .whereRef('i.person_id', '=', 'm.person_id')
            .where('i.platform', '=', platform)
            .where('i.wrote_at', 'is not', null),
        ),
      ),
    )
    .orderBy('m.person_id')
    .execute()
  return rows.map((row) => row.person_id)
}
