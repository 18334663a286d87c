import { type Kysely, sql } from 'kysely'

// Commemoration days (/hari): the national days ship with the code; a forum adds its own yearly days
// (Hari Jadi Kabupaten) and hides shipped ones it does not mark.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  // A forum's own day, every year on the same date (29 February shows on the 28th in other years).
  await run(sql`
    CREATE TABLE forum_days (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      month smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
      day smallint NOT NULL CHECK (day BETWEEN 1 AND 31),
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
      -- The name compared case- and punctuation-blind, so one forum cannot hold the same day twice.
      name_key text NOT NULL,
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, name_key)
    )`)

  // Shipped days a forum hides, by their compared name: the same name in a later year stays hidden.
  await run(sql`
    CREATE TABLE hidden_days (
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      name_key text NOT NULL,
      name text NOT NULL,
      hidden_by bigint NOT NULL REFERENCES people (id),
      hidden_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, name_key)
    )`)
}
