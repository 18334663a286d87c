import type { Generated } from 'kysely'
import type { AmplificationStatus, LinkPlatform } from '../../vocabulary.js'

export interface AmplificationRequestsTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'sebar'>
  title: string
  content_number: number | null
  links: string[]
  hashtags: Generated<string[]>
  notes: string | null
  opened_at: Date
  deadline_at: Date
  /** The zone the deadline was written in; the workspace zone when none was named. */
  deadline_zone: string
  status: Generated<AmplificationStatus>
  closed_at: Date | null
  created_by: number
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface AmplificationTargetsTable {
  request_id: number
  workspace_id: number
  agency_id: number
}

export interface AmplificationReportsTable {
  id: Generated<number>
  request_id: number
  agency_id: number
  url: string
  platform: LinkPlatform
  late: boolean
  reported_by: number
  chat_id: number | null
  reported_at: Date
}

export interface AmplificationMentionsTable {
  request_id: number
  person_id: number
  mentioned_at: Date
  /** The idempotency key of the outbox row whose message mentions the person. */
  claimed_by: string
}
