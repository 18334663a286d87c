/**
 * Reading `/narasi tambah` (SPEC §2): the `Kunci: nilai` form with `Tema`, `Pesan`, `Poin` (one per
 * line, `-` bullets), `Tagar` and `Berlaku` (`1-10 November 2026`, `1/11 - 10/11`,
 * `1 s.d. 10 November 2026`). Pure: depends only on the text, now and the workspace zone.
 */

import { UserError } from '../../errors.js'
import { type KeySpec, readKeyForm } from '../../input/key-form.js'
import { localDateOf } from '../../time/calendar.js'
import { type Lang, weekdayName } from '../../time/format.js'
import { parseDateRange } from '../../time/parse-period.js'
import { parseHashtags } from '../content/fields.js'
import { formatPeriod } from './present.js'
import type { NewKeyMessage } from './types.js'

export type KeyMessageKey = 'theme' | 'message' | 'points' | 'hashtags' | 'valid'

export const KEY_MESSAGE_KEYS: readonly KeySpec<KeyMessageKey>[] = [
  { field: 'theme', names: ['Tema', 'Judul', 'Theme'] },
  {
    field: 'message',
    names: ['Pesan', 'Narasi', 'Pesan kunci', 'Narasi tunggal', 'Message'],
    multiline: true,
  },
  { field: 'points', names: ['Poin', 'Poin-poin', 'Butir', 'Talking points', 'Points'], multiline: true },
  { field: 'hashtags', names: ['Tagar', 'Hashtag', 'Hashtags'] },
  { field: 'valid', names: ['Berlaku', 'Masa berlaku', 'Periode', 'Valid'] },
]

export const THEME_MAX = 200
/** Message and talking points together: a key message is read in a brief, not a press release. */
export const TEXT_MAX = 2000

export interface ReadContext {
  readonly now: Date
  readonly zone: string
  readonly lang: Lang
}

/** Strips the bullet people put before a talking point: `-`, `•`, `*`, `1.`, `2)`. */
function withoutBullet(line: string): string {
  return line.replace(/^\s*(?:[-–—•*·]|\d{1,2}[.)])\s*/, '').trim()
}

/** One talking point per line; blank lines and bare bullets are dropped. */
export function readPoints(text: string | undefined): string[] {
  if (!text) return []
  return text.split('\n').map(withoutBullet).filter(Boolean)
}

function readPeriod(text: string | undefined, context: ReadContext): { from: string; to: string } {
  if (!text?.trim()) throw new UserError('key_message.period_required')
  const parsed = parseDateRange(text.trim(), context.now, context.zone)
  if (!parsed.ok) {
    const { code, part } = parsed.error
    if (code === 'missing') throw new UserError('key_message.period_required')
    if (code === 'weekday_mismatch') {
      throw new UserError('key_message.period.weekday_mismatch', {
        part,
        weekday: weekdayName(parsed.error.expectedWeekday ?? 0, context.lang),
      })
    }
    if (code === 'invalid_date') throw new UserError('key_message.period.invalid_date', { part })
    throw new UserError('key_message.period.not_understood', { part: part || text.trim() })
  }
  if (parsed.to < localDateOf(context.now, context.zone)) {
    throw new UserError('key_message.period_past', {
      period: formatPeriod(parsed.from, parsed.to, context.lang),
    })
  }
  return { from: parsed.from, to: parsed.to }
}

/**
 * The key message a coordinator wrote. Lines with unknown keys (or none) are kept at the end of the
 * message rather than lost; `keptLines` lists them for the confirmation.
 */
export function readKeyMessage(
  firstLine: string,
  bodyLines: readonly string[],
  context: ReadContext,
): { input: NewKeyMessage; keptLines: string[] } {
  const { values, extras } = readKeyForm([firstLine, ...bodyLines], KEY_MESSAGE_KEYS)
  const theme = values.theme?.trim() ?? ''
  if (!theme) throw new UserError('key_message.theme_required')
  if (theme.length > THEME_MAX) throw new UserError('key_message.theme_too_long')
  const keptLines = extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value))
  const message = [values.message?.trim(), ...keptLines].filter(Boolean).join('\n')
  const talkingPoints = readPoints(values.points)
  if (message.length + talkingPoints.join('\n').length > TEXT_MAX)
    throw new UserError('key_message.too_long', { max: TEXT_MAX })
  let hashtags: string[] = []
  if (values.hashtags?.trim()) {
    const tags = parseHashtags(values.hashtags)
    if (!tags.ok) throw new UserError('content.hashtag_invalid', { word: tags.invalid })
    hashtags = tags.hashtags
  }
  const { from, to } = readPeriod(values.valid, context)
  return { input: { theme, message, talkingPoints, hashtags, validFrom: from, validTo: to }, keptLines }
}
