import type { Generated } from 'kysely'
import type { ReminderStatus } from '../../vocabulary.js'

export interface RemindersTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'pengingat'>
  chat_id: number
  message: string
  due_at: Date
  status: Generated<ReminderStatus>
  created_by: number
  created_at: Generated<Date>
}
