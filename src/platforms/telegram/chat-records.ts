/**
 * What the Telegram adapter itself records about chats: the bot added or removed (chats.active), a group
 * upgraded to a supergroup (chats.external_id), and the lookups the adapter needs (language, status).
 */
import type { Kysely } from 'kysely'
import type { IncomingChat, SenderIdentity } from '../../chat/types.js'
import type { Database } from '../../db/database.js'
import { type ChatRow, upsertChat } from '../../domain/chats/chats.js'
import type { Language } from '../../vocabulary.js'

type Db = Kysely<Database>

/** The bot is in the chat (again): the row is created or marked active. */
export function recordBotAdded(db: Db, chat: IncomingChat, now: Date): Promise<ChatRow> {
  return upsertChat(db, chat, now)
}

/** The bot was removed, kicked or blocked: nothing more is sent there until someone writes to it again. */
export async function recordBotRemoved(db: Db, chatExternalId: string): Promise<void> {
  await db
    .updateTable('chats')
    .set({ active: false })
    .where('platform', '=', 'telegram')
    .where('external_id', '=', chatExternalId)
    .execute()
}

/** Is the stored chat marked inactive? (Unknown chats are not.) */
export async function isChatInactive(db: Db, chatExternalId: string): Promise<boolean> {
  const row = await db
    .selectFrom('chats')
    .select('active')
    .where('platform', '=', 'telegram')
    .where('external_id', '=', chatExternalId)
    .executeTakeFirst()
  return row !== undefined && !row.active
}

/**
 * A group became a supergroup with a new id: the chat keeps its row — workspace, brief schedule,
 * history — under the new id. Idempotent (Telegram reports it in the old chat and in the new one).
 * If the new id already has a row of its own (a command from the supergroup arrived first), that row
 * takes over the workspace and schedule and the old one is marked inactive.
 */
export async function recordMigration(db: Db, oldExternalId: string, newExternalId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('chats')
      .selectAll()
      .where('platform', '=', 'telegram')
      .where('external_id', '=', oldExternalId)
      .forUpdate()
      .executeTakeFirst()
    if (!old) return
    const existing = await trx
      .selectFrom('chats')
      .selectAll()
      .where('platform', '=', 'telegram')
      .where('external_id', '=', newExternalId)
      .forUpdate()
      .executeTakeFirst()
    if (!existing) {
      await trx
        .updateTable('chats')
        .set({ external_id: newExternalId, active: true })
        .where('id', '=', old.id)
        .execute()
      return
    }
    if (existing.workspace_id === null && old.workspace_id !== null) {
      await trx
        .updateTable('chats')
        .set({
          workspace_id: old.workspace_id,
          linked_at: old.linked_at,
          brief_enabled: old.brief_enabled,
          brief_at: old.brief_at,
          brief_days: old.brief_days,
          title: existing.title ?? old.title,
        })
        .where('id', '=', existing.id)
        .execute()
    }
    await trx.updateTable('chats').set({ active: false }).where('id', '=', old.id).execute()
  })
}

/** The language of the chat's workspace, else the default. */
export async function languageOfChat(db: Db, chatExternalId: string, fallback: Language): Promise<Language> {
  const row = await db
    .selectFrom('chats')
    .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
    .select('workspaces.language')
    .where('chats.platform', '=', 'telegram')
    .where('chats.external_id', '=', chatExternalId)
    .executeTakeFirst()
  return row?.language ?? fallback
}

/** The name of the forum a chat is linked to, if any. */
export async function forumOfChat(db: Db, chatExternalId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('chats')
    .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
    .select('workspaces.name')
    .where('chats.platform', '=', 'telegram')
    .where('chats.external_id', '=', chatExternalId)
    .executeTakeFirst()
  return row?.name
}

/** The stored chat by id (targets of kind `chat`). */
export async function chatById(db: Db, chatId: number) {
  return db
    .selectFrom('chats')
    .select(['platform', 'external_id', 'kind', 'active'])
    .where('id', '=', chatId)
    .executeTakeFirst()
}

/** A Telegram user the bot has seen, by username (case-insensitive), for `@username` mentions. */
export async function identityByUsername(db: Db, username: string): Promise<SenderIdentity | undefined> {
  const row = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select([
      'identities.external_id',
      'identities.username',
      'identities.display_name',
      'people.display_name as person_name',
    ])
    .where('identities.platform', '=', 'telegram')
    .where((eb) => eb(eb.fn('lower', ['identities.username']), '=', username.toLowerCase()))
    .orderBy('identities.last_seen_at', 'desc')
    .executeTakeFirst()
  if (!row) return undefined
  return {
    platform: 'telegram',
    externalId: row.external_id,
    ...(row.username ? { username: row.username } : {}),
    displayName: row.display_name ?? row.person_name,
  }
}

/**
 * The status of draft #number as seen from a chat: in the chat's workspace, or — in a private chat not
 * tied to one — in the presser's only workspace. Undefined when there is no such draft.
 */
export async function draftStatusFrom(
  db: Db,
  chatExternalId: string,
  presserExternalId: string,
  number: number,
): Promise<string | undefined> {
  const chat = await db
    .selectFrom('chats')
    .select('workspace_id')
    .where('platform', '=', 'telegram')
    .where('external_id', '=', chatExternalId)
    .executeTakeFirst()
  let workspaceId = chat?.workspace_id ?? undefined
  if (workspaceId === undefined) {
    const mine = await db
      .selectFrom('memberships')
      .innerJoin('identities', 'identities.person_id', 'memberships.person_id')
      .select('memberships.workspace_id')
      .where('identities.platform', '=', 'telegram')
      .where('identities.external_id', '=', presserExternalId)
      .execute()
    if (mine.length !== 1) return undefined
    workspaceId = mine[0]!.workspace_id
  }
  const draft = await db
    .selectFrom('content_drafts')
    .select('status')
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst()
  return draft?.status
}
