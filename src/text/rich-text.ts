/**
 * The neutral rich-text model. Commands and producers build replies from these few nodes; each
 * platform has one renderer (Telegram HTML, WhatsApp markup, plain text for the console), so no
 * caller ever writes platform markup or has to remember platform escaping rules.
 */
import { renderPlain } from './render-plain.js'

/** A run of text inside a line. A plain string is user-safe text: renderers escape or neutralise it. */
export type Inline =
  | string
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; text: string }
  | Mention

/** A person named so that the platform notifies them (Telegram user id, WhatsApp JID). */
export type Mention = {
  kind: 'mention'
  platform: 'telegram' | 'whatsapp' | 'console'
  /** Telegram: the numeric user id; WhatsApp: the JID (`62812…@s.whatsapp.net` or `…@lid`). */
  externalId: string
  name: string
  username?: string
}

/**
 * A block renders as one or more lines; consecutive blocks are separated by a single line break,
 * so an empty `paragraph()` makes a blank line. A '\n' inside a string is a line break.
 */
export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'pre'; text: string }

export type RichText = Block[]

export const bold = (...children: Inline[]): Inline => ({ kind: 'bold', children })
export const italic = (...children: Inline[]): Inline => ({ kind: 'italic', children })
export const code = (text: string): Inline => ({ kind: 'code', text })
/** A link; without `text` the address itself is shown. */
export const link = (href: string, text: string = href): Inline => ({ kind: 'link', href, text })
export const mention = (person: Omit<Mention, 'kind'>): Inline => ({ kind: 'mention', ...person })
export const paragraph = (...children: Inline[]): Block => ({ kind: 'paragraph', children })
export const list = (items: Inline[][], ordered = false): Block => ({ kind: 'list', ordered, items })
export const pre = (text: string): Block => ({ kind: 'pre', text })

/** Length of the plain rendering, for callers deciding whether to split or shorten a reply. */
export function plainLength(rich: RichText): number {
  return renderPlain(rich).length
}

/** Joins several pieces of rich text into one message, in order. */
export function concat(...parts: RichText[]): RichText {
  return parts.flat()
}
