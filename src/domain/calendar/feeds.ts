import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'

/**
 * Secret subscription addresses of the live iCal feeds (SPEC §4): one per workspace and one per agency.
 * The address's token is an HMAC of a random nonce under the server secret; only its SHA-256 is stored,
 * and the bot recomputes the token to show the same address again. Revoking (`/kalender ics baru`)
 * stops every address of the workspace at once.
 */

/** Null `agencyId`: the feed of the whole workspace. */
export interface FeedScope {
  readonly workspaceId: number
  readonly agencyId: number | null
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

const tokenOf = (secret: string, nonce: string) =>
  createHmac('sha256', secret).update(`sinergi-calendar-feed-v1\n${nonce}`).digest('base64url')
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** The feed's address under the public base URL; `.ics` at the end helps apps that look at it. */
export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/ical/${token}.ics`
}

function activeFeeds(db: Kysely<Database>, scope: FeedScope) {
  return db
    .selectFrom('calendar_feeds')
    .select(['id', 'token_hash', 'nonce'])
    .where('workspace_id', '=', scope.workspaceId)
    .where('agency_id', scope.agencyId === null ? 'is' : '=', scope.agencyId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
}

async function issue(trx: Kysely<Database>, secret: string, scope: FeedScope, change: ChangeContext) {
  const nonce = randomBytes(16).toString('base64url')
  const token = tokenOf(secret, nonce)
  await trx
    .insertInto('calendar_feeds')
    .values({
      workspace_id: scope.workspaceId,
      agency_id: scope.agencyId,
      token_hash: hashOf(token),
      nonce,
      created_by: change.actorId,
      created_at: change.now,
      revoked_at: null,
      revoked_by: null,
    })
    .execute()
  await recordAudit(trx, change, 'calendar.feed_issued', null, { agencyId: scope.agencyId })
  return token
}

/**
 * The token of the live feed of this scope, issuing one the first time. A feed whose token cannot be
 * recomputed (the server secret changed since) keeps working for those subscribed, and a new one is issued.
 */
export async function feedTokenFor(
  db: Kysely<Database>,
  secret: string,
  scope: FeedScope,
  change: ChangeContext,
): Promise<string> {
  for (const feed of await activeFeeds(db, scope).execute()) {
    const token = tokenOf(secret, feed.nonce)
    if (hashOf(token) === feed.token_hash) return token
  }
  return db.transaction().execute((trx) => issue(trx, secret, scope, change))
}

/** Revokes every feed address of the workspace (its own and its agencies'), then issues a new workspace one. */
export async function renewFeeds(
  db: Kysely<Database>,
  secret: string,
  change: ChangeContext,
): Promise<{ token: string; revoked: number }> {
  return db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('calendar_feeds')
      .set({ revoked_at: change.now, revoked_by: change.actorId })
      .where('workspace_id', '=', change.workspaceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    const count = Number(revoked.numUpdatedRows)
    await recordAudit(trx, change, 'calendar.feeds_revoked', null, { count })
    const token = await issue(trx, secret, { workspaceId: change.workspaceId, agencyId: null }, change)
    return { token, revoked: count }
  })
}

/** The scope of a live (not revoked) feed presented by its token, or undefined. */
export async function findFeed(db: Kysely<Database>, token: string): Promise<FeedScope | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined
  const row = await db
    .selectFrom('calendar_feeds')
    .select(['workspace_id', 'agency_id'])
    .where('token_hash', '=', hashOf(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row && { workspaceId: row.workspace_id, agencyId: row.agency_id }
}
