/**
 * A fake WhatsApp behind Sinergi's narrow socket port (src/platforms/whatsapp/port.ts). It uses
 * Baileys' own pieces wherever they run without a network: the event emitter (`makeEventBuffer`, as
 * the real socket does), the LID ↔ number mapping store (`LIDMappingStore` over the key store Sinergi
 * gives the socket, i.e. the database), message ids, and real message shapes. A test drives it as
 * WhatsApp would: open the connection, show QR codes, pair, deliver messages, close with a reason.
 */
import { EventEmitter } from 'node:events'
import {
  type AnyMessageContent,
  addTransactionCapability,
  type BaileysEventMap,
  type BinaryNode,
  buildPairingQRData,
  type Contact,
  DEFAULT_CONNECTION_CONFIG,
  DisconnectReason,
  type GroupMetadata,
  generateMessageIDV2,
  type MiscMessageGenerationOptions,
  makeEventBuffer,
  proto,
  type WAMessage,
  type WAPresence,
} from 'baileys'
import { LIDMappingStore } from 'baileys/lib/Signal/lid-mapping.js'
import pino from 'pino'
import {
  COMPANION_REG_REFRESH,
  type SocketFactory,
  type WaSocketConfig,
  type WaSocketPort,
} from '../../src/platforms/whatsapp/port.js'

const silent = pino({ level: 'silent' })

/** An error shaped as Baileys closes connections with (a Boom with `output.statusCode`). */
export function boom(statusCode: number, message = `closed with ${statusCode}`): Error {
  return Object.assign(new Error(message), {
    isBoom: true,
    output: { statusCode, payload: { statusCode, error: message, message } },
  })
}

/** What the bot sent through this socket, as Baileys would have built and returned it. */
export interface SentMessage {
  readonly jid: string
  readonly content: AnyMessageContent
  readonly options?: MiscMessageGenerationOptions
  readonly message: WAMessage
}

/** A linked account: the number's JID and its LID, with the device number WhatsApp gave the companion. */
export interface FakeAccount {
  readonly pn: string
  readonly lid: string
  readonly name?: string
}

export class FakeWaSocket implements WaSocketPort {
  readonly ev = makeEventBuffer(silent)
  /** Baileys' websocket, on which it routes raw protocol nodes as `CB:` events. */
  readonly ws = new EventEmitter()
  readonly authState: WaSocketPort['authState']
  readonly signalRepository: { readonly lidMapping: LIDMappingStore }
  readonly sent: SentMessage[] = []
  readonly pairingRequests: string[] = []
  /** Presence updates the bot sent, in order. */
  readonly presence: string[] = []
  ended = false
  endedWith: Error | undefined
  /** As Baileys' pair-device handler: the adv secret is read once, when the first QR code is built. */
  #qrAdvSecret: string | undefined
  #qrRefs = 0
  #pairingRefusal: { readonly error: Error | undefined } | undefined

  constructor(
    readonly config: WaSocketConfig,
    private readonly world: FakeWhatsApp,
  ) {
    this.authState = { creds: config.auth.creds }
    const keys = addTransactionCapability(config.auth.keys, silent, {
      maxCommitRetries: 2,
      delayBetweenTriesMs: 5,
    })
    this.signalRepository = { lidMapping: new LIDMappingStore(keys, silent) }
    // As Baileys and WhatsApp do: credentials with `me` set send a login, not a registration. Half-paired
    // ones (a pairing code asked for, never typed: `me` without `account`) are unknown to WhatsApp, which
    // answers 401 at once.
    const creds = config.auth.creds
    if (creds.me && !creds.account) {
      process.nextTick(() => {
        this.emit('connection.update', { connection: 'connecting' })
        void this.end(boom(DisconnectReason.loggedOut, 'Connection Failure'))
      })
    }
  }

  /** Baileys' `user` is the linked account in the credentials. */
  get user(): Contact | undefined {
    return this.config.auth.creds.me
  }

  async sendMessage(
    jid: string,
    content: AnyMessageContent,
    options?: MiscMessageGenerationOptions,
  ): Promise<WAMessage | undefined> {
    if (this.ended) throw boom(DisconnectReason.connectionClosed, 'Connection Closed')
    const failure = this.world.failNextSend
    if (failure) {
      this.world.failNextSend = undefined
      throw failure
    }
    // As Baileys' relayMessage: a group send needs the participant list, from the cache when given,
    // else fetched from WhatsApp (counted in metadataFetches).
    if (jid.endsWith('@g.us') && !(await this.config.cachedGroupMetadata(jid))) await this.groupMetadata(jid)
    const id = options?.messageId ?? generateMessageIDV2(this.user?.id)
    const message: WAMessage = {
      key: { remoteJid: jid, fromMe: true, id },
      message: messageOf(content, options),
      messageTimestamp: Math.floor(this.world.now() / 1000),
      status: proto.WebMessageInfo.Status.SERVER_ACK,
    }
    this.sent.push({ jid, content, ...(options ? { options } : {}), message })
    // emitOwnEvents (Baileys' default): the sent message comes back as an `append` upsert.
    process.nextTick(() => this.ev.emit('messages.upsert', { messages: [message], type: 'append' }))
    return message
  }

