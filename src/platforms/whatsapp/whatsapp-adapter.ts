/**
 * Sinergi on WhatsApp (Baileys), linked as a secondary device of a WhatsApp number. Messages come in
 * from `messages.upsert` (live `notify` and offline `append` deliveries alike: the dispatcher applies
 * SPEC §2's late-command rule by the message time and drops redelivered ids), strictly in order within
 * a chat and concurrently across chats; the answers go out through one paced queue. Also the group
 * lifecycle (added: a short introduction; removed: the chat goes inactive), the dispatcher's
 * PlatformPort (group admins from metadata), a ChatDelivery for scheduled messages, and the link
 * status for the admin page. Everything Baileys-specific stays in this folder. Sending lives in
 * whatsapp-sender.ts, the bot's own group membership in group-membership.ts.
 */
import { hostname } from 'node:os'
import type { WAMessage } from 'baileys'
import type { Kysely } from 'kysely'
import { DeliveryError, type Outgoing } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { DatabaseAvailability } from '../../db/availability.js'
import type { Database } from '../../db/database.js'
import type { Logger } from '../../logger.js'
import { type QueueTimers, QueueWaitError, realTimers, SendQueue } from '../../relay/send-queue.js'
import type { PlatformState } from '../../vocabulary.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import type { ChatAddress, PlatformAdapter, PlatformCore, TransmitOptions } from '../port.js'
import { baileysSocketFactory } from './baileys-socket.js'
import {
  type ConnectionEvent,
  type ConnectionTiming,
  DEFAULT_TIMING,
  WhatsAppConnection,
} from './connection.js'
import { GroupMembership } from './group-membership.js'
import { GroupDirectory, WhatsAppMemberPort } from './groups.js'
import { type JidPair, LidResolver, pairOf } from './identity.js'
import { InboundReader } from './inbound.js'
import { SessionLease } from './lease.js'
import { baileysLoggerOf, terminalLinkPrinter } from './operator-output.js'
import { DEFAULT_PACING, type PacingLimits, whatsappPacing } from './pacing.js'
import type { SocketFactory, WaSocketPort } from './port.js'
import type { BackoffOptions } from './reconnect-policy.js'
import { SentMessages } from './sent-messages.js'
import { whatsappDb } from './tables.js'
import { WhatsAppSender } from './whatsapp-sender.js'

const PRUNE_EVERY_MS = 24 * 60 * 60_000
/**
 * Events (messages, group changes) kept in memory, in order, while the database is unreachable; WhatsApp
 * does not deliver them again. A few kilobytes each: a thousand cover a busy forum's 40-second failover
 * many times over without letting a long outage grow the process without bound. Beyond it, events are
 * dropped and the log says how many once the database answers.
 */
export const HELD_EVENTS_LIMIT = 1_000

export interface WhatsAppOptions {
  /** Holds the adapter's own tables (auth state, lease, sent messages, group metadata). */
  readonly db: Kysely<Database>
  /** Where messages and chat events go. */
  readonly core: PlatformCore
  readonly clock: Clock
  readonly logger: Logger
  /** Names the linked number in the database (WHATSAPP_SESSION). */
  readonly session: string
  /** Link with a pairing code for this number instead of a QR code. */
  readonly pairingNumber?: string
  /** The WhatsApp Web version to announce instead of Baileys' built-in one (WHATSAPP_WA_VERSION). */
  readonly waVersion?: readonly [number, number, number] | undefined
  readonly pacing?: PacingLimits
  /**
   * This is the only instance there can be (PGlite: one process owns the database file), so there is
   * no lease to wait for or renew.
   */
  readonly singleInstance?: boolean
  /** The socket maker: Baileys in the service, a fake in tests. */
  readonly socketFactory?: SocketFactory
  /** This instance, in the lease (default: host name, process id and a random suffix). */
  readonly owner?: string
  readonly timing?: Partial<ConnectionTiming>
  readonly backoff?: BackoffOptions
  /** Where the QR code and pairing code are printed (default: standard output). */
  readonly print?: (text: string) => void
  /** Called on every state change, for /readyz. */
  readonly onState?: (state: PlatformState) => void
  readonly onConnectionEvent?: (event: ConnectionEvent) => void
  readonly queueTimers?: QueueTimers
  /** Longest wait for one send to WhatsApp (default 60 s). */
  readonly sendTimeoutMs?: number
  /** Longest a reply waits for its turn, e.g. through a reconnection (default 15 min). */
  readonly replyMaxWaitMs?: number
  /** While the database server is unreachable, events are held (up to HELD_EVENTS_LIMIT) and handled once it answers. */
  readonly database?: DatabaseAvailability
}

