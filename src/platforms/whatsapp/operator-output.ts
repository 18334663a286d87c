/**
 * What the WhatsApp adapter shows the operator directly: the QR code (as terminal art) or the pairing
 * code to link the device, and Baileys' own log lines, kept quieter than ours.
 */
import QRCode from 'qrcode'
import type { Logger } from '../../logger.js'
import type { ConnectionOptions } from './connection-options.js'

/** Prints linking codes with `print` (standard output in the service). */
export function terminalLinkPrinter(
  print: (text: string) => void,
  log: Logger,
): Pick<ConnectionOptions, 'showQr' | 'showPairingCode'> {
  return {
    showQr: (qr) => {
      QRCode.toString(qr, { type: 'terminal', small: true })
        .then((art) =>
          print(
            `\nScan this QR code with WhatsApp on the bot's phone (Linked devices → Link a device):\n${art}\n`,
          ),
        )
        .catch((error: unknown) => log.warn({ err: error }, 'rendering the QR code failed'))
    },
    showPairingCode: (code) => {
      print(
        `\nWhatsApp pairing code: ${code.slice(0, 4)}-${code.slice(4)}\nOn the bot's phone: Linked devices → Link a device → Link with phone number instead.\n\n`,
      )
    },
  }
}

/**
 * Baileys logs a great deal at info (and key material at trace); its warnings and errors are what an
 * operator needs. It never logs more than our own logger would.
 */
export function baileysLoggerOf(log: Logger): Logger {
  const values = log.levels.values
  const quieter = (values[log.level] ?? Number.POSITIVE_INFINITY) > (values.warn ?? 40) ? log.level : 'warn'
  return log.child({ component: 'baileys' }, { level: quieter })
}
