/** CSS for one box, in the subset satori understands (flexbox, no grid); numbers are pixels. */
export type ImageStyle = Record<string, string | number>

/** One node of an image: plain data in the shape satori reads (a React element without React). */
export interface ImageElement {
  type: 'div' | 'span' | 'img'
  props: {
    style?: ImageStyle
    children?: ImageChild | ImageChild[]
    src?: string
    width?: number
    height?: number
  }
}

export type ImageChild = ImageElement | string

/** A flex box (satori lays out every div as flex) holding text or other boxes. */
export function box(style: ImageStyle, ...children: ImageChild[]): ImageElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } }
}

/** One line of text that ends in an ellipsis when it does not fit its box. */
export function line(text: string, style: ImageStyle = {}): ImageElement {
  return paragraph(text, 1, style)
}

/**
 * Text that wraps and is cut with an ellipsis after `maxLines` lines. Clamped without `overflow: hidden`:
 * satori draws every box under a hidden overflow through a mask, and resvg paints each mask as a layer of
 * its own, which made a calendar page three times slower to rasterise.
 */
export function paragraph(text: string, maxLines: number, style: ImageStyle = {}): ImageElement {
  return {
    type: 'div',
    props: {
      style: { display: 'block', lineClamp: maxLines, ...style },
      children: text,
    },
  }
}
