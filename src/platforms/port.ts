/**
 * The contract between Sinergi's core and a chat platform. An adapter translates: platform updates
 * become `Incoming` messages and lifecycle events handed to the core (`PlatformCore`); the core's
 * `Outgoing` messages become platform calls (`transmit`). Routing answers (reply, private, mentions),
 * the paced send queue, chat bookkeeping and scheduled delivery live once in the core (src/relay/).
 * A new platform is one folder implementing `PlatformAdapter`, checked by test/platforms/contract.test.ts.
 */
import type { Dispatched } from '../chat/dispatcher.js'
import type { Incoming, Outgoing, PlatformPort } from '../chat/types.js'
import type { SendPriority, SendQueue } from '../relay/send-queue.js'
import type { MessageKey } from '../text/catalog/index.js'
import type { Inline } from '../text/rich-text.js'
import type {
  ChatKind,
  Language,
  Platform,
  PlatformChat,
  PlatformIdentity,
  PlatformState,
} from '../vocabulary.js'

/** A chat on the adapter's own platform. */
export interface ChatAddress {
  readonly externalId: string
  readonly kind: ChatKind
  /** A thread inside the chat (a Telegram forum topic); messages without one go to the chat's main view. */
  readonly topic?: string
}

export interface TransmitOptions {
  readonly priority: SendPriority
  /** The message to quote (the command), on the first part sent; `raw` is the platform's own payload. */
  readonly quote?: { readonly messageId: string; readonly raw?: unknown }
  /** Put before the text, e.g. a mention of the person a question is for. */
  readonly prefix?: readonly Inline[]
  /** Each part of this send must have started by then (scheduled messages; the queue's clock)... */
  readonly startBy?: number
  /** ...and be over by then: a platform call still running is given up as failed. */
  readonly finishBy?: number
}

/** What a platform adapter provides. Every method that sends throws `DeliveryError` when it cannot. */
export interface PlatformAdapter {
  readonly platform: Platform
  /** Group facts the dispatcher asks for (/aktifkan, /ambilalih) and the bot's command suffix. */
  readonly members: PlatformPort
  /** The one send queue this adapter's calls go through, paced for its platform. */
  readonly queue: SendQueue
  /** How the bot introduces itself when added to a group (none: it stays quiet). */
  readonly introduction?: { readonly fresh: MessageKey; readonly linked: MessageKey }
  /** Sends one message into a chat (text, files, buttons), part by part through the queue. */
  transmit(chat: ChatAddress, message: Outgoing, options: TransmitOptions): Promise<void>
  /** The chat a stored external id names (groups and private chats look different on each platform). */
  addressOf(chatExternalId: string): ChatAddress
  /** The private chat with a person, by their identity on this platform. */
  privateChatOf(identityExternalId: string): ChatAddress
  /**
   * Where someone opens a private chat with the bot first, when the platform needs that (Telegram), and
   * the message (params `person`, `link`) telling them so in the group.
   */
  privateChatLink(): { readonly link: Inline; readonly hint: MessageKey } | undefined
  /** This instance can send messages the bot starts itself (WhatsApp: it holds the linked device, connected). */
  canDeliver(): boolean
  state(): PlatformState
  /** Stops taking messages; may spend up to `drainMs` sending the replies already queued. */
  stop(drainMs?: number): Promise<void>
}

/** What the core offers an adapter. */
export interface PlatformCore {
  /** One message: dispatched, its answers routed and sent; returns what its command changed. */
  receive(adapter: PlatformAdapter, incoming: Incoming): Promise<Dispatched>
  /** One message dispatched, its answers left to the adapter (a button press answers by toast first). */
  dispatch(adapter: PlatformAdapter, incoming: Incoming): Promise<Dispatched>
  /** Sends answers the way `receive` does (a press's answers, a notice); false if one was never sent. */
  route(adapter: PlatformAdapter, answers: readonly Outgoing[], origin: AnswerOrigin): Promise<boolean>
  /** The bot is in a chat (again); resolves with whether it was already known active there. */
  botAdded(adapter: PlatformAdapter, chat: PlatformChat): Promise<void>
  botRemoved(platform: Platform, chatExternalId: string): Promise<void>
  chatMoved(platform: Platform, oldExternalId: string, newExternalId: string): Promise<void>
  /** Is this a name or alias of one of Sinergi's commands? */
  isCommand(name: string): boolean
  /** The language of the chat's forum, else the default. */
  languageOf(platform: Platform, chatExternalId: string): Promise<Language>
  /** Someone seen on the platform under this username. */
  identityByUsername(platform: Platform, username: string): Promise<PlatformIdentity | undefined>
  /** Identities already known among these ids. */
  knownIdentities(
    platform: Platform,
    externalIds: readonly string[],
  ): Promise<readonly { readonly externalId: string; readonly displayName: string | null }[]>
}

/** Where answers to a message go: its chat, quoting it, a prefix before a question. */
export interface AnswerOrigin {
  readonly chat: ChatAddress
  readonly quote?: TransmitOptions['quote']
  readonly prefix?: readonly Inline[]
}
