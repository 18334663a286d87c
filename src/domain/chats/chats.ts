/**
 * The one writer of the `chats` table: chats seen, linked to a workspace or unlinked, chosen as the
 * private forum, given a brief schedule, left by the bot, or moved to a new id (a Telegram group that
 * became a supergroup). Everyone else calls these functions (with `db` or their transaction).
 */
import type { Kysely, QueryCreator, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ChatsTable } from '../../db/tables/chats.js'
import type { Language, Platform, PlatformChat } from '../../vocabulary.js'

export type ChatRow = Selectable<ChatsTable>
type Db = Kysely<Database>

/** The stored chat for an incoming message, created on first sight; a message proves the bot is in it again. */
export async function upsertChat(db: Db, chat: PlatformChat, now: Date): Promise<ChatRow> {
  return upsertChatQuery(db, chat, now).returningAll().executeTakeFirstOrThrow()
}

/** upsertChat's statement, for a caller that runs it together with another (one round trip). */
export function upsertChatQuery(db: QueryCreator<Database>, chat: PlatformChat, now: Date) {
  return db
    .insertInto('chats')
    .values({
      platform: chat.platform,
      external_id: chat.externalId,
      kind: chat.kind,
      title: chat.title ?? null,
      workspace_id: null,
      linked_at: null,
      created_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['platform', 'external_id']).doUpdateSet((eb) => ({
        title: eb.fn.coalesce(eb.ref('excluded.title'), eb.ref('chats.title')),
        active: true,
      })),
    )
}

export async function getChat(db: Db, chatId: number): Promise<ChatRow | undefined> {
  return db.selectFrom('chats').selectAll().where('id', '=', chatId).executeTakeFirst()
}

/** The stored chat by its platform id. */
export async function findChat(db: Db, platform: Platform, externalId: string): Promise<ChatRow | undefined> {
  return db
    .selectFrom('chats')
    .selectAll()
    .where('platform', '=', platform)
    .where('external_id', '=', externalId)
    .executeTakeFirst()
}

/** The active group chats linked to a workspace: where a message to the whole forum goes. */
export async function linkedGroups(db: Db, workspaceId: number): Promise<ChatRow[]> {
  return db
    .selectFrom('chats')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'group')
    .where('active', '=', true)
    .orderBy('id')
    .execute()
}

/** The forum a chat is linked to (its name and language), if any. */
export async function forumOfChat(
  db: Db,
  platform: Platform,
  externalId: string,
): Promise<{ readonly name: string; readonly language: Language } | undefined> {
  return db
    .selectFrom('chats')
    .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
    .select(['workspaces.name', 'workspaces.language'])
    .where('chats.platform', '=', platform)
    .where('chats.external_id', '=', externalId)
    .executeTakeFirst()
}

/**
 * The group now belongs to the workspace (activated or linked with a code); its scheduled messages go
 * to the topic it was linked from, if any.
 */
export async function linkChat(
  db: Db,
  chatId: number,
  workspaceId: number,
  now: Date,
  topic?: string,
): Promise<void> {
  await db
    .updateTable('chats')
    .set({ workspace_id: workspaceId, linked_at: now, active: true, topic: topic ?? null })
    .where('id', '=', chatId)
    .execute()
}

/** /putuskan: the group leaves its workspace. */
export async function unlinkChat(db: Db, chatId: number): Promise<void> {
  await db
    .updateTable('chats')
    .set({ workspace_id: null, linked_at: null })
    .where('id', '=', chatId)
    .execute()
}

/** /forum: the forum a private chat works in. */
export async function chooseForum(db: Db, chatId: number, workspaceId: number): Promise<void> {
  await db.updateTable('chats').set({ workspace_id: workspaceId }).where('id', '=', chatId).execute()
}

/** A group's brief schedule; returns it as stored. */
export async function setBriefSchedule(
  db: Db,
  chatId: number,
  patch: { at?: string; days?: number[]; enabled?: boolean; image?: boolean },
) {
  return db
    .updateTable('chats')
    .set({
      ...(patch.at !== undefined && { brief_at: patch.at }),
      ...(patch.days !== undefined && { brief_days: patch.days }),
      ...(patch.enabled !== undefined && { brief_enabled: patch.enabled }),
      ...(patch.image !== undefined && { brief_image: patch.image }),
    })
    .where('id', '=', chatId)
    .returning(['brief_at', 'brief_days', 'brief_enabled', 'brief_image'])
    .executeTakeFirstOrThrow()
}

/** The bot was removed, kicked or blocked: nothing more is sent there until someone writes to it again. */
export async function markChatInactive(db: Db, platform: Platform, externalId: string): Promise<void> {
  await db
    .updateTable('chats')
    .set({ active: false })
    .where('platform', '=', platform)
    .where('external_id', '=', externalId)
    .execute()
}

/**
 * A chat got a new id (a Telegram group became a supergroup): it keeps its row — workspace, brief
 * schedule, history — under the new id. Idempotent (Telegram reports it in the old chat and in the
 * new one). If the new id already has a row of its own (a command from the supergroup arrived first),
 * that row takes over the workspace and schedule and the old one is marked inactive.
 */
export async function moveChat(db: Db, platform: Platform, oldId: string, newId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const byId = (externalId: string) =>
      trx
        .selectFrom('chats')
        .selectAll()
        .where('platform', '=', platform)
        .where('external_id', '=', externalId)
        .forUpdate()
        .executeTakeFirst()
    const old = await byId(oldId)
    if (!old) return
    const existing = await byId(newId)
    if (!existing) {
      await trx
        .updateTable('chats')
        .set({ external_id: newId, active: true })
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
