import { PNG } from 'pngjs'

export interface PngSummary {
  width: number
  height: number
  /** Distinct RGBA colours: a blank or single-colour image has 1. */
  colours: number
  /** Share of pixels that are not pure white, 0..1. */
  ink: number
}

/** Decodes a PNG (throws when the bytes are not one) and summarises what a viewer would see. */
export function readPng(bytes: Buffer | Uint8Array): PngSummary {
  const png = PNG.sync.read(Buffer.from(bytes))
  const colours = new Set<number>()
  let inked = 0
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const rgba = png.data.readUInt32BE(offset)
    colours.add(rgba)
    if (rgba !== 0xffffffff) inked++
  }
  const pixels = png.width * png.height
  return {
    width: png.width,
    height: png.height,
    colours: colours.size,
    ink: pixels === 0 ? 0 : inked / pixels,
  }
}

/**
 * The text runs of an SVG rendered with `glyphs: 'text'`, in document order: satori writes one <text> per word,
 * and words that sit side by side on one baseline are joined back into one run.
 */
export function svgTextRuns(svg: string): string[] {
  const runs: string[] = []
  let previous: { y: string; end: number } | undefined
  for (const match of svg.matchAll(
    /<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
  )) {
    const [x, y, width] = [Number(match[1]), match[2]!, Number(match[3])]
    const word = decodeEntities(match[4]!)
    const continues = previous !== undefined && previous.y === y && Math.abs(previous.end - x) < 0.5
    if (continues) runs[runs.length - 1] += word
    else runs.push(word)
    previous = { y, end: x + width }
  }
  return runs.map((run) => run.trim()).filter((run) => run !== '')
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
}
