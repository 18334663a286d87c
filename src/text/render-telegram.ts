/**
 * Telegram rendering for `parse_mode: 'HTML'`, and splitting a long reply into several messages.
 * Every piece of text is escaped here, so a title like `PT <A&B>` can never break the markup.
 */
import { linkLabel, listMarker } from './render-plain.js'
import type { Block, Inline, RichText } from './rich-text.js'

/** Telegram refuses a message text longer than this. */
export const TELEGRAM_MESSAGE_LIMIT = 4096
/** Below this a chunk could not hold even one escaped character with its tags. */
const MIN_LIMIT = 16

export function renderTelegramHtml(rich: RichText): string {
  return rich.flatMap(blockLines).join('\n')
}

/**
 * Renders `rich` as one or more messages, each at most `limit` characters of HTML and each valid
 * on its own. Chunks break between blocks and lines; a line that alone is too long is cut at a
 * space (else anywhere) in the model, before rendering, so formatting is closed and reopened
 * around the cut instead of a tag or entity being torn. Returns [] when there is nothing to send.
 */
export function splitTelegramHtml(rich: RichText, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  if (limit < MIN_LIMIT) throw new RangeError(`Telegram chunk limit ${limit} is below ${MIN_LIMIT}`)
  const whole = renderTelegramHtml(rich)
  if (whole.length <= limit) return whole.trim() === '' ? [] : [whole]
  return pack(
    rich.flatMap((block) => blockSegments(block, limit)),
    limit,
  )
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const escapeAttribute = (text: string): string => escapeHtml(text).replace(/"/g, '&quot;')

/** An empty element is dropped rather than sent as `<b></b>`. */
const element = (tag: string, inner: string): string => (inner === '' ? '' : `<${tag}>${inner}</${tag}>`)

/** Only web addresses become links: `javascript:`, `data:`, `tg:` and the like stay plain text. */
function safeHref(href: string): string | null {
  try {
    const url = new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [renderInlines(block.children)]
    case 'list':
      return block.items.map((item, index) => listMarker(block.ordered, index) + renderInlines(item))
    case 'pre':
      return [element('pre', escapeHtml(block.text))]
  }
}

function renderInlines(nodes: Inline[]): string {
  return nodes.map(renderInline).join('')
}

function renderInline(node: Inline): string {
  if (typeof node === 'string') return escapeHtml(node)
  switch (node.kind) {
    case 'bold':
      return element('b', renderInlines(node.children))
    case 'italic':
      return element('i', renderInlines(node.children))
    case 'code':
      return element('code', escapeHtml(node.text))
    case 'link': {
      const href = safeHref(node.href)
      const label = escapeHtml(linkLabel(node))
      return href === null ? label : `<a href="${escapeAttribute(href)}">${label}</a>`
    }
    case 'mention': {
      // tg://user links notify the person even without a username; other platforms' ids mean nothing here.
      const name = escapeHtml(node.name)
      const linkable = node.platform === 'telegram' && /^\d+$/.test(node.externalId)
      return linkable && name !== '' ? `<a href="tg://user?id=${node.externalId}">${name}</a>` : name
    }
  }
}

/** The characters a node shows once rendered (tags aside): the coordinates used to cut a line. */
function visibleText(node: Inline): string {
  if (typeof node === 'string') return node
  switch (node.kind) {
    case 'bold':
    case 'italic':
      return node.children.map(visibleText).join('')
    case 'code':
      return node.text
    case 'link':
      return linkLabel(node)
    case 'mention':
      return node.name
  }
}

/** The part of `nodes` showing visible characters [start, end), with its formatting kept. */
function sliceInlines(nodes: Inline[], start: number, end: number): Inline[] {
  const out: Inline[] = []
  let offset = 0
  for (const node of nodes) {
    if (offset >= end) break
    const length = visibleText(node).length
    const from = Math.max(start - offset, 0)
    const to = Math.min(end - offset, length)
    if (from < to) out.push(sliceNode(node, from, to))
    offset += length
  }
  return out
}

function sliceNode(node: Inline, from: number, to: number): Inline {
  if (typeof node === 'string') return node.slice(from, to)
  switch (node.kind) {
    case 'bold':
    case 'italic':
      return { kind: node.kind, children: sliceInlines(node.children, from, to) }
    case 'code':
      return { ...node, text: node.text.slice(from, to) }
    case 'link':
      return { ...node, text: linkLabel(node).slice(from, to) }
    case 'mention':
      return { ...node, name: node.name.slice(from, to) }
  }
}

/** Splits inline content at its '\n's into lines, repeating the formatting that spans a break. */
function splitAtLineBreaks(nodes: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]]
  for (const node of nodes) {
    const parts = nodeLines(node)
    for (const [index, part] of parts.entries()) {
      if (index > 0) lines.push([])
      lines[lines.length - 1]?.push(...part)
    }
  }
  return lines
}

