import { type Language, translate } from '../../text/catalog/index.js'
import { bold, type Inline } from '../../text/rich-text.js'
import { formatDate } from '../../time/format.js'
import type { Commemoration } from './days.js'

/** `Selasa, 10 November 2026 — *Hari Pahlawan*`, tagged when it is a day off, the forum's own, or an estimate. */
export function commemorationLine(day: Commemoration, lang: Language): Inline[] {
  const line: Inline[] = [`${formatDate(day.date, lang)} — `, bold(day.name)]
  if (day.kind !== 'nasional') line.push(' ', ...translate(lang, `days.kind.${day.kind}`))
  if (day.estimate) line.push(' ', ...translate(lang, 'days.estimate'))
  return line
}
