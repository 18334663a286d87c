/**
 * A WhatsApp message as the dispatcher's `Incoming`: the chat, the sender, the people mentioned and
 * the author of a quoted message each become one stable identity, whichever form (LID or number)
 * WhatsApp used this time. The identity's external id is the form Sinergi already knows the person
 * by (an existing identity under their LID, else under their number); a person seen for the first
 * time is recorded under their LID when it is known, else their number.
 */
import type { WAMessage } from 'baileys'
import type { Incoming, SenderIdentity } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { PlatformCore } from '../port.js'
import type { GroupDirectory } from './groups.js'
import { fallbackName, isEmptyPair, type JidPair, type LidResolver, pairOf, sameUser } from './identity.js'
import { type MessageView, readMessage, type SkipReason } from './read-message.js'
import type { SentMessages } from './sent-messages.js'

export type InboundResult =
  | { readonly incoming: Incoming; readonly view: MessageView }
  | { readonly skip: SkipReason | 'own-message' | 'unknown-sender' | 'chatter' }

/** A command starts with `/` or `!` (see chat/parse-command.ts); anything else in a group is chatter. */
const COMMAND_START = /^\s*[/!]/

export class InboundReader {
  constructor(
    private readonly core: PlatformCore,
    private readonly resolver: LidResolver,
    private readonly groups: GroupDirectory,
    private readonly sent: SentMessages,
    private readonly clock: Clock,
    /** The linked account's own JIDs. */
    private readonly me: () => JidPair,
  ) {}

  async read(msg: WAMessage): Promise<InboundResult> {
    const result = readMessage(msg)
    if ('skip' in result) return result
    const view = result.view
    const me = this.me()
    // Most group traffic is people talking to each other. Only a command or a reply to the bot can
    // mean anything to Sinergi, so the rest goes before any identity or database lookup. Private
    // chats are read in full: a plain answer to the bot's question needs no quote there.
    if (view.isGroup && !COMMAND_START.test(view.text) && !sameUser(pairOf(view.quoted?.participant), me)) {
      return { skip: 'chatter' }
    }
    // The bot's own messages come back (echoes, other devices); they are known by id. Anything else
    // from the linked number was typed by a person on the phone and is read like any message.
    if (view.fromMe && (await this.sent.isOurs(view.deliveryId))) return { skip: 'own-message' }
    const senderPair = view.fromMe ? me : pairOf(view.sender?.jid, view.sender?.alt)
    if (isEmptyPair(senderPair)) return { skip: 'unknown-sender' }
    const sender = await this.identity(senderPair, view.pushName, view.sender?.username)
    const chat = view.isGroup
      ? {
          platform: 'whatsapp' as const,
          externalId: view.chatJid,
          kind: 'group' as const,
          ...(await this.#groupTitle(view.chatJid)),
        }
      : {
          platform: 'whatsapp' as const,
          externalId: await this.canonical(await this.resolver.complete(pairOf(view.chatJid, view.chatAlt))),
          kind: 'private' as const,
        }
    const mentions: SenderIdentity[] = []
    for (const jid of view.mentions) {
      const pair = await this.resolver.complete(pairOf(jid))
      if (sameUser(pair, me)) continue
      const identity = await this.identity(pair)
      if (!mentions.some((m) => m.externalId === identity.externalId)) mentions.push(identity)
    }
    let replyTo: Incoming['replyTo']
    if (view.quoted) {
      const fromBot = await this.sent.isOurs(view.quoted.stanzaId)
      const author = pairOf(view.quoted.participant)
      replyTo = {
        messageId: view.quoted.stanzaId,
        fromBot,
        ...(!fromBot && !isEmptyPair(author) ? { sender: await this.identity(author) } : {}),
        attachments: view.quoted.attachments,
        ...(view.quoted.text ? { text: view.quoted.text } : {}),
      }
    }
    const incoming: Incoming = {
      chat,
      sender,
      text: view.text,
      messageId: view.messageId,
      sentAt: view.sentAt ?? this.clock.now(),
      attachments: view.attachments,
      mentions,
      ...(replyTo ? { replyTo } : {}),
      raw: msg,
    }
    return { incoming, view }
  }

  /**
   * The identity of a user: completed through the LID mapping, under the external id Sinergi knows
   * them by, with the name WhatsApp gave (push name) or the one already known.
   */
  async identity(pair: JidPair, name?: string, username?: string): Promise<SenderIdentity> {
    const full = await this.resolver.complete(pair)
    const known = await this.#known(full)
    const externalId = known?.externalId ?? full.lid ?? full.pn!
    return {
      platform: 'whatsapp',
      externalId,
      displayName: name?.trim() || known?.displayName || fallbackName(full),
      ...(username ? { username } : {}),
    }
  }

  /** The external id to use for this user (see `identity`). */
  async canonical(pair: JidPair): Promise<string> {
    const known = await this.#known(pair)
    return known?.externalId ?? pair.lid ?? pair.pn!
  }

  /** An identity Sinergi already has for either form, preferring the one under the LID. */
  async #known(pair: JidPair) {
    const ids = [pair.lid, pair.pn].filter((id): id is string => id !== undefined)
    if (ids.length === 0) return undefined
    const rows = await this.core.knownIdentities('whatsapp', ids)
    return rows.find((r) => r.externalId === pair.lid) ?? rows.find((r) => r.externalId === pair.pn)
  }

  async #groupTitle(jid: string): Promise<{ title?: string }> {
    const subject = (await this.groups.cached(jid))?.subject
    return subject ? { title: subject } : {}
  }
}
