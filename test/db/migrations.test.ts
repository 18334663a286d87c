import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { migrations } from '../../migrations/index.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { availableBackends, openEmptyDatabase } from '../support/databases.js'

for (const backend of availableBackends()) {
  it(`applies every migration to an empty database, then has nothing left to apply [${backend}]`, async () => {
    const database = await openEmptyDatabase(backend)
    try {
      const first = await migrateToLatest(database.db, database.schema)
      expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual(
        Object.keys(migrations).map((name) => [name, 'Success']),
      )
      const { rows } = await sql<{ tablename: string }>`
        SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`.execute(
        database.db,
      )
      expect(rows.map((r) => r.tablename)).toEqual(
        expect.arrayContaining([
          'workspaces',
          'chats',
          'agencies',
          'people',
          'identities',
          'memberships',
          'item_numbers',
          'agenda_items',
          'content_drafts',
          'content_attachments',
          'content_reviews',
          'content_links',
          'key_messages',
          'reminders',
          'outbox',
          'announcements',
          'link_codes',
          'pending_questions',
          'processed_messages',
          'audit_log',
        ]),
      )
      const second = await migrateToLatest(database.db, database.schema)
      expect(second.results).toEqual([])
    } finally {
      await database.drop()
    }
  })

  it(`refuses a database a newer Sinergi migrated, rather than taking it as up to date [${backend}]`, async () => {
    const database = await openEmptyDatabase(backend)
    try {
      await migrateToLatest(database.db, database.schema)
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T00-00-from-a-newer-version', '2099-01-01')`.execute(
        database.db,
      )
      await expect(migrateToLatest(database.db, database.schema)).rejects.toThrow(/corrupted migrations/)
    } finally {
      await database.drop()
    }
  })
}
