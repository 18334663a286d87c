/**
 * The real socket: `makeWASocket` with the settings a bot that should not look like one needs.
 */
import { isJidNewsletter, isJidStatusBroadcast, makeWASocket, proto } from 'baileys'
import type { SocketFactory } from './port.js'

/**
 * - `markOnlineOnConnect: false`: the phone keeps receiving notifications, and the account does not
 *   show as "online" around the clock.
 * - History sync limited, not disabled: no full history download (`syncFullHistory: false`, FULL
 *   syncs refused), but the initial bootstrap and recent syncs are accepted, because Baileys learns
 *   the first LID ↔ number mappings from them (it warns that refusing every sync leads to session errors).
 * - `getMessage` and `cachedGroupMetadata` from the database (see sent-messages.ts, groups.ts).
 * - `shouldIgnoreJid`: status updates and newsletters are never for Sinergi; Baileys then does not
 *   decrypt them nor store their senders' keys.
 * - `version` from WHATSAPP_WA_VERSION when set: WhatsApp refuses (405) a Web version it retired, and
 *   Baileys' built-in one ages with the release.
 */
export const baileysSocketFactory: SocketFactory = (config) =>
  makeWASocket({
    auth: config.auth,
    logger: config.logger,
    getMessage: config.getMessage,
    cachedGroupMetadata: config.cachedGroupMetadata,
    ...(config.version ? { version: config.version } : {}),
    shouldIgnoreJid,
    markOnlineOnConnect: false,
    syncFullHistory: false,
    shouldSyncHistoryMessage: ({ syncType }) => syncType !== proto.HistorySync.HistorySyncType.FULL,
  })

/** Chats Baileys drops on arrival: status broadcasts and newsletters (channels). */
export const shouldIgnoreJid = (jid: string): boolean =>
  isJidStatusBroadcast(jid) || isJidNewsletter(jid) === true
