import type { Generated } from 'kysely'
import type { AgencyKind } from '../../vocabulary.js'

export interface AgenciesTable {
  id: Generated<number>
  workspace_id: number
  code: string
  name: string
  kind: Generated<AgencyKind>
  archived_at: Date | null
  created_at: Generated<Date>
}
