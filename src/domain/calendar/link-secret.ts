import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

const SECRET_NAME = 'web-link'

/**
 * The key that signs web-calendar links and derives feed addresses: WEB_LINK_SECRET when the operator
 * set one, otherwise one generated once and kept in the database, so that links survive restarts and
 * every replica signs and checks with the same key. Concurrent first starts agree: the first insert wins.
 */
export async function webLinkSecret(db: Kysely<Database>, configured?: string): Promise<string> {
  if (configured) return configured
  await db
    .insertInto('server_secrets')
    .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', SECRET_NAME)
    .executeTakeFirstOrThrow()
  return row.value
}
