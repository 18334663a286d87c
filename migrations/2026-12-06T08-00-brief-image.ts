import { type Kysely, sql } from 'kysely'

// `/brief gambar hidup`: a group's Monday brief carries the week as a picture instead of the long text.
// Off for every chat until a coordinator turns it on.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE chats ADD COLUMN brief_image boolean NOT NULL DEFAULT false`.execute(db)
}
