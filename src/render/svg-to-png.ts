import { Resvg } from '@resvg/resvg-js'

/** Rasterises an SVG to a PNG `width` pixels wide (height follows the aspect ratio); no system fonts are read. */
export function svgToPng(svg: string, width: number): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    background: '#ffffff',
  }).render()
  return image.asPng()
}