/** What main (and the web admin page) hold of the WhatsApp adapter. */
export interface WhatsAppHandle extends PlatformAdapter {
  /** Where linking stands: QR payload or pairing code while waiting, the connection state otherwise. */
  linkStatus(): WhatsAppLinkStatus
  /** After the phone unlinked the device: link again. False when there is nothing to re-link. */
  relink(): boolean
  stop(): Promise<void>
}

/** Creates the adapter and starts connecting in the background. */
export function startWhatsApp(options: WhatsAppOptions): WhatsAppAdapter {
  const adapter = new WhatsAppAdapter(options)
  adapter.start()
  return adapter
}
export class WhatsAppAdapter implements WhatsAppHandle {
  readonly platform = 'whatsapp' as const
  readonly members: WhatsAppMemberPort
  readonly queue: SendQueue
  readonly introduction = { fresh: 'whatsapp.intro', linked: 'whatsapp.intro_linked' } as const
  readonly #log: Logger
  readonly #connection: WhatsAppConnection
  readonly #groups: GroupDirectory
  readonly #sent: SentMessages
  readonly #resolver: LidResolver
  readonly #inbound: InboundReader
  readonly #sender: WhatsAppSender
  readonly #membership: GroupMembership
  /** Per-chat chains: messages of one chat are handled one after another, in order. */
  readonly #chains = new Map<string, Promise<void>>()
  #me: JidPair = {}
  #pruneTimer: NodeJS.Timeout | undefined
  #stopped = false
  readonly #stopping = new AbortController()
  /** Events received and not yet handled, across chats. */
  #pending = 0
  /** Events dropped during the outage under way, because HELD_EVENTS_LIMIT were held already. */
  #dropped = 0

