import { type Language, type MessageKey, translate } from '../../text/catalog/index.js'
import { bold, type Inline, list, paragraph, type RichText } from '../../text/rich-text.js'
import type { TemplateParams } from '../../text/template.js'
import { type LocalDate, splitLocalDate } from '../../time/calendar.js'
import { formatDate, monthName } from '../../time/format.js'
import type { KeyMessage } from './types.js'

/**
 * A validity period, short: `12 November 2026`, `1–10 November 2026`, `28 Oktober – 3 November 2026`,
 * `28 Desember 2026 – 3 Januari 2027`.
 */
export function formatPeriod(from: LocalDate, to: LocalDate, lang: Language): string {
  const a = splitLocalDate(from)
  const b = splitLocalDate(to)
  const full = (d: { day: number; month: number; year: number }) =>
    `${d.day} ${monthName(d.month, lang)} ${d.year}`
  if (from === to) return full(a)
  if (a.year === b.year && a.month === b.month) return `${a.day}–${full(b)}`
  if (a.year === b.year) return `${a.day} ${monthName(a.month, lang)} – ${full(b)}`
  return `${full(a)} – ${full(b)}`
}

/** One line for lists and the brief: `#5 Hari Kesehatan Nasional — 1–12 November 2026 · #HKN2026`. */
export function keyMessageLine(keyMessage: KeyMessage, lang: Language): Inline[] {
  const parts = [formatPeriod(keyMessage.validFrom, keyMessage.validTo, lang)]
  if (keyMessage.hashtags.length > 0) parts.push(keyMessage.hashtags.join(' '))
  return [`#${keyMessage.number} `, bold(keyMessage.theme), ` — ${parts.join(' · ')}`]
}

/**
 * A key message in full: theme, validity, message, talking points, hashtags — what every agency
 * should push. `today` (workspace calendar) adds a note when it is not in force.
 */
export function keyMessageBlocks(keyMessage: KeyMessage, lang: Language, today?: LocalDate): RichText {
  const line = (key: MessageKey, params?: TemplateParams) => paragraph(...translate(lang, key, params))
  const blocks: RichText = [
    line('key_message.title', { number: keyMessage.number, theme: keyMessage.theme }),
    line('key_message.valid', { period: formatPeriod(keyMessage.validFrom, keyMessage.validTo, lang) }),
  ]
  if (keyMessage.archivedAt) blocks.push(line('key_message.archived_note'))
  else if (today && keyMessage.validTo < today) blocks.push(line('key_message.expired_note'))
  else if (today && keyMessage.validFrom > today) {
    blocks.push(line('key_message.not_yet_note', { date: formatDate(keyMessage.validFrom, lang) }))
  }
  if (keyMessage.message) {
    blocks.push(line('key_message.message'))
    for (const text of keyMessage.message.split('\n')) blocks.push(paragraph(text))
  }
  if (keyMessage.talkingPoints.length > 0) {
    blocks.push(line('key_message.points'))
    blocks.push(list(keyMessage.talkingPoints.map((point) => [point])))
  }
  if (keyMessage.hashtags.length > 0)
    blocks.push(line('key_message.hashtags', { hashtags: keyMessage.hashtags.join(' ') }))
  return blocks
}
