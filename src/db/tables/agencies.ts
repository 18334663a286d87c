import type { Generated } from 'kysely'

export type AgencyKind = 'opd' | 'vertikal' | 'bumn' | 'bumd' | 'lainnya'

export interface AgenciesTable {
  id: Generated<number>
  workspace_id: number
  code: string
  name: string
  kind: Generated<AgencyKind>
  archived_at: Date | null
  created_at: Generated<Date>
}
