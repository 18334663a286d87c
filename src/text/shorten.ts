/**
 * Cutting text for display. Lengths count UTF-16 units, as Telegram's limits do, but a cut never falls
 * inside a grapheme: half an emoji is a lone surrogate, and Telegram refuses the whole message for it.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** At most this much of what someone wrote is repeated back in an error or a notice. */
export const ECHO_MAX = 100

/** `text` itself when it fits in `max`, else its longest whole-grapheme start and "…", `max` long at most. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  let end = 0
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max - 1) break
    end = index + segment.length
  }
  return `${text.slice(0, end).trimEnd()}…`
}

/** What someone wrote, short enough to repeat back: one long message must not become several replies. */
export function echo(text: string): string {
  return shorten(text, ECHO_MAX)
}
