/** Clashes as neutral rich text: the warning under a confirmation, and the lines of /kalender bentrok. */
import { type Language, translate, translateBlocks } from '../../text/catalog/index.js'
import { bold, type Inline, list, type RichText } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import { formatDayMonth } from '../../time/format.js'
import type { Clash } from './clashes.js'
import { officialNames } from './officials.js'
import { agendaLine, agendaWhenText, type PresentOptions } from './present.js'
import type { AgendaItem, LocalDate } from './types.js'

/** Titles are cut in a clash line, which names two items. */
const SIDE_TITLE_MAX = 50
/** A clash line names at most this many further days the two meet on; the rest are counted. */
const ALSO_DAYS_MAX = 6

/** "tempat sama; Bupati hadir di keduanya". */
export function clashReason(clash: Clash, lang: Language): Inline[] {
  const reasons: Inline[][] = []
  if (clash.samePlace) reasons.push(translate(lang, 'clash.reason.place'))
  if (clash.officials.length > 0)
    reasons.push(translate(lang, 'clash.reason.officials', { officials: officialNames(clash.officials) }))
  return reasons.flatMap((reason, index) => (index === 0 ? reason : ['; ', ...reason]))
}

/** `; juga Sen 14/12, Sen 21/12`: the further days a series meets the other item on, after `shown`. */
function alsoDays(clash: Clash, shown: LocalDate, lang: Language): Inline[] {
  const later = clash.days.filter((day) => day > shown)
  if (later.length === 0) return []
  const days = later
    .slice(0, ALSO_DAYS_MAX)
    .map((day) => formatDayMonth(day, lang))
    .join(', ')
  const more = later.length - ALSO_DAYS_MAX
  return ['; ', ...translate(lang, more > 0 ? 'clash.also_more' : 'clash.also', { days, count: more })]
}

/**
 * The warning a confirmation ends with: each clashing item with its number, date and why, and what to
 * do. For a series, `checkedUntil` is the last day its dates were checked to, which the heading says.
 */
export function clashWarning(
  clashes: readonly Clash[],
  number: number,
  options: PresentOptions,
  checkedUntil?: LocalDate,
): RichText {
  if (clashes.length === 0) return []
  const { lang } = options
  return [
    ...(checkedUntil
      ? translateBlocks(lang, 'clash.warning_series', { until: formatDayMonth(checkedUntil, lang) })
      : translateBlocks(lang, 'clash.warning')),
    list(
      clashes.map((clash) => [
        ...agendaLine(clash.other, { ...options, withDate: true }),
        ' — ',
        ...clashReason(clash, lang),
        ...alsoDays(clash, clash.days[0]!, lang),
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
 * `Kam 8/1: #1 Rapat Stunting (DINKES, 09.00–11.00 WIB) ↔ #2 Apel Siaga (POLRES, 10.00 WIB) — tempat sama`,
 * and the further days when a series meets the other item again (`; juga Kam 15/1`).
 */
export function clashLine(clash: Clash, from: LocalDate, options: PresentOptions): Inline[] {
  const day = clash.days[0]! > from ? clash.days[0]! : from
  return [
    `${formatDayMonth(day, options.lang)}: `,
    ...clashSide(clash.item, options),
    ' ↔ ',
    ...clashSide(clash.other, options),
    ' — ',
    ...clashReason(clash, options.lang),
    ...alsoDays(clash, day, options.lang),
  ]
}
