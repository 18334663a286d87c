import { type Kysely, sql } from 'kysely'

// Live iCal feeds (SPEC §4) and the server secret behind signed web-calendar links.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  // One subscription address per workspace, or per agency of it. Only a SHA-256 of the address's
  // token is kept: a leaked backup does not hand out working feed URLs. The token itself is derived
  // from the server secret and `nonce`, so the bot can show the same address again later.
  await run(sql`
    CREATE TABLE calendar_feeds (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      -- NULL: the whole workspace; otherwise only this agency's items.
      agency_id bigint,
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      nonce text NOT NULL CHECK (length(nonce) >= 16),
      created_by bigint REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      -- Set by /kalender ics baru: the address stops working at once.
      revoked_at timestamptz,
      revoked_by bigint REFERENCES people (id),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id)
    )`)
  // /kalender ics finds the live feed of a workspace (or agency); /kalender ics baru revokes them all.
  await run(sql`CREATE INDEX calendar_feeds_active_idx ON calendar_feeds (workspace_id, agency_id)
    WHERE revoked_at IS NULL`)

  // Secrets the service makes for itself when the operator sets none (WEB_LINK_SECRET): kept in the
  // database so that links survive restarts and every replica signs and checks with the same key.
  await run(sql`
    CREATE TABLE server_secrets (
      name text PRIMARY KEY,
      value text NOT NULL CHECK (length(value) >= 32),
      created_at timestamptz NOT NULL DEFAULT now()
    )`)
}
