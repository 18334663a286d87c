import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const twemojiDir = dirname(require.resolve('@twemoji/svg/package.json'))
const cache = new Map<string, string | undefined>()

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

/** A Twemoji picture of one emoji grapheme as an SVG data URI, or undefined when Twemoji has none; read once and cached. */
export function emojiImage(emoji: string): string | undefined {
  if (cache.has(emoji)) return cache.get(emoji)
  const file = codepointNames(emoji)
    .map((name) => join(twemojiDir, `${name}.svg`))
    .find((path) => existsSync(path))
  const image = file && `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`
  cache.set(emoji, image)
  return image
}
