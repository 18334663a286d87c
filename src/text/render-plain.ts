/**
 * Plain-text rendering for the local terminal console (and for measuring a reply): formatting
 * disappears, links show their address, mentions read `@name`. It also owns the few wording rules
 * (list markers, link labels) the other renderers share; it imports only types, so the model can
 * measure itself with it without an import cycle.
 */
import type { Block, Inline, RichText } from './rich-text.js'

export function renderPlain(rich: RichText): string {
  return rich.flatMap(blockLines).join('\n')
}

/** The bullet or number that starts a list item; the other renderers use it too, so lists read alike. */
export function listMarker(ordered: boolean, index: number): string {
  return ordered ? `${index + 1}. ` : '• '
}

/** The words a link shows: its text, or the address when the text is empty. */
export function linkLabel(node: { href: string; text: string }): string {
  return node.text === '' ? node.href : node.text
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [renderInlines(block.children)]
    case 'list':
      return block.items.map((item, index) => listMarker(block.ordered, index) + renderInlines(item))
    case 'pre':
      return [block.text]
  }
}

function renderInlines(nodes: Inline[]): string {
  return nodes.map(renderInline).join('')
}

function renderInline(node: Inline): string {
  if (typeof node === 'string') return node
  switch (node.kind) {
    case 'bold':
    case 'italic':
      return renderInlines(node.children)
    case 'code':
      return node.text
    case 'link': {
      const label = linkLabel(node)
      return label === node.href ? label : `${label} (${node.href})`
    }
    case 'mention':
      return `@${node.name}`
  }
}
