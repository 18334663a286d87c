import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface, type Interface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { Incoming, Outgoing, SenderIdentity } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Logger } from '../../logger.js'
import { SendQueue } from '../../relay/send-queue.js'
import { type MessageKey, translatePlain } from '../../text/catalog/index.js'
import { renderPlain } from '../../text/render-plain.js'
import type { TemplateParams } from '../../text/template.js'
import type { Language, PlatformState } from '../../vocabulary.js'
import type { ChatAddress, PlatformAdapter, PlatformCore, TransmitOptions } from '../port.js'
import { SimulatedPlatform } from './simulated-platform.js'

// Lines that arrive this close together are one pasted message (an invitation is pasted, not typed).
const PASTE_GAP_MS = 40

export interface ConsoleChatOptions {
  /** Where messages go. */
  readonly core: PlatformCore
  readonly clock: Clock
  readonly logger: Logger
  readonly input: Readable
  readonly output: Writable
  /** Files the bot sends are written here and their paths printed. */
  readonly outDir: string
  /** Language of the console's own lines. */
  readonly language: Language
  /** Called when the user types :keluar / :quit or closes the input. */
  readonly onExit: () => void
}

interface ConsoleChatState {
  person: SenderIdentity
  chat: { externalId: string; kind: 'group' | 'private'; title: string }
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * The local chat of SPEC §5: one types as simulated people in simulated groups and sees what Sinergi
 * answers, through the same dispatcher and database as Telegram and WhatsApp.
 */
export class ConsoleChat implements PlatformAdapter {
  readonly platform = 'console' as const
  readonly members = new SimulatedPlatform()
  /** One message at a time, in order; a terminal needs no pacing. */
  readonly queue = new SendQueue({ maxInFlight: 1 })
  /** Names of the simulated people, by identity, for the private-chat labels. */
  readonly #names = new Map<string, string>()
  readonly #state: ConsoleChatState
  readonly #rl: Interface
  #pending: string[] = []
  #timer: NodeJS.Timeout | undefined
  #queue: Promise<void> = Promise.resolve()
  #seq = 0
  /** The bot's last message in each chat, which `> teks` replies to. */
  readonly #lastSaid = new Map<string, string>()

  constructor(private readonly options: ConsoleChatOptions) {
    // In a real terminal readline edits the line itself: arrow keys, and history with ↑/↓.
    const terminal = (options.input as { isTTY?: boolean }).isTTY === true
    this.#rl = createInterface({ input: options.input, output: options.output, terminal, historySize: 200 })
    const person = this.#person('Budi')
    this.#state = { person, chat: this.#group('1') }
    this.members.join(this.#state.chat.externalId, person.externalId, { admin: true })
  }

  start(): void {
    this.#print(`${this.#t('console.welcome')}\n`)
    this.#prompt()
    this.#rl.on('line', (line) => {
      // A new command or console command starts a new message even inside a burst of lines.
      if (this.#pending.length > 0 && /^\s*[/!:>]/.test(line)) this.#flush()
      this.#pending.push(line)
      clearTimeout(this.#timer)
      this.#timer = setTimeout(() => this.#flush(), PASTE_GAP_MS)
    })
    this.#rl.on('close', () => {
      this.#flush()
      this.#queue.then(() => this.options.onExit())
    })
  }

