/**
 * What the WhatsApp adapter tells the admin page about linking this instance as a device: the QR code
 * to scan, or the pairing code to type, and where the connection stands. Neutral so the web layer
 * never imports Baileys.
 */
export interface WhatsAppLinkStatus {
  readonly state:
    | 'disabled'
    | 'connecting'
    | 'waiting-for-qr-scan'
    | 'waiting-for-pairing-code'
    | 'pairing-code-refused'
    | 'open'
    | 'reconnecting'
    | 'standby'
    | 'logged-out'
    | 'version-refused'
  /** The raw QR payload to render as an image (only while waiting for a scan). */
  readonly qr?: string
  /** The 8-character pairing code (only while waiting for it to be typed on the phone). */
  readonly pairingCode?: string
  /** A short human explanation (why it is reconnecting, that re-linking is needed, which instance holds the session). */
  readonly detail?: string
  readonly updatedAt: Date
}
