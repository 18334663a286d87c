import type { Generated } from 'kysely'

export interface ForumDaysTable {
  id: Generated<number>
  workspace_id: number
  month: number
  day: number
  name: string
  name_key: string
  created_by: number
  created_at: Generated<Date>
}

export interface HiddenDaysTable {
  workspace_id: number
  name_key: string
  name: string
  hidden_by: number
  hidden_at: Generated<Date>
}
