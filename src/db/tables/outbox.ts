import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { OutboxKind } from '../../scheduler/kinds/index.js'

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'expired' | 'withdrawn' | 'skipped'

export interface OutboxTable {
  id: Generated<number>
  idempotency_key: string
  kind: OutboxKind
  chat_id: number
  workspace_id: number | null
  subject_number: number | null
  /** Read back through its kind's schema (scheduler/kinds/). */
  payload: JSONColumnType<Record<string, unknown>>
  due_at: Date
  expires_at: Date
  status: Generated<OutboxStatus>
  claim_token: string | null
  lease_until: Date | null
  attempts: Generated<number>
  last_error: string | null
  sent_at: Date | null
  created_at: ColumnType<Date, Date | undefined, never>
}

export interface AnnouncementsTable {
  workspace_id: number
  number: number
  chat_id: number
  announced_at: Generated<Date>
  /** What the chat was shown (status, time, place), for "Perubahan" notices; null for older rows. */
  snapshot: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>
}
