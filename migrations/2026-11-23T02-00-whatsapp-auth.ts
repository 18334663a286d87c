import { type Kysely, sql } from 'kysely'

// WhatsApp (Baileys) state that must outlive a process and be shared by replicas: the linked
// device's credentials and Signal keys, the lease that lets exactly one instance hold the socket,
// the messages the bot sent (Baileys asks for them again when a recipient could not decrypt), and
// the groups' metadata (fed to Baileys so it never fetches it on every send). `session` names one
// linked number (WHATSAPP_SESSION), so one database could hold several.
export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: ReturnType<typeof sql>) => statement.execute(db)

  // One row per linked number. `epoch` grows by one at every acquisition: auth writes carry the
  // epoch they were made under and are refused when it is no longer the current one (fencing).
  await run(sql`
    CREATE TABLE whatsapp_leases (
      session text PRIMARY KEY CHECK (session <> ''),
      owner text NOT NULL CHECK (owner <> ''),
      epoch bigint NOT NULL CHECK (epoch > 0),
      acquired_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`)

  // Values are Baileys' BufferJSON text (buffers as base64), read back byte for byte.
  await run(sql`
    CREATE TABLE whatsapp_auth_creds (
      session text PRIMARY KEY CHECK (session <> ''),
      creds text NOT NULL,
      epoch bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`)
  await run(sql`
    CREATE TABLE whatsapp_auth_keys (
      session text NOT NULL CHECK (session <> ''),
      type text NOT NULL,
      id text NOT NULL,
      value text NOT NULL,
      PRIMARY KEY (session, type, id)
    )`)

  // Kept about two weeks for Baileys' getMessage (retry receipts), and to recognise the bot's own
  // messages by id when WhatsApp delivers them back (a coordinator may use the bot's number too).
  await run(sql`
    CREATE TABLE whatsapp_sent_messages (
      session text NOT NULL,
      message_id text NOT NULL,
      remote_jid text NOT NULL,
      -- The protobuf of the message, base64; empty until the send returned it.
      message text NOT NULL DEFAULT '',
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (session, message_id)
    )`)
  // Pruning deletes by age.
  await run(sql`CREATE INDEX whatsapp_sent_messages_age_idx ON whatsapp_sent_messages (sent_at)`)

  await run(sql`
    CREATE TABLE whatsapp_groups (
      session text NOT NULL,
      jid text NOT NULL,
      metadata text NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (session, jid)
    )`)
}