  async groupMetadata(jid: string): Promise<GroupMetadata> {
    this.world.metadataFetches += 1
    if (this.world.metadataRateLimited) throw boom(429, 'rate-overlimit')
    const meta = this.world.groups.get(jid)
    if (!meta) throw boom(404, 'item-not-found')
    return structuredClone(meta)
  }

  async groupFetchAllParticipating(): Promise<{ [jid: string]: GroupMetadata }> {
    return Object.fromEntries([...this.world.groups].map(([jid, meta]) => [jid, structuredClone(meta)]))
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber)
    if (this.#pairingRefusal) {
      const { error } = this.#pairingRefusal
      if (error) throw error
      // Baileys returns whatever the server's answer held; a refusal without an error leaves nothing.
      return undefined as unknown as string
    }
    const code = 'SNRG2026'
    const creds = this.config.auth.creds
    creds.pairingCode = code
    creds.me = { id: `${phoneNumber}@s.whatsapp.net`, name: '~' }
    this.emit('creds.update', creds)
    return code
  }

  async sendPresenceUpdate(type: WAPresence, _toJid?: string): Promise<void> {
    if (this.ended) throw boom(DisconnectReason.connectionClosed, 'Connection Closed')
    this.presence.push(type)
  }

  /** As Baileys' `end`: close the connection once, report it, and drop the connection listeners. */
  async end(error: Error | undefined): Promise<void> {
    if (this.ended) return
    this.ended = true
    this.endedWith = error
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } })
    this.ev.removeAllListeners('connection.update')
  }

  // ── What WhatsApp does (driven by the test) ─────────────────────────────────────────────────────

  emit<T extends keyof BaileysEventMap>(event: T, data: BaileysEventMap[T]): void {
    this.ev.emit(event, data)
  }

  /**
   * WhatsApp hands out the next QR ref; Baileys builds the payload as in lib/Socket/socket.js, with the
   * adv secret it read when the first code of this socket was built (it never reads it again).
   */
  showQr(qr?: string): void {
    const creds = this.config.auth.creds
    this.#qrAdvSecret ??= creds.advSecretKey
    this.#qrRefs += 1
    const payload =
      qr ??
      buildPairingQRData(
        `2@fake-ref-${this.#qrRefs}`,
        Buffer.from(creds.noiseKey.public).toString('base64'),
        Buffer.from(creds.signedIdentityKey.public).toString('base64'),
        this.#qrAdvSecret,
        DEFAULT_CONNECTION_CONFIG.browser,
      )
    this.emit('connection.update', { connection: 'connecting' })
    this.emit('connection.update', { qr: payload })
  }

  /**
   * WhatsApp rotates the pairing registration of this unpaired companion (since July 2026): the adv
   * secret it knew is stale from now on, and a QR code carrying it can no longer pair.
   */
  refreshCompanionRegistration(child: 'companion_reg_refresh' | 'pair-device-rotate-qr'): void {
    this.world.staleAdvSecrets.add(this.config.auth.creds.advSecretKey)
    const node: BinaryNode = {
      tag: 'notification',
      attrs: { from: 's.whatsapp.net', type: 'companion_reg_refresh', id: generateMessageIDV2() },
      content: [{ tag: child, attrs: {} }],
    }
    // Baileys emits a node under each of its routing keys; this is the one for the `type` attribute.
    this.ws.emit(COMPANION_REG_REFRESH, node)
  }

  /**
   * The phone scans `qr`. WhatsApp pairs only when the code carries the adv secret the companion holds
   * now and that WhatsApp has not rotated away; otherwise the phone reports a failure and nothing
   * reaches the companion. Says whether it paired.
   */
  scan(qr: string, account: FakeAccount): boolean {
    const advSecret = qr.split('#').at(-1)?.split(',')[3]
    const current = this.config.auth.creds.advSecretKey
    if (!advSecret || advSecret !== current || this.world.staleAdvSecrets.has(advSecret)) return false
    this.pairAs(account)
    return true
  }

  /** WhatsApp refuses the next pairing-code requests: with this error, or with an answer holding no code. */
  refusePairingCode(error: Error | undefined): void {
    this.#pairingRefusal = { error }
  }

  /** The phone scanned the code: WhatsApp confirms the device (credentials change), then asks for a restart. */
  pairAs(account: FakeAccount): void {
    const creds = this.config.auth.creds
    creds.me = {
      id: withDevice(account.pn, 7),
      lid: withDevice(account.lid, 7),
      name: account.name ?? 'Sinergi',
    }
    creds.account = signedDeviceIdentity()
    creds.platform = 'android'
    this.emit('creds.update', creds)
    this.emit('connection.update', { isNewLogin: true, qr: undefined })
    void this.end(boom(DisconnectReason.restartRequired, 'restart required'))
  }

  /** Logs in with linked credentials and reports the connection open. */
  open(account?: FakeAccount): void {
    const creds = this.config.auth.creds
    if (account && !creds.me) {
      creds.me = {
        id: withDevice(account.pn, 7),
        lid: withDevice(account.lid, 7),
        name: account.name ?? 'Sinergi',
      }
      creds.account = signedDeviceIdentity()
    }
    this.emit('connection.update', { connection: 'connecting' })
    this.emit('creds.update', { me: creds.me! })
    this.emit('connection.update', { connection: 'open', receivedPendingNotifications: false })
  }

  /** WhatsApp closes the connection with this reason. */
  close(statusCode: number): void {
    void this.end(boom(statusCode))
  }

  /** Messages arrive (`notify` while online, `append` when delivered on reconnect). */
  deliver(messages: WAMessage[], type: 'notify' | 'append' = 'notify'): void {
    this.emit('messages.upsert', { messages, type })
  }
}

