import { type Kysely, sql } from 'kysely'

// Amplification (/sebar, /lapor): a request asks agencies to repost one narrative; each target agency
// reports its repost links. Requests take their short number from the workspace counter like every item.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  await run(sql`ALTER TABLE item_numbers DROP CONSTRAINT item_numbers_kind_check`)
  await run(sql`
    ALTER TABLE item_numbers ADD CONSTRAINT item_numbers_kind_check
    CHECK (kind IN ('agenda', 'konten', 'narasi', 'pengingat', 'sebar'))`)

  await run(sql`
    CREATE TABLE amplification_requests (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'sebar' CHECK (kind = 'sebar'),
      title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
      -- The draft being amplified, when the request names one (its number, as people write it).
      content_number integer,
      -- What to share: the post's links; an approved draft not yet published may have none (its text is shared).
      links text[] NOT NULL CHECK (cardinality(links) <= 10),
      hashtags text[] NOT NULL DEFAULT '{}',
      notes text CHECK (length(notes) <= 2000),
      opened_at timestamptz NOT NULL,
      deadline_at timestamptz NOT NULL,
      -- The zone the deadline was written in (sampai 15.00 WITA): shown first, the forum's in brackets.
      deadline_zone text NOT NULL,
      status text NOT NULL DEFAULT 'terbuka' CHECK (status IN ('terbuka', 'ditutup', 'batal')),
      closed_at timestamptz,
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, number),
      UNIQUE (workspace_id, id),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind),
      FOREIGN KEY (workspace_id, content_number) REFERENCES content_drafts (workspace_id, number),
      CHECK (deadline_at > opened_at),
      CHECK (cardinality(links) > 0 OR content_number IS NOT NULL),
      CHECK ((status = 'terbuka') = (closed_at IS NULL))
    )`)
  // /sebar, the brief and the planner list a workspace's open requests by deadline, recaps and exports
  // every request by deadline: one index serves both (few requests are closed at any time).
  await run(sql`
    CREATE INDEX amplification_requests_deadline_idx ON amplification_requests (workspace_id, deadline_at)`)

  // The agencies asked, fixed when the request opens: an agency archived later stays a target of it.
  await run(sql`
    CREATE TABLE amplification_targets (
      request_id bigint NOT NULL REFERENCES amplification_requests (id),
      workspace_id bigint NOT NULL,
      agency_id bigint NOT NULL,
      PRIMARY KEY (request_id, agency_id),
      FOREIGN KEY (workspace_id, request_id) REFERENCES amplification_requests (workspace_id, id),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id)
    )`)
  // "/lapor" without a number lists the open requests of the sender's agency.
  await run(sql`CREATE INDEX amplification_targets_agency_idx ON amplification_targets (agency_id)`)

  // One row per repost link; a link counts once per request, whoever reports it.
  await run(sql`
    CREATE TABLE amplification_reports (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id bigint NOT NULL,
      agency_id bigint NOT NULL,
      url text NOT NULL CHECK (url ~ '^https?://'),
      platform text NOT NULL CHECK (platform IN ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'web')),
      late boolean NOT NULL,
      reported_by bigint NOT NULL REFERENCES people (id),
      chat_id bigint REFERENCES chats (id),
      reported_at timestamptz NOT NULL,
      UNIQUE (request_id, url),
      FOREIGN KEY (request_id, agency_id) REFERENCES amplification_targets (request_id, agency_id)
    )`)

  // Reminders mention a person at most once per request (WhatsApp ban risk): who was mentioned, and by
  // which outbox row (its idempotency key), so that the row's retry mentions them again and a row given
  // up unsent frees them for the next reminder.
  await run(sql`
    CREATE TABLE amplification_mentions (
      request_id bigint NOT NULL REFERENCES amplification_requests (id),
      person_id bigint NOT NULL REFERENCES people (id),
      mentioned_at timestamptz NOT NULL,
      claimed_by text NOT NULL,
      PRIMARY KEY (request_id, person_id)
    )`)
  await run(sql`CREATE INDEX amplification_mentions_claimed_by_idx ON amplification_mentions (claimed_by)`)

  // Reminders mention only people who wrote to the bot themselves, not people merely named in a command
  // (WhatsApp bans numbers that message strangers). For identities seen before this column, the audit
  // log tells: an identity whose person ran a command in a chat of its platform wrote to the bot (when
  // last seen, the best time known); the others count once they write again.
  await run(sql`ALTER TABLE identities ADD COLUMN wrote_at timestamptz`)
  await run(sql`
    UPDATE identities i SET wrote_at = i.last_seen_at
    WHERE EXISTS (
      SELECT 1 FROM audit_log a JOIN chats c ON c.id = a.chat_id
      WHERE a.actor_id = i.person_id AND c.platform = i.platform
    )`)
}
