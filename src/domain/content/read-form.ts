/**
 * Reading a content draft as people write it (SPEC §2): the `Kunci: nilai` form (`Judul`, `Platform`,
 * `Tayang`, `Instansi`, `Naskah`, `Tagar`, `Pesan kunci`) or the one-line form `besok 09.00 Judul`.
 * Pure: the result depends only on the text, now, the workspace zone and language. Refusals are UserErrors.
 */

import { UserError } from '../../errors.js'
import { readItemNumber } from '../../input/item-number.js'
import { type KeyFormResult, type KeySpec, parseKeyForm, readKeyForm } from '../../input/key-form.js'
import { whenUserError } from '../../input/when-error.js'
import { instantAt, localDateOf, minutesOfDay } from '../../time/calendar.js'
import type { Lang } from '../../time/format.js'
import { parseDateAndTime, parseLeadingWhen, parseWhen, type When } from '../../time/parse-when.js'
import { parseHashtags, parsePlatforms } from './fields.js'
import type { DraftChanges, DraftInput } from './service.js'
import type { ContentDraft, SocialPlatform } from './types.js'

export const TITLE_MAX = 300
/** A press release fits; chat platforms split longer messages when they are sent. */
export const BODY_MAX = 10_000

export type ContentKey =
  | 'title'
  | 'platforms'
  | 'planned'
  | 'day'
  | 'date'
  | 'time'
  | 'agency'
  | 'body'
  | 'hashtags'
  | 'keyMessage'
  | 'notes'

/** The keys of SPEC §2 with the spellings people use; `Tanggal`/`Jam` may split the planned time. */
export const CONTENT_KEYS: readonly KeySpec<ContentKey>[] = [
  { field: 'title', names: ['Judul', 'Judul Konten', 'Title'] },
  { field: 'platforms', names: ['Platform', 'Platforms', 'Media', 'Kanal'] },
  { field: 'planned', names: ['Tayang', 'Jadwal Tayang', 'Waktu Tayang', 'Jadwal', 'Publish'] },
  { field: 'date', names: ['Tanggal', 'Hari/Tanggal', 'Tanggal Tayang', 'Tgl'] },
  { field: 'day', names: ['Hari'] },
  { field: 'time', names: ['Jam', 'Pukul', 'Jam Tayang', 'Waktu'] },
  { field: 'agency', names: ['Instansi', 'Agency'] },
  { field: 'body', names: ['Naskah', 'Narasi', 'Caption', 'Teks', 'Text'], multiline: true },
  { field: 'hashtags', names: ['Tagar', 'Hashtag', 'Hashtags'] },
  { field: 'keyMessage', names: ['Pesan kunci', 'Pesan kunci nomor', 'Key message'] },
  { field: 'notes', names: ['Catatan', 'Keterangan', 'Ket'], multiline: true },
]

export interface ReadContext {
  readonly now: Date
  /** The workspace zone: times are read in it unless WIB/WITA/WIT says otherwise. */
  readonly zone: string
  readonly lang: Lang
}

/** What the confirmation must point out besides the saved fields. */
export interface ReadNotes {
  /** The planned time as parsed (with the zone it was written in), when one was given. */
  readonly when?: When | undefined
  /** Unknown keys and loose lines, kept as the note of the history entry. */
  readonly keptLines: readonly string[]
  /** The note for the history entry: `Catatan:` and the kept lines. */
  readonly note?: string | undefined
}

export interface Submission extends ReadNotes {
  readonly input: DraftInput
}

/** True when the line is itself a known `Kunci: nilai` line (then it belongs to the key form). */
export function isKeyLine(line: string): boolean {
  const parsed = parseKeyForm([line], CONTENT_KEYS)
  return parsed.ok ? Object.keys(parsed.result.values).length > 0 : parsed.error.kind === 'typo'
}

/** `Tagar: -` or an empty value clears an optional field. */
const isCleared = (value: string) => value.trim() === '' || value.trim() === '-'

function readTitle(value: string | undefined): string {
  const title = value?.trim() ?? ''
  if (!title) throw new UserError('content.title_required')
  if (title.length > TITLE_MAX) throw new UserError('content.title_too_long')
  return title
}

