import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { svgToPng } from './svg-to-png.js'

const require = createRequire(import.meta.url)
const twemojiDir = dirname(require.resolve('@twemoji/svg/package.json'))
const cache = new Map<string, Promise<string | undefined>>()

const zeroWidthJoiner = 0x200d
const variationSelector16 = 0xfe0f

function codepointNames(emoji: string): string[] {
  const codepoints = [...emoji].map((char) => char.codePointAt(0)!)
  const withoutSelector = codepoints.filter((codepoint) => codepoint !== variationSelector16)
  const hex = (list: number[]) => list.map((codepoint) => codepoint.toString(16)).join('-')
  // Twemoji names a file by its code points, dropping U+FE0F except inside joined sequences;
  // try both spellings, since senders' keyboards differ in whether they add the selector.
  return codepoints.includes(zeroWidthJoiner)
    ? [hex(codepoints), hex(withoutSelector)]
    : [hex(withoutSelector), hex(codepoints)]
}

/** Rendered once at twice the largest text size of a picture, so an emoji stays sharp on a phone. */
const EMOJI_PIXELS = 96

/**
 * A Twemoji picture of one emoji grapheme as a PNG data URI, or undefined when Twemoji has none; drawn
 * once and cached. A PNG, not Twemoji's SVG: resvg paints an embedded SVG through a layer as large as
 * the page, which made ten emoji cost five times the rest of a calendar page.
 */
export function emojiImage(emoji: string): Promise<string | undefined> {
  let image = cache.get(emoji)
  if (!image) {
    // A failed drawing is not kept: the next picture tries again.
    image = drawEmoji(emoji).catch((error: unknown) => {
      cache.delete(emoji)
      throw error
    })
    cache.set(emoji, image)
  }
  return image
}

async function drawEmoji(emoji: string): Promise<string | undefined> {
  const file = codepointNames(emoji)
    .map((name) => join(twemojiDir, `${name}.svg`))
    .find((path) => existsSync(path))
  if (!file) return undefined
  const png = await svgToPng(readFileSync(file, 'utf8'), EMOJI_PIXELS, { transparent: true })
  return `data:image/png;base64,${png.toString('base64')}`
}
