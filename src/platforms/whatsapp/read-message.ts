/**
 * Reads a Baileys `WAMessage` into what Sinergi needs of it: where it was written, by whom (the JIDs as
 * WhatsApp gave them — identities are resolved elsewhere), its text from every text-bearing form,
 * mentions, the quoted message and attachments. Pure; no database, no socket.
 *
 * Text lives in `conversation`, `extendedTextMessage.text`, or the caption of an image, video or
 * document, possibly inside wrappers: disappearing (`ephemeralMessage`), view-once (v1, v2, v2
 * extension), `documentWithCaptionMessage`, and edits (`editedMessage`, or a `protocolMessage` of
 * type MESSAGE_EDIT carrying the new content). An edit is read under the id of the message it edits,
 * so a command that already ran is not run again by correcting a typo, while an edit that turns a
 * plain message into a command is handled.
 */
import { isJidGroup, normalizeMessageContent, proto, toNumber, type WAMessage } from 'baileys'
import type { Attachment } from '../../chat/types.js'
import { isUserJid } from './identity.js'

export interface QuotedView {
  readonly stanzaId: string
  /** The quoted message's author as WhatsApp gave it (LID or number). */
  readonly participant?: string
  readonly attachments: readonly Attachment[]
  /** The quoted message's text or caption. */
  readonly text?: string
}

export interface MessageView {
  readonly chatJid: string
  readonly isGroup: boolean
  /** Sent from the linked account (by this bot, or by a person using the same number on the phone). */
  readonly fromMe: boolean
  /** The author's JID and its other form when WhatsApp gave both (absent for `fromMe`). */
  readonly sender?: { readonly jid: string; readonly alt?: string; readonly username?: string }
  /** A private chat's other form (`remoteJidAlt`). */
  readonly chatAlt?: string
  /** The id of this delivery (`key.id`). */
  readonly deliveryId: string
  /** The id the message is handled under: the edited message's for an edit. */
  readonly messageId: string
  readonly edited: boolean
  readonly text: string
  readonly sentAt?: Date
  readonly pushName?: string
  readonly mentions: readonly string[]
  readonly quoted?: QuotedView
  readonly attachments: readonly Attachment[]
}

export type SkipReason = 'no-content' | 'decrypt-placeholder' | 'stub' | 'not-a-chat' | 'protocol' | 'no-text'

export type ReadResult = { readonly view: MessageView } | { readonly skip: SkipReason }

const STUB = proto.WebMessageInfo.StubType
const PROTOCOL = proto.Message.ProtocolMessage.Type

export function readMessage(msg: WAMessage): ReadResult {
  const key = msg.key
  const chatJid = key.remoteJid
  if (msg.messageStubType === STUB.CIPHERTEXT) return { skip: 'decrypt-placeholder' }
  if (!msg.message) return { skip: msg.messageStubType ? 'stub' : 'no-content' }
  if (!chatJid || !key.id) return { skip: 'no-content' }
  const isGroup = isJidGroup(chatJid) === true
  if (!isGroup && !isUserJid(chatJid)) return { skip: 'not-a-chat' }

  const { content, editOf } = unwrap(msg.message)
  if (!content) return { skip: 'no-content' }
  if (content.protocolMessage || content.reactionMessage) return { skip: 'protocol' }
  const text = textOf(content)
  if (!text.trim()) return { skip: 'no-text' }

  const fromMe = key.fromMe === true
  const senderJid = isGroup ? key.participant : chatJid
  const senderAlt = isGroup ? key.participantAlt : key.remoteJidAlt
  const username = isGroup ? key.participantUsername : key.remoteJidUsername
  const context = contextOf(content)
  const quoted = context?.stanzaId && context.quotedMessage ? context : undefined
  const messageId = editOf ?? key.id
  const timestamp = msg.messageTimestamp ? toNumber(msg.messageTimestamp) : 0

  return {
    view: {
      chatJid,
      isGroup,
      fromMe,
      ...(!fromMe && senderJid
        ? {
            sender: {
              jid: senderJid,
              ...(senderAlt ? { alt: senderAlt } : {}),
              ...(username ? { username } : {}),
            },
          }
        : {}),
      ...(!isGroup && key.remoteJidAlt ? { chatAlt: key.remoteJidAlt } : {}),
      deliveryId: key.id,
      messageId,
      edited: editOf !== undefined,
      text,
      ...(timestamp > 0 ? { sentAt: new Date(timestamp * 1000) } : {}),
      ...(msg.pushName ? { pushName: msg.pushName } : {}),
      mentions: (context?.mentionedJid ?? []).filter((jid) => isUserJid(jid)),
      ...(quoted
        ? {
            quoted: {
              stanzaId: quoted.stanzaId!,
              ...(quoted.participant ? { participant: quoted.participant } : {}),
              ...quotedText(quoted.quotedMessage),
              attachments: attachmentsOf(
                normalizeMessageContent(quoted.quotedMessage),
                chatJid,
                quoted.stanzaId!,
              ),
            },
          }
        : {}),
      attachments: attachmentsOf(content, chatJid, messageId),
    },
  }
}

/** The content inside every wrapper; for an edit, the new content and the id of the edited message. */
function unwrap(message: proto.IMessage): { content: proto.IMessage | undefined; editOf?: string } {
  // Baileys unwraps ephemeral, view-once (all kinds), document-with-caption and `editedMessage`.
  const content = normalizeMessageContent(message)
  const protocol = content?.protocolMessage
  if (protocol?.type === PROTOCOL.MESSAGE_EDIT && protocol.editedMessage) {
    return {
      content: normalizeMessageContent(protocol.editedMessage),
      ...(protocol.key?.id ? { editOf: protocol.key.id } : {}),
    }
  }
  return { content }
}

/** The text of a message: typed text, or the caption of a photo, video or document. */
export function textOf(content: proto.IMessage): string {
  return (
    content.conversation ||
    content.extendedTextMessage?.text ||
    content.imageMessage?.caption ||
    content.videoMessage?.caption ||
    content.documentMessage?.caption ||
    ''
  )
}

function quotedText(message: proto.IMessage | null | undefined): { text?: string } {
  const content = normalizeMessageContent(message)
  const text = content ? textOf(content) : ''
  return text ? { text } : {}
}

function contextOf(content: proto.IMessage): proto.IContextInfo | undefined {
  return (
    content.extendedTextMessage?.contextInfo ??
    content.imageMessage?.contextInfo ??
    content.videoMessage?.contextInfo ??
    content.documentMessage?.contextInfo ??
    content.audioMessage?.contextInfo ??
    undefined
  )
}

/**
 * The media a message carries. The reference is `<chat JID>/<message id>`: the media itself (its keys
 * and path) stays in the WhatsApp message, which the bot does not download.
 */
function attachmentsOf(
  content: proto.IMessage | undefined,
  chatJid: string,
  messageId: string,
): Attachment[] {
  if (!content) return []
  const fileRef = `${chatJid}/${messageId}`
  const mime = (m: string | null | undefined) => (m ? { mimeType: m } : {})
  if (content.imageMessage) return [{ media: 'photo', fileRef, ...mime(content.imageMessage.mimetype) }]
  if (content.videoMessage) return [{ media: 'video', fileRef, ...mime(content.videoMessage.mimetype) }]
  if (content.audioMessage) return [{ media: 'audio', fileRef, ...mime(content.audioMessage.mimetype) }]
  const doc = content.documentMessage
  if (doc) {
    return [
      {
        media: 'document',
        fileRef,
        ...(doc.fileName ? { fileName: doc.fileName } : {}),
        ...mime(doc.mimetype),
      },
    ]
  }
  return []
}