function readBody(value: string): string {
  const body = isCleared(value) ? '' : value.trim()
  if (body.length > BODY_MAX)
    throw new UserError('content.body_too_long', { length: body.length, max: BODY_MAX })
  return body
}

function readPlatforms(value: string): SocialPlatform[] {
  if (isCleared(value)) return []
  const parsed = parsePlatforms(value)
  if (!parsed.ok) throw new UserError('content.platform_unknown', { word: parsed.unknown })
  return parsed.platforms
}

function readHashtags(value: string): string[] {
  if (isCleared(value)) return []
  const parsed = parseHashtags(value)
  if (!parsed.ok) throw new UserError('content.hashtag_invalid', { word: parsed.invalid })
  return parsed.hashtags
}

/** `Pesan kunci: 3` or `#3`; `-` clears it (null). */
function readKeyMessage(value: string): number | null {
  if (isCleared(value)) return null
  const number = readItemNumber(value.trim().split(/\s+/)[0])
  if (number === undefined) throw new UserError('content.key_message_ref.invalid')
  return number
}

/** The date part of the planned time: `Hari: Senin` with `Tanggal: 12/1` read together, so the weekday is checked. */
function dateTextOf(values: KeyFormResult<ContentKey>['values']): string | undefined {
  const parts = [values.planned, values.day, values.date].map((part) => part?.trim()).filter(Boolean)
  if (parts.length === 0) return undefined
  return parts.join(values.day && values.date ? ', ' : ' ')
}

function hasWhen(values: KeyFormResult<ContentKey>['values']): boolean {
  return [values.planned, values.day, values.date, values.time].some((value) => value !== undefined)
}

function whenCleared(values: KeyFormResult<ContentKey>['values']): boolean {
  return [values.planned, values.day, values.date, values.time].every(
    (value) => value === undefined || isCleared(value),
  )
}

/** The instant a parsed time names; a bare date needs a time (from the current plan when editing). */
function plannedInstant(when: When, context: ReadContext, current: Date | null, written: string): Date {
  if (when.kind === 'time' && when.lastDay) throw new UserError('content.when.one_day', { part: written })
  if (when.kind === 'time') return when.start
  if (current && !when.endDate) return instantAt(when.date, minutesOfDay(current, context.zone), context.zone)
  throw new UserError('content.when.needs_time', { date: written })
}

/**
 * The planned time from the key form. When editing, a time alone keeps the planned date
 * (`Tayang: 10.00`) and a date alone keeps the planned time (`Tanggal: 13/1`).
 */
function readWhen(
  values: KeyFormResult<ContentKey>['values'],
  context: ReadContext,
  current: Date | null,
): { plannedAt: Date; when: When } {
  const dateText = dateTextOf(values)
  const timeText = values.time?.trim() || undefined
  const parsed =
    timeText === undefined &&
    values.planned !== undefined &&
    values.day === undefined &&
    values.date === undefined
      ? parseWhen(values.planned.trim(), context.now, context.zone)
      : parseDateAndTime(dateText, timeText, context.now, context.zone)
  if (parsed.ok) {
    const written = [dateText, timeText].filter(Boolean).join(' ')
    return { plannedAt: plannedInstant(parsed.when, context, current, written), when: parsed.when }
  }
  if (parsed.error.code === 'missing' && current) {
    // Only a time was written: it applies to the day already planned.
    const retry = parseDateAndTime(
      localDateOf(current, context.zone),
      timeText ?? dateText,
      context.now,
      context.zone,
    )
    if (retry.ok && retry.when.kind === 'time') return { plannedAt: retry.when.start, when: retry.when }
  }
  throw whenUserError('content.when', parsed.error, context.lang)
}

function keptLinesOf(extras: KeyFormResult<ContentKey>['extras']): string[] {
  return extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value))
}

function noteOf(notes: string | undefined, kept: readonly string[]): string | undefined {
  const text = [notes && !isCleared(notes) ? notes.trim() : undefined, ...kept].filter(Boolean).join('\n')
  return text || undefined
}

/**
 * `/konten tambah`: the key form when the first line is empty (or is itself a key line); otherwise
 * the one-line form `[waktu] judul`, whose following lines may add keys — and lines with no key
 * there are the draft's text.
 */
