import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { imageFontFamily } from './fonts.js'

const require = createRequire(import.meta.url)

let ready: Promise<void> | undefined

/**
 * resvg as WebAssembly, started once per process. The native @resvg/resvg-js 2.6.2 never frees a rendered
 * pixmap (thx/resvg-js#216: resident memory grew ~7.5 MiB a calendar page, without bound); here every
 * render's memory is handed back with free(), and the module's memory stays at its largest page.
 */
function resvgReady(): Promise<void> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
  return ready
}

export interface PngOptions {
  /** For an SVG with <text> elements (charts): the fonts to set them in, `imageFontBuffers()`. */
  fonts?: readonly Uint8Array[]
  /** Keep what the SVG leaves unpainted see-through (a picture laid over others) instead of white. */
  transparent?: boolean
}

/** Rasterises an SVG to a PNG `width` pixels wide (height follows the aspect ratio); no system fonts are read. */
export async function svgToPng(svg: string, width: number, options: PngOptions = {}): Promise<Buffer> {
  await resvgReady()
  const fonts = options.fonts ?? []
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font:
      fonts.length > 0
        ? { fontBuffers: [...fonts], defaultFontFamily: imageFontFamily }
        : { loadSystemFonts: false, defaultFontFamily: imageFontFamily },
    ...(options.transparent ? {} : { background: '#ffffff' }),
  })
  try {
    const image = resvg.render()
    try {
      return Buffer.from(image.asPng())
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
