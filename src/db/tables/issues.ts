import type { Generated } from 'kysely'
import type {
  IssueCategory,
  IssueEventKind,
  IssueLevel,
  IssueOutcome,
  IssueStatus,
  MediaKind,
  Platform,
} from '../../vocabulary.js'

export interface IssuesTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'isu'>
  text: string
  links: Generated<string[]>
  category: Generated<IssueCategory>
  level: Generated<IssueLevel>
  status: Generated<IssueStatus>
  agency_id: number | null
  assigned_at: Date | null
  deadline_at: Date | null
  /** When the owning agency first submitted a clarification. */
  first_answer_at: Date | null
  outcome: IssueOutcome | null
  outcome_note: string | null
  reported_by: number
  chat_id: number | null
  screenshot_platform: Platform | null
  screenshot_ref: string | null
  screenshot_media: MediaKind | null
  screenshot_mime: string | null
  opened_at: Date
  closed_at: Date | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface IssueEventsTable {
  id: Generated<number>
  issue_id: number
  event: IssueEventKind
  at: Date
  actor_id: number
  chat_id: number | null
  agency_id: number | null
  item_number: number | null
  detail: string | null
}