function nodeLines(node: Inline): Inline[][] {
  if (typeof node === 'string') return node.split('\n').map((text) => [text])
  switch (node.kind) {
    case 'bold':
    case 'italic':
      return splitAtLineBreaks(node.children).map((line) => [{ kind: node.kind, children: line }])
    case 'code':
      return node.text.split('\n').map((text) => [{ kind: 'code', text }])
    default:
      return [[node]]
  }
}

/** Rendered lines of a block, each valid HTML and at most `limit` long. */
function blockSegments(block: Block, limit: number): string[] {
  if (block.kind === 'pre') {
    const { text } = block
    return cutPieces(
      text,
      limit,
      (start, end) => element('pre', escapeHtml(text.slice(start, end))),
      (start, end) => escapeHtml(text.slice(start, end)),
    )
  }
  const lines =
    block.kind === 'paragraph'
      ? [block.children]
      : block.items.map((item, index): Inline[] => [listMarker(block.ordered, index), ...item])
  return lines.flatMap(splitAtLineBreaks).flatMap((line) => {
    const text = line.map(visibleText).join('')
    return cutPieces(
      text,
      limit,
      (start, end) => renderInlines(sliceInlines(line, start, end)),
      (start, end) => escapeHtml(text.slice(start, end)),
    )
  })
}

type Render = (start: number, end: number) => string

/**
 * Cuts `text` into consecutive pieces whose rendering fits `limit`, preferring a line break, then
 * a space (which is dropped), then a hard cut that never splits a surrogate pair. `fallback`
 * renders without formatting, for the absurd case where tags alone leave no room for a character.
 */
function cutPieces(text: string, limit: number, render: Render, fallback: Render): string[] {
  if (text === '') return [render(0, 0)]
  const pieces: string[] = []
  let start = 0
  do {
    let draw = render
    let end = longestFit(text, start, limit, draw)
    if (end === start) {
      draw = fallback
      end = longestFit(text, start, limit, draw)
    }
    if (end === start) throw new RangeError(`Telegram chunk limit ${limit} cannot hold one character`)
    if (end === text.length) {
      pieces.push(draw(start, end))
      break
    }
    const breakAt = breakBefore(text, start, end)
    if (breakAt !== null) {
      pieces.push(draw(start, breakAt))
      start = breakAt + 1
    } else {
      if (end - start > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
      pieces.push(draw(start, end))
      start = end
    }
  } while (start < text.length)
  return pieces
}

/** The largest end such that rendering [start, end) fits; rendering grows with the slice. */
function longestFit(text: string, start: number, limit: number, draw: Render): number {
  if (draw(start, text.length).length <= limit) return text.length
  let fits = start
  let tooLong = text.length
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2)
    if (draw(start, middle).length <= limit) fits = middle
    else tooLong = middle
  }
  return fits
}

/** Index of the last line break, else the last whitespace, in (start, end]; null when none. */
function breakBefore(text: string, start: number, end: number): number | null {
  const newline = text.lastIndexOf('\n', end)
  if (newline > start) return newline
  for (let index = end; index > start; index--) {
    if (/\s/.test(text.charAt(index))) return index
  }
  return null
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Greedily joins segments with '\n' into chunks; blank lines at a chunk's edges are dropped. */
function pack(segments: string[], limit: number): string[] {
  const chunks: string[] = []
  let current: string | null = null
  for (const segment of segments) {
    if (current !== null && current.length + 1 + segment.length <= limit) {
      current += `\n${segment}`
      continue
    }
    if (current !== null) chunks.push(current)
    current = segment.trim() === '' ? null : segment
  }
  if (current !== null) chunks.push(current)
  return chunks.map((chunk) => chunk.trimEnd())
}
