import { type Language, translate } from '../../text/catalog/index.js'
import { bold, type Inline } from '../../text/rich-text.js'
import { formatDate, formatDayMonth } from '../../time/format.js'
import type { Commemoration } from './days.js'

/** `*Hari Raya Natal* (libur nasional)`: the name, tagged when it is a day off, the forum's own, or an estimate. */
export function commemorationName(day: Commemoration, lang: Language): Inline[] {
  const name: Inline[] = [bold(day.name)]
  if (day.kind !== 'nasional') name.push(' ', ...translate(lang, `days.kind.${day.kind}`))
  if (day.estimate) name.push(' ', ...translate(lang, 'days.estimate'))
  return name
}

/**
 * `Selasa, 10 November 2026 — *Hari Pahlawan*`, for lists and the brief; `Sel 10/11 — …` when `short`
 * (a list of months, where the full date would take a third of each line).
 */
export function commemorationLine(day: Commemoration, lang: Language, short = false): Inline[] {
  const date = short ? formatDayMonth(day.date, lang) : formatDate(day.date, lang)
  return [`${date} — `, ...commemorationName(day, lang)]
}
