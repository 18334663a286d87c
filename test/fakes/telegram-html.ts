/**
 * Telegram's `parse_mode: 'HTML'` as the Bot API applies it, for the fake Bot API: text and entities
 * out, or the Bot API's "can't parse entities" refusal for markup Telegram would refuse (an unescaped
 * `<` or `&`, an unknown or unclosed tag, a lone surrogate). Offsets and lengths are in UTF-16 code units, as Telegram's.
 */

export interface FakeEntity {
  type: string
  offset: number
  length: number
  url?: string
  user?: { id: number; is_bot: false; first_name: string }
  language?: string
}

export class HtmlRefused extends Error {}

const TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  pre: 'pre',
  a: 'text_link',
  blockquote: 'blockquote',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }

function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()]!
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return String.fromCodePoint(code)
  })
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * A lone surrogate cannot be encoded in UTF-8, so the Bot API refuses the whole message, whatever its
 * parse mode (JSON.stringify sends it as a `\ud83d` escape rather than failing on our side).
 */
export function refuseIllFormed(text: string): void {
  if (LONE_SURROGATE.test(text)) throw new HtmlRefused('text must be encoded in UTF-8')
}

export function parseTelegramHtml(html: string): { text: string; entities: FakeEntity[] } {
  refuseIllFormed(html)
  let text = ''
  const entities: FakeEntity[] = []
  const open: Array<{ tag: string; start: number; entity: FakeEntity }> = []
  let i = 0
  while (i < html.length) {
    const ch = html[i]!
    if (ch === '<') {
      const end = html.indexOf('>', i)
      if (end < 0) throw new HtmlRefused(`Can't parse entities: unclosed start tag at byte offset ${i}`)
      const inside = html.slice(i + 1, end)
      if (inside.startsWith('/')) {
        const name = inside.slice(1).trim().toLowerCase()
        const top = open.pop()
        if (!top || top.tag !== name)
          throw new HtmlRefused(
            `Can't parse entities: can't find end tag corresponding to start tag "${name}"`,
          )
        top.entity.length = text.length - top.start
        if (top.entity.length > 0) entities.push(top.entity)
      } else {
        const match = /^([a-z-]+)(.*)$/is.exec(inside)
        const name = match?.[1]?.toLowerCase() ?? ''
        const type = TAGS[name]
        if (!type)
          throw new HtmlRefused(`Can't parse entities: unsupported start tag "${name}" at byte offset ${i}`)
        const entity: FakeEntity = { type, offset: text.length, length: 0 }
        if (name === 'a') {
          const href = /href\s*=\s*"([^"]*)"/i.exec(match?.[2] ?? '')?.[1]
          if (href === undefined) throw new HtmlRefused("Can't parse entities: a tag without href")
          const url = unescapeHtml(href)
          const user = /^tg:\/\/user\?id=(\d+)$/.exec(url)
          if (user) {
            entity.type = 'text_mention'
            entity.user = { id: Number(user[1]), is_bot: false, first_name: '' }
          } else {
            entity.url = url
          }
        }
        open.push({ tag: name, start: text.length, entity })
      }
      i = end + 1
      continue
    }
    if (ch === '&') {
      const match = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(html.slice(i))
      if (!match) throw new HtmlRefused(`Can't parse entities: character '&' is reserved (byte offset ${i})`)
      text += unescapeHtml(match[0])
      i += match[0].length
      continue
    }
    if (ch === '>')
      throw new HtmlRefused(`Can't parse entities: character '>' is reserved (byte offset ${i})`)
    text += ch
    i += 1
  }
  const unclosed = open.pop()
  if (unclosed)
    throw new HtmlRefused(
      `Can't parse entities: can't find end tag corresponding to start tag "${unclosed.tag}"`,
    )
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length)
  return { text, entities }
}
