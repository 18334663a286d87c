/**
 * How one socket shows the way to link the device while it is not linked yet: QR codes (printed in
 * the terminal and kept in the link status for the admin page) or, with a pairing number, a pairing
 * code asked of WhatsApp once per socket. When WhatsApp rotates the pairing secret of the unpaired
 * companion (`companion_reg_refresh`), the codes shown from then on carry the new secret.
 */
import { randomBytes } from 'node:crypto'
import type { Logger } from '../../logger.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import type { ConnectionOptions } from './connection-options.js'
import { errorText } from './connection-waits.js'
import type { WaSocketPort } from './port.js'

export interface LinkingCodeContext {
  readonly options: Pick<ConnectionOptions, 'pairingNumber' | 'showQr' | 'showPairingCode'>
  readonly log: Logger
  setStatus(change: Omit<WhatsAppLinkStatus, 'updatedAt'>): void
}

/** One socket's linking codes; a new socket starts afresh (and asks for a new pairing code). */
export class LinkingCodes {
  #pairingAsked = false
  #shown = false
  /** The last QR payload Baileys offered, as it built it. */
  #offeredQr: string | undefined
  /** The adv secret that replaced the one Baileys put in its QR payloads, once WhatsApp rotated it. */
  #rotatedAdvSecret: string | undefined

  constructor(
    private readonly context: LinkingCodeContext,
    private readonly socket: WaSocketPort,
  ) {}

  /** The socket showed a QR code or a pairing code (a linking attempt). */
  get shown(): boolean {
    return this.#shown
  }

  /** WhatsApp offered a QR payload: show it, or ask for a pairing code instead when configured. */
  offered(qr: string): void {
    const { options } = this.context
    this.#shown = true
    this.#offeredQr = qr
    if (options.pairingNumber) {
      if (!this.#pairingAsked) {
        this.#pairingAsked = true
        void this.#askPairingCode(options.pairingNumber)
      }
      return
    }
    this.#showQr(qr)
  }

  /**
   * WhatsApp rotated the pairing secret (the caller stored `advSecret` in the credentials). Baileys
   * read the old one once, when it built its first QR code, and keeps putting it in every later one;
   * the code on show is rendered again with the new secret, and so is every code offered after.
   */
  advSecretRotated(advSecret: string): void {
    this.#rotatedAdvSecret = advSecret
    if (this.#offeredQr && !this.context.options.pairingNumber) this.#showQr(this.#offeredQr)
  }

  #showQr(offered: string): void {
    const { options } = this.context
    const qr = this.#rotatedAdvSecret ? withAdvSecret(offered, this.#rotatedAdvSecret) : offered
    this.context.setStatus({
      state: 'waiting-for-qr-scan',
      qr,
      detail: 'scan with WhatsApp: Linked devices → Link a device',
    })
    this.context.log.info(
      'WhatsApp is not linked yet: scan the QR code (terminal or admin page) with the phone of the bot number',
    )
    options.showQr?.(qr)
  }

  async #askPairingCode(number: string): Promise<void> {
    const { log } = this.context
    try {
      const code: string | undefined = await this.socket.requestPairingCode(number)
      if (!code) throw new Error('WhatsApp answered without a code')
      this.context.setStatus({
        state: 'waiting-for-pairing-code',
        pairingCode: code,
        detail: `on the phone of +${number}: Linked devices → Link a device → Link with phone number instead`,
      })
      log.info(
        { number: `+${number}` },
        'WhatsApp pairing code issued: type it on the phone (shown in the terminal and the admin page)',
      )
      this.context.options.showPairingCode?.(code)
    } catch (error) {
      const reason = errorText(error)
      this.context.setStatus({
        state: 'pairing-code-refused',
        detail: `WhatsApp refused a pairing code for +${number} (${reason}): check WHATSAPP_PAIRING_NUMBER (the bot's number with country code, digits only); asking again with the next connection`,
      })
      log.warn({ reason }, 'asking WhatsApp for a pairing code failed; trying again with the next connection')
    }
  }
}

/** A fresh adv secret, made as Baileys' initAuthCreds makes it: 32 random bytes, base64. */
export const freshAdvSecret = (): string => randomBytes(32).toString('base64')

/**
 * Baileys' QR payload with another adv secret. Baileys builds it in lib/Socket/socket.js (pair-device)
 * through buildPairingQRData: `https://wa.me/settings/linked_devices#` then `ref, noise key, identity
 * key, adv secret, platform id` joined by commas (older builds: the fields alone); none holds a comma.
 */
export function withAdvSecret(qr: string, advSecret: string): string {
  const start = qr.lastIndexOf('#') + 1
  const fields = qr.slice(start).split(',')
  if (fields.length < 4) return qr
  fields[3] = advSecret
  return qr.slice(0, start) + fields.join(',')
}
