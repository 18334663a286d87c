/**
 * Sinergi on WhatsApp (Baileys), linked as a secondary device of a WhatsApp number. Messages come in
 * from `messages.upsert` (live `notify` and offline `append` deliveries alike: the dispatcher applies
 * SPEC §2's late-command rule by the message time and drops redelivered ids), strictly in order within
 * a chat and concurrently across chats; the answers go out through one paced queue. Also the group
 * lifecycle (added: a short introduction; removed: the chat goes inactive), the dispatcher's
 * PlatformPort (group admins from metadata), a ChatDelivery for scheduled messages, and the link
 * status for the admin page. Everything Baileys-specific stays in this folder.
 */
import { hostname } from 'node:os'
import { type GroupMetadata, generateMessageIDV2, type WAMessage } from 'baileys'
import type { Kysely } from 'kysely'
import QRCode from 'qrcode'
import type { Dispatcher } from '../../chat/dispatcher.js'
import { type ChatDelivery, DeliveryError, type Outgoing, type Platform } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import type { Language } from '../../db/tables/workspaces.js'
import { upsertChat } from '../../domain/chats/chats.js'
import { identityOn } from '../../domain/people/identities.js'
import type { Logger } from '../../logger.js'
import { translateBlocks } from '../../text/catalog/index.js'
import { mentionedJids } from '../../text/render-whatsapp.js'
import type { PlatformState } from '../../web/health.js'
import type { WhatsAppLinkStatus } from '../link-status.js'
import { baileysSocketFactory } from './baileys-socket.js'
import {
  type ConnectionEvent,
  type ConnectionTiming,
  DEFAULT_TIMING,
  WhatsAppConnection,
} from './connection.js'
import { GroupDirectory, type ParticipantsUpdate, participantPair, WhatsAppMemberPort } from './groups.js'
import { type JidPair, LidResolver, pairOf, sameUser } from './identity.js'
import { InboundReader } from './inbound.js'
import { SessionLease } from './lease.js'
import { contentsOf, swapMentions } from './outgoing-content.js'
import type { SocketFactory, WaSocketPort } from './port.js'
import type { BackoffOptions } from './reconnect-policy.js'
import {
  DEFAULT_PACING,
  PacedQueue,
  type PacingLimits,
  type QueueTimers,
  QueueWaitError,
  realTimers,
} from './send-queue.js'
import { SentMessages } from './sent-messages.js'
import { whatsappDb } from './tables.js'

const PRUNE_EVERY_MS = 24 * 60 * 60_000
/** A scheduled send does not start with less than this left of its budget. */
const SEND_RESERVE_MS = 15_000

export interface WhatsAppOptions {
  readonly db: Kysely<Database>
  readonly dispatcher: Dispatcher
  readonly clock: Clock
  readonly logger: Logger
  readonly defaultLanguage: Language
  /** Names the linked number in the database (WHATSAPP_SESSION). */
  readonly session: string
  /** Link with a pairing code for this number instead of a QR code. */
  readonly pairingNumber?: string
  readonly pacing?: PacingLimits
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
  /** Delivery to chats of other platforms (a command's notice to a linked Telegram group). */
  readonly otherPlatforms?: (platform: Platform) => ChatDelivery | undefined
  readonly onConnectionEvent?: (event: ConnectionEvent) => void
  readonly queueTimers?: QueueTimers
  /** Longest wait for one send to WhatsApp (default 60 s). */
  readonly sendTimeoutMs?: number
  /**
   * Everything of one scheduled delivery — waiting for its turn and sending — fits in this (default
   * 50 s), under the outbox worker's own send timeout (60 s), so a delivery the outbox gave up on is
   * never sent afterwards. What cannot start in time is refused, and the outbox retries it later.
   */
  readonly scheduledBudgetMs?: number
  /** Longest a reply waits for its turn, e.g. through a reconnection (default 15 min). */
  readonly replyMaxWaitMs?: number
}

