import type { Kysely } from 'kysely'
import pino from 'pino'
import { commands } from '../../commands/index.js'
import type { CommandLimits } from '../../src/chat/command-limits.js'
import { Dispatcher, type DispatcherDependencies } from '../../src/chat/dispatcher.js'
import type { Attachment, Incoming, Outgoing, SenderIdentity } from '../../src/chat/types.js'
import { FixedClock } from '../../src/clock.js'
import type { Database } from '../../src/db/database.js'
import { SimulatedPlatform } from '../../src/platforms/console/simulated-platform.js'
import { renderPlain } from '../../src/text/render-plain.js'

export interface ChatRef {
  readonly externalId: string
  readonly kind: 'group' | 'private'
  readonly title?: string
}

/** What the bot answered to one message, rendered as the console shows it. */
export interface Answer {
  readonly messages: readonly Outgoing[]
  /** All messages' plain text, joined by blank lines ('' when the bot stayed silent). */
  readonly text: string
  /** Its key, when the answer is owed (`reportsAnswered` and a command that changes data). */
  readonly awaitsAnswer?: string
}

/**
 * Drives the real dispatcher, commands and database through the console platform, as people typing in
 * simulated groups: `const grup = chat.group('Bakohumas'); await chat.send(grup, sari, '/aktifkan …')`.
 */
export class ChatHarness {
  readonly clock: FixedClock
  readonly platform = new SimulatedPlatform()
  readonly dispatcher: Dispatcher
  #messageSeq = 0

  constructor(
    readonly db: Kysely<Database>,
    options: {
      now: string
      language?: 'id' | 'en'
      onDataChanged?: DispatcherDependencies['onDataChanged']
      commandLimits?: CommandLimits
    },
  ) {
    this.clock = new FixedClock(options.now)
    this.dispatcher = new Dispatcher({
      db,
      commands,
      clock: this.clock,
      logger: pino({ level: 'silent' }),
      defaultLanguage: options.language ?? 'id',
      defaultTimezone: 'Asia/Jakarta',
      publicUrl: 'http://localhost:3000',
      ...(options.onDataChanged ? { onDataChanged: options.onDataChanged } : {}),
      ...(options.commandLimits ? { commandLimits: options.commandLimits } : {}),
    })
  }

  group(title: string, externalId = `grup-${title.toLowerCase().replace(/\W+/g, '-')}`): ChatRef {
    this.platform.addGroup(externalId, title)
    return { externalId, kind: 'group', title }
  }

  person(
    name: string,
    options: { in?: ChatRef[]; groupAdmin?: boolean; username?: string } = {},
  ): SenderIdentity {
    const identity: SenderIdentity = {
      platform: 'console',
      externalId: `orang-${name.toLowerCase().replace(/\W+/g, '-')}`,
      displayName: name,
      username: options.username ?? name.toLowerCase().replace(/\W+/g, ''),
    }
    for (const chat of options.in ?? [])
      this.platform.join(chat.externalId, identity.externalId, { admin: options.groupAdmin ?? false })
    return identity
  }

  privateChat(person: SenderIdentity): ChatRef {
    return { externalId: `pribadi-${person.externalId}`, kind: 'private' }
  }

  async send(
    chat: ChatRef,
    sender: SenderIdentity,
    text: string,
    extra: {
      attachments?: Attachment[]
      mentions?: SenderIdentity[]
      replyTo?: Incoming['replyTo']
      sentAt?: Date
      messageId?: string
      /** Sent as the relay sends: the command's answer stays owed until told with `dispatcher.answered`. */
      reportsAnswered?: boolean
    } = {},
  ): Promise<Answer> {
    const incoming: Incoming = {
      chat: { platform: 'console', externalId: chat.externalId, kind: chat.kind, title: chat.title },
      sender,
      text,
      messageId: extra.messageId ?? `m${++this.#messageSeq}`,
      sentAt: extra.sentAt ?? this.clock.now(),
      attachments: extra.attachments ?? [],
      mentions: extra.mentions ?? [],
      replyTo: extra.replyTo,
    }
    const { messages, awaitsAnswer } = await this.dispatcher.dispatch(incoming, this.platform, {
      reportsAnswered: extra.reportsAnswered ?? false,
    })
    return {
      messages,
      text: messages.map((m) => renderPlain(m.text)).join('\n\n'),
      ...(awaitsAnswer && { awaitsAnswer }),
    }
  }
}
