import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ChatsTable } from '../../db/tables/chats.js'
import type { PlatformChat as IncomingChat } from '../../vocabulary.js'

export type ChatRow = Selectable<ChatsTable>

/** The stored chat for an incoming message, created on first sight; a message proves the bot is in it again. */
export async function upsertChat(db: Kysely<Database>, chat: IncomingChat, now: Date): Promise<ChatRow> {
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
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function getChat(db: Kysely<Database>, chatId: number): Promise<ChatRow | undefined> {
  return db.selectFrom('chats').selectAll().where('id', '=', chatId).executeTakeFirst()
}
