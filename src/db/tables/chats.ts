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
  linked_at: Date | null
  created_at: Generated<Date>
}