/** What main (and the web admin page) hold of the WhatsApp adapter. */
export interface WhatsAppHandle {
  readonly delivery: ChatDelivery
  readonly port: WhatsAppMemberPort
  /** Where linking stands: QR payload or pairing code while waiting, the connection state otherwise. */
  linkStatus(): WhatsAppLinkStatus
  /** For /readyz. */
  state(): PlatformState
  /** This instance holds the session and the socket is open (only then can it deliver). */
  canDeliver(): boolean
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

interface ReplyOrigin {
  readonly chatJid: string
  readonly quoted?: WAMessage
}

export class WhatsAppAdapter implements WhatsAppHandle {
  readonly port: WhatsAppMemberPort
  readonly delivery: ChatDelivery
  readonly #log: Logger
  readonly #connection: WhatsAppConnection
  readonly #queue: PacedQueue
  readonly #timers: QueueTimers
  readonly #groups: GroupDirectory
  readonly #sent: SentMessages
  readonly #resolver: LidResolver
  readonly #inbound: InboundReader
  /** Per-chat chains: messages of one chat are handled one after another, in order. */
  readonly #chains = new Map<string, Promise<void>>()
  #me: JidPair = {}
  #pruneTimer: NodeJS.Timeout | undefined
  #stopped = false

  constructor(private readonly options: WhatsAppOptions) {
    const log = options.logger.child({ platform: 'whatsapp' })
    this.#log = log
    const db = whatsappDb(options.db)
    const owner = options.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`
    const timing = { ...DEFAULT_TIMING, ...options.timing }
    const lease = new SessionLease(db, options.session, owner, timing.leaseTtlMs)
    this.#timers = options.queueTimers ?? realTimers
    this.#queue = new PacedQueue(options.pacing ?? DEFAULT_PACING, this.#timers)
    this.#sent = new SentMessages(db, options.session, options.clock)
    this.#resolver = new LidResolver(() => this.#connection.socket()?.signalRepository.lidMapping, log)
    this.#groups = new GroupDirectory(
      db,
      options.session,
      options.clock,
      () => this.#connection.socket(),
      log,
    )
    this.port = new WhatsAppMemberPort(this.#groups, this.#resolver)
    this.#inbound = new InboundReader(
      options.db,
      this.#resolver,
      this.#groups,
      this.#sent,
      options.clock,
      () => this.#me,
    )
    const print = options.print ?? ((text: string) => process.stdout.write(text))
    this.#connection = new WhatsAppConnection({
      db,
      lease,
      socketFactory: options.socketFactory ?? baileysSocketFactory,
      clock: options.clock,
      logger: log,
      baileysLogger: baileysLoggerOf(log),
      ...(options.pairingNumber ? { pairingNumber: options.pairingNumber } : {}),
      timing,
      ...(options.backoff ? { backoff: options.backoff } : {}),
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
      socketConfig: {
        getMessage: (key) => this.#sent.getMessage(key),
        cachedGroupMetadata: (jid) => this.#groups.cached(jid),
      },
      attach: (socket) => this.#attach(socket),
      opened: (socket) => this.#opened(socket),
      closed: () => this.#queue.pause(),
      onStatus: (status) => options.onState?.(toPlatformState(status)),
      ...(options.onConnectionEvent ? { onEvent: options.onConnectionEvent } : {}),
    })
    this.delivery = { platform: 'whatsapp', deliver: (chatId, message) => this.#deliver(chatId, message) }
  }

  start(): void {
    this.options.onState?.(toPlatformState(this.#connection.status()))
    this.#connection.start()
    this.#pruneTimer = setInterval(() => this.#prune(), PRUNE_EVERY_MS)
    this.#pruneTimer.unref?.()
  }

  /** Ends the socket (no new messages), lets queued sends fail, waits for messages being handled, frees the lease. */
  async stop(): Promise<void> {
    if (this.#stopped) return
    this.#stopped = true
    clearInterval(this.#pruneTimer)
    await this.#connection.stop()
    this.#queue.close()
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
      await this.#queue.idle()
      if ([...this.#chains.values()].every((chain) => chains.includes(chain)) && this.#queue.size === 0)
        return
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
      for (const meta of groups) this.#inOrder(meta.id, () => this.#onGroupUpsert(meta))
    })
    socket.ev.on('groups.update', (updates) => {
      for (const update of updates) if (update.id) this.#inOrder(update.id, () => this.#groups.merge(update))
    })
    socket.ev.on('group-participants.update', (update) => {
      this.#inOrder(update.id, () => this.#onParticipants(update))
    })
  }

  #opened(socket: WaSocketPort): void {
    this.#me = pairOf(
      socket.user?.id,
      socket.user?.lid,
      socket.authState.creds.me?.id,
      socket.authState.creds.me?.lid,
    )
    this.#queue.resume()
    this.#groups
      .refreshAll(socket)
      .then((count) => this.#log.info({ groups: count }, 'group metadata refreshed'))
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
    const previous = this.#chains.get(chat) ?? Promise.resolve()
    const next = previous
      .then(work)
      .catch((error: unknown) => this.#log.error({ chat, err: error }, 'handling a WhatsApp event failed'))
    this.#chains.set(chat, next)
    void next.finally(() => {
      if (this.#chains.get(chat) === next) this.#chains.delete(chat)
    })
  }

  async #onMessage(message: WAMessage): Promise<void> {
    const result = await this.#inbound.read(message)
    if ('skip' in result) {
      this.#log.trace({ id: message.key.id, skip: result.skip }, 'message skipped')
      return
    }
    const answers = await this.options.dispatcher.handle(result.incoming, this.port)
    await this.#sendAnswers(answers, { chatJid: result.view.chatJid, quoted: message })
  }

  /**
   * Sends the dispatcher's answers in order: replies into the chat of the command (quoting it when
   * asked), person targets into the person's private chat, chat targets into the stored chat.
   */
  async #sendAnswers(answers: readonly Outgoing[], origin: ReplyOrigin): Promise<void> {
    for (const answer of answers) {
      try {
        const target = answer.target
        if (target.kind === 'reply') {
          await this.#send(origin.chatJid, answer, 'reply', answer.quote ? origin.quoted : undefined)
        } else if (target.kind === 'person') {
          const identity = await identityOn(this.options.db, target.personId, 'whatsapp')
          if (!identity) {
            this.#log.warn({ person: target.personId }, 'a private message has no WhatsApp identity to go to')
            continue
          }
          await this.#send(identity.external_id, answer, 'reply')
        } else {
          await this.#sendToStoredChat(target.chatId, answer)
        }
      } catch (error) {
        this.#log.warn({ chat: origin.chatJid, reason: errorText(error) }, 'sending an answer failed')
      }
    }
  }

  async #sendToStoredChat(chatId: number, answer: Outgoing): Promise<void> {
    const chat = await this.options.db
      .selectFrom('chats')
      .select(['platform', 'external_id', 'active'])
      .where('id', '=', chatId)
      .executeTakeFirst()
    if (!chat?.active) return
    if (chat.platform === 'whatsapp') return this.#send(chat.external_id, answer, 'reply')
    await this.options.otherPlatforms?.(chat.platform)?.deliver(chat.external_id, answer)
  }

  /** A scheduled message (brief, reminder, notice) into a stored chat, behind the replies. */
  async #deliver(chatJid: string, message: Outgoing): Promise<void> {
    const chat = await this.options.db
      .selectFrom('chats')
      .select('active')
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', chatJid)
      .executeTakeFirst()
    if (chat && !chat.active) throw new DeliveryError('the bot is no longer in this WhatsApp group', true)
    if (!this.canDeliver()) {
      throw new DeliveryError('WhatsApp is not connected on this instance', false, 60_000)
    }
    try {
      const deadline = this.#timers.now() + (this.options.scheduledBudgetMs ?? 50_000)
      await this.#send(chatJid, message, 'scheduled', undefined, deadline)
    } catch (error) {
      if (error instanceof QueueWaitError) throw new DeliveryError(error.message, false, 60_000)
      const code = (error as { output?: { statusCode?: number } }).output?.statusCode
      // 403/404: the bot is not (or no longer) in the group, or the chat does not exist.
      throw new DeliveryError(errorText(error), code === 403 || code === 404)
    }
  }

  /**
   * One Outgoing into one chat: text first (quoting the command when asked), then each file. With a
   * `deadline` (queue clock), each part must start early enough to finish by it.
   */
  async #send(
    jid: string,
    message: Outgoing,
    priority: 'reply' | 'scheduled',
    quoted?: WAMessage,
    deadline?: number,
  ): Promise<void> {
    const sendTimeoutMs = this.options.sendTimeoutMs ?? 60_000
    if (message.buttons?.length)
      this.#log.debug({ chat: jid }, 'buttons dropped: on WhatsApp the same actions are commands')
    const text = swapMentions(message.text, await this.#mentionForms(jid, mentionedJids(message.text)))
    const contents = contentsOf({ ...message, text })
    for (const [index, content] of contents.entries()) {
      const maxWaitMs =
        deadline === undefined
          ? (this.options.replyMaxWaitMs ?? 15 * 60_000)
          : deadline - SEND_RESERVE_MS - this.#timers.now()
      await this.#queue.run(
        jid,
        priority,
        async () => {
          const socket = this.#connection.socket()
          if (!socket) throw new QueueWaitError('WhatsApp disconnected before the message could be sent')
          // Our own id, recorded before sending: WhatsApp may hand the message back before the send returns.
          const id = generateMessageIDV2(socket.user?.id)
          await this.#sent.remember(id, jid)
          const timeoutMs =
            deadline === undefined ? sendTimeoutMs : Math.min(sendTimeoutMs, deadline - this.#timers.now())
          const sent = await withTimeout(
            socket.sendMessage(jid, content, { messageId: id, ...(index === 0 && quoted ? { quoted } : {}) }),
            timeoutMs,
          )
          if (sent?.message) await this.#sent.store(id, sent.message)
        },
        maxWaitMs,
      )
    }
  }

  /**
   * Mentions addressed the way the group addresses its members: a group in LID mode gets LIDs, a
   * group in phone-number mode numbers, when the other form is known. Private chats keep them as they are.
   */
  async #mentionForms(jid: string, mentioned: readonly string[]): Promise<Map<string, string>> {
    const swap = new Map<string, string>()
    if (mentioned.length === 0 || !jid.endsWith('@g.us')) return swap
    const mode = (await this.#groups.cached(jid))?.addressingMode
    if (!mode) return swap
    for (const original of mentioned) {
      const pair = await this.#resolver.complete(pairOf(original))
      const wanted = mode === 'lid' ? pair.lid : pair.pn
      if (wanted && wanted !== original) swap.set(original, wanted)
    }
    return swap
  }

  async #onGroupUpsert(meta: GroupMetadata): Promise<void> {
    const known = await this.#groups.cached(meta.id)
    await this.#groups.store(meta)
    if (!known) await this.#joined(meta.id, meta.subject)
  }

  async #onParticipants(update: ParticipantsUpdate): Promise<void> {
    await this.#groups.applyParticipants(update)
    if (!update.participants.some((p) => sameUser(participantPair(p), this.#me))) return
    if (update.action === 'add') {
      const meta = await this.#groups.fresh(update.id)
      await this.#joined(update.id, meta?.subject)
    } else if (update.action === 'remove') {
      await this.#left(update.id)
    }
  }

  /** The bot was added to a group: the chat is recorded (active) and the bot introduces itself once. */
  async #joined(jid: string, subject: string | undefined): Promise<void> {
    const { db, clock, defaultLanguage } = this.options
    const before = await db
      .selectFrom('chats')
      .select('active')
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', jid)
      .executeTakeFirst()
    await upsertChat(
      db,
      { platform: 'whatsapp', externalId: jid, kind: 'group', ...(subject ? { title: subject } : {}) },
      clock.now(),
    )
    this.#log.info({ chat: jid }, 'added to a WhatsApp group')
    // Already active: a second report of the same addition (groups.upsert and the participants event).
    if (before?.active) return
    const forum = await db
      .selectFrom('chats')
      .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
      .select(['workspaces.name', 'workspaces.language'])
      .where('chats.platform', '=', 'whatsapp')
      .where('chats.external_id', '=', jid)
      .executeTakeFirst()
    const lang = forum?.language ?? defaultLanguage
    const text = forum
      ? translateBlocks(lang, 'whatsapp.intro_linked', { forum: forum.name })
      : translateBlocks(lang, 'whatsapp.intro')
    await this.#send(jid, { target: { kind: 'reply' }, text }, 'reply')
  }

  /** The bot was removed from a group: nothing more is sent there until someone writes in it again. */
  async #left(jid: string): Promise<void> {
    await this.options.db
      .updateTable('chats')
      .set({ active: false })
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', jid)
      .execute()
    await this.#groups.forget(jid)
    this.#log.info({ chat: jid }, 'removed from a WhatsApp group; the chat is now inactive')
  }
}

/**
 * Baileys logs a great deal at info (and key material at trace); its warnings and errors are what an
 * operator needs. It never logs more than our own logger would.
 */
function baileysLoggerOf(log: Logger): Logger {
  const values = log.levels.values
  const quieter = (values[log.level] ?? Number.POSITIVE_INFINITY) > (values.warn ?? 40) ? log.level : 'warn'
  return log.child({ component: 'baileys' }, { level: quieter })
}

/** The link status as /readyz reports it (never the QR payload or the pairing code). */
function toPlatformState(status: WhatsAppLinkStatus): PlatformState {
  return { state: status.state, ...(status.detail ? { detail: status.detail } : {}) }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`WhatsApp did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