  close(): void {
    clearTimeout(this.#timer)
    this.#rl.close()
  }

  /** Prints what the bot says into a chat; a message the bot starts itself gets a fresh prompt after it. */
  async transmit(chat: ChatAddress, message: Outgoing, options: TransmitOptions): Promise<void> {
    const label =
      chat.kind === 'group'
        ? (this.members.groupTitle(chat.externalId) ?? chat.externalId)
        : `pribadi → ${this.#names.get(chat.externalId.replace(/^pribadi-/, '')) ?? chat.externalId}`
    await this.queue.run(
      { chatId: chat.externalId, group: chat.kind === 'group' },
      options.priority,
      async () => {
        this.#lastSaid.set(chat.externalId, renderPlain(message.text))
        this.#print(`\n[${label}] Sinergi:\n${this.#render(message)}\n`)
      },
    )
    if (options.priority === 'scheduled') this.#prompt()
  }

  addressOf(chatExternalId: string): ChatAddress {
    return { externalId: chatExternalId, kind: chatExternalId.startsWith('pribadi-') ? 'private' : 'group' }
  }

  privateChatOf(identityExternalId: string): ChatAddress {
    return { externalId: `pribadi-${identityExternalId}`, kind: 'private' }
  }

  /** Everyone in the console can be written to privately. */
  privateChatLink(): undefined {
    return undefined
  }

  canDeliver(): boolean {
    return true
  }

  state(): PlatformState {
    return { state: 'open' }
  }

  async stop(): Promise<void> {
    this.close()
  }

  #flush(): void {
    const text = this.#pending.join('\n').replace(/\s+$/, '')
    this.#pending = []
    if (!text.trim()) return
    this.#queue = this.#queue
      .then(() => this.#handle(text))
      .catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'console message failed')
      })
  }

  async #handle(text: string): Promise<void> {
    if (text.startsWith(':')) {
      const said = this.#consoleCommand(text.slice(1).trim())
      if (said) this.#print(said)
      this.#prompt()
      return
    }
    const { person, chat } = this.#state
    // `> teks` answers the bot's last message, as a reply does on Telegram and WhatsApp.
    const replying = text.startsWith('>')
    const incoming: Incoming = {
      replyTo: replying ? this.#replyToLastSaid(chat.externalId) : undefined,
      chat: {
        platform: 'console',
        externalId: chat.externalId,
        kind: chat.kind,
        title: chat.kind === 'group' ? chat.title : undefined,
      },
      sender: person,
      text: replying ? text.slice(1).trim() : text,
      messageId: `konsol-${this.options.clock.now().getTime()}-${++this.#seq}`,
      sentAt: this.options.clock.now(),
      attachments: [],
      mentions: [],
    }
    await this.options.core.receive(this, incoming)
    this.#prompt()
  }

  #replyToLastSaid(chatExternalId: string): NonNullable<Incoming['replyTo']> {
    const text = this.#lastSaid.get(chatExternalId)
    return { messageId: 'bot-terakhir', fromBot: true, attachments: [], ...(text ? { text } : {}) }
  }

  /** `:as Sari`, `:grup 2`, `:pribadi`, `:admin`, `:siapa`, `:keluar`; returns what to print. */
  #consoleCommand(line: string): string | undefined {
    const [verb = '', ...rest] = line.split(/\s+/)
    const argument = rest.join(' ')
    const state = this.#state
    switch (verb.toLowerCase()) {
      case 'as':
      case 'sebagai':
        if (!argument) return this.#t('console.name_needed')
        state.person = this.#person(argument)
        if (state.chat.kind === 'group') this.members.join(state.chat.externalId, state.person.externalId)
        return this.#t('console.now_person', { name: argument })
      case 'grup':
      case 'group':
        state.chat = this.#group(argument || '1')
        this.members.join(state.chat.externalId, state.person.externalId)
        return this.#t('console.now_group', { title: state.chat.title })
      case 'pribadi':
      case 'private': {
        const name = state.person.displayName
        state.chat = {
          externalId: `pribadi-${state.person.externalId}`,
          kind: 'private',
          title: this.#t('console.private_title', { name }),
        }
        return this.#t('console.now_private', { name })
      }
      case 'admin':
        if (state.chat.kind !== 'group') return this.#t('console.group_needed')
        this.members.join(state.chat.externalId, state.person.externalId, { admin: true })
        return this.#t('console.now_admin', { name: state.person.displayName, title: state.chat.title })
      case 'siapa':
      case 'who':
        return this.#t('console.where', { name: state.person.displayName, title: state.chat.title })
      case 'keluar':
      case 'quit':
      case 'exit':
        this.close()
        return undefined
      default:
        return this.#t('console.help')
    }
  }

  #t(key: MessageKey, params?: TemplateParams): string {
    return translatePlain(this.options.language, key, params)
  }

  #person(name: string): SenderIdentity {
    this.#names.set(`orang-${slug(name)}`, name)
    return {
      platform: 'console',
      externalId: `orang-${slug(name)}`,
      displayName: name,
      username: slug(name).replace(/-/g, ''),
    }
  }

  #group(name: string): ConsoleChatState['chat'] {
    const title = /^\d+$/.test(name) ? this.#t('console.group_title', { name }) : name
    const externalId = `grup-${slug(title)}`
    this.members.addGroup(externalId, title)
    return { externalId, kind: 'group', title }
  }

  #render(message: Outgoing): string {
    const lines = [renderPlain(message.text)]
    for (const file of message.files ?? []) {
      mkdirSync(this.options.outDir, { recursive: true })
      const path = join(this.options.outDir, file.fileName)
      writeFileSync(path, file.content)
      lines.push(this.#t('console.file_saved', { file: file.fileName, path }))
    }
    for (const row of message.buttons ?? []) lines.push(row.map((b) => `[ ${b.label} ]`).join(' '))
    return lines.join('\n')
  }

  #prompt(): void {
    this.#print(`${this.#state.person.displayName} @ ${this.#state.chat.title}> `, false)
  }

  #print(text: string, newline = true): void {
    this.options.output.write(newline ? `${text}\n` : text)
  }
}
