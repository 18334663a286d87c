import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { KeyMessagesTable } from '../../db/tables/key-messages.js'
import type { LocalDate } from '../../time/calendar.js'
import type { KeyMessage } from './types.js'

type Db = Kysely<Database>

export function toKeyMessage(row: Selectable<KeyMessagesTable>): KeyMessage {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    theme: row.theme,
    message: row.message,
    talkingPoints: row.talking_points,
    hashtags: row.hashtags,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    archivedAt: row.archived_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

/**
 * Key messages in force on a day of the workspace calendar (`localDate`, 'YYYY-MM-DD' in the
 * workspace zone): valid from–to includes it and not archived; those ending soonest first.
 */
export async function activeKeyMessages(
  db: Db,
  workspaceId: number,
  localDate: LocalDate,
): Promise<KeyMessage[]> {
  const rows = await db
    .selectFrom('key_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .where('valid_from', '<=', localDate)
    .where('valid_to', '>=', localDate)
    .orderBy('valid_to')
    .orderBy('number')
    .execute()
  return rows.map(toKeyMessage)
}

/** Key messages not archived that start after `localDate`, soonest first, at most `limit`. */
export async function upcomingKeyMessages(
  db: Db,
  workspaceId: number,
  localDate: LocalDate,
  limit: number,
): Promise<KeyMessage[]> {
  const rows = await db
    .selectFrom('key_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .where('valid_from', '>', localDate)
    .orderBy('valid_from')
    .orderBy('number')
    .limit(limit)
    .execute()
  return rows.map(toKeyMessage)
}

/** The key message with this short number (archived ones too), or undefined. */
export async function getKeyMessage(
  db: Db,
  workspaceId: number,
  number: number,
): Promise<KeyMessage | undefined> {
  const row = await db
    .selectFrom('key_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst()
  return row && toKeyMessage(row)
}
