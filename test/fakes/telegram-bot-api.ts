/**
 * A fake Telegram Bot API server for end-to-end tests: real HTTP on 127.0.0.1 (port 0), the methods
 * Sinergi calls, Telegram's response shapes (`{ok, result}` / `{ok: false, error_code, description,
 * parameters}`) and its refusals (bot removed, private chat never started, group upgraded, HTML it
 * cannot parse, text too long). A test plays users in groups — sends messages, presses buttons, adds
 * and removes the bot — reads what the bot sent, and can script errors such as one 429.
 *
 * Strict where Telegram is strict, so that the bot is tested against what the real service refuses:
 * privacy mode decides which group messages reach the bot at all, a callback query can be answered
 * once and only within 15 seconds, a group takes 20 messages a minute and then answers 429, and
 * setWebhook accepts only https URLs on Telegram's four ports.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type FakeEntity, HtmlRefused, parseTelegramHtml, refuseIllFormed } from './telegram-html.js'

export interface FakeUser {
  readonly id: number
  readonly is_bot: false
  readonly first_name: string
  readonly last_name?: string
  readonly username?: string
}

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'left' | 'kicked'

export interface FakeChat {
  readonly id: number
  readonly type: 'group' | 'supergroup' | 'private'
  readonly title?: string
  /** A supergroup with topics. */
  readonly is_forum?: true
}

interface ChatState {
  chat: FakeChat
  bot: MemberStatus
  members: Map<number, MemberStatus>
  migratedTo?: number
  /** Which bot posted last: privacy mode delivers a bare `/cmd` only to the bot that did. */
  lastBotPoster?: 'us' | 'another bot'
  /** When the bot's recent messages into this group were sent (ms), for the per-group rate limit. */
  sendTimes: number[]
}

/** A message as stored by the fake (users' and the bot's), in Telegram's shape. */
export interface FakeMessage {
  message_id: number
  date: number
  edit_date?: number
  message_thread_id?: number
  is_topic_message?: true
  forum_topic_created?: { name: string }
  chat: FakeChat
  from: FakeUser | BotUser
  text?: string
  caption?: string
  entities?: FakeEntity[]
  caption_entities?: FakeEntity[]
  reply_to_message?: FakeMessage
  reply_markup?: ReplyMarkup
  photo?: Array<{ file_id: string; file_unique_id: string; width: number; height: number }>
  document?: { file_id: string; file_unique_id: string; file_name?: string; mime_type?: string }
  migrate_to_chat_id?: number
  migrate_from_chat_id?: number
}

interface BotUser {
  id: number
  is_bot: true
  first_name: string
  username: string
}

export interface ReplyMarkup {
  inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>>
  force_reply?: boolean
  selective?: boolean
}

/** Something the bot sent: a message or a document, as the fake received it. */
export interface SentByBot {
  readonly method: string
  readonly chatId: number
  readonly message: FakeMessage
  /** What the bot posted before Telegram parsed it (HTML when parse_mode was HTML). */
  readonly raw: string | undefined
  readonly parseMode: string | undefined
  readonly replyToMessageId: number | undefined
  /** The forum topic it went to (undefined: General, or not a forum). */
  readonly threadId: number | undefined
  /** An uploaded file: `content` as UTF-8 text (documents such as .ics), `bytes` as uploaded (photos). */
  readonly file?: {
    readonly name: string
    readonly mimeType: string
    readonly content: string
    readonly bytes: Buffer
  }
}

export interface ApiFailure {
  readonly error_code: number
  readonly description: string
  readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number }
}

type Update = Record<string, unknown> & { update_id: number }

interface Poller {
  resolve: (updates: Update[]) => void
  reject: (failure: ApiFailure) => void
  timer: NodeJS.Timeout
}

const TEXT_LIMIT = 4096
const CAPTION_LIMIT = 1024
/** Telegram's deadline for answering a button press. */
const CALLBACK_TIMEOUT_MS = 15_000
/** Messages a bot may send into one group per minute before Telegram answers 429. */
const GROUP_PER_MINUTE = 20
const QUERY_TOO_OLD = 'Bad Request: query is too old and response timeout expired or query ID is invalid'
const WEBHOOK_PORTS = new Set(['', '80', '88', '443', '8443'])

export interface FakeOptions {
  readonly botId?: number
  readonly username?: string
  readonly now?: () => Date
  /** How long a button press may wait for its answer (default Telegram's 15 s). */
  readonly callbackTimeoutMs?: number
  /** Messages per minute into one group before 429 (default Telegram's 20; false: no limit). */
  readonly groupPerMinute?: number | false
}

