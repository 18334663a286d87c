import type { Inline } from './rich-text.js'

export type TemplateParam = string | number | Inline | readonly Inline[]
export type TemplateParams = Readonly<Record<string, TemplateParam>>

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'bold' | 'italic'; children: Piece[] }
  | { kind: 'code'; children: Piece[] }

const cache = new Map<string, Piece[]>()

/**
 * Catalog strings use a small markup: `*bold*`, `_italic_`, `` `code` `` and `{param}`. The template is
 * parsed before parameters are put in, so user text inside a parameter can never become markup.
 */
export function fillTemplate(template: string, params: TemplateParams = {}): Inline[] {
  let pieces = cache.get(template)
  if (!pieces) {
    pieces = parsePieces(template, 0, undefined).pieces
    cache.set(template, pieces)
  }
  return render(pieces, params, template)
}

const MARKERS: Record<string, 'bold' | 'italic' | 'code'> = { '*': 'bold', _: 'italic', '`': 'code' }

function parsePieces(
  source: string,
  start: number,
  closer: string | undefined,
): { pieces: Piece[]; end: number } {
  const pieces: Piece[] = []
  let text = ''
  const flush = () => {
    if (text) pieces.push({ kind: 'text', text })
    text = ''
  }
  let i = start
  while (i < source.length) {
    const ch = source[i]!
    if (ch === '\\' && i + 1 < source.length) {
      text += source[i + 1]
      i += 2
      continue
    }
    if (closer && ch === closer) {
      flush()
      return { pieces, end: i + 1 }
    }
    if (ch === '{') {
      const close = source.indexOf('}', i)
      if (close > i + 1 && /^[a-zA-Z_][\w]*$/.test(source.slice(i + 1, close))) {
        flush()
        pieces.push({ kind: 'param', name: source.slice(i + 1, close) })
        i = close + 1
        continue
      }
    }
    const marker = MARKERS[ch]
    if (marker && source.indexOf(ch, i + 1) > i + 1) {
      flush()
      const inner = parsePieces(source, i + 1, ch)
      pieces.push({ kind: marker, children: inner.pieces })
      i = inner.end
      continue
    }
    text += ch
    i += 1
  }
  flush()
  return { pieces, end: i }
}

function render(pieces: readonly Piece[], params: TemplateParams, template: string): Inline[] {
  const out: Inline[] = []
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text':
        out.push(piece.text)
        break
      case 'param': {
        const value = params[piece.name]
        if (value === undefined)
          throw new Error(`template parameter {${piece.name}} missing in "${template}"`)
        if (typeof value === 'string' || typeof value === 'number') out.push(String(value))
        else if (Array.isArray(value)) out.push(...(value as Inline[]))
        else out.push(value as Inline)
        break
      }
      case 'bold':
      case 'italic':
        out.push({ kind: piece.kind, children: render(piece.children, params, template) })
        break
      case 'code':
        out.push({ kind: 'code', text: plainText(render(piece.children, params, template)) })
        break
    }
  }
  return out
}

/** The text of inline nodes without any formatting. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      if (typeof node === 'string') return node
      switch (node.kind) {
        case 'bold':
        case 'italic':
          return plainText(node.children)
        case 'code':
          return node.text
        case 'link':
          return node.text
        case 'mention':
          return `@${node.name}`
        default:
          return ''
      }
    })
    .join('')
}
