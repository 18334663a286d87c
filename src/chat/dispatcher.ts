import type { Kysely } from 'kysely'
import { ZodError } from 'zod'
import type { Clock } from '../clock.js'
import type { Database } from '../db/database.js'
import { isDatabaseUnreachable } from '../db/unreachable.js'
import type { CalendarLinkSettings } from '../domain/calendar/web-link.js'
import { type ChatRow, upsertChat } from '../domain/chats/chats.js'
import { keepIdentityFresh, resolvePerson } from '../domain/people/identities.js'
import { askQuestion, takeQuestion } from '../domain/questions/questions.js'
import {
  getMembership,
  getWorkspaceAndMembership,
  type Membership,
  senderInForum,
  type Workspace,
  workspacesOf,
} from '../domain/workspaces/workspaces.js'
import { isUserError } from '../errors.js'
import type { Logger } from '../logger.js'
import { isMessageKey, type MessageKey, translate, translateBlocks } from '../text/catalog/index.js'
import { paragraph, type RichText } from '../text/rich-text.js'
import { echo } from '../text/shorten.js'
import type { TemplateParams } from '../text/template.js'
import type { Language, Platform, PlatformIdentity } from '../vocabulary.js'
import { refusal } from './access.js'
import { AnsweredMessages, type AnswerFate } from './answered-messages.js'
import { cleanIncoming } from './clean-incoming.js'
import type {
  AnyAction,
  CommandContext,
  CommandDefinition,
  CommandOutcome,
  CommandResult,
} from './command.js'
import { type CommandLimits, CommandRateLimit } from './command-limits.js'
import { exampleParams } from './examples.js'
import { CommandIndex, selectAction } from './find-command.js'
import {
  type AwaitingAnswer,
  firstDeliveryInChat,
  type HandledMessage,
  handledKey,
} from './handled-messages.js'
import { describeAge } from './late.js'
import { type ParsedCommand, parseCommand, tokenize } from './parse-command.js'
import type { Incoming, Outgoing, PlatformPort } from './types.js'

const MINUTE = 60_000
const QUESTION_LIFETIME_MS = 10 * MINUTE
const READ_ONLY_LATE_LIMIT_MS = 10 * MINUTE
const MUTATING_LATE_LIMIT_MS = 24 * 60 * MINUTE

export interface DispatcherDependencies {
  readonly db: Kysely<Database>
  readonly commands: readonly CommandDefinition[]
  readonly clock: Clock
  readonly logger: Logger
  readonly defaultLanguage: Language
  readonly defaultTimezone: string
  /** The base of links the bot gives; a function where it is known only once HTTP listens (PORT=0). */
  readonly publicUrl: string | (() => string)
  readonly webLinks?: CalendarLinkSettings
  readonly metrics?: DispatchMetrics
  /** Called after a command that changes data ran, so scheduled messages are re-planned at once. */
  readonly onDataChanged?: (change: DataChange) => void
  /** Commands per person and per chat in a window; without it every command is answered. */
  readonly commandLimits?: CommandLimits
}

/** Whose data a command changed. */
export interface DataChange {
  /**
   * The workspace the command ran in; undefined when it may have changed another or none (/aktifkan,
   * /hubungkan and the other actions that run without a workspace link chats and people across them).
   */
  readonly workspaceId: number | undefined
}

/** The counters the dispatcher keeps (GET /metrics); the web layer's Metrics has them. */
export interface DispatchMetrics {
  updateReceived(platform: string): void
  commandRun(platform: string, command: string, seconds: number): void
  commandFailed(platform: string, command: string): void
}

/** The bot's answers to one message, and what its command changed. */
export interface Dispatched {
  readonly messages: readonly Outgoing[]
  readonly outcome?: CommandOutcome
  /** Its command changed data and its answer is owed: tell `answered` once the answer is sent. */
  readonly awaitsAnswer?: string
}

