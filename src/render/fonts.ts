import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font } from 'satori'

const require = createRequire(import.meta.url)

/** The one family every image is set in; shipped as @fontsource/noto-sans (OFL), so output is identical everywhere. */
export const imageFontFamily = 'Noto Sans'

// Latin covers Indonesian and English; latin-ext adds the accented letters names and places sometimes carry.
// Satori reads woff (not woff2), and falls back across this list glyph by glyph.
const subsets = ['latin', 'latin-ext'] as const
const weights = [400, 700] as const

let loaded: Font[] | undefined

/** Noto Sans regular and bold, read from node_modules once per process; the same array each call, so satori caches its parsing. */
export function imageFonts(): Font[] {
  loaded ??= subsets.flatMap((subset) =>
    weights.map((weight) => ({
      name: imageFontFamily,
      weight,
      style: 'normal' as const,
      data: readFileSync(
        require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
      ),
    })),
  )
  return loaded
}
