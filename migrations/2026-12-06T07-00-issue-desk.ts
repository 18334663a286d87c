import { type Kysely, sql } from 'kysely'

// The issue desk (/isu): a hoax, a negative report or a media question, opened by any member, assigned
// to the agency that owns the subject with a deadline, answered by a clarification draft, then closed.
// Issues take their short number from the workspace counter like every item.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  await run(sql`ALTER TABLE item_numbers DROP CONSTRAINT item_numbers_kind_check`)
  await run(sql`
    ALTER TABLE item_numbers ADD CONSTRAINT item_numbers_kind_check
    CHECK (kind IN ('agenda', 'konten', 'narasi', 'pengingat', 'sebar', 'isu'))`)

  await run(sql`
    CREATE TABLE issues (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id bigint NOT NULL REFERENCES workspaces (id),
      number integer NOT NULL,
      kind text NOT NULL DEFAULT 'isu' CHECK (kind = 'isu'),
      text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
      links text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 10),
      -- Jenis: what the issue is; the default is a plain media report.
      category text NOT NULL DEFAULT 'pemberitaan' CHECK (category IN (
        'hoaks', 'disinformasi', 'pemberitaan negatif', 'keluhan publik', 'pertanyaan media', 'pemberitaan')),
      -- Tingkat: sets the default deadline and whether an unassigned issue keeps reminding the coordinator.
      level text NOT NULL DEFAULT 'sedang' CHECK (level IN ('rendah', 'sedang', 'tinggi')),
      status text NOT NULL DEFAULT 'terbuka' CHECK (status IN ('terbuka', 'ditugaskan', 'ditanggapi', 'selesai')),
      agency_id bigint,
      assigned_at timestamptz,
      deadline_at timestamptz,
      -- When the owning agency first submitted a clarification: the response time /rekap measures.
      first_answer_at timestamptz,
      outcome text CHECK (outcome IN (
        'klarifikasi terbit', 'tidak perlu tanggapan', 'dilaporkan ke platform', 'lainnya')),
      outcome_note text CHECK (length(outcome_note) <= 500),
      reported_by bigint NOT NULL REFERENCES people (id),
      chat_id bigint REFERENCES chats (id),
      -- The photo sent with /isu, as the platform that received it refers to it (the bot keeps no copy).
      screenshot_platform text CHECK (screenshot_platform IN ('telegram', 'whatsapp', 'console')),
      screenshot_ref text,
      screenshot_media text CHECK (screenshot_media IN ('photo', 'video', 'document', 'audio')),
      screenshot_mime text,
      opened_at timestamptz NOT NULL,
      closed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, number),
      UNIQUE (workspace_id, id),
      FOREIGN KEY (workspace_id, number, kind) REFERENCES item_numbers (workspace_id, number, kind),
      FOREIGN KEY (workspace_id, agency_id) REFERENCES agencies (workspace_id, id),
      CHECK ((agency_id IS NULL) = (assigned_at IS NULL)),
      CHECK ((agency_id IS NULL) = (deadline_at IS NULL)),
      CHECK (deadline_at > assigned_at),
      CHECK ((status = 'selesai') = (closed_at IS NOT NULL)),
      CHECK ((status = 'selesai') = (outcome IS NOT NULL)),
      CHECK ((screenshot_ref IS NULL) = (screenshot_platform IS NULL)),
      CHECK ((screenshot_ref IS NULL) = (screenshot_media IS NULL))
    )`)
  // /isu, the brief and the planner read a workspace's open issues; recaps and exports read every issue
  // assigned in a period.
  await run(sql`CREATE INDEX issues_open_idx ON issues (workspace_id) WHERE closed_at IS NULL`)
  await run(sql`CREATE INDEX issues_assigned_idx ON issues (workspace_id, assigned_at)`)

  // The timeline /isu <nomor> shows: one row per step, who took it and from which chat.
  await run(sql`
    CREATE TABLE issue_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      issue_id bigint NOT NULL REFERENCES issues (id),
      event text NOT NULL CHECK (event IN ('dibuka', 'ditugaskan', 'tanggapan', 'ditanggapi', 'disebar', 'selesai')),
      at timestamptz NOT NULL,
      actor_id bigint NOT NULL REFERENCES people (id),
      chat_id bigint REFERENCES chats (id),
      agency_id bigint REFERENCES agencies (id),
      -- The clarification draft or amplification request the step made, by its short number.
      item_number integer,
      detail text CHECK (length(detail) <= 500)
    )`)
  await run(sql`CREATE INDEX issue_events_issue_idx ON issue_events (issue_id, at)`)

  // A clarification is a content draft answering an issue: reviewed first, marked urgent.
  await run(sql`ALTER TABLE content_drafts ADD COLUMN issue_id bigint REFERENCES issues (id)`)
  await run(
    sql`CREATE INDEX content_drafts_issue_idx ON content_drafts (issue_id) WHERE issue_id IS NOT NULL`,
  )
}
