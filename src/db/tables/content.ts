import type { ColumnType, Generated } from 'kysely'
import type { ContentStatus, MediaKind, Platform, ReviewAction, SocialPlatform } from '../../vocabulary.js'

export interface ContentDraftsTable {
  id: Generated<number>
  workspace_id: number
  number: number
  kind: Generated<'konten'>
  agency_id: number
  title: string
  body: Generated<string>
  platforms: ColumnType<SocialPlatform[], SocialPlatform[] | undefined, SocialPlatform[]>
  planned_at: Date | null
  hashtags: ColumnType<string[], string[] | undefined, string[]>
  key_message_id: number | null
  status: Generated<ContentStatus>
  created_by: number
  created_at: Generated<Date>
  updated_at: Generated<Date>
  published_at: Date | null
  /** The issue this draft answers (a clarification, reviewed first). */
  issue_id: ColumnType<number | null, number | null | undefined, number | null>
}

export interface ContentAttachmentsTable {
  id: Generated<number>
  draft_id: number
  media: MediaKind
  platform: Platform
  file_ref: string
  file_name: string | null
  mime_type: string | null
  created_at: Generated<Date>
}

export interface ContentReviewsTable {
  id: Generated<number>
  draft_id: number
  action: ReviewAction
  note: string | null
  actor_id: number
  created_at: Generated<Date>
}

export interface ContentLinksTable {
  id: Generated<number>
  draft_id: number
  url: string
  created_at: Generated<Date>
}