export function readSubmission(
  firstLine: string,
  bodyLines: readonly string[],
  context: ReadContext,
): Submission {
  const keyForm = !firstLine.trim() || isKeyLine(firstLine)
  const lines = keyForm ? [firstLine, ...bodyLines] : bodyLines
  if (keyForm && lines.every((line) => !line.trim())) throw new UserError('content.title_required')
  const { values, extras } = readKeyForm(lines, CONTENT_KEYS)

  let title: string
  let when: When | undefined
  let plannedAt: Date | null = null
  let looseText: string[] = []
  let kept = keptLinesOf(extras)
  if (keyForm) {
    title = readTitle(values.title)
    if (hasWhen(values) && !whenCleared(values)) ({ plannedAt, when } = readWhen(values, context, null))
  } else {
    if (values.title !== undefined) throw new UserError('core.form.duplicate', { key: 'Judul' })
    const line = firstLine.trim()
    const leading = parseLeadingWhen(line, context.now, context.zone)
    const firstWord = line.split(/\s+/)[0]
    const noLeadingTime =
      !leading.ok && leading.error.code === 'not_understood' && leading.error.part === firstWord
    if (!leading.ok && !noLeadingTime) throw whenUserError('content.when', leading.error, context.lang)
    if (leading.ok) {
      if (hasWhen(values)) throw new UserError('core.form.duplicate', { key: 'Tayang' })
      when = leading.when
      plannedAt = plannedInstant(leading.when, context, null, leading.consumed)
      title = readTitle(leading.rest)
    } else {
      title = readTitle(line)
      if (hasWhen(values) && !whenCleared(values)) ({ plannedAt, when } = readWhen(values, context, null))
    }
    // Lines under a one-line submission that carry no key are the caption.
    looseText = extras.filter((extra) => !extra.key).map((extra) => extra.value)
    kept = keptLinesOf(extras.filter((extra) => extra.key))
  }
  if (looseText.length > 0 && values.body !== undefined) kept = [...looseText, ...kept]
  const body = readBody(values.body ?? looseText.join('\n'))
  const agencyCode = values.agency?.trim() || undefined
  const keyMessage = values.keyMessage === undefined ? null : readKeyMessage(values.keyMessage)
  const input: DraftInput = {
    title,
    body,
    platforms: values.platforms === undefined ? [] : readPlatforms(values.platforms),
    plannedAt,
    hashtags: values.hashtags === undefined ? [] : readHashtags(values.hashtags),
    agencyCode,
    keyMessageNumber: keyMessage ?? undefined,
  }
  return { input, when, keptLines: kept, note: noteOf(values.notes, kept) }
}

export interface EditPlan extends ReadNotes {
  /** The changes against the current draft (a time alone keeps its planned date, and so on). */
  build(current: ContentDraft): { changes: DraftChanges; when?: When | undefined }
}

/**
 * `/konten ubah 14 Tayang: besok 10.00`, or one key per line below `/konten ubah 14`. Unknown keys
 * go into the note of the history entry; a line with no key is refused. Empty lines with files
 * attached are fine (the files are the change).
 */
export function readEdit(lines: readonly string[], context: ReadContext): EditPlan {
  const { values, extras } = readKeyForm(lines, CONTENT_KEYS)
  if (extras.some((extra) => !extra.key)) throw new UserError('content.edit_form')
  const kept = keptLinesOf(extras)
  return {
    keptLines: kept,
    note: noteOf(values.notes, kept),
    build(current) {
      const changes: { -readonly [K in keyof DraftChanges]: DraftChanges[K] } = {}
      if (values.title !== undefined) changes.title = readTitle(values.title)
      if (values.body !== undefined) changes.body = readBody(values.body)
      if (values.platforms !== undefined) changes.platforms = readPlatforms(values.platforms)
      if (values.hashtags !== undefined) changes.hashtags = readHashtags(values.hashtags)
      if (values.keyMessage !== undefined) changes.keyMessageNumber = readKeyMessage(values.keyMessage)
      const agencyCode = values.agency?.trim()
      if (agencyCode) changes.agencyCode = agencyCode
      if (!hasWhen(values)) return { changes }
      if (whenCleared(values)) return { changes: { ...changes, plannedAt: null } }
      const { plannedAt, when } = readWhen(values, context, current.plannedAt)
      return { changes: { ...changes, plannedAt }, when }
    },
  }
}