export class FakeTelegram {
  readonly token: string
  readonly bot: BotUser
  /** Every call the bot made, in order (method and decoded parameters). */
  readonly calls: Array<{ method: string; params: Record<string, unknown> }> = []
  /** Everything the bot sent, in order. */
  readonly sent: SentByBot[] = []
  readonly edits: Array<{ chatId: number; messageId: number; text?: string; markup?: ReplyMarkup }> = []
  readonly callbackAnswers: Array<{ id: string; text?: string; show_alert?: boolean }> = []
  readonly commandMenus: Array<{
    scope?: { type: string }
    language_code?: string
    commands: Array<{ command: string; description: string }>
  }> = []
  webhook: { url: string; secretToken?: string } | undefined
  /** In webhook mode, how an injected update reaches the bot; set by the test. */
  deliverToWebhook: ((update: Update, secretToken: string | undefined) => Promise<number>) | undefined
  readonly webhookResponses: number[] = []
  /** How often two long polls overlapped (Telegram answers the older one with 409). */
  conflicts = 0

  readonly #server: Server
  readonly #chats = new Map<number, ChatState>()
  readonly #messages = new Map<string, FakeMessage>()
  readonly #messageSeq = new Map<number, number>()
  readonly #started = new Set<number>()
  readonly #failures = new Map<string, ApiFailure[]>()
  readonly #dropped = new Map<string, number>()
  readonly #held = new Map<string, number[]>()
  /** The update kinds the bot asked for (getUpdates or setWebhook); Telegram keeps the last list. */
  #allowedUpdates: readonly string[] | undefined
  /** Button presses not yet answered, by query id: when they were pressed (ms). */
  readonly #openQueries = new Map<string, number>()
  readonly #callbackTimeoutMs: number
  readonly #groupPerMinute: number | false
  #updates: Update[] = []
  #nextUpdateId = 500_000
  #nextUserId = 10_000
  #nextChatId = 100_000
  #nextFileId = 1
  #nextCallbackId = 1
  #poller: Poller | undefined
  #offline = false
  readonly #openSockets = new Set<import('node:net').Socket>()
  #now: () => Date

  private constructor(
    server: Server,
    options: { botId: number; username: string; now: () => Date },
    limits: FakeOptions,
  ) {
    this.#server = server
    this.#now = options.now
    this.#callbackTimeoutMs = limits.callbackTimeoutMs ?? CALLBACK_TIMEOUT_MS
    this.#groupPerMinute = limits.groupPerMinute ?? GROUP_PER_MINUTE
    this.bot = { id: options.botId, is_bot: true, first_name: 'Sinergi', username: options.username }
    this.token = `${options.botId}:AAFakeTokenForTests_${options.botId.toString(36)}xyz`
  }

