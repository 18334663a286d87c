import type { Generated, JSONColumnType } from 'kysely'
import type { Platform } from '../../vocabulary.js'

export interface LinkCodesTable {
  code_hash: string
  workspace_id: number
  created_by: number
  expires_at: Date
  used_at: Date | null
  used_in_chat_id: number | null
  created_at: Generated<Date>
}

export interface PendingQuestionsTable {
  id: Generated<number>
  chat_id: number
  person_id: number
  bot_message_id: string | null
  purpose: string
  context: JSONColumnType<Record<string, unknown>>
  expires_at: Date
  created_at: Generated<Date>
}

export interface ProcessedMessagesTable {
  platform: Platform
  message_key: string
  processed_at: Generated<Date>
  /** A command that changes data, until its answer is sent: when it may be taken as unanswered. */
  answer_due_at: Date | null
  chat_external_id: string | null
  sender_external_id: string | null
  /** The command as written (shortened), for the notice. */
  command: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  workspace_id: number
  actor_id: number | null
  chat_id: number | null
  action: string
  subject: string | null
  details: JSONColumnType<Record<string, unknown>>
  created_at: Generated<Date>
}
