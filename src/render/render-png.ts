import type { ImageElement } from './element.js'
import { renderSvg } from './render-svg.js'
import { svgToPng } from './svg-to-png.js'

/** An element tree as a PNG `width` pixels wide, laid out at that same width (1 CSS pixel = 1 image pixel). */
export async function renderPng(
  element: ImageElement,
  size: { width: number; height?: number },
): Promise<Buffer> {
  return svgToPng(await renderSvg(element, size), size.width)
}
