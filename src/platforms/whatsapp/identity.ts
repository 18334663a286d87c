/**
 * One person, two addresses. WhatsApp names a user by a phone-number JID (`62812…@s.whatsapp.net`)
 * or by a LID (`1234…@lid`, an opaque id that hides the number in large groups), and the same person
 * may arrive as either, from message to message. Baileys learns which LID belongs to which number
 * (the `lid-mapping` keys, `participantAlt` / `remoteJidAlt` on message keys, the `lid` and
 * `phoneNumber` of group participants). Here both forms are gathered into one `JidPair` and compared
 * form by form: a LID with a LID, a number with a number. `areJidsSameUser` compares only the part
 * before the `@`, so it can never match a LID to a number, and raw JID strings are never compared.
 */
import { isHostedLidUser, isHostedPnUser, isLidUser, isPnUser, jidNormalizedUser } from 'baileys'
import type { Logger } from '../../logger.js'
import type { LidLookup } from './port.js'

/** The forms of one user's JID that are known, each normalised (no device suffix). */
export interface JidPair {
  readonly lid?: string
  readonly pn?: string
}

/** Is this a user's JID (LID or phone number), not a group, broadcast or newsletter? */
export function isUserJid(jid: string | null | undefined): jid is string {
  if (!jid) return false
  return Boolean(isLidUser(jid) || isHostedLidUser(jid) || isPnUser(jid) || isHostedPnUser(jid))
}

/** Sorts the given JIDs (any may be missing) into the LID and phone-number slots, normalised. */
export function pairOf(...jids: readonly (string | null | undefined)[]): JidPair {
  let lid: string | undefined
  let pn: string | undefined
  for (const jid of jids) {
    if (!jid) continue
    if (isLidUser(jid) || isHostedLidUser(jid)) lid ??= jidNormalizedUser(jid)
    else if (isPnUser(jid) || isHostedPnUser(jid)) pn ??= jidNormalizedUser(jid)
  }
  return { ...(lid ? { lid } : {}), ...(pn ? { pn } : {}) }
}

/** Do two pairs name the same user? Only same-form JIDs are compared. */
export function sameUser(a: JidPair, b: JidPair): boolean {
  return (a.lid !== undefined && a.lid === b.lid) || (a.pn !== undefined && a.pn === b.pn)
}

export const isEmptyPair = (pair: JidPair): boolean => pair.lid === undefined && pair.pn === undefined

/** The display form of a user when no name is known: the number with `+`, or the LID's digits. */
export function fallbackName(pair: JidPair): string {
  if (pair.pn) return `+${pair.pn.split('@')[0]}`
  return pair.lid?.split('@')[0] ?? '?'
}

/**
 * Completes pairs through Baileys' LID mapping store (on the live socket): the number of a LID it
 * has seen, the LID of a number. Without a socket, or when the store does not know, the pair stays
 * as it was.
 */
export class LidResolver {
  constructor(
    private readonly lookup: () => LidLookup | undefined,
    private readonly logger: Logger,
  ) {}

  async complete(pair: JidPair): Promise<JidPair> {
    if (isEmptyPair(pair) || (pair.lid && pair.pn)) return pair
    const store = this.lookup()
    if (!store) return pair
    try {
      if (pair.lid) {
        const pn = pairOf(await store.getPNForLID(pair.lid)).pn
        return pn ? { lid: pair.lid, pn } : pair
      }
      const lid = pairOf(await store.getLIDForPN(pair.pn!)).lid
      return lid ? { lid, pn: pair.pn! } : pair
    } catch (error) {
      this.logger.debug({ err: error }, 'LID mapping lookup failed')
      return pair
    }
  }
}
