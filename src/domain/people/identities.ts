import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { PlatformIdentity as SenderIdentity } from '../../vocabulary.js'

export interface Person {
  readonly id: number
  readonly displayName: string
}

/**
 * The person behind a platform identity, created on first sight. Keeps the display name and
 * username fresh, because "/peran @budi admin" finds people by usernames the bot has seen. `wrote`
 * says the identity itself sent a message (not merely named in one): only such people are mentioned
 * in reminders, since WhatsApp bans numbers that message strangers.
 */
export async function resolvePerson(
  db: Kysely<Database>,
  identity: SenderIdentity,
  now: Date,
  options: { readonly wrote?: boolean } = {},
): Promise<Person> {
  const wrote = options.wrote === true
  const existing = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select([
      'people.id',
      'people.display_name',
      'identities.username',
      'identities.display_name as identity_name',
      'identities.wrote_at',
    ])
    .where('identities.platform', '=', identity.platform)
    .where('identities.external_id', '=', identity.externalId)
    .executeTakeFirst()
  if (existing) {
    await keepIdentityFresh(db, existing, identity, now, wrote)
    return { id: existing.id, displayName: existing.display_name }
  }
  const created = await db.transaction().execute(async (trx) => {
    const person = await trx
      .insertInto('people')
      .values({ display_name: identity.displayName, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const inserted = await trx
      .insertInto('identities')
      .values({
        person_id: person.id,
        platform: identity.platform,
        external_id: identity.externalId,
        username: identity.username ?? null,
        display_name: identity.displayName,
        last_seen_at: now,
        wrote_at: wrote ? now : null,
      })
      .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
      .returning('person_id')
      .executeTakeFirst()
    return inserted ? { id: person.id, displayName: identity.displayName } : undefined
  })
  // Another message from the same newcomer won the race: use the person it created.
  return created ?? resolvePerson(db, identity, now, options)
}

/** The person behind a platform identity the bot has seen, else undefined. */
export async function findPerson(
  db: Kysely<Database>,
  identity: Pick<SenderIdentity, 'platform' | 'externalId'>,
): Promise<Person | undefined> {
  const row = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select(['people.id', 'people.display_name'])
    .where('identities.platform', '=', identity.platform)
    .where('identities.external_id', '=', identity.externalId)
    .executeTakeFirst()
  return row && { id: row.id, displayName: row.display_name }
}

/** What the bot last saw of an identity, as read with the person behind it. */
export interface SeenIdentity {
  readonly username: string | null
  readonly identity_name: string | null
  readonly wrote_at: Date | null
}

/**
 * Stores a changed username or display name of a known identity, and the first time it wrote itself
 * (`wrote`): a round trip only when one of them changed.
 */
export async function keepIdentityFresh(
  db: Kysely<Database>,
  seen: SeenIdentity,
  identity: SenderIdentity,
  now: Date,
  wrote: boolean,
): Promise<void> {
  const firstWords = wrote && seen.wrote_at === null
  if (
    seen.username === (identity.username ?? null) &&
    seen.identity_name === identity.displayName &&
    !firstWords
  )
    return
  await db
    .updateTable('identities')
    .set({
      username: identity.username ?? null,
      display_name: identity.displayName,
      last_seen_at: now,
      ...(firstWords ? { wrote_at: now } : {}),
    })
    .where('platform', '=', identity.platform)
    .where('external_id', '=', identity.externalId)
    .execute()
}

/** A person's identity on one platform (to mention them or write to them privately). */
export async function identityOn(
  db: Kysely<Database>,
  personId: number,
  platform: SenderIdentity['platform'],
) {
  return db
    .selectFrom('identities')
    .select(['external_id', 'username', 'display_name'])
    .where('person_id', '=', personId)
    .where('platform', '=', platform)
    .orderBy('last_seen_at', 'desc')
    .executeTakeFirst()
}

/** Someone the bot has seen on a platform under this username (case-insensitive), for `@username` mentions. */
export async function identityByUsername(
  db: Kysely<Database>,
  platform: SenderIdentity['platform'],
  username: string,
): Promise<SenderIdentity | undefined> {
  const row = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select([
      'identities.external_id',
      'identities.username',
      'identities.display_name',
      'people.display_name as person_name',
    ])
    .where('identities.platform', '=', platform)
    .where((eb) => eb(eb.fn('lower', ['identities.username']), '=', username.toLowerCase()))
    .orderBy('identities.last_seen_at', 'desc')
    .executeTakeFirst()
  if (!row) return undefined
  return {
    platform,
    externalId: row.external_id,
    ...(row.username ? { username: row.username } : {}),
    displayName: row.display_name ?? row.person_name,
  }
}

/** The identities Sinergi already has on a platform among these external ids (a WhatsApp LID and number). */
export async function knownIdentities(
  db: Kysely<Database>,
  platform: SenderIdentity['platform'],
  externalIds: readonly string[],
): Promise<{ readonly externalId: string; readonly displayName: string | null }[]> {
  if (externalIds.length === 0) return []
  const rows = await db
    .selectFrom('identities')
    .select(['external_id', 'display_name'])
    .where('platform', '=', platform)
    .where('external_id', 'in', externalIds)
    .execute()
  return rows.map((row) => ({ externalId: row.external_id, displayName: row.display_name }))
}
