import type { Generated } from 'kysely'

export type ReminderStatus = 'menunggu' | 'terkirim' | 'batal'

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