/** How the caller of dispatch sends the answers. */
export interface DispatchOptions {
  /**
   * The caller reports with `answered` once the answers are sent; a command that changes data is then
   * remembered until it is, so that the chat is told what was saved if this process dies first.
   */
  readonly reportsAnswered?: boolean
}

const NOTHING: Dispatched = { messages: [] }
/**
 * An answer not sent this long after its command is taken as lost with its process. Replies wait in a
 * group's send queue for at most a few minutes even at Telegram's 20 a minute; long after, a false
 * notice would be rarer than a dead process.
 */
const ANSWER_OWED_MS = 5 * 60_000

const handledMessage = (incoming: Incoming): HandledMessage => ({
  platform: incoming.chat.platform,
  chatExternalId: incoming.chat.externalId,
  messageId: incoming.messageId,
})

function awaitingAnswer(incoming: Incoming, now: Date): AwaitingAnswer {
  return {
    dueAt: new Date(now.getTime() + ANSWER_OWED_MS),
    senderExternalId: incoming.sender.externalId,
    command: echo(incoming.text.trim().split('\n')[0] ?? ''),
  }
}

/**
 * Turns one incoming message into the bot's answers: recognises commands, resolves the chat,
 * person and workspace, applies SPEC §2's rules (unknown and late commands, replies to questions),
 * checks access, validates arguments and runs the command. Platform-neutral.
 */
export class Dispatcher {
  readonly index: CommandIndex
  readonly #rateLimit: CommandRateLimit | undefined
  readonly #answered: AnsweredMessages

  constructor(private readonly deps: DispatcherDependencies) {
    this.index = new CommandIndex(deps.commands)
    this.#answered = new AnsweredMessages(deps.db, deps.clock, deps.logger)
    this.#rateLimit = deps.commandLimits && new CommandRateLimit(deps.commandLimits, deps.clock)
  }

  /** The answers to one incoming message. */
  async handle(incoming: Incoming, platform: PlatformPort): Promise<Outgoing[]> {
    return [...(await this.dispatch(incoming, platform)).messages]
  }

  /** The answers to one incoming message, and what its command changed (for the platform to show). */
  async dispatch(
    received: Incoming,
    platform: PlatformPort,
    options: DispatchOptions = {},
  ): Promise<Dispatched> {
    const incoming = cleanIncoming(received)
    const log = this.deps.logger.child({
      platform: incoming.chat.platform,
      chat: incoming.chat.externalId,
      message: incoming.messageId,
    })
    this.deps.metrics?.updateReceived(incoming.chat.platform)
    try {
      const parsed = parseCommand(incoming.text, incoming.chat.platform, platform.botUsername)
      if (!parsed) return await this.#handleAnswer(incoming, platform)
      const admission = this.#rateLimit && this.#isForUs(parsed) ? this.#rateLimit.admit(incoming) : 'answer'
      if (admission === 'ignore') return NOTHING
      if (admission === 'warn') return await this.#slowDown(incoming)
      return await this.#handleCommand(parsed, incoming, platform, log, options)
    } catch (error) {
      // Not apologised for: the platform holds the message and hands it again once the server answers.
      if (isDatabaseUnreachable(error)) throw error
      log.error({ err: error }, 'handling a message failed')
      return {
        ...(options.reportsAnswered && { awaitsAnswer: handledKey(handledMessage(incoming)) }),
        messages: [
          {
            target: { kind: 'reply' },
            text: [paragraph(...translate(this.deps.defaultLanguage, 'core.error.generic'))],
            quote: true,
          },
        ],
      }
    }
  }

