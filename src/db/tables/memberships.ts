import type { Generated } from 'kysely'
import type { Role } from '../../vocabulary.js'

export interface MembershipsTable {
  workspace_id: number
  person_id: number
  role: Role
  agency_id: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
