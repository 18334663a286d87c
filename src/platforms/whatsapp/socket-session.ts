/**
 * One socket of the WhatsApp connection, from its making to its close: it wires the socket's events
 * (credential saves, linking codes, open, close) and reports back how it ended, so the connection's
 * loop can decide what comes next. The old socket has always ended before the loop makes a new one.
 */
import type { ConnectionState } from 'baileys'
import type { Logger } from '../../logger.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import { type DatabaseAuthState, FencedWriteError, isLinkedCreds } from './auth-state.js'
import type { ConnectionEvent, ConnectionOptions } from './connection-options.js'
import { errorText } from './connection-waits.js'
import { freshAdvSecret, LinkingCodes } from './linking-codes.js'
import { COMPANION_REG_REFRESH, type WaSocketPort } from './port.js'
import { statusCodeOf } from './reconnect-policy.js'

export type EndCause = 'stop' | 'lease-lost'

/** How a socket ended. */
export interface Closed {
  readonly statusCode: number | undefined
  readonly cause: EndCause | undefined
  /** The credentials were those of a linked device when the socket closed. */
  readonly linked: boolean
  /** The socket showed a QR code or a pairing code (a linking attempt). */
  readonly showedCode: boolean
  /** What the closing error said (never a secret: network and protocol messages). */
  readonly message?: string
}

/** The connection's hold on its current socket, filled and cleared by the socket session. */
export interface SocketSlot {
  socket: WaSocketPort | undefined
  open: boolean
  /** Ends the current socket (once); the session then resolves with this cause. */
  end: ((cause: EndCause) => void) | undefined
}

/** What a socket session needs of the connection that runs it. */
export interface SocketSessionContext {
  readonly options: ConnectionOptions
  readonly log: Logger
  readonly closeTimeoutMs: number
  readonly slot: SocketSlot
  readonly stopping: AbortSignal
  leaseLost(): boolean
  status(): WhatsAppLinkStatus
  setStatus(change: Omit<WhatsAppLinkStatus, 'updatedAt'>): void
  /** The socket opened: a fresh start for the reconnect backoff. */
  resetBackoff(): void
  emit(event: ConnectionEvent): void
}

/** Opens one socket and resolves when it has closed (by WhatsApp, by error, or ended by us). */
export function runSocket(context: SocketSessionContext, auth: DatabaseAuthState): Promise<Closed> {
  const { options, log, slot } = context
  return new Promise<Closed>((resolve) => {
    let cause: EndCause | undefined
    let settled = false
    let closeTimer: NodeJS.Timeout | undefined
    let codes: LinkingCodes | undefined
    const finish = (statusCode: number | undefined, message?: string) => {
      if (settled) return
      settled = true
      clearTimeout(closeTimer)
      slot.socket = undefined
      slot.open = false
      slot.end = undefined
      options.closed()
      resolve({
        statusCode,
        cause,
        linked: isLinkedCreds(auth.creds),
        showedCode: codes?.shown ?? false,
        ...(message ? { message } : {}),
      })
    }
    let socket: WaSocketPort
    try {
      socket = options.socketFactory({
        ...options.socketConfig,
        auth: auth.socketAuth(options.baileysLogger),
        logger: options.baileysLogger,
      })
    } catch (error) {
      log.warn({ reason: errorText(error) }, 'creating the WhatsApp socket failed')
      finish(undefined)
      return
    }
    codes = new LinkingCodes(context, socket)
    const linking = codes
    slot.socket = socket
    const end = (why: EndCause) => {
      if (cause) return
      cause = why
      slot.open = false
      closeTimer = setTimeout(() => finish(undefined), context.closeTimeoutMs)
      Promise.resolve()
        .then(() => socket.end(undefined))
        .catch((error: unknown) => log.debug({ reason: errorText(error) }, 'ending the socket failed'))
    }
    slot.end = end
    const saveCreds = () =>
      auth.saveCreds().catch((error: unknown) => {
        if (error instanceof FencedWriteError)
          log.warn('a credentials write was refused: this instance no longer holds the session')
        else log.error({ reason: errorText(error) }, 'saving the WhatsApp credentials failed')
      })
    socket.ev.on('creds.update', () => void saveCreds())
    // WhatsApp rotated the pairing registration of this unpaired companion: the adv secret in the QR
    // codes is stale and a scan could never complete. Baileys rc14 only acks it (upstream #2737).
    socket.ws.on(COMPANION_REG_REFRESH, () => {
      if (isLinkedCreds(auth.creds)) return
      auth.creds.advSecretKey = freshAdvSecret()
      void saveCreds()
      log.info('WhatsApp renewed the pairing registration; showing a QR code with the new secret')
      linking.advSecretRotated(auth.creds.advSecretKey)
    })
    socket.ev.on('connection.update', (update: Partial<ConnectionState>) => {
      if (update.qr) linking.offered(update.qr)
      if (update.isNewLogin) log.info('WhatsApp linked this instance as a new device')
      const status = context.status()
      if (update.connection === 'connecting' && !status.qr && !status.pairingCode) {
        context.setStatus({ state: 'connecting' })
      }
      if (update.connection === 'open' && !cause) {
        slot.open = true
        context.resetBackoff()
        const me = socket.user?.id?.split(/[:@]/)[0]
        context.setStatus({ state: 'open', ...(me ? { detail: `linked to +${me}` } : {}) })
        log.info({ account: me ? `+${me}` : undefined }, 'WhatsApp connection open')
        context.emit({ type: 'open' })
        options.opened(socket)
      }
      if (update.connection === 'close') {
        const error = update.lastDisconnect?.error
        finish(statusCodeOf(error), error?.message)
      }
    })
    options.attach(socket)
    context.emit({ type: 'socket-created' })
    // The lease may have gone, or a stop come, while the socket was being made.
    if (context.stopping.aborted) end('stop')
    else if (context.leaseLost()) end('lease-lost')
  })
}
