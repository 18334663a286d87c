import { type Kysely, sql } from 'kysely'

// The whole data model of SPEC §1 and §3. Frozen: later changes go in new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  await run(sql`
    CREATE TABLE workspaces (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 120),
      timezone text NOT NULL DEFAULT 'Asia/Jakarta',
      language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
      -- Day-before agenda reminder time (local, HH:MM) and minutes-before reminder; NULL switches one off.
      agenda_day_before_at text DEFAULT '16:00' CHECK (agenda_day_before_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      agenda_minutes_before integer DEFAULT 60 CHECK (agenda_minutes_before BETWEEN 5 AND 1440),
      -- The one counter behind every short number (#12) of agenda items, drafts, key messages and reminders.
      last_item_number integer NOT NULL DEFAULT 0 CHECK (last_item_number >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`)

  await run(sql`
    CREATE TABLE chats (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      platform text NOT NULL CHECK (platform IN ('telegram', 'whatsapp', 'console')),
      external_id text NOT NULL CHECK (external_id <> ''),
      kind text NOT NULL CHECK (kind IN ('group', 'private')),
      title text,
      workspace_id bigint REFERENCES workspaces (id),
      -- False once the bot was removed or the group unlinked: nothing more is sent there.
      active boolean NOT NULL DEFAULT true,
      brief_enabled boolean NOT NULL DEFAULT true,
      brief_at text NOT NULL DEFAULT '07:00' CHECK (brief_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      -- ISO weekdays, 1 = Monday … 7 = Sunday.
      brief_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}'
        CHECK (cardinality(brief_days) BETWEEN 1 AND 7 AND brief_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
      linked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (platform, external_id)
    )`)
  // Briefs and fan-out look up the chats of a workspace.
  await run(sql`CREATE INDEX chats_workspace_idx ON chats (workspace_id) WHERE workspace_id IS NOT NULL`)

  await run(sql`
    CREATE TABLE agencies (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      -- Stored upper-case so that uniqueness is case-insensitive by construction.
      code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 160),
      kind text NOT NULL DEFAULT 'lainnya' CHECK (kind IN ('opd', 'vertikal', 'bumn', 'bumd', 'lainnya')),
      -- Agencies are archived, never deleted: their agenda items and drafts stay.
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, code),
      -- Target of composite foreign keys that keep rows inside one workspace.
      UNIQUE (workspace_id, id)
    )`)

  await run(sql`
    CREATE TABLE people (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      display_name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`)

  await run(sql`
    CREATE TABLE identities (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      person_id bigint NOT NULL REFERENCES people (id),
      platform text NOT NULL CHECK (platform IN ('telegram', 'whatsapp', 'console')),
      external_id text NOT NULL CHECK (external_id <> ''),
      username text,
      display_name text,
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (platform, external_id)
    )`)
  await run(sql`CREATE INDEX identities_person_idx ON identities (person_id)`)
  // "/peran @budi admin" finds a person by a username the bot has seen, case-insensitively.
  await run(
    sql`CREATE INDEX identities_username_idx ON identities (platform, lower(username)) WHERE username IS NOT NULL`,
  )

  await run(sql`
    CREATE TABLE memberships (
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      person_id bigint NOT NULL REFERENCES people (id),
      role text NOT NULL CHECK (role IN ('koordinator', 'admin', 'anggota')),
      agency_id bigint,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, person_id),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id),
      -- Agency admins and members belong to an agency; a coordinator may or may not.
      CHECK (role = 'koordinator' OR agency_id IS NOT NULL)
    )`)
  await run(sql`CREATE INDEX memberships_agency_idx ON memberships (agency_id) WHERE agency_id IS NOT NULL`)
  await run(sql`CREATE INDEX memberships_person_idx ON memberships (person_id)`)

  // Every short number handed out in a workspace, with the kind of thing it names: one primary key
  // makes numbers unique across agenda items, drafts, key messages and reminders, and "/agenda 14"
  // can answer "#14 adalah konten" with one lookup.
  await run(sql`
    CREATE TABLE item_numbers (
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL CHECK (number > 0),
      kind text NOT NULL CHECK (kind IN ('agenda', 'konten', 'narasi', 'pengingat')),
      PRIMARY KEY (workspace_id, number),
      UNIQUE (workspace_id, number, kind)
    )`)

  await run(sql`
    CREATE TABLE agenda_items (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'agenda' CHECK (kind = 'agenda'),
      agency_id bigint NOT NULL,
      title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
      all_day boolean NOT NULL,
      -- Timed items are instants; all-day items are dates, so a change of zone never moves them a day.
      starts_at timestamptz,
      ends_at timestamptz,
      start_date date,
      end_date date,
      -- The zone the time was stated in (shown beside the workspace zone when they differ).
      stated_zone text NOT NULL,
      location text,
      notes text,
      coverage boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'terjadwal' CHECK (status IN ('terjadwal', 'batal')),
      cancel_reason text,
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, number),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id),
      CHECK (
        (all_day AND start_date IS NOT NULL AND starts_at IS NULL AND ends_at IS NULL)
        OR (NOT all_day AND starts_at IS NOT NULL AND start_date IS NULL AND end_date IS NULL)
      ),
      CHECK (ends_at IS NULL OR ends_at >= starts_at),
      CHECK (end_date IS NULL OR end_date >= start_date)
    )`)
  // The calendar range query: items of one workspace between two instants (or two dates).
  await run(sql`CREATE INDEX agenda_items_workspace_start_idx ON agenda_items (workspace_id, starts_at)`)
  await run(
    sql`CREATE INDEX agenda_items_workspace_date_idx ON agenda_items (workspace_id, start_date) WHERE all_day`,
  )

  await run(sql`
    CREATE TABLE key_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'narasi' CHECK (kind = 'narasi'),
      theme text NOT NULL CHECK (length(btrim(theme)) BETWEEN 1 AND 200),
      message text NOT NULL DEFAULT '',
      talking_points text[] NOT NULL DEFAULT '{}',
      hashtags text[] NOT NULL DEFAULT '{}',
      valid_from date NOT NULL,
      valid_to date NOT NULL,
      -- "/narasi hapus" archives: drafts that cite the key message keep their link.
      archived_at timestamptz,
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, number),
      UNIQUE (workspace_id, id),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind),
      CHECK (valid_to >= valid_from)
    )`)
  // The brief and /narasi list the key messages valid on a date.
  await run(
    sql`CREATE INDEX key_messages_validity_idx ON key_messages (workspace_id, valid_to) WHERE archived_at IS NULL`,
  )

  await run(sql`
    CREATE TABLE content_drafts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'konten' CHECK (kind = 'konten'),
      agency_id bigint NOT NULL,
      title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
      body text NOT NULL DEFAULT '',
      platforms text[] NOT NULL DEFAULT '{}'
        CHECK (platforms <@ '{instagram,facebook,x,tiktok,youtube,website,lainnya}'::text[]),
      planned_at timestamptz,
      hashtags text[] NOT NULL DEFAULT '{}',
      key_message_id bigint,
      status text NOT NULL DEFAULT 'diajukan'
        CHECK (status IN ('diajukan', 'revisi', 'disetujui', 'terbit', 'ditolak', 'dibatalkan')),
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      UNIQUE (workspace_id, number),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id),
      FOREIGN KEY (workspace_id, key_message_id) REFERENCES key_messages (workspace_id, id),
      CHECK ((status = 'terbit') = (published_at IS NOT NULL))
    )`)
  // Calendar and brief: drafts of a workspace by planned time; /konten lists them by status.
  await run(
    sql`CREATE INDEX content_drafts_workspace_planned_idx ON content_drafts (workspace_id, planned_at)`,
  )
  await run(sql`CREATE INDEX content_drafts_workspace_status_idx ON content_drafts (workspace_id, status)`)

  await run(sql`
    CREATE TABLE content_attachments (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      draft_id bigint NOT NULL REFERENCES content_drafts (id),
      media text NOT NULL CHECK (media IN ('photo', 'video', 'document', 'audio')),
      -- Where the file lives: the platform's file reference (Telegram file_id, WhatsApp media key).
      platform text NOT NULL CHECK (platform IN ('telegram', 'whatsapp', 'console')),
      file_ref text NOT NULL,
      file_name text,
      mime_type text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`)
  await run(sql`CREATE INDEX content_attachments_draft_idx ON content_attachments (draft_id)`)

  await run(sql`
    CREATE TABLE content_reviews (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      draft_id bigint NOT NULL REFERENCES content_drafts (id),
      action text NOT NULL CHECK (action IN ('diajukan', 'diubah', 'disetujui', 'revisi', 'ditolak', 'terbit', 'dibatalkan')),
      note text,
      actor_id bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`)
  await run(sql`CREATE INDEX content_reviews_draft_idx ON content_reviews (draft_id, created_at)`)

  await run(sql`
    CREATE TABLE content_links (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      draft_id bigint NOT NULL REFERENCES content_drafts (id),
      url text NOT NULL CHECK (url ~ '^https?://'),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (draft_id, url)
    )`)

  await run(sql`
    CREATE TABLE reminders (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'pengingat' CHECK (kind = 'pengingat'),
      chat_id bigint NOT NULL REFERENCES chats (id),
      message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 1000),
      due_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'menunggu' CHECK (status IN ('menunggu', 'terkirim', 'batal')),
      created_by bigint NOT NULL REFERENCES people (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, number),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind)
    )`)
  await run(
    sql`CREATE INDEX reminders_pending_idx ON reminders (workspace_id, due_at) WHERE status = 'menunggu'`,
  )

  // The durable outbox of SPEC §3: one row per scheduled message, written before it is sent.
  await run(sql`
    CREATE TABLE outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      -- Includes the target time (agenda#12:H-1:2026-01-11): a rescheduled reminder is a new row,
      -- a repeated one collides here and is not written twice.
      idempotency_key text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('brief', 'agenda_day_before', 'agenda_before', 'content_due',
        'content_pending', 'nudge', 'reminder', 'change', 'notice')),
      chat_id bigint NOT NULL REFERENCES chats (id),
      workspace_id bigint REFERENCES workspaces (id),
      -- The item a reminder speaks of, so that editing or cancelling it can withdraw the row.
      subject_number integer,
      payload jsonb NOT NULL,
      due_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired', 'withdrawn', 'skipped')),
      claim_token uuid,
      lease_until timestamptz,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_error text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (expires_at >= due_at),
      CHECK ((status = 'sending') = (claim_token IS NOT NULL AND lease_until IS NOT NULL)),
      CHECK ((status = 'sent') = (sent_at IS NOT NULL))
    )`)
  // The claim query: due rows in order, plus rows whose lease has run out.
  await run(sql`CREATE INDEX outbox_claim_idx ON outbox (status, due_at)`)
  await run(
    sql`CREATE INDEX outbox_subject_idx ON outbox (workspace_id, subject_number) WHERE subject_number IS NOT NULL`,
  )

  // Which chats have been told about an item, and what they were told, for "Perubahan" notices.
  await run(sql`
    CREATE TABLE announcements (
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      chat_id bigint NOT NULL REFERENCES chats (id),
      announced_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, number, chat_id),
      FOREIGN KEY (workspace_id, number) REFERENCES item_numbers (workspace_id, number)
    )`)

  await run(sql`
    CREATE TABLE link_codes (
      -- SHA-256 of the code: a leaked database does not hand out working codes.
      code_hash text PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      created_by bigint NOT NULL REFERENCES people (id),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      used_in_chat_id bigint REFERENCES chats (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((used_at IS NULL) = (used_in_chat_id IS NULL))
    )`)

  // A question the bot asked (the note for a revision, which forum): a reply within its life answers it.
  await run(sql`
    CREATE TABLE pending_questions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      chat_id bigint NOT NULL REFERENCES chats (id),
      person_id bigint NOT NULL REFERENCES people (id),
      bot_message_id text,
      purpose text NOT NULL,
      context jsonb NOT NULL DEFAULT '{}',
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`)
  await run(
    sql`CREATE INDEX pending_questions_lookup_idx ON pending_questions (chat_id, person_id, expires_at)`,
  )

  // Platforms redeliver after reconnects: a message id seen once is never handled twice.
  await run(sql`
    CREATE TABLE processed_messages (
      platform text NOT NULL CHECK (platform IN ('telegram', 'whatsapp', 'console')),
      message_key text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (platform, message_key)
    )`)
  await run(sql`CREATE INDEX processed_messages_age_idx ON processed_messages (processed_at)`)

  await run(sql`
    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      actor_id bigint REFERENCES people (id),
      chat_id bigint REFERENCES chats (id),
      action text NOT NULL,
      subject text,
      details jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    )`)
  await run(sql`CREATE INDEX audit_log_workspace_idx ON audit_log (workspace_id, created_at)`)
}
