import { Resvg } from '@resvg/resvg-js'
import { imageFontFamily } from './fonts.js'

/**
 * Rasterises an SVG to a PNG `width` pixels wide (height follows the aspect ratio); no system fonts are
 * read. An SVG with <text> elements (charts) names its font files: `imageFontFiles()`, the shipped font.
 */
export function svgToPng(svg: string, width: number, fontFiles: readonly string[] = []): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: imageFontFamily },
    background: '#ffffff',
  }).render()
  return image.asPng()
}
