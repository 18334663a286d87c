/**
 * An `Outgoing` as Baileys message contents: the rich text rendered to WhatsApp markup with the
 * mentioned JIDs in `mentions` (a mention only notifies when its JID is there too), then each file
 * as a document (or a photo, for images) with its caption. Buttons are dropped: WhatsApp has no
 * dependable buttons for linked devices, and SPEC §2 makes the same actions commands there.
 */
import type { AnyMessageContent } from 'baileys'
import type { Outgoing, OutgoingFile } from '../../chat/types.js'
import { mentionedJids, renderWhatsApp } from '../../text/render-whatsapp.js'
import type { Block, Inline, RichText } from '../../text/rich-text.js'

/** The contents to send, in order; the first is the one that quotes the command when asked to. */
export function contentsOf(message: Outgoing): AnyMessageContent[] {
  const contents: AnyMessageContent[] = []
  const text = renderWhatsApp(message.text)
  if (text.trim()) {
    const mentions = mentionedJids(message.text)
    // linkPreview null: Baileys would otherwise fetch every link in the text to build a preview.
    contents.push({ text, linkPreview: null, ...(mentions.length ? { mentions } : {}) })
  }
  for (const file of message.files ?? []) contents.push(fileContent(file))
  return contents
}

function fileContent(file: OutgoingFile): AnyMessageContent {
  const caption = file.caption ? renderWhatsApp(file.caption) : undefined
  const mentions = file.caption ? mentionedJids(file.caption) : []
  const extra = { ...(caption ? { caption } : {}), ...(mentions.length ? { mentions } : {}) }
  const data = Buffer.from(file.content)
  if (file.mimeType.startsWith('image/')) return { image: data, mimetype: file.mimeType, ...extra }
  return { document: data, mimetype: file.mimeType, fileName: file.fileName, ...extra }
}

/**
 * Replaces the JID of every WhatsApp mention (`swap` returns the JID to use, e.g. the LID of a
 * number in a group that addresses its members by LID), so the `@…` text and the mentions list agree.
 */
export function swapMentions(rich: RichText, swap: ReadonlyMap<string, string>): RichText {
  if (swap.size === 0) return rich
  const inline = (node: Inline): Inline => {
    if (typeof node === 'string') return node
    if (node.kind === 'bold' || node.kind === 'italic')
      return { ...node, children: node.children.map(inline) }
    if (node.kind === 'mention' && node.platform === 'whatsapp') {
      const to = swap.get(node.externalId)
      return to ? { ...node, externalId: to } : node
    }
    return node
  }
  const block = (b: Block): Block => {
    if (b.kind === 'paragraph') return { ...b, children: b.children.map(inline) }
    if (b.kind === 'list') return { ...b, items: b.items.map((item) => item.map(inline)) }
    return b
  }
  return rich.map(block)
}
