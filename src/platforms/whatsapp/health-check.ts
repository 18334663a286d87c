/**
 * What `npm run doctor` can tell of WhatsApp without opening a socket (which would take the linked
 * device from a running instance): whether a device is linked, who holds the session, and which
 * WhatsApp Web version Sinergi announces.
 */
import { DEFAULT_CONNECTION_CONFIG } from 'baileys'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { type Finding, ok, warn } from '../../doctor/finding.js'
import { DatabaseAuthState } from './auth-state.js'
import { SessionLease } from './lease.js'
import { whatsappDb } from './tables.js'

export interface WhatsAppCheckSettings {
  readonly session: string
  readonly waVersion: readonly [number, number, number] | undefined
}

export async function checkWhatsApp(
  db: Kysely<Database>,
  settings: WhatsAppCheckSettings,
): Promise<Finding[]> {
  const wa = whatsappDb(db)
  const linked = await DatabaseAuthState.isLinked(wa, settings.session)
  // Only read: an owner name nobody uses, and no acquire.
  const holder = await new SessionLease(wa, settings.session, 'doctor', 0).holder()
  const version = (settings.waVersion ?? DEFAULT_CONNECTION_CONFIG.version).join('.')
  const source = settings.waVersion ? 'WHATSAPP_WA_VERSION' : 'Baileys’ built-in'
  const held = holder && !holder.expired ? `held by ${holder.owner}` : 'held by no running instance'
  return [
    linked
      ? ok('whatsapp', `session "${settings.session}" linked, ${held}`)
      : warn('whatsapp', `session "${settings.session}" not linked: start Sinergi and scan the QR code`),
    ok('whatsapp version', `${version} (${source}); a 405 at connect means WhatsApp retired it`),
  ]
}
