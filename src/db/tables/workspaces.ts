import type { ColumnType, Generated } from 'kysely'
import type { Language } from '../../vocabulary.js'

export interface WorkspacesTable {
  id: Generated<number>
  name: string
  timezone: Generated<string>
  language: Generated<Language>
  agenda_day_before_at: ColumnType<string | null, string | null | undefined>
  agenda_minutes_before: ColumnType<number | null, number | null | undefined>
  last_item_number: Generated<number>
  web_link_generation: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