  constructor(private readonly options: WhatsAppOptions) {
    const log = options.logger.child({ platform: 'whatsapp' })
    this.#log = log
    const db = whatsappDb(options.db)
    const owner = options.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`
    const timing = { ...DEFAULT_TIMING, ...options.timing }
    const lease = new SessionLease(db, options.session, owner, timing.leaseTtlMs)
    const timers = options.queueTimers ?? realTimers
    // Paused until the socket opens: nothing can be sent before.
    this.queue = new SendQueue(whatsappPacing(options.pacing ?? DEFAULT_PACING), timers, { paused: true })
    this.#sent = new SentMessages(db, options.session, options.clock)
    this.#resolver = new LidResolver(() => this.#connection.socket()?.signalRepository.lidMapping, log)
    this.#groups = new GroupDirectory(
      db,
      options.session,
      options.clock,
      () => this.#connection.socket(),
      log,
    )
    this.members = new WhatsAppMemberPort(this.#groups, this.#resolver)
    this.#inbound = new InboundReader(
      options.core,
      this.#resolver,
      this.#groups,
      this.#sent,
      options.clock,
      () => this.#me,
    )
    this.#sender = new WhatsAppSender({
      log,
      queue: this.queue,
      timers,
      sent: this.#sent,
      groups: this.#groups,
      resolver: this.#resolver,
      socket: () => this.#connection.socket(),
      sendTimeoutMs: options.sendTimeoutMs,
      replyMaxWaitMs: options.replyMaxWaitMs,
    })
    this.#membership = new GroupMembership({
      core: options.core,
      adapter: this,
      groups: this.#groups,
      me: () => this.#me,
    })
    const print = options.print ?? ((text: string) => process.stdout.write(text))
    this.#connection = new WhatsAppConnection({
      db,
      lease,
      socketFactory: options.socketFactory ?? baileysSocketFactory,
      clock: options.clock,
      logger: log,
      baileysLogger: baileysLoggerOf(log),
      ...(options.pairingNumber ? { pairingNumber: options.pairingNumber } : {}),
      ...(options.singleInstance ? { singleInstance: true } : {}),
      timing,
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...terminalLinkPrinter(print, log),
      socketConfig: {
        getMessage: (key) => this.#sent.getMessage(key),
        cachedGroupMetadata: (jid) => this.#groups.cached(jid),
        ...(options.waVersion ? { version: [...options.waVersion] } : {}),
      },
      attach: (socket) => this.#attach(socket),
      opened: (socket) => this.#opened(socket),
      closed: () => this.queue.pause(),
      onStatus: (status) => options.onState?.(toPlatformState(status)),
      ...(options.onConnectionEvent ? { onEvent: options.onConnectionEvent } : {}),
    })
  }

  /** Sends one message; a send that could not start is `notSent`, a refused chat (403/404) permanent. */
  async transmit(chat: ChatAddress, message: Outgoing, options: TransmitOptions): Promise<void> {
    const quoted = options.quote?.raw as WAMessage | undefined
    try {
      await this.#sender.send(chat.externalId, message, options.priority, quoted, options)
    } catch (error) {
      if (error instanceof QueueWaitError) throw new DeliveryError(error.message, false, 60_000, true)
      const code = (error as { output?: { statusCode?: number } }).output?.statusCode
      // 403/404: the bot is not (or no longer) in the group, or the chat does not exist.
      throw new DeliveryError(errorText(error), code === 403 || code === 404)
    }
  }

  /** Groups end in @g.us; everything else is a person's chat. */
  addressOf(chatExternalId: string): ChatAddress {
    return { externalId: chatExternalId, kind: chatExternalId.endsWith('@g.us') ? 'group' : 'private' }
  }

  /** A person's private chat is their JID. */
  privateChatOf(identityExternalId: string): ChatAddress {
    return { externalId: identityExternalId, kind: 'private' }
  }

  /** The linked number may write to anyone: nobody has to open the chat first. */
  privateChatLink(): undefined {
    return undefined
  }

  start(): void {
    this.options.onState?.(toPlatformState(this.#connection.status()))
    this.#connection.start()
    this.#pruneTimer = setInterval(() => this.#prune(), PRUNE_EVERY_MS)
    this.#pruneTimer.unref?.()
  }

  /**
   * Within `drainMs`, lets the messages under way be handled and their answers go out (paced as always),
   * with the socket still open: WhatsApp does not deliver a message twice, so one that arrives meanwhile
   * is handled too. Then ends the socket, lets what is still queued fail (the relay logs each lost
   * answer and the chat is told after the restart), and frees the lease.
   */
  async stop(drainMs = 0): Promise<void> {
    if (this.#stopped) return
    this.#stopped = true
    clearInterval(this.#pruneTimer)
    await this.queue.drain([...this.#chains.values()], drainMs)
    this.#stopping.abort()
    await this.#connection.stop()
    this.queue.close()
    await Promise.allSettled([...this.#chains.values()])
  }

  linkStatus(): WhatsAppLinkStatus {
    return this.#connection.status()
  }

  state(): PlatformState {
    return toPlatformState(this.#connection.status())
  }

  canDeliver(): boolean {
    return this.#connection.socket() !== undefined
  }

  relink(): boolean {
    return this.#connection.relink()
  }

  /** Resolves when every message received so far has been handled and every answer sent (tests). */
  async settled(): Promise<void> {
    for (;;) {
      const chains = [...this.#chains.values()]
      await Promise.allSettled(chains)
      await this.queue.idle()
      if ([...this.#chains.values()].every((chain) => chains.includes(chain)) && this.queue.size === 0) return
    }
  }

  #attach(socket: WaSocketPort): void {
    this.#me = pairOf(socket.authState.creds.me?.id, socket.authState.creds.me?.lid)
    socket.ev.on('messages.upsert', ({ messages }) => {
      for (const message of messages) {
        const chat = message.key.remoteJid
        if (chat) this.#inOrder(chat, () => this.#onMessage(message))
      }
    })
    socket.ev.on('groups.upsert', (groups) => {
      for (const meta of groups) this.#inOrder(meta.id, () => this.#membership.groupUpserted(meta))
    })
    socket.ev.on('groups.update', (updates) => {
      for (const update of updates) if (update.id) this.#inOrder(update.id, () => this.#groups.merge(update))
    })
    socket.ev.on('group-participants.update', (update) => {
      this.#inOrder(update.id, () => this.#membership.participantsChanged(update))
    })
  }

  #opened(socket: WaSocketPort): void {
    this.#me = pairOf(
      socket.user?.id,
      socket.user?.lid,
      socket.authState.creds.me?.id,
      socket.authState.creds.me?.lid,
    )
    this.queue.resume()
    // Not shown as online (as markOnlineOnConnect: false), also on the first connection after linking.
    socket
      .sendPresenceUpdate('unavailable')
      .catch((error: unknown) => this.#log.debug({ reason: errorText(error) }, 'sending presence failed'))
    this.#groups
      .refreshAll(socket)
      .then(({ count, gone }) => {
        this.#log.info({ groups: count, removedWhileOffline: gone.length }, 'group metadata refreshed')
        for (const jid of gone) this.#inOrder(jid, () => this.#membership.left(jid))
      })
      .catch((error: unknown) => this.#log.warn({ reason: errorText(error) }, 'fetching the groups failed'))
    this.#prune()
  }

  /** Forgets sent messages older than about two weeks (kept for retries until then). */
  #prune(): void {
    this.#sent
      .prune()
      .catch((error: unknown) => this.#log.warn({ reason: errorText(error) }, 'pruning sent messages failed'))
  }

  /** Runs `work` after everything queued before it for the same chat; a failure is logged, never spread. */
  #inOrder(chat: string, work: () => Promise<void>): void {
    const { database } = this.options
    if (database?.outage && this.#pending >= HELD_EVENTS_LIMIT) {
      this.#dropped += 1
      return
    }
    this.#pending += 1
    const previous = this.#chains.get(chat) ?? Promise.resolve()
    const next = previous
      .then(() => (database ? this.#throughOutage(database, work) : work()))
      .catch((error: unknown) => this.#log.error({ chat, err: error }, 'handling a WhatsApp event failed'))
      .finally(() => {
        this.#pending -= 1
      })
    this.#chains.set(chat, next)
    void next.finally(() => {
      if (this.#chains.get(chat) === next) this.#chains.delete(chat)
    })
  }

  async #throughOutage(database: DatabaseAvailability, work: () => Promise<void>): Promise<void> {
    await database.retryThroughOutage(work, this.#stopping.signal)
    if (this.#dropped > 0) {
      this.#log.warn(
        { dropped: this.#dropped, limit: HELD_EVENTS_LIMIT },
        'WhatsApp events dropped during the database outage: more arrived than can be held',
      )
      this.#dropped = 0
    }
  }

  async #onMessage(message: WAMessage): Promise<void> {
    const result = await this.#inbound.read(message)
    if ('skip' in result) {
      this.#log.trace({ id: message.key.id, skip: result.skip }, 'message skipped')
      return
    }
    await this.options.core.receive(this, result.incoming)
  }
}

/** The link status as /readyz reports it (never the QR payload or the pairing code). */
function toPlatformState(status: WhatsAppLinkStatus): PlatformState {
  return { state: status.state, ...(status.detail ? { detail: status.detail } : {}) }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
