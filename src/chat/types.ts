import type { RichText } from '../text/rich-text.js'
import type { MediaKind, Platform, PlatformChat, PlatformIdentity } from '../vocabulary.js'
import type { ButtonAction } from './button-actions.js'

/** A person as a platform knows them: Telegram user id, WhatsApp JID (LID or phone), console name. */
export type SenderIdentity = PlatformIdentity
export type IncomingChat = PlatformChat

export interface Attachment {
  readonly media: MediaKind
  /** The platform's own reference to the file (Telegram file_id, WhatsApp media message key). */
  readonly fileRef: string
  readonly fileName?: string
  readonly mimeType?: string
}

/** A message as every platform hands it to the dispatcher. */
export interface Incoming {
  readonly chat: IncomingChat
  readonly sender: SenderIdentity
  readonly text: string
  readonly messageId: string
  /** When the platform says the message was sent: late commands are judged by it. */
  readonly sentAt: Date
  readonly replyTo?: {
    readonly messageId: string
    readonly fromBot: boolean
    readonly sender?: SenderIdentity
    readonly attachments: readonly Attachment[]
    /** The replied message's text or caption (a `/lapor` replying to a request finds its number there). */
    readonly text?: string
  }
  readonly attachments: readonly Attachment[]
  readonly mentions: readonly SenderIdentity[]
  /** The platform payload, kept for debugging only; handlers never read it. */
  readonly raw?: unknown
}

export interface OutgoingFile {
  readonly fileName: string
  readonly mimeType: string
  readonly content: Uint8Array
  readonly caption?: RichText
}

export interface Button {
  readonly label: string
  /** What pressing it does; each platform encodes it into its own callback data. */
  readonly action: ButtonAction
}

export type OutgoingTarget =
  /** The chat the command came from. */
  | { readonly kind: 'reply' }
  /** A private chat with a person, on the platform of the command (the adapter knows how, or says it cannot). */
  | { readonly kind: 'person'; readonly personId: number }
  /** A known chat by its stored id (scheduled messages, notices to linked groups). */
  | { readonly kind: 'chat'; readonly chatId: number }

/** What the bot says: neutral rich text, optional files and buttons, rendered by each platform. */
export interface Outgoing {
  readonly target: OutgoingTarget
  readonly text: RichText
  readonly files?: readonly OutgoingFile[]
  readonly buttons?: readonly (readonly Button[])[]
  /** The bot asks something: the platform makes replying easy (Telegram ForceReply). */
  readonly asksReply?: boolean
  /** Quote the command this answers, where the platform allows. */
  readonly quote?: boolean
}

/** What a platform can tell the dispatcher about its groups; the console simulates it. */
export interface PlatformPort {
  readonly platform: Platform
  /** Is this identity an administrator of the platform group (Telegram getChatMember, WhatsApp group admin)? */
  isGroupAdmin(chatExternalId: string, identityExternalId: string): Promise<boolean>
  /** Is this identity currently in the group? */
  isInGroup(chatExternalId: string, identityExternalId: string): Promise<boolean>
  /** The bot's own username, for `/cmd@BotName`; undefined where the platform has none. */
  readonly botUsername?: string
  /**
   * Written after a command in groups so the platform delivers it (`@BotName` on Telegram, where privacy
   * mode may withhold a bare `/agenda`); /bantuan shows commands in that form.
   */
  readonly groupCommandSuffix?: string
}

/**
 * Sends messages the bot starts itself (scheduled briefs, reminders, change notices) to a stored chat.
 * Each platform adapter provides one; the scheduler uses it without knowing the platform. Adapters
 * give these sends lower priority than replies to commands, within the same rate budget.
 */
export interface ChatDelivery {
  readonly platform: Platform
  deliver(chatExternalId: string, message: Outgoing): Promise<void>
}

/** A delivery that failed; `permanent` when retrying cannot help (the bot was removed from the chat). */
export class DeliveryError extends Error {
  override name = 'DeliveryError'
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The platform asked us to wait this long (Telegram 429 retry_after). */
    readonly retryAfterMs?: number,
    /**
     * Nothing was sent: the adapter was busy or not connected here. Trying again later costs the message
     * no attempt, so a long fan-out through a slow platform never runs out of attempts.
     */
    readonly notSent = false,
  ) {
    super(message)
  }
}
