import { sql } from 'kysely'
import { Migrator } from 'kysely/migration'
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

for (const backend of availableBackends()) {
  it(`lets reminders mention, right after the upgrade, people who wrote commands on that platform [${backend}]`, async () => {
    const database = await openEmptyDatabase(backend)
    try {
      const db = database.db
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        migrationTableSchema: database.schema,
      })
      const before = await migrator.migrateTo('2026-12-06T04-00-web-link-generation')
      expect(before.error).toBeUndefined()
      const [workspace] = (
        await sql<{ id: number }>`INSERT INTO workspaces (name) VALUES ('Bakohumas') RETURNING id`.execute(db)
      ).rows
      const person = async (name: string) =>
        (
          await sql<{ id: number }>`INSERT INTO people (display_name) VALUES (${name}) RETURNING id`.execute(
            db,
          )
        ).rows[0]!.id
      const budi = await person('Budi')
      const andi = await person('Andi')
      const seen = new Date('2026-12-01T03:00:00Z')
      for (const [who, platform, id] of [
        [budi, 'telegram', 'tg-budi'],
        [budi, 'whatsapp', 'wa-budi'],
        [andi, 'telegram', 'tg-andi'],
      ] as const) {
        await sql`INSERT INTO identities (person_id, platform, external_id, last_seen_at)
          VALUES (${who}, ${platform}, ${id}, ${seen})`.execute(db)
      }
      const [chat] = (
        await sql<{ id: number }>`INSERT INTO chats (platform, external_id, kind, workspace_id)
          VALUES ('telegram', 'grup', 'group', ${workspace!.id}) RETURNING id`.execute(db)
      ).rows
      // Budi ran a command in the Telegram group; Andi was only named by others.
      await sql`INSERT INTO audit_log (workspace_id, actor_id, chat_id, action)
        VALUES (${workspace!.id}, ${budi}, ${chat!.id}, 'agenda.added')`.execute(db)
      await migrateToLatest(db, database.schema)
      const { rows } = await sql<{ external_id: string; wrote_at: Date | string | null }>`
        SELECT external_id, wrote_at FROM identities ORDER BY external_id`.execute(db)
      expect(rows.map((row) => [row.external_id, row.wrote_at === null ? null : 'set'])).toEqual([
        ['tg-andi', null],
        ['tg-budi', 'set'],
        ['wa-budi', null],
      ])
    } finally {
      await database.drop()
    }
  })
}
