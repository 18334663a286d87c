import type { Generated } from 'kysely'

export type Role = 'koordinator' | 'admin' | 'anggota'

export interface MembershipsTable {
  workspace_id: number
  person_id: number
  role: Role
  agency_id: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
