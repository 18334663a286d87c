import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { pad2 } from '../../time/calendar.js'
import { weekdayName } from '../../time/format.js'
import { normalizeWord, SHORT_WEEKDAYS, WEEKDAYS } from '../../time/lexicon.js'
import { scanTime } from '../../time/scan-time.js'
import { zoneAbbreviation } from '../../time/zones.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { setBriefSchedule } from '../chats/chats.js'

/**
 * A group chat's morning brief: local time `HH:MM`, ISO weekdays (1 = Monday … 7 = Sunday), on/off, and
 * whether Monday's carries the week as a picture.
 */
export interface BriefSchedule {
  readonly at: string
  readonly days: readonly number[]
  readonly enabled: boolean
  readonly image: boolean
}

export function briefScheduleOf(chat: {
  brief_at: string
  brief_days: number[]
  brief_enabled: boolean
  brief_image: boolean
}): BriefSchedule {
  return {
    at: chat.brief_at,
    days: [...chat.brief_days].sort((a, b) => a - b),
    enabled: chat.brief_enabled,
    image: chat.brief_image,
  }
}

/**
 * `07.00`, `7:30`, `jam 6 pagi`, `06.30 WIB`: the brief time in the workspace zone, as `HH:MM`.
 * A time in another zone is refused rather than converted: the brief runs on the forum's clock.
 */
export function readBriefTime(text: string, workspaceZone: string): string {
  const trimmed = text.trim()
  if (!trimmed) throw new UserError('brief.time_missing')
  const scanned = scanTime(trimmed, 0)
  if (
    !scanned ||
    'error' in scanned ||
    trimmed.slice(scanned.end).trim() ||
    scanned.value.end ||
    scanned.value.untilDone
  ) {
    throw new UserError('brief.time_invalid', { text: trimmed })
  }
  const { start, zone } = scanned.value
  if (zone && zone !== workspaceZone && zoneAbbreviation(zone) !== zoneAbbreviation(workspaceZone)) {
    throw new UserError('brief.time_other_zone', { zone: zoneAbbreviation(workspaceZone) })
  }
  return `${pad2(Math.floor(start.minutes / 60))}:${pad2(start.minutes % 60)}`
}

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7]
const NAMED_DAY_SETS: ReadonlyArray<[RegExp, number[]]> = [
  [/^(?:(?:setiap|tiap)(?: hari)?|every ?day|daily|all)$/, ALL_DAYS],
  [/^(?:hari kerja|weekdays?)$/, [1, 2, 3, 4, 5]],
  [/^(?:akhir pekan|akhir minggu|weekends?)$/, [6, 7]],
]
const RANGE_WORDS =
  /\s*(?:[-–—~]|\bs\.?\s*[./]?\s*d\b\.?|\bsampai\b(?:\s+dengan\b)?|\bhingga\b|\bto\b|\buntil\b)\s*/g

function isoWeekday(word: string): number | undefined {
  const normalized = normalizeWord(word)
  const weekday = WEEKDAYS[normalized] ?? SHORT_WEEKDAYS[normalized]
  if (weekday === undefined) return undefined
  return weekday === 0 ? 7 : weekday
}

/**
 * `senin-jumat`, `setiap hari`, `senin,rabu,jumat`, `Senin, Rabu dan Jumat`, `sabtu s.d. minggu`:
 * the ISO weekdays of a brief, sorted. A range may wrap past Sunday (`jumat-senin`).
 */
export function readBriefDays(text: string): number[] {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!normalized) throw new UserError('brief.days_missing')
  for (const [pattern, days] of NAMED_DAY_SETS) if (pattern.test(normalized)) return [...days]
  const tokens = normalized
    .replace(RANGE_WORDS, ' - ')
    .split(/[\s,;/&+]+/)
    .filter((token) => token && token !== 'dan' && token !== 'and' && token !== 'hari')
  const days = new Set<number>()
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    const first = isoWeekday(token)
    if (first === undefined) throw new UserError('brief.days_invalid', { word: token })
    if (tokens[i + 1] !== '-') {
      days.add(first)
      continue
    }
    const lastToken = tokens[i + 2]
    const last = lastToken === undefined ? undefined : isoWeekday(lastToken)
    if (last === undefined) throw new UserError('brief.days_invalid', { word: lastToken ?? '-' })
    for (let day = first; ; day = (day % 7) + 1) {
      days.add(day)
      if (day === last) break
    }
    i += 2
  }
  return [...days].sort((a, b) => a - b)
}

/** ISO weekdays in words: `Senin–Jumat`, `setiap hari`, `Senin, Rabu dan Jumat`, `Sabtu dan Minggu`. */
export function describeBriefDays(days: readonly number[], lang: 'id' | 'en'): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) return lang === 'id' ? 'setiap hari' : 'every day'
  const name = (iso: number) => weekdayName(iso % 7, lang)
  const consecutive = sorted.every((day, index) => index === 0 || day === sorted[index - 1]! + 1)
  if (consecutive && sorted.length >= 3) return `${name(sorted[0]!)}–${name(sorted.at(-1)!)}`
  const names = sorted.map(name)
  if (names.length === 1) return names[0]!
  return `${names.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${names.at(-1)}`
}

/** `07.00 WIB` / `07:00 WIB`: the stored `HH:MM` shown in the workspace's way. */
export function describeBriefTime(at: string, zone: string, lang: 'id' | 'en'): string {
  return `${lang === 'id' ? at.replace(':', '.') : at} ${zoneAbbreviation(zone)}`
}

/** Changes a group chat's brief schedule (time, days, on/off, Monday picture), with an audit row. */
export async function updateBriefSchedule(
  db: Kysely<Database>,
  change: ChangeContext & { readonly chatId: number },
  patch: { at?: string; days?: number[]; enabled?: boolean; image?: boolean },
): Promise<BriefSchedule> {
  return db.transaction().execute(async (trx) => {
    const row = await setBriefSchedule(trx, change.chatId, patch)
    await recordAudit(trx, change, 'chat.brief_schedule_changed', null, { ...patch })
    return briefScheduleOf(row)
  })
}
