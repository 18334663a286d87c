import { cleanText } from '../input/clean-text.js'
import type { PlatformIdentity } from '../vocabulary.js'
import type { Attachment, Incoming } from './types.js'

/**
 * Every piece of text in a message that people wrote (the message, names, titles, file names), cleaned
 * once where the message enters the core, so no command, query or reply meets a NUL byte or a lone
 * surrogate whichever platform it came from.
 */
export function cleanIncoming(incoming: Incoming): Incoming {
  const { chat, replyTo } = incoming
  return {
    ...incoming,
    text: cleanText(incoming.text),
    chat: chat.title === undefined ? chat : { ...chat, title: cleanText(chat.title) },
    sender: cleanIdentity(incoming.sender),
    mentions: incoming.mentions.map(cleanIdentity),
    attachments: incoming.attachments.map(cleanAttachment),
    ...(replyTo
      ? {
          replyTo: {
            ...replyTo,
            ...(replyTo.sender ? { sender: cleanIdentity(replyTo.sender) } : {}),
            attachments: replyTo.attachments.map(cleanAttachment),
            ...(replyTo.text === undefined ? {} : { text: cleanText(replyTo.text) }),
          },
        }
      : {}),
  }
}

function cleanIdentity<T extends PlatformIdentity>(identity: T): T {
  return {
    ...identity,
    displayName: cleanText(identity.displayName),
    ...(identity.username === undefined ? {} : { username: cleanText(identity.username) }),
  }
}

function cleanAttachment(attachment: Attachment): Attachment {
  return attachment.fileName === undefined
    ? attachment
    : { ...attachment, fileName: cleanText(attachment.fileName) }
}
