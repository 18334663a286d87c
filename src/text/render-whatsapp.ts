/**
 * WhatsApp rendering: its lightweight markup (`*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````)
 * and `@number` mentions, which only notify when the JIDs also go in the message's `mentions`.
 */
import { linkLabel, listMarker } from './render-plain.js'
import type { Block, Inline, RichText } from './rich-text.js'

const ZWSP = '\u200B'

export function renderWhatsApp(rich: RichText): string {
  return rich.flatMap(blockLines).join('\n')
}

/** The JIDs mentioned in `rich`, once each, in order: the adapter passes them as `mentions`. */
export function mentionedJids(rich: RichText): string[] {
  const jids = new Set<string>()
  const visit = (nodes: Inline[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue
      if (node.kind === 'bold' || node.kind === 'italic') visit(node.children)
      else if (node.kind === 'mention' && node.platform === 'whatsapp') jids.add(node.externalId)
    }
  }
  for (const block of rich) {
    if (block.kind === 'paragraph') visit(block.children)
    else if (block.kind === 'list') for (const item of block.items) visit(item)
  }
  return [...jids]
}

/**
 * Keeps formatting characters in user text literal. WhatsApp reads `*`, `_`, `~` and `` ` `` as
 * markers only at a word boundary: an opener must follow a space, punctuation or the line start,
 * a closer must precede one. So `Rapat *penting*` inside our bold would close it early. There is
 * no escape character, and swapping in look-alike glyphs would change what people copy, so we put
 * an invisible zero width space (U+200B) on both sides of such a character: it is not a space and
 * not punctuation, so the character now sits mid-word and is never a marker, while our own markers
 * (outside the plain text) still touch non-space text and keep working. A character already
 * between two letters or digits (`nama_dinas`, `10*3`) cannot be a marker and is left alone, so
 * identifiers and addresses in plain text stay copyable.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/[*_~`]/g, (marker, index: number) =>
    isWordChar(text[index - 1]) && isWordChar(text[index + 1]) ? marker : `${ZWSP}${marker}${ZWSP}`,
  )
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char)

/**
 * Wraps each line of `inner` in `marker`. WhatsApp ignores a marker next to a space (`* x *`) and
 * does not carry formatting across a line break, so surrounding spaces go outside the markers and
 * every line is wrapped on its own; a blank line stays unmarked rather than showing `**`.
 */
function wrap(marker: string, inner: string): string {
  return inner
    .split('\n')
    .map((line) => {
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(line) ?? []
      return core === '' ? line : `${lead}${marker}${core}${marker}${trail}`
    })
    .join('\n')
}

/** The user part of a JID: `62812…@s.whatsapp.net`, `…@lid` and `62812…:3@…` all give the number. */
function jidUser(jid: string): string {
  const user = jid.split('@')[0] ?? jid
  return user.split(':')[0] ?? user
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [renderInlines(block.children)]
    case 'list':
      return block.items.map((item, index) => listMarker(block.ordered, index) + renderInlines(item))
    case 'pre':
      return block.text === '' ? [''] : [preformatted(block.text)]
  }
}

/** A fence inside the text would end the block early, so its backticks are kept apart. */
const preformatted = (text: string): string => `\`\`\`${text.replace(/`(?=`)/g, `\`${ZWSP}`)}\`\`\``

function renderInlines(nodes: Inline[]): string {
  return nodes.map(renderInline).join('')
}

function renderInline(node: Inline): string {
  if (typeof node === 'string') return neutraliseMarkers(node)
  switch (node.kind) {
    case 'bold':
      return wrap('*', renderInlines(node.children))
    case 'italic':
      return wrap('_', renderInlines(node.children))
    case 'code':
      // Inline code cannot contain a backtick; the fenced form can, and looks the same.
      return node.text.includes('`') ? preformatted(node.text) : wrap('`', node.text)
    case 'link': {
      // The address stays untouched so WhatsApp can still detect and open it.
      const label = linkLabel(node)
      return label === node.href ? node.href : `${neutraliseMarkers(label)} (${node.href})`
    }
    case 'mention':
      return node.platform === 'whatsapp' ? `@${jidUser(node.externalId)}` : neutraliseMarkers(node.name)
  }
}
