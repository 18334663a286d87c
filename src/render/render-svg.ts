import satori from 'satori'
import type { ImageElement } from './element.js'
import { emojiImage } from './emoji.js'
import { imageFontFamily, imageFonts } from './fonts.js'

export interface SvgOptions {
  width: number
  /** Omitted: as tall as the content. */
  height?: number
  /**
   * `paths` (default) draws every glyph as a path, so no renderer needs the font; `text` keeps the words as
   * <text> elements, for reading what an image says (tests, accessibility) rather than for display.
   */
  glyphs?: 'paths' | 'text'
}

/** Lays an element tree out with satori in the shipped font, emoji as Twemoji pictures, and returns the SVG. */
export function renderSvg(element: ImageElement, options: SvgOptions): Promise<string> {
  const root: ImageElement = {
    type: 'div',
    props: {
      style: { display: 'flex', fontFamily: imageFontFamily, width: '100%' },
      children: element,
    },
  }
  // satori's types ask for a React node; the plain {type, props} objects are what it reads.
  return satori(root as unknown as Parameters<typeof satori>[0], {
    width: options.width,
    ...(options.height === undefined ? {} : { height: options.height }),
    fonts: imageFonts(),
    embedFont: options.glyphs !== 'text',
    // Called for glyphs the Latin fonts lack: emoji get their Twemoji picture; anything else gets the
    // latin-ext fonts, and what those lack too (other scripts) is left out rather than fetched.
    loadAdditionalAsset: async (languageCode, segment) =>
      languageCode === 'emoji' ? ((await emojiImage(segment)) ?? []) : imageFonts('latin-ext'),
  })
}
