import type { ColumnType, Generated } from 'kysely'
import type { AgendaStatus } from '../../vocabulary.js'

export interface AgendaItemsTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'agenda'>
  agency_id: number
  title: string
  all_day: boolean
  starts_at: Date | null
  ends_at: Date | null
  /** 'YYYY-MM-DD' */
  start_date: string | null
  end_date: string | null
  /** Timed items only: the times repeat on each day from starts_at's to ends_at's. */
  daily: Generated<boolean>
  stated_zone: string
  /** RFC 5545 rule body (`FREQ=WEEKLY;BYDAY=MO`) of a recurring item; starts_at/start_date is its first occurrence. */
  recurrence: string | null
  /** 'YYYY-MM-DD': the last day a recurring item may fall on. */
  recurs_until: string | null
  /** Occurrences cancelled or detached ('YYYY-MM-DD' each). */
  excluded_dates: Generated<string[]>
  /** `kecuali libur`: occurrences on public holidays are skipped. */
  skip_holidays: Generated<boolean>
  /** A detached occurrence: the series' number and the date it replaces. */
  detached_from: number | null
  detached_date: string | null
  location: string | null
  notes: string | null
  coverage: Generated<boolean>
  /** The agency that claimed coverage with /liput (null: nobody yet), who claimed it and when. */
  coverage_agency_id: ColumnType<number | null, number | null | undefined, number | null>
  coverage_claimed_by: ColumnType<number | null, number | null | undefined, number | null>
  coverage_claimed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  /** Officials attending (`Pimpinan: Bupati`), as codes of domain/agenda/officials.ts. */
  officials: ColumnType<string[], string[] | undefined, string[]>
  status: Generated<AgendaStatus>
  cancel_reason: string | null
  created_by: number
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