  async #handleCommand(
    parsed: ParsedCommand,
    incoming: Incoming,
    platform: PlatformPort,
    log: Logger,
    options: DispatchOptions,
  ): Promise<Dispatched> {
    const { db, clock } = this.deps
    const now = clock.now()
    const command = this.index.find(parsed.name)
    if (!command) return { messages: await this.#unknownCommand(parsed, incoming) }

    const tokens = tokenize(parsed.firstLine)
    const selected = selectAction(command, tokens, parsed.firstLine)
    const action = selected.action
    const input = { rest: selected.rest, tokens: selected.tokens, bodyLines: parsed.bodyLines }
    const mutates = typeof action.mutates === 'function' ? action.mutates(input) : action.mutates
    const age = now.getTime() - incoming.sentAt.getTime()
    if (!mutates && age > READ_ONLY_LATE_LIMIT_MS) return NOTHING
    const owed = mutates && options.reportsAnswered
    const delivery = await this.#firstDelivery(
      incoming,
      now,
      owed ? awaitingAnswer(incoming, now) : undefined,
    )
    if (!delivery.first) return NOTHING
    const answerOwed = owed ? { awaitsAnswer: handledKey(handledMessage(incoming)) } : {}

    const { ctx, choices } = await this.#context(incoming, platform, now, delivery.chat)
    const { chat, workspace, lang } = ctx
    const say = (key: MessageKey, params?: TemplateParams): Dispatched => ({
      messages: [{ target: { kind: 'reply' }, text: translateBlocks(lang, key, params), quote: true }],
      ...answerOwed,
    })

    if (mutates && age > MUTATING_LATE_LIMIT_MS) return say('core.late_refused', { command: command.name })
    if (action.where === 'group' && chat.kind !== 'group') return say('core.denied.group_only')
    if (action.where === 'private' && chat.kind !== 'private') return say('core.denied.private_only')
    if (action.needsWorkspace !== false && !workspace) {
      if (choices.length > 0) {
        const list = { kind: 'list' as const, ordered: false, items: choices.map((w) => [w.name]) }
        return {
          messages: [
            { target: { kind: 'reply' }, text: [...translateBlocks(lang, 'core.choose_workspace'), list] },
          ],
          ...answerOwed,
        }
      }
      return say(chat.kind === 'group' ? 'core.no_workspace.group' : 'core.no_workspace.private')
    }
    const denied = await refusal(action.allowed, ctx)
    if (denied) return say(denied)

    const started = performance.now()
    const result = await this.#run(action, mutates, ctx, input, log, command.name)
    this.deps.metrics?.commandRun(incoming.chat.platform, command.name, (performance.now() - started) / 1000)
    if (result.readOnly && age > READ_ONLY_LATE_LIMIT_MS) return { messages: [], ...answerOwed }
    const messages = [...result.messages]
    if (age > READ_ONLY_LATE_LIMIT_MS && messages[0]) {
      const lateNote = paragraph(...translate(lang, 'core.late_done', { age: describeAge(age, lang) }))
      messages[0] = { ...messages[0], text: [...messages[0].text, lateNote] }
    }
    if (result.question) {
      await askQuestion(db, {
        chatId: chat.id,
        personId: ctx.actor.personId,
        purpose: `${command.name}:${result.question.purpose}`,
        context: result.question.context,
        now,
        expiresAt: new Date(now.getTime() + QUESTION_LIFETIME_MS),
      })
    }
    return { messages, ...(result.outcome ? { outcome: result.outcome } : {}), ...answerOwed }
  }

  async #run(
    action: AnyAction,
    mutates: boolean,
    ctx: CommandContext,
    input: Parameters<AnyAction['read']>[0],
    log: Logger,
    commandName: string,
  ): Promise<CommandResult> {
    const usage = (): RichText => [
      paragraph(...ctx.t('core.error.example')),
      ...translateBlocks(ctx.lang, action.usage, ctx.examples()),
    ]
    try {
      const args = action.args.parse(action.read(input))
      const result = await action.run(ctx, args)
      if (mutates && !result.readOnly) {
        const inWorkspace = action.needsWorkspace !== false
        this.deps.onDataChanged?.({ workspaceId: inWorkspace ? ctx.workspace?.id : undefined })
      }
      return result
    } catch (error) {
      if (error instanceof ZodError) {
        const message = error.issues[0]?.message ?? ''
        const text = isMessageKey(message)
          ? translateBlocks(ctx.lang, message)
          : translateBlocks(ctx.lang, 'core.error.bad_arguments', {
              command: `/${ctx.incoming.text.trim().split(/\s+/)[0]?.slice(1) ?? ''}`,
            })
        return { messages: [{ target: { kind: 'reply' }, text: [...text, ...usage()], quote: true }] }
      }
      if (isUserError(error)) {
        const text = translateBlocks(ctx.lang, error.key, { ...ctx.examples(), ...error.params })
        return { messages: [{ target: { kind: 'reply' }, text: [...text, ...usage()], quote: true }] }
      }
      if (isDatabaseUnreachable(error)) throw error
      log.error({ err: error }, 'command failed')
      this.deps.metrics?.commandFailed(ctx.incoming.chat.platform, commandName)
      return {
        messages: [
          { target: { kind: 'reply' }, text: translateBlocks(ctx.lang, 'core.error.generic'), quote: true },
        ],
      }
    }
  }

  /** A command this bot would answer: other bots' commands in a shared group do not count towards the limits. */
  #isForUs(parsed: ParsedCommand): boolean {
    return (
      parsed.addressedToBot || !!this.index.find(parsed.name) || this.index.suggest(parsed.name) !== undefined
    )
  }

  async #slowDown(incoming: Incoming): Promise<Dispatched> {
    const lang = await this.#languageOfChat(incoming)
    return {
      messages: [
        { target: { kind: 'reply' }, text: translateBlocks(lang, 'core.rate_limited'), quote: true },
      ],
    }
  }

  async #unknownCommand(parsed: ParsedCommand, incoming: Incoming): Promise<Outgoing[]> {
    const suggestion = this.index.suggest(parsed.name)
    if (!parsed.addressedToBot && !suggestion) return []
    const lang = await this.#languageOfChat(incoming)
    const text = suggestion
      ? translateBlocks(lang, 'core.unknown_command_suggest', { written: parsed.name, suggestion })
      : [
          ...translateBlocks(lang, 'core.unknown_command', { written: parsed.name }),
          ...translateBlocks(lang, 'core.unknown_command_help'),
        ]
    return [{ target: { kind: 'reply' }, text, quote: true }]
  }

  /** A reply to a question the bot asked this person in this chat within the last 10 minutes. */
  async #handleAnswer(incoming: Incoming, platform: PlatformPort): Promise<Dispatched> {
    const inGroup = incoming.chat.kind === 'group'
    if (inGroup && !incoming.replyTo?.fromBot) return NOTHING
    const { db } = this.deps
    const now = this.deps.clock.now()
    const answerTo = (purpose: string) => {
      const [commandName = '', name = ''] = purpose.split(':')
      return this.index.find(commandName)?.answers?.[name]
    }
    // Two deliveries of the same answer race here: only the one that takes the question answers it.
    const question = await takeQuestion(
      db,
      incoming.chat,
      incoming.sender,
      now,
      (purpose) => !!answerTo(purpose),
    )
    const answer = question && answerTo(question.purpose)
    if (!question || !answer) return NOTHING
    const { ctx } = await this.#context(incoming, platform, now)
    const lang = ctx.lang
    try {
      const result = await answer(ctx, incoming.text.trim(), question.context)
      return { messages: [...result.messages], ...(result.outcome ? { outcome: result.outcome } : {}) }
    } catch (error) {
      if (isUserError(error)) {
        const text = translateBlocks(lang, error.key, error.params)
        return { messages: [{ target: { kind: 'reply' }, text, quote: true }] }
      }
      throw error
    }
  }

  /** Resolves the chat, the person, their workspace and membership into a handler's context. */
  async #context(
    incoming: Incoming,
    platform: PlatformPort,
    now: Date,
    recordedChat?: ChatRow,
  ): Promise<{ ctx: CommandContext; choices: Workspace[] }> {
    const { db } = this.deps
    const chat = recordedChat ?? (await upsertChat(db, incoming.chat, now))
    const { person, workspace, membership, choices } = await this.#senderAndForum(chat, incoming.sender, now)
    const lang = workspace?.language ?? this.deps.defaultLanguage
    const ctx: CommandContext = {
      incoming,
      now,
      lang,
      chat,
      workspace,
      actor: { personId: person.id, displayName: person.displayName, identity: incoming.sender, membership },
      db,
      platform,
      publicUrl: typeof this.deps.publicUrl === 'function' ? this.deps.publicUrl() : this.deps.publicUrl,
      webLinks: this.deps.webLinks,
      defaults: { timezone: this.deps.defaultTimezone, language: this.deps.defaultLanguage },
      commands: this.deps.commands,
      t: (key, params) => translate(lang, key, params),
      examples: () => exampleParams(now, workspace?.timezone ?? this.deps.defaultTimezone, lang),
    }
    return { ctx, choices }
  }

  /** Records the message id and the chat; first is false when this message was handled before (platform redelivery). */
  async #firstDelivery(
    incoming: Incoming,
    now: Date,
    awaiting: AwaitingAnswer | undefined,
  ): Promise<{ first: boolean; chat: ChatRow }> {
    return firstDeliveryInChat(this.deps.db, handledMessage(incoming), incoming.chat, now, awaiting)
  }

  /** What became of the answers to a message dispatched with `reportsAnswered` (`awaitsAnswer` is its key). */
  answered(platform: Platform, awaitsAnswer: string, fate: AnswerFate): void {
    this.#answered.add(platform, awaitsAnswer, fate)
  }

  /** Writes the answered marks still waiting (before the database closes). */
  flushAnswered(): Promise<void> {
    return this.#answered.flush()
  }

  /** The sender (created on first sight, kept fresh) and the forum this chat speaks for. */
  async #senderAndForum(chat: ChatRow, sender: PlatformIdentity, now: Date) {
    const { db } = this.deps
    if (chat.kind === 'group') {
      const known = await senderInForum(db, sender, chat.workspace_id)
      if (known) {
        await keepIdentityFresh(db, known.seen, sender, now, true)
        return { ...known, choices: [] }
      }
    }
    const person = await resolvePerson(db, sender, now, { wrote: true })
    return { person, ...(await this.#workspaceFor(chat, person.id)) }
  }

  /**
   * A group's workspace is the one it is linked to. In a private chat it is the one the person chose
   * with /forum, or their only one; with several and no choice, the caller lists them.
   */
  async #workspaceFor(
    chat: ChatRow,
    personId: number,
  ): Promise<{ workspace: Workspace | undefined; membership: Membership | undefined; choices: Workspace[] }> {
    const { db } = this.deps
    if (chat.kind === 'group') {
      const linked = chat.workspace_id
        ? await getWorkspaceAndMembership(db, chat.workspace_id, personId)
        : undefined
      return { workspace: linked?.workspace, membership: linked?.membership, choices: [] }
    }
    const mine = await workspacesOf(db, personId)
    const workspace =
      mine.find((w) => w.id === chat.workspace_id) ?? (mine.length === 1 ? mine[0] : undefined)
    if (!workspace) return { workspace: undefined, membership: undefined, choices: mine }
    return { workspace, membership: await getMembership(db, workspace.id, personId), choices: [] }
  }

  async #languageOfChat(incoming: Incoming): Promise<Language> {
    const row = await this.deps.db
      .selectFrom('chats')
      .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
      .select('workspaces.language')
      .where('chats.platform', '=', incoming.chat.platform)
      .where('chats.external_id', '=', incoming.chat.externalId)
      .executeTakeFirst()
    return row?.language ?? this.deps.defaultLanguage
  }
}
