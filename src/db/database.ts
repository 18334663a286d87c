import type { AgenciesTable } from './tables/agencies.js'
import type { AgendaItemsTable } from './tables/agenda-items.js'
import type {
  AmplificationMentionsTable,
  AmplificationReportsTable,
  AmplificationRequestsTable,
  AmplificationTargetsTable,
} from './tables/amplification.js'
import type { CalendarFeedsTable, ServerSecretsTable } from './tables/calendar-feeds.js'
import type { ChatsTable } from './tables/chats.js'
import type { ForumDaysTable, HiddenDaysTable } from './tables/commemorations.js'
import type {
  ContentAttachmentsTable,
  ContentDraftsTable,
  ContentLinksTable,
  ContentReviewsTable,
} from './tables/content.js'
import type { IssueEventsTable, IssuesTable } from './tables/issues.js'
import type { ItemNumbersTable } from './tables/item-numbers.js'
import type { KeyMessagesTable } from './tables/key-messages.js'
import type { MembershipsTable } from './tables/memberships.js'
import type {
  AuditLogTable,
  LinkCodesTable,
  PendingQuestionsTable,
  ProcessedMessagesTable,
} from './tables/misc.js'
import type { AnnouncementsTable, OutboxTable } from './tables/outbox.js'
import type { IdentitiesTable, PeopleTable } from './tables/people.js'
import type { RemindersTable } from './tables/reminders.js'
import type { WorkspacesTable } from './tables/workspaces.js'

/** Every table, as Kysely sees it. */
export interface Database {
  workspaces: WorkspacesTable
  chats: ChatsTable
  agencies: AgenciesTable
  people: PeopleTable
  identities: IdentitiesTable
  memberships: MembershipsTable
  item_numbers: ItemNumbersTable
  agenda_items: AgendaItemsTable
  key_messages: KeyMessagesTable
  content_drafts: ContentDraftsTable
  content_attachments: ContentAttachmentsTable
  content_reviews: ContentReviewsTable
  content_links: ContentLinksTable
  reminders: RemindersTable
  outbox: OutboxTable
  announcements: AnnouncementsTable
  link_codes: LinkCodesTable
  pending_questions: PendingQuestionsTable
  processed_messages: ProcessedMessagesTable
  audit_log: AuditLogTable
  calendar_feeds: CalendarFeedsTable
  server_secrets: ServerSecretsTable
  amplification_requests: AmplificationRequestsTable
  amplification_targets: AmplificationTargetsTable
  amplification_reports: AmplificationReportsTable
  amplification_mentions: AmplificationMentionsTable
  issues: IssuesTable
  issue_events: IssueEventsTable
  forum_days: ForumDaysTable
  hidden_days: HiddenDaysTable
}
