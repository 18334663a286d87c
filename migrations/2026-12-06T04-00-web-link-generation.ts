import { type Kysely, sql } from 'kysely'

// Web-calendar links carry the workspace's link generation; `/kalender web baru` moves it on so every
// older link stops working without changing the server secret. Links made before this count as 0.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE workspaces ADD COLUMN web_link_generation integer NOT NULL DEFAULT 0`.execute(db)
}
