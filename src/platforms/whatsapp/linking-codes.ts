/**
 * How one socket shows the way to link the device while it is not linked yet: QR codes (printed in
 * the terminal and kept in the link status for the admin page) or, with a pairing number, a pairing
 * code asked of WhatsApp once per socket.
 */
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
    const { options, log } = this.context
    this.#shown = true
    if (options.pairingNumber) {
      if (!this.#pairingAsked) {
        this.#pairingAsked = true
        void this.#askPairingCode(options.pairingNumber)
      }
      return
    }
    this.context.setStatus({
      state: 'waiting-for-qr-scan',
      qr,
      detail: 'scan with WhatsApp: Linked devices → Link a device',
    })
    log.info(
      'WhatsApp is not linked yet: scan the QR code (terminal or admin page) with the phone of the bot number',
    )
    options.showQr?.(qr)
  }

  async #askPairingCode(number: string): Promise<void> {
    const { log } = this.context
    try {
      const code = await this.socket.requestPairingCode(number)
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
      log.warn(
        { reason: errorText(error) },
        'asking WhatsApp for a pairing code failed; trying again with the next connection',
      )
    }
  }
}
