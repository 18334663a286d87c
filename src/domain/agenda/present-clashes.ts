/** Clashes as neutral rich text: the warning under a confirmation, and the lines of /kalender bentrok. */
import { type Language, translate, translateBlocks } from '../../text/catalog/index.js'
import { type Inline, list, type RichText } from '../../text/rich-text.js'
import type { Clash } from './clashes.js'
import { officialNames } from './officials.js'
import { agendaLine, type PresentOptions } from './present.js'

/** "tempat sama; Bupati hadir di keduanya". */
export function clashReason(clash: Clash, lang: Language): Inline[] {
  const reasons: Inline[][] = []
  if (clash.samePlace) reasons.push(translate(lang, 'clash.reason.place'))
  if (clash.officials.length > 0)
    reasons.push(translate(lang, 'clash.reason.officials', { officials: officialNames(clash.officials) }))
  return reasons.flatMap((reason, index) => (index === 0 ? reason : ['; ', ...reason]))
}

/** The warning a confirmation ends with: each clashing item with its number and why, and what to do. */
export function clashWarning(clashes: readonly Clash[], number: number, options: PresentOptions): RichText {
  if (clashes.length === 0) return []
  const { lang } = options
  return [
    ...translateBlocks(lang, 'clash.warning'),
    list(
      clashes.map((clash) => [
        ...agendaLine(clash.other, { ...options, withDate: true }),
        ' — ',
        ...clashReason(clash, lang),
      ]),
    ),
    ...translateBlocks(lang, 'clash.warning_hint', { number }),
  ]
}
