import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font } from 'satori'

const require = createRequire(import.meta.url)

/** The one family every image is set in; shipped as @fontsource/noto-sans (OFL), so output is identical everywhere. */
export const imageFontFamily = 'Noto Sans'

// Latin covers Indonesian and English; latin-ext adds the accented letters names and places sometimes
// carry (Ł, ğ, ő…). Satori reads woff (not woff2).
type Subset = 'latin' | 'latin-ext'
const weights = [400, 700] as const

const loaded = new Map<Subset, Font[]>()

/**
 * Noto Sans regular and bold of one subset, read from node_modules once per process; the same array each
 * call, so satori caches its parsing. Pictures start with Latin and take latin-ext only when a text
 * needs it (each parsed font costs the render thread several MiB).
 */
export function imageFonts(subset: Subset = 'latin'): Font[] {
  let fonts = loaded.get(subset)
  if (!fonts) {
    fonts = weights.map((weight) => ({
      // Satori takes one font per name and weight: under the same name the second subset was never
      // consulted and Ł or ğ came out as empty boxes; under its own it is the fallback for those glyphs.
      name: subset === 'latin' ? imageFontFamily : `${imageFontFamily} Extended`,
      weight,
      style: 'normal' as const,
      data: readFileSync(
        require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
      ),
    }))
    loaded.set(subset, fonts)
  }
  return fonts
}

/** Every shipped font, for renderers that pick glyphs themselves (resvg setting a chart's <text>). */
export function allImageFonts(): Font[] {
  return [...imageFonts('latin'), ...imageFonts('latin-ext')]
}
