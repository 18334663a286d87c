import type { Migration } from 'kysely/migration'
import * as initialSchema from './2026-11-23T00-00-initial-schema.js'
import * as scheduler from './2026-11-23T01-00-scheduler.js'
import * as whatsappAuth from './2026-11-23T02-00-whatsapp-auth.js'
import * as calendarFeeds from './2026-11-23T03-00-calendar-feeds.js'
import * as outboxKindFormat from './2026-11-24T00-00-outbox-kind-format.js'
import * as chatTopic from './2026-12-06T00-00-chat-topic.js'
import * as agendaDaily from './2026-12-06T01-00-agenda-daily.js'
import * as calendarIndexes from './2026-12-06T03-00-calendar-indexes.js'
import * as webLinkGeneration from './2026-12-06T04-00-web-link-generation.js'
import * as amplification from './2026-12-06T05-00-amplification.js'
import * as unansweredCommands from './2026-12-06T06-00-unanswered-commands.js'
import * as issueDesk from './2026-12-06T07-00-issue-desk.js'
import * as recurringAgenda from './2026-12-06T09-00-recurring-agenda.js'
import * as coverageAndClashes from './2026-12-06T10-00-coverage-and-clashes.js'
import * as commemorationDays from './2026-12-06T11-00-commemoration-days.js'

/** Every migration, by name; names sort in the order they apply. Listed by hand so a build needs no directory scan. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T00-00-initial-schema': initialSchema,
  '2026-11-23T01-00-scheduler': scheduler,
  '2026-11-23T02-00-whatsapp-auth': whatsappAuth,
  '2026-11-23T03-00-calendar-feeds': calendarFeeds,
  '2026-11-24T00-00-outbox-kind-format': outboxKindFormat,
  '2026-12-06T00-00-chat-topic': chatTopic,
  '2026-12-06T01-00-agenda-daily': agendaDaily,
  '2026-12-06T03-00-calendar-indexes': calendarIndexes,
  '2026-12-06T04-00-web-link-generation': webLinkGeneration,
  '2026-12-06T05-00-amplification': amplification,
  '2026-12-06T06-00-unanswered-commands': unansweredCommands,
  '2026-12-06T07-00-issue-desk': issueDesk,
  '2026-12-06T09-00-recurring-agenda': recurringAgenda,
  '2026-12-06T10-00-coverage-and-clashes': coverageAndClashes,
  '2026-12-06T11-00-commemoration-days': commemorationDays,
}
