/**
 * The WhatsApp adapter's own tables (migration 2026-11-23T02-00-whatsapp-auth), typed for Kysely. They
 * stay out of the shared `Database`: only this folder reads or writes them, through `whatsappDb()`.
 */
import type { Generated, Kysely } from 'kysely'
import type { Database } from '../../db/database.js'

export interface WhatsAppLeasesTable {
  session: string
  owner: string
  epoch: number
  acquired_at: Date
  expires_at: Date
}

export interface WhatsAppAuthCredsTable {
  session: string
  creds: string
  epoch: number
  updated_at: Generated<Date>
}

export interface WhatsAppAuthKeysTable {
  session: string
  type: string
  id: string
  value: string
}

export interface WhatsAppSentMessagesTable {
  session: string
  message_id: string
  remote_jid: string
  message: Generated<string>
  sent_at: Date
}

export interface WhatsAppGroupsTable {
  session: string
  jid: string
  metadata: string
  updated_at: Date
}

// A type alias (not an interface): Kysely's withTables needs its implicit index signature.
export type WhatsAppTables = {
  whatsapp_leases: WhatsAppLeasesTable
  whatsapp_auth_creds: WhatsAppAuthCredsTable
  whatsapp_auth_keys: WhatsAppAuthKeysTable
  whatsapp_sent_messages: WhatsAppSentMessagesTable
  whatsapp_groups: WhatsAppGroupsTable
}

export type WhatsAppDb = Kysely<Database & WhatsAppTables>

/** The application database, seen with the WhatsApp tables as well. */
export function whatsappDb(db: Kysely<Database>): WhatsAppDb {
  return db.withTables<WhatsAppTables>()
}