/** The WhatsApp world the fake sockets share: groups, and every socket made (the factory). */
export class FakeWhatsApp {
  readonly sockets: FakeWaSocket[] = []
  readonly groups = new Map<string, GroupMetadata>()
  metadataFetches = 0
  /** WhatsApp answers every groupMetadata query with 429 rate-overlimit (it does under load). */
  metadataRateLimited = false
  /** Sockets made while an earlier one was still open: must stay 0 (one live socket at a time). */
  overlaps = 0
  /** The next sendMessage throws this. */
  failNextSend: Error | undefined
  /** Adv secrets WhatsApp rotated away with a `companion_reg_refresh`: a QR code carrying one cannot pair. */
  readonly staleAdvSecrets = new Set<string>()
  readonly #waiters: Array<() => void> = []

  constructor(readonly now: () => number = () => Date.now()) {}

  readonly factory: SocketFactory = (config) => {
    if (this.sockets.some((earlier) => !earlier.ended)) this.overlaps += 1
    const socket = new FakeWaSocket(config, this)
    this.sockets.push(socket)
    for (const wake of this.#waiters.splice(0)) wake()
    return socket
  }

  get latest(): FakeWaSocket | undefined {
    return this.sockets.at(-1)
  }

  /** Resolves with the `count`-th socket made (1-based), waiting for it if need be. */
  async socket(count: number): Promise<FakeWaSocket> {
    while (this.sockets.length < count) await new Promise<void>((resolve) => this.#waiters.push(resolve))
    return this.sockets[count - 1]!
  }
}

/** The signed device identity WhatsApp gives a companion once it is linked (`creds.account`). */
export const signedDeviceIdentity = (): proto.IADVSignedDeviceIdentity => ({
  details: Buffer.from('signed device identity details'),
  accountSignatureKey: Buffer.alloc(32, 1),
  accountSignature: Buffer.alloc(64, 2),
  deviceSignature: Buffer.alloc(64, 3),
})

const withDevice = (jid: string, device: number): string => {
  const [user, server] = jid.split('@')
  return `${user}:${device}@${server}`
}

/** The protobuf content Baileys would build for what Sinergi sends (text, document, image; mentions; quote). */
function messageOf(content: AnyMessageContent, options?: MiscMessageGenerationOptions): proto.IMessage {
  const quoted = options?.quoted
  const contextInfo: proto.IContextInfo = {
    ...('mentions' in content && content.mentions?.length ? { mentionedJid: content.mentions } : {}),
    ...(quoted
      ? {
          stanzaId: quoted.key.id,
          participant: quoted.key.participant ?? quoted.key.remoteJid,
          quotedMessage: quoted.message,
        }
      : {}),
  }
  const context = Object.keys(contextInfo).length ? { contextInfo } : {}
  if ('text' in content)
    return proto.Message.fromObject({ extendedTextMessage: { text: content.text, ...context } })
  if ('document' in content) {
    return proto.Message.fromObject({
      documentMessage: {
        mimetype: content.mimetype,
        fileName: content.fileName,
        ...(content.caption ? { caption: content.caption } : {}),
        fileLength: Buffer.isBuffer(content.document) ? content.document.length : 0,
        ...context,
      },
    })
  }
  if ('image' in content) {
    return proto.Message.fromObject({
      imageMessage: {
        mimetype: content.mimetype,
        fileLength: Buffer.isBuffer(content.image) ? content.image.length : 0,
        ...(content.caption ? { caption: content.caption } : {}),
        ...context,
      },
    })
  }
  return proto.Message.fromObject({ conversation: '' })
}
