import type { ColumnType, Generated } from 'kysely'
import type { ChatKind, Platform } from '../../vocabulary.js'

export interface ChatsTable {
  id: Generated<number>
  platform: Platform
  external_id: string
  kind: ChatKind
  title: string | null
  workspace_id: number | null
  active: Generated<boolean>
  brief_enabled: Generated<boolean>
  brief_at: Generated<string>
  brief_days: ColumnType<number[], number[] | undefined, number[]>
  /** Monday's brief as the week's picture (`/brief gambar hidup`). */
  brief_image: Generated<boolean>
  linked_at: Date | null
  /** The thread inside the chat its scheduled messages go to (a Telegram forum topic). */
  topic: ColumnType<string | null, string | null | undefined, string | null>
  created_at: Generated<Date>
}
