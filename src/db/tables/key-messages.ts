import type { ColumnType, Generated } from 'kysely'

export interface KeyMessagesTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'narasi'>
  theme: string
  message: Generated<string>
  talking_points: ColumnType<string[], string[] | undefined, string[]>
  hashtags: ColumnType<string[], string[] | undefined, string[]>
  /** 'YYYY-MM-DD' */
  valid_from: string
  valid_to: string
  archived_at: Date | null
  created_by: number
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