  /** Starts a fake on a free port. `botId` names the bot (and its poller lock): keep it unique per test file. */
  static async start(options: FakeOptions = {}): Promise<FakeTelegram> {
    let fake: FakeTelegram | undefined
    const server = createServer((req, res) => {
      fake!.#serve(req, res).catch((error) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ ok: false, error_code: 500, description: `fake failed: ${String(error)}` }))
      })
    })
    fake = new FakeTelegram(
      server,
      {
        botId: options.botId ?? 7_000_000_000 + Math.floor(Math.random() * 1_000_000),
        username: options.username ?? 'SinergiBot',
        now: options.now ?? (() => new Date()),
      },
      options,
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  /** The Bot API root to give grammY (`TELEGRAM_API_ROOT`). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    if (this.#poller) {
      clearTimeout(this.#poller.timer)
      this.#poller.resolve([])
    }
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  // ── people and chats ──────────────────────────────────────────────────────────────────────────

  user(firstName: string, options: { lastName?: string; username?: string } = {}): FakeUser {
    return {
      id: ++this.#nextUserId,
      is_bot: false,
      first_name: firstName,
      ...(options.lastName ? { last_name: options.lastName } : {}),
      ...(options.username ? { username: options.username } : {}),
    }
  }

  /** A group with the bot already in it (unless `botIn: false`); admins and members by user. */
  group(
    title: string,
    options: {
      admins?: FakeUser[]
      members?: FakeUser[]
      botIn?: boolean
      supergroup?: boolean
      /** A supergroup with topics. */
      forum?: boolean
    } = {},
  ): FakeChat {
    const supergroup = options.supergroup || options.forum
    const id = supergroup ? -1_001_000_000_000 - ++this.#nextChatId : -++this.#nextChatId
    const chat: FakeChat = {
      id,
      type: supergroup ? 'supergroup' : 'group',
      title,
      ...(options.forum ? { is_forum: true as const } : {}),
    }
    const members = new Map<number, MemberStatus>()
    for (const user of options.admins ?? []) members.set(user.id, 'administrator')
    for (const user of options.members ?? []) members.set(user.id, 'member')
    this.#chats.set(id, { chat, bot: options.botIn === false ? 'left' : 'member', members, sendTimes: [] })
    return chat
  }

  /** A user opens a topic in a forum group; returns its thread id (the id of the service message). */
  topic(chat: FakeChat, by: FakeUser, name: string): number {
    const message: FakeMessage = {
      message_id: this.#nextMessageId(chat.id),
      date: Math.floor(this.#now().getTime() / 1000),
      chat,
      from: by,
      forum_topic_created: { name },
    }
    message.message_thread_id = message.message_id
    message.is_topic_message = true
    this.#remember(message)
    return message.message_id
  }

  /** Another bot posts into the group: privacy mode stops delivering bare `/cmd` to ours. */
  anotherBotPosts(chat: FakeChat): void {
    this.#state(chat.id).lastBotPoster = 'another bot'
  }

  /** The private chat of a user with the bot. The bot can write there once the user has written. */
  privateChat(user: FakeUser): FakeChat {
    const existing = this.#chats.get(user.id)
    if (existing) return existing.chat
    const chat: FakeChat = { id: user.id, type: 'private' }
    this.#chats.set(user.id, {
      chat,
      bot: 'member',
      members: new Map([[user.id, 'member']]),
      sendTimes: [],
    })
    return chat
  }

  setMember(chat: FakeChat, user: FakeUser, status: MemberStatus): void {
    this.#state(chat.id).members.set(user.id, status)
  }

  // ── what users do ─────────────────────────────────────────────────────────────────────────────

  /**
   * A user sends a message. `photo: true` sends a photo with the text as its caption; `replyTo` makes it
   * a reply; `topic` posts it in a forum topic; `@username` words become mention entities; extra
   * entities (text_mention) may be given. It reaches the bot only as privacy mode allows.
   */
  send(
    chat: FakeChat,
    from: FakeUser,
    text: string,
    options: {
      photo?: boolean
      replyTo?: FakeMessage
      entities?: FakeEntity[]
      date?: Date
      withoutText?: boolean
      topic?: number
    } = {},
  ): FakeMessage {
    if (chat.type === 'private') this.#started.add(from.id)
    const entities = entitiesOf(text, options.entities)
    const message: FakeMessage = {
      message_id: this.#nextMessageId(chat.id),
      date: Math.floor((options.date ?? this.#now()).getTime() / 1000),
      chat,
      from,
      ...(options.topic !== undefined
        ? { message_thread_id: options.topic, is_topic_message: true as const }
        : {}),
    }
    if (options.photo) {
      message.photo = [
        {
          file_id: `photo-small-${this.#nextFileId}`,
          file_unique_id: `ps${this.#nextFileId}`,
          width: 90,
          height: 90,
        },
        {
          file_id: `photo-${this.#nextFileId}`,
          file_unique_id: `p${this.#nextFileId++}`,
          width: 1280,
          height: 1280,
        },
      ]
      if (!options.withoutText) {
        message.caption = text
        if (entities.length) message.caption_entities = entities
      }
    } else {
      message.text = text
      if (entities.length) message.entities = entities
    }
    if (options.replyTo) message.reply_to_message = options.replyTo
    this.#remember(message)
    if (this.#delivered(message)) this.inject({ message })
    return message
  }

  /** The user edits their text message: Telegram sends `edited_message` under the same message id. */
  editText(message: FakeMessage, text: string): FakeMessage {
    const entities = entitiesOf(text)
    const edited: FakeMessage = {
      ...message,
      edit_date: Math.floor(this.#now().getTime() / 1000),
      text,
    }
    if (entities.length) edited.entities = entities
    else delete edited.entities
    this.#remember(edited)
    if (this.#delivered(edited)) this.inject({ edited_message: edited })
    return edited
  }

  /**
   * Privacy mode (every bot's default): in a group the bot gets commands addressed to it, bare commands
   * only while it was the last bot to post there, replies to its messages and mentions of it — never
   * plain chatter. An admin bot, and every private chat, get everything.
   */
  #delivered(message: FakeMessage): boolean {
    const state = this.#state(message.chat.id)
    if (message.chat.type === 'private' || state.bot === 'administrator') return true
    if (message.reply_to_message?.from.id === this.bot.id) return true
    const text = message.text ?? message.caption ?? ''
    const entities = message.entities ?? message.caption_entities ?? []
    const me = this.bot.username.toLowerCase()
    const named = (entity: FakeEntity) =>
      text.slice(entity.offset, entity.offset + entity.length).toLowerCase()
    if (entities.some((e) => e.type === 'mention' && named(e) === `@${me}`)) return true
    const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0)
    if (!command) return false
    const addressee = named(command).split('@')[1]
    return addressee === undefined ? state.lastBotPoster !== 'another bot' : addressee === me
  }

  /** A user presses an inline button under a message the bot sent. */
  press(from: FakeUser, message: FakeMessage, data: string): string {
    const id = `cbq-${this.#nextCallbackId++}`
    this.#openQueries.set(id, Date.now())
    const current = this.#messages.get(`${message.chat.id}:${message.message_id}`) ?? message
    this.inject({
      callback_query: { id, from, message: current, chat_instance: `ci${message.chat.id}`, data },
    })
    return id
  }

  /** Someone adds the bot to a group: Telegram's my_chat_member update. */
  addBot(chat: FakeChat, by: FakeUser): void {
    const state = this.#state(chat.id)
    const old = state.bot
    state.bot = 'member'
    this.inject({ my_chat_member: this.#memberUpdate(chat, by, old, 'member') })
  }

  /** Someone removes (kicks) the bot from a group. */
  removeBot(chat: FakeChat, by: FakeUser): void {
    const state = this.#state(chat.id)
    const old = state.bot
    state.bot = 'kicked'
    this.inject({ my_chat_member: this.#memberUpdate(chat, by, old, 'kicked') })
  }

  /**
   * The group is upgraded to a supergroup: a new id; both service messages arrive, as from Telegram
   * (unless `announce: false`, as when the bot missed them while it was down).
   */
  migrate(chat: FakeChat, by: FakeUser, options: { announce?: boolean } = {}): FakeChat {
    const old = this.#state(chat.id)
    const supergroup: FakeChat = {
      id: -1_001_000_000_000 - ++this.#nextChatId,
      type: 'supergroup',
      title: chat.title,
    }
    this.#chats.set(supergroup.id, {
      chat: supergroup,
      bot: old.bot,
      members: new Map(old.members),
      sendTimes: [],
    })
    old.migratedTo = supergroup.id
    if (options.announce === false) return supergroup
    const date = Math.floor(this.#now().getTime() / 1000)
    this.inject({
      message: {
        message_id: this.#nextMessageId(chat.id),
        date,
        chat,
        from: by,
        migrate_to_chat_id: supergroup.id,
      },
    })
    this.inject({
      message: {
        message_id: this.#nextMessageId(supergroup.id),
        date,
        chat: supergroup,
        from: by,
        migrate_from_chat_id: chat.id,
      },
    })
    return supergroup
  }

  /** Queues an update (or posts it to the webhook when one is set and the test wired `deliverToWebhook`). */
  inject(body: Record<string, unknown>): Update {
    const update: Update = { update_id: ++this.#nextUpdateId, ...body }
    // Telegram keeps back the kinds the bot did not ask for (`message` and others when it named none).
    const kind = Object.keys(body)[0]!
    if (this.#allowedUpdates && !this.#allowedUpdates.includes(kind)) return update
    this.redeliver(update)
    return update
  }

  /** Delivers an update again with its original id, as Telegram does when it was never confirmed. */
  redeliver(update: Update): void {
    if (this.webhook && this.deliverToWebhook) {
      void this.deliverToWebhook(update, this.webhook.secretToken).then((status) =>
        this.webhookResponses.push(status),
      )
      return
    }
    this.#updates.push(update)
    this.#updates.sort((a, b) => a.update_id - b.update_id)
    this.#wakePoller()
  }

  // ── scripting and reading ─────────────────────────────────────────────────────────────────────

  /** The next call(s) of `method` fail with this Bot API error. */
  failNext(method: string, failure: ApiFailure, times = 1): void {
    const queue = this.#failures.get(method) ?? []
    for (let n = 0; n < times; n++) queue.push(failure)
    this.#failures.set(method, queue)
  }

  /** The next call(s) of `method` lose their connection, as on a network failure. */
  dropNext(method: string, times = 1): void {
    this.#dropped.set(method, (this.#dropped.get(method) ?? 0) + times)
  }

  /** The next call of `method` takes `ms` before Telegram handles it (a slow round trip). */
  holdNext(method: string, ms: number): void {
    this.#held.set(method, [...(this.#held.get(method) ?? []), ms])
  }

  /** What the bot sent into one chat, in order. */
  sentTo(chat: FakeChat | number): SentByBot[] {
    const id = typeof chat === 'number' ? chat : chat.id
    return this.sent.filter((s) => s.chatId === id)
  }

  /** The bot's message as it is now (after edits). */
  current(message: FakeMessage): FakeMessage {
    return this.#messages.get(`${message.chat.id}:${message.message_id}`) ?? message
  }

  /** Updates waiting to be fetched (not yet confirmed by a later offset). */
  get pendingUpdates(): number {
    return this.#updates.length
  }

  /** Waits until `check` holds (checked as calls arrive), or fails with `what` after `timeoutMs`. */
  async waitFor(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`fake Telegram: timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  /** Waits for the bot to have sent `count` messages into the chat in all; returns them. */
  async waitForSent(chat: FakeChat, count: number, timeoutMs?: number): Promise<SentByBot[]> {
    await this.waitFor(
      `${count} message(s) from the bot in ${chat.title ?? chat.id} (has ${this.sentTo(chat).length}: ${JSON.stringify(this.sentTo(chat).map((s) => s.message.text ?? s.message.caption ?? s.file?.name))})`,
      () => this.sentTo(chat).length >= count,
      timeoutMs,
    )
    return this.sentTo(chat)
  }

  // ── the HTTP side ─────────────────────────────────────────────────────────────────────────────

  /**
   * The network between the bot and Telegram is down: every request's connection is cut, as a dead
   * route does it, and the long poll under way is cut too. `networkUp()` ends the outage.
   */
  networkDown(): void {
    this.#offline = true
    for (const socket of this.#openSockets) socket.destroy()
  }

  networkUp(): void {
    this.#offline = false
  }

  /** Times (ms since the epoch) of every getUpdates call that reached the fake while the network was up. */
  readonly pollsAt: number[] = []

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#offline) {
      req.socket.destroy()
      return
    }
    this.#openSockets.add(req.socket)
    res.once('close', () => this.#openSockets.delete(req.socket))
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)
    const body = await readBody(req)
    const reply = (status: number, payload: unknown) => {
      if (res.writableEnded || res.destroyed) return
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    }
    const fail = (failure: ApiFailure) => reply(failure.error_code, { ok: false, ...failure })
    if (!match) return fail({ error_code: 404, description: 'Not Found' })
    if (match[1] !== this.token) return fail({ error_code: 401, description: 'Unauthorized' })
    const method = match[2]!
    if (method === 'getUpdates') this.pollsAt.push(Date.now())
    const params = decodeParams(req.headers['content-type'] ?? '', body)
    this.calls.push({ method, params })
    const drops = this.#dropped.get(method) ?? 0
    if (drops > 0) {
      this.#dropped.set(method, drops - 1)
      req.socket.destroy()
      return
    }
    const hold = this.#held.get(method)?.shift()
    if (hold !== undefined) await new Promise((resolve) => setTimeout(resolve, hold))
    const scripted = this.#failures.get(method)?.shift()
    if (scripted) return fail(scripted)
    try {
      if (method === 'getUpdates') {
        const updates = await this.#getUpdates(params, res)
        return reply(200, { ok: true, result: updates })
      }
      return reply(200, { ok: true, result: this.#call(method, params) })
    } catch (error) {
      if (error instanceof ApiRefusal) return fail(error.failure)
      throw error
    }
  }

  #call(method: string, p: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return {
          ...this.bot,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        }
      case 'deleteWebhook':
        this.webhook = undefined
        return true
      case 'getWebhookInfo':
        return {
          url: this.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: this.#updates.length,
        }
      case 'setWebhook':
        checkWebhookUrl(String(p.url ?? ''))
        this.#noteAllowedUpdates(p)
        this.webhook = {
          url: String(p.url),
          ...(p.secret_token ? { secretToken: String(p.secret_token) } : {}),
        }
        return true
      case 'setMyCommands':
        this.commandMenus.push(p as never)
        return true
      case 'getChatMember': {
        const state = this.#chats.get(Number(p.chat_id))
        if (!state) throw refusal(400, 'Bad Request: chat not found')
        const status = state.members.get(Number(p.user_id)) ?? 'left'
        return { status, user: { id: Number(p.user_id), is_bot: false, first_name: 'x' } }
      }
      case 'answerCallbackQuery':
        this.#closeQuery(String(p.callback_query_id))
        this.callbackAnswers.push({
          id: String(p.callback_query_id),
          ...(p.text !== undefined ? { text: String(p.text) } : {}),
          ...(p.show_alert !== undefined ? { show_alert: Boolean(p.show_alert) } : {}),
        })
        return true
      case 'sendMessage':
        return this.#sendMessage(p)
      case 'sendDocument':
      case 'sendPhoto':
        return this.#sendFile(method, p)
      case 'editMessageText':
        return this.#edit(p, true)
      case 'editMessageReplyMarkup':
        return this.#edit(p, false)
      default:
        throw refusal(404, 'Not Found: method not found')
    }
  }

  async #getUpdates(p: Record<string, unknown>, res: ServerResponse): Promise<Update[]> {
    if (this.webhook)
      throw refusal(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      )
    this.#noteAllowedUpdates(p)
    const offset = Number(p.offset ?? 0)
    if (offset > 0) this.#updates = this.#updates.filter((u) => u.update_id >= offset)
    const limit = Math.min(Number(p.limit ?? 100), 100)
    const ready = this.#updates.slice(0, limit)
    if (this.#poller) {
      // Telegram ends the older long poll when a newer one arrives.
      const older = this.#poller
      this.#poller = undefined
      this.conflicts += 1
      clearTimeout(older.timer)
      older.reject({
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      })
    }
    const timeout = Number(p.timeout ?? 0)
    if (ready.length > 0 || timeout <= 0) return ready
    return new Promise<Update[]>((resolve, reject) => {
      const poller: Poller = {
        resolve,
        reject: (failure) => reject(new ApiRefusal(failure)),
        timer: setTimeout(() => {
          if (this.#poller === poller) this.#poller = undefined
          resolve([])
        }, timeout * 1000),
      }
      this.#poller = poller
      // The client gave up (the poller stopped): forget this long poll.
      res.once('close', () => {
        if (this.#poller !== poller) return
        this.#poller = undefined
        clearTimeout(poller.timer)
        resolve([])
      })
    }).then((woken) => (woken.length > 0 ? woken.slice(0, limit) : woken))
  }

  #wakePoller(): void {
    const poller = this.#poller
    if (!poller) return
    this.#poller = undefined
    clearTimeout(poller.timer)
    poller.resolve([...this.#updates])
  }

  #noteAllowedUpdates(p: Record<string, unknown>): void {
    if (Array.isArray(p.allowed_updates)) this.#allowedUpdates = p.allowed_updates.map(String)
  }

  /** A press is answered once, within the deadline; later or again Telegram refuses. */
  #closeQuery(id: string): void {
    const pressedAt = this.#openQueries.get(id)
    this.#openQueries.delete(id)
    if (pressedAt === undefined || Date.now() - pressedAt > this.#callbackTimeoutMs)
      throw refusal(400, QUERY_TOO_OLD)
  }

  /** A group takes so many messages a minute from a bot; then 429 until the oldest leaves the window. */
  #withinRate(state: ChatState): void {
    if (state.chat.type === 'private' || this.#groupPerMinute === false) return
    const now = Date.now()
    state.sendTimes = state.sendTimes.filter((at) => at > now - 60_000)
    if (state.sendTimes.length >= this.#groupPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((state.sendTimes[0]! + 60_000 - now) / 1000))
      throw refusal(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter })
    }
  }

  /** Counts a message the bot posted into a group: its rate, and who posted last for privacy mode. */
  #posted(state: ChatState): void {
    state.sendTimes.push(Date.now())
    state.lastBotPoster = 'us'
  }

  /** The topic a message goes to: the one named, else the topic of the message it replies to. */
  #threadOf(
    state: ChatState,
    p: Record<string, unknown>,
    reply: FakeMessage | undefined,
  ): number | undefined {
    if (p.message_thread_id !== undefined) {
      if (!state.chat.is_forum) throw refusal(400, 'Bad Request: message thread not found')
      return Number(p.message_thread_id)
    }
    return reply?.is_topic_message ? reply.message_thread_id : undefined
  }

  /** Checks Telegram makes before the bot may post into a chat. */
  #writable(chatId: number): ChatState {
    const state = this.#chats.get(chatId)
    if (!state) throw refusal(400, 'Bad Request: chat not found')
    if (state.migratedTo !== undefined)
      throw refusal(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: state.migratedTo,
      })
    if (state.chat.type === 'private' && !this.#started.has(chatId))
      throw refusal(403, "Forbidden: bot can't initiate conversation with a user")
    if (state.bot === 'kicked' || state.bot === 'left')
      throw refusal(403, 'Forbidden: bot was kicked from the group chat')
    this.#withinRate(state)
    return state
  }

  #format(raw: string, parseMode: unknown, limit: number): { text: string; entities?: FakeEntity[] } {
    let parsed: { text: string; entities: FakeEntity[] } = { text: raw, entities: [] }
    try {
      refuseIllFormed(raw)
      if (parseMode === 'HTML') parsed = parseTelegramHtml(raw)
    } catch (error) {
      if (error instanceof HtmlRefused) throw refusal(400, `Bad Request: ${error.message}`)
      throw error
    }
    if (parsed.text.length > limit)
      throw refusal(
        400,
        limit === TEXT_LIMIT
          ? 'Bad Request: message is too long'
          : 'Bad Request: message caption is too long',
      )
    return parsed.entities.length ? parsed : { text: parsed.text }
  }

  #replyTarget(chatId: number, p: Record<string, unknown>): { message?: FakeMessage; id?: number } {
    const params = p.reply_parameters as
      | { message_id?: number; allow_sending_without_reply?: boolean }
      | undefined
    if (!params?.message_id) return {}
    const message = this.#messages.get(`${chatId}:${params.message_id}`)
    if (!message && !params.allow_sending_without_reply)
      throw refusal(400, 'Bad Request: message to be replied not found')
    return { ...(message ? { message } : {}), id: params.message_id }
  }

  #sendMessage(p: Record<string, unknown>): FakeMessage {
    const chatId = Number(p.chat_id)
    const state = this.#writable(chatId)
    const raw = String(p.text ?? '')
    if (!raw.trim()) throw refusal(400, 'Bad Request: message text is empty')
    const formatted = this.#format(raw, p.parse_mode, TEXT_LIMIT)
    const reply = this.#replyTarget(chatId, p)
    const threadId = this.#threadOf(state, p, reply.message)
    const message: FakeMessage = {
      message_id: this.#nextMessageId(chatId),
      date: Math.floor(this.#now().getTime() / 1000),
      chat: state.chat,
      from: this.bot,
      ...topicFields(threadId),
      text: formatted.text,
      ...(formatted.entities ? { entities: formatted.entities } : {}),
      ...(reply.message ? { reply_to_message: reply.message } : {}),
      ...(p.reply_markup ? { reply_markup: p.reply_markup as ReplyMarkup } : {}),
    }
    this.#remember(message)
    this.#posted(state)
    this.sent.push({
      method: 'sendMessage',
      chatId,
      message,
      raw,
      parseMode: p.parse_mode as string | undefined,
      replyToMessageId: reply.id,
      threadId,
    })
    return message
  }

  #sendFile(method: string, p: Record<string, unknown>): FakeMessage {
    const chatId = Number(p.chat_id)
    const state = this.#writable(chatId)
    const field = method === 'sendPhoto' ? 'photo' : 'document'
    const file = p[field] as UploadedFile | undefined
    if (!file || typeof file !== 'object')
      throw refusal(400, `Bad Request: there is no ${field} in the request`)
    if (field === 'document' && file.content.length > DOCUMENT_MAX_BYTES)
      throw refusal(413, 'Request Entity Too Large')
    const photo = field === 'photo' ? photoSizes(file.content) : undefined
    const caption =
      p.caption === undefined ? undefined : this.#format(String(p.caption), p.parse_mode, CAPTION_LIMIT)
    const reply = this.#replyTarget(chatId, p)
    const threadId = this.#threadOf(state, p, reply.message)
    const id = this.#nextFileId++
    const message: FakeMessage = {
      message_id: this.#nextMessageId(chatId),
      date: Math.floor(this.#now().getTime() / 1000),
      chat: state.chat,
      from: this.bot,
      ...topicFields(threadId),
      ...(caption
        ? { caption: caption.text, ...(caption.entities ? { caption_entities: caption.entities } : {}) }
        : {}),
      ...(reply.message ? { reply_to_message: reply.message } : {}),
      ...(p.reply_markup ? { reply_markup: p.reply_markup as ReplyMarkup } : {}),
    }
    if (photo)
      message.photo = photo.map((size, index) => ({
        file_id: `sent-${id}-${index}`,
        file_unique_id: `s${id}-${index}`,
        ...size,
      }))
    else
      message.document = {
        file_id: `sent-${id}`,
        file_unique_id: `s${id}`,
        file_name: file.name,
        mime_type: file.type,
      }
    this.#remember(message)
    this.#posted(state)
    this.sent.push({
      method,
      chatId,
      message,
      raw: p.caption === undefined ? undefined : String(p.caption),
      parseMode: p.parse_mode as string | undefined,
      replyToMessageId: reply.id,
      threadId,
      file: {
        name: file.name,
        mimeType: file.type,
        content: file.content.toString('utf8'),
        bytes: file.content,
      },
    })
    return message
  }

  #edit(p: Record<string, unknown>, withText: boolean): FakeMessage {
    const chatId = Number(p.chat_id)
    const key = `${chatId}:${Number(p.message_id)}`
    const message = this.#messages.get(key)
    if (!message || message.from.id !== this.bot.id)
      throw refusal(400, 'Bad Request: message to edit not found')
    const markup = p.reply_markup as ReplyMarkup | undefined
    const edited: FakeMessage = { ...message }
    if (withText) {
      const formatted = p.entities
        ? { text: String(p.text), entities: p.entities as FakeEntity[] }
        : this.#format(String(p.text ?? ''), p.parse_mode, TEXT_LIMIT)
      if (formatted.text === message.text && JSON.stringify(markup) === JSON.stringify(message.reply_markup))
        throw refusal(400, 'Bad Request: message is not modified')
      edited.text = formatted.text
      if (formatted.entities) edited.entities = formatted.entities
      else delete edited.entities
    }
    // Like Telegram: an edit without reply_markup removes the inline keyboard.
    if (markup && (markup.inline_keyboard?.length ?? 0) > 0) edited.reply_markup = markup
    else delete edited.reply_markup
    this.#messages.set(key, edited)
    this.edits.push({
      chatId,
      messageId: message.message_id,
      ...(edited.text !== undefined ? { text: edited.text } : {}),
      ...(edited.reply_markup ? { markup: edited.reply_markup } : {}),
    })
    return edited
  }

  #memberUpdate(chat: FakeChat, by: FakeUser, old: MemberStatus, now: MemberStatus) {
    const member = (status: MemberStatus) => ({
      status,
      user: this.bot,
      ...(status === 'kicked' ? { until_date: 0 } : {}),
    })
    return {
      chat,
      from: by,
      date: Math.floor(this.#now().getTime() / 1000),
      old_chat_member: member(old),
      new_chat_member: member(now),
    }
  }

  #state(chatId: number): ChatState {
    const state = this.#chats.get(chatId)
    if (!state) throw new Error(`fake Telegram: no chat ${chatId}`)
    return state
  }

  #nextMessageId(chatId: number): number {
    const next = (this.#messageSeq.get(chatId) ?? 0) + 1
    this.#messageSeq.set(chatId, next)
    return next
  }

  #remember(message: FakeMessage): void {
    this.#messages.set(`${message.chat.id}:${message.message_id}`, message)
  }
}

/** The entities Telegram finds in what a user typed: a leading command, and `@username` mentions. */
function entitiesOf(text: string, extra: readonly FakeEntity[] = []): FakeEntity[] {
  const entities: FakeEntity[] = [...extra]
  const command = /^\/\S+/.exec(text)
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length })
  for (const match of text.matchAll(/@[A-Za-z0-9_]{3,}/g)) {
    if (match.index === 0 || (text[match.index - 1] !== '/' && !/\S/.test(text[match.index - 1]!)))
      entities.push({ type: 'mention', offset: match.index, length: match[0].length })
  }
  return entities.sort((a, b) => a.offset - b.offset)
}

const topicFields = (threadId: number | undefined) =>
  threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true as const }

/** Telegram sets a webhook only on an https URL on port 443, 80, 88 or 8443. */
function checkWebhookUrl(raw: string): void {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refusal(400, 'Bad Request: bad webhook: Failed to resolve host: Name or service not known')
  }
  if (url.protocol !== 'https:')
    throw refusal(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook')
  if (!WEBHOOK_PORTS.has(url.port))
    throw refusal(400, 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443')
}

class ApiRefusal extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.description)
  }
}

function refusal(code: number, description: string, parameters?: ApiFailure['parameters']): ApiRefusal {
  return new ApiRefusal({ error_code: code, description, ...(parameters ? { parameters } : {}) })
}

interface UploadedFile {
  name: string
  type: string
  content: Buffer
}

/** The largest file a bot may upload with sendDocument (Bot API: 50 MB for multipart uploads). */
const DOCUMENT_MAX_BYTES = 50 * 1024 * 1024

/** Telegram's limits for an uploaded photo (Bot API, sendPhoto). */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024
const PHOTO_MAX_SIDES = 10_000
const PHOTO_MAX_RATIO = 20
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The sizes Telegram keeps of an uploaded photo (a thumbnail and the largest, at most 2560 pixels a
 * side), refusing what the real one refuses: over 10 MB, width + height over 10,000, sides more than
 * 20 : 1, or bytes it cannot read as an image. This fake reads PNG only, the one format Sinergi sends.
 */
function photoSizes(bytes: Buffer): Array<{ width: number; height: number }> {
  if (bytes.length > PHOTO_MAX_BYTES) throw refusal(400, 'Bad Request: PHOTO_SAVE_FILE_INVALID')
  const isPng = bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)
  if (!isPng || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw refusal(400, 'Bad Request: IMAGE_PROCESS_FAILED')
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  const ratio = Math.max(width, height) / Math.max(1, Math.min(width, height))
  if (width === 0 || height === 0 || width + height > PHOTO_MAX_SIDES || ratio > PHOTO_MAX_RATIO)
    throw refusal(400, 'Bad Request: PHOTO_INVALID_DIMENSIONS')
  const scaled = (longest: number) => {
    const factor = Math.min(1, longest / Math.max(width, height))
    return { width: Math.round(width * factor), height: Math.round(height * factor) }
  }
  return [scaled(320), scaled(2560)]
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** JSON bodies as they are; multipart bodies (file uploads) field by field, JSON-looking fields decoded. */
function decodeParams(contentType: string, body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {}
  if (contentType.includes('application/json')) return JSON.parse(body.toString('utf8'))
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1]
  if (contentType.includes('multipart/form-data') && boundary) return decodeMultipart(body, boundary)
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')))
}

/**
 * A small multipart/form-data reader, lenient like Telegram's: grammY writes `filename=` unquoted and
 * refers to each file from its field as `attach://<part name>`.
 */
function decodeMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const fields = new Map<string, string>()
  const files = new Map<string, UploadedFile>()
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at >= 0) {
    const start = at + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next < 0) break
    const part = body.subarray(start + 2, next - 2) // skip the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString('utf8')
    const content = part.subarray(split + 4)
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ''
    const filename = /filename=("?)([^\r\n]*)\1\s*$/im.exec(headers)?.[2]
    if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream'
      files.set(name, { name: filename, type, content: Buffer.from(content) })
    } else {
      fields.set(name, content.toString('utf8'))
    }
    at = next
  }
  const params: Record<string, unknown> = {}
  for (const [name, value] of fields) {
    const attached = /^attach:\/\/(.+)$/.exec(value)?.[1]
    if (attached !== undefined) params[name] = files.get(attached)
    else params[name] = /^[[{]/.test(value) ? JSON.parse(value) : value
  }
  return params
}
