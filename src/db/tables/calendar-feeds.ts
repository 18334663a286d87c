import type { Generated } from 'kysely'

export interface CalendarFeedsTable {
  id: Generated<number>
  workspace_id: number
  /** Null: the whole workspace's feed. */
  agency_id: number | null
  token_hash: string
  nonce: string
  created_by: number | null
  created_at: Generated<Date>
  revoked_at: Date | null
  revoked_by: number | null
}

export interface ServerSecretsTable {
  name: string
  value: string
  created_at: Generated<Date>
}
