import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type Inline, mention } from '../../text/rich-text.js'
import type { Platform, PlatformIdentity } from '../../vocabulary.js'
import { identityOn, resolvePerson } from './identities.js'

/** A person a command speaks of, with their identity on the chat's platform when there is one (to mention them). */
export interface PersonRef {
  readonly personId: number
  readonly displayName: string
  readonly identity?: { readonly platform: Platform; readonly externalId: string; readonly username?: string }
}

export interface PersonQuery {
  readonly workspaceId: number
  /** The platform of the chat: usernames are looked up there. */
  readonly platform: Platform
  /** What the sender wrote to name the person: `@budi`, `budi`, `Budi Santoso`, or '' when they replied or mentioned. */
  readonly written: string
  readonly mentions: readonly PlatformIdentity[]
  /** The message the command replied to, when it did: its sender may be the person meant. */
  readonly replyTo?: { readonly fromBot: boolean; readonly sender?: PlatformIdentity }
  readonly now: Date
}

/**
 * The one person a command names (SPEC §2 `/peran`): a platform mention, else what was written — a
 * username the bot has seen on this platform or a display name, matched case-insensitively and only
 * among people known to the workspace — else the sender of the message replied to. Throws a
 * UserError when nobody or several people match. Call it outside any transaction: a mentioned
 * person seen for the first time is created.
 */
export async function findPerson(db: Kysely<Database>, query: PersonQuery): Promise<PersonRef> {
  if (query.mentions.length > 1) throw new UserError('person.several_mentions')
  const mentioned = query.mentions[0]
  if (mentioned) return fromIdentity(db, mentioned, query.now)
  const written = query.written.trim().replace(/\s+/g, ' ')
  if (written) return findWritten(db, query, written)
  const repliedTo = query.replyTo && !query.replyTo.fromBot ? query.replyTo.sender : undefined
  if (repliedTo) return fromIdentity(db, repliedTo, query.now)
  throw new UserError('person.missing')
}

/** The person behind a person id, with their latest identity on `platform` (for a mention). */
export async function personRef(
  db: Kysely<Database>,
  personId: number,
  platform: Platform,
): Promise<PersonRef> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'display_name'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
  const identity = await identityOn(db, personId, platform)
  if (!identity) return { personId, displayName: person.display_name }
  return {
    personId,
    displayName: identity.display_name ?? person.display_name,
    identity: {
      platform,
      externalId: identity.external_id,
      ...(identity.username ? { username: identity.username } : {}),
    },
  }
}

/** A mention that notifies the person where the platform can; their name in bold otherwise. */
export function personInline(person: PersonRef): Inline {
  if (!person.identity) return { kind: 'bold', children: [person.displayName] }
  return mention({ ...person.identity, name: person.displayName })
}

async function fromIdentity(db: Kysely<Database>, identity: PlatformIdentity, now: Date): Promise<PersonRef> {
  const person = await resolvePerson(db, identity, now)
  return {
    personId: person.id,
    displayName: identity.displayName || person.displayName,
    identity: {
      platform: identity.platform,
      externalId: identity.externalId,
      ...(identity.username ? { username: identity.username } : {}),
    },
  }
}

async function findWritten(db: Kysely<Database>, query: PersonQuery, written: string): Promise<PersonRef> {
  const known = await knownPeople(db, query.workspaceId)
  if (known.length === 0) throw new UserError('person.not_found', { name: written })
  const bare = written.replace(/^@/, '').toLowerCase()
  if (/^[\p{L}\p{N}_.]+$/u.test(bare)) {
    const byUsername = await db
      .selectFrom('identities')
      .select('person_id')
      .distinct()
      .where('platform', '=', query.platform)
      .where((eb) => eb(eb.fn('lower', ['username']), '=', bare))
      .where(
        'person_id',
        'in',
        known.map((p) => p.id),
      )
      .execute()
    if (byUsername.length === 1) return personRef(db, byUsername[0]!.person_id, query.platform)
    if (byUsername.length > 1)
      throw new UserError('person.ambiguous', { name: written, count: byUsername.length })
  }
  // A display name: the whole name, or else the first word(s) of exactly one person's name ("Budi" for "Budi Santoso").
  const exact = known.filter((p) => p.names.includes(bare))
  const matches =
    exact.length > 0 ? exact : known.filter((p) => p.names.some((n) => n.startsWith(`${bare} `)))
  if (matches.length === 1) return personRef(db, matches[0]!.id, query.platform)
  if (matches.length > 1) throw new UserError('person.ambiguous', { name: written, count: matches.length })
  throw new UserError('person.not_found', { name: written })
}

/**
 * People the workspace knows: those with a role in it, and those who ever changed something in it
 * (the audit trail: they joined, left, submitted…). Names are lower-cased with single spaces.
 */
async function knownPeople(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<{ id: number; names: string[] }[]> {
  const members = db.selectFrom('memberships').select('person_id').where('workspace_id', '=', workspaceId)
  const actors = db
    .selectFrom('audit_log')
    .select('actor_id as person_id')
    .where('workspace_id', '=', workspaceId)
    .where('actor_id', 'is not', null)
  const rows = await db
    .selectFrom('people')
    .leftJoin('identities', 'identities.person_id', 'people.id')
    .select(['people.id', 'people.display_name', 'identities.display_name as identity_name'])
    .where((eb) => eb.or([eb('people.id', 'in', members), eb('people.id', 'in', actors)]))
    .execute()
  const byId = new Map<number, Set<string>>()
  const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase()
  for (const row of rows) {
    const names = byId.get(row.id) ?? new Set<string>()
    names.add(norm(row.display_name))
    if (row.identity_name) names.add(norm(row.identity_name))
    byId.set(row.id, names)
  }
  return [...byId].map(([id, names]) => ({ id, names: [...names] }))
}
