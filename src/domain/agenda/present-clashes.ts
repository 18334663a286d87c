/** Clashes as neutral rich text: the warning under a confirmation, and the lines of /kalender bentrok. */
import { type Language, translate, translateBlocks } from '../../text/catalog/index.js'
import { bold, type Inline, list, type RichText } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import { formatDayMonth } from '../../time/format.js'
import type { Clash } from './clashes.js'
import { officialNames } from './officials.js'
import { agendaLine, agendaWhenText, type PresentOptions } from './present.js'
import { type AgendaItem, dayOf, type LocalDate } from './types.js'

/** Titles are cut in a clash line, which names two items. */
const SIDE_TITLE_MAX = 50

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

/** One item of a clash in a list: `#1 Rapat Stunting (DINKES, 09.00–11.00 WIB)`. */
function clashSide(item: AgendaItem, options: PresentOptions): Inline[] {
  const { time } = agendaWhenText(item, options.zone, options.lang)
  return [`#${item.number} `, bold(shorten(item.title, SIDE_TITLE_MAX)), ` (${item.agencyCode}, ${time})`]
}

/**
 * A clash in /kalender bentrok, under the day they meet (not before `from`, the period's first day):
 * `Kam 8/1: #1 Rapat Stunting (DINKES, 09.00–11.00 WIB) ↔ #2 Apel Siaga (POLRES, 10.00 WIB) — tempat sama`.
 */
export function clashLine(clash: Clash, from: LocalDate, options: PresentOptions): Inline[] {
  const day = [dayOf(clash.item, options.zone), dayOf(clash.other, options.zone), from].sort().at(-1)!
  return [
    `${formatDayMonth(day, options.lang)}: `,
    ...clashSide(clash.item, options),
    ' ↔ ',
    ...clashSide(clash.other, options),
    ' — ',
    ...clashReason(clash, options.lang),
  ]
}
