/**
 * Reading an agenda submission or edit as people write it (SPEC §2): the one-line form
 * `besok 09.00 Rapat @ Aula` or the `Kunci: nilai` form of Indonesian invitations. Pure: the result
 * depends only on the text, now, the workspace zone and language. Refusals are UserErrors.
 */

import { UserError } from '../../errors.js'
import { type KeyFormResult, type KeySpec, parseKeyForm, readKeyForm } from '../../input/key-form.js'
import { whenUserError } from '../../input/when-error.js'
import { shorten } from '../../text/shorten.js'
import {
  addDays,
  daysBetween,
  daysInMonth,
  type LocalDate,
  localDateOf,
  shiftDays,
  splitLocalDate,
  toLocalDate,
} from '../../time/calendar.js'
import { formatDate, type Lang } from '../../time/format.js'
import { parseDateAndTime, parseLeadingWhen, type When } from '../../time/parse-when.js'
import { dailyTimes } from './days.js'
import { firstOccurrence, type NewRecurrence, type ReadWhen } from './first-occurrence.js'
import { readOfficials } from './officials.js'
import {
  type RecurrenceRequest,
  readLeadingRecurrence,
  readRecurrenceValue,
  readTrailingUntil,
  refuseUntilInTitle,
} from './read-recurrence.js'
import {
  type AgendaItem,
  type AgendaPatch,
  type AgendaTime,
  agendaTimeOf,
  type NewAgendaItem,
} from './types.js'

export type AgendaKey =
  | 'title'
  | 'day'
  | 'date'
  | 'time'
  | 'location'
  | 'agency'
  | 'coverage'
  | 'officials'
  | 'archive'
  | 'notes'
  | 'recurrence'

/** The keys of SPEC §2, with the spellings invitations use. `Hari` alone may sit beside `Tanggal`. */
export const AGENDA_KEYS: readonly KeySpec<AgendaKey>[] = [
  { field: 'title', names: ['Kegiatan', 'Acara', 'Judul', 'Nama Kegiatan', 'Nama Acara'] },
  { field: 'date', names: ['Hari/Tanggal', 'Tanggal', 'Hari/Tgl', 'Tgl'] },
  { field: 'day', names: ['Hari'] },
  { field: 'time', names: ['Waktu', 'Jam', 'Pukul', 'Pkl'] },
  { field: 'location', names: ['Tempat', 'Lokasi', 'Ruang', 'Ruangan'] },
  { field: 'agency', names: ['Instansi'] },
  { field: 'coverage', names: ['Liputan'] },
  { field: 'officials', names: ['Pimpinan', 'Dihadiri', 'Dihadiri oleh'] },
  { field: 'archive', names: ['Arsip'] },
  { field: 'notes', names: ['Keterangan', 'Catatan', 'Ket'], multiline: true },
  { field: 'recurrence', names: ['Ulangi', 'Berulang', 'Pengulangan'] },
]

export interface ReadContext {
  readonly now: Date
  /** The workspace zone: times are read in it unless WIB/WITA/WIT says otherwise. */
  readonly zone: string
  readonly lang: Lang
}

/** A submission as understood, and what the confirmation must point out. */
export interface Submission {
  readonly item: NewAgendaItem
  readonly when: When
  /** Unknown keys (`Pakaian`, `Narahubung`) whose lines went into the notes. */
  readonly keptKeys: readonly string[]
  /** `Arsip: ya`: a past activity recorded for recaps (the coordinator's to ask for). */
  readonly archive: boolean
}

/** An edit: the keys it sets, and the patch it makes of the current item. */
export interface EditPlan {
  readonly keptKeys: readonly string[]
  readonly archive: boolean
  /** `Tanggal:`/`Hari:` was given: the item moves to another day. */
  readonly movesDate: boolean
  /** Computes the patch; `when` is set when the date or time changed (for the check-this line). */
  build(current: AgendaItem): { patch: AgendaPatch; when?: When }
}

/** `Tempat: -` or an empty value clears an optional field. */
function clearable(value: string | undefined): string | null {
  const text = value?.trim() ?? ''
  return text === '' || text === '-' ? null : text
}

const YES = new Set(['ya', 'y', 'iya', 'yes', 'perlu', 'butuh', 'ok', 'oke'])
const NO = new Set(['tidak', 'tdk', 'tak', 'no', 'n', 't', 'gak', 'nggak', 'enggak', 'ga', '-'])

/** `Liputan: ya` / `tidak` (and `perlu`, `yes`, `no`, …); the first word decides. */
function readYesNo(value: string | undefined, key: string): boolean | undefined {
  const text = value?.trim() ?? ''
  if (!text) return undefined
  const word = text.toLowerCase().split(/[\s,.;:!]+/)[0] ?? ''
  if (YES.has(word)) return true
  if (NO.has(word)) return false
  throw new UserError('agenda.error.yes_no_invalid', { key, value: text })
}

/** `Pimpinan: Bupati dan Sekda` as official codes; `Pimpinan: -` (or empty) names nobody. */
function readOfficialsValue(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const text = clearable(value)
  return text === null ? [] : readOfficials(text)
}

export const readCoverage = (value: string | undefined) => readYesNo(value, 'Liputan')
const readArchive = (value: string | undefined) => readYesNo(value, 'Arsip') ?? false

/**
 * A new date more than a day in the past is almost always a typo (`12 Januari 2026` meant for next
 * January), so it is refused with the date shown, and next year's date when that one lies ahead.
 * `Arsip: ya` records a past activity on purpose. Yesterday stays allowed: a late entry is common.
 */
function refusePast(when: When, context: ReadContext): void {
  const today = localDateOf(context.now, context.zone)
  const lastDay =
    when.kind === 'date' ? (when.endDate ?? when.date) : localDateOf(when.end ?? when.start, context.zone)
  if (lastDay >= addDays(today, -1)) return
  const firstDay = when.kind === 'date' ? when.date : localDateOf(when.start, when.statedZone)
  const { year, month, day } = splitLocalDate(firstDay)
  // 29 February has no twin next year; the day before it is the nearest reading.
  const nextYear = toLocalDate(year + 1, month, Math.min(day, daysInMonth(year + 1, month)))
  const date = formatDate(firstDay, context.lang)
  if (nextYear >= today) {
    throw new UserError('agenda.error.past_next_year', { date, next: formatDate(nextYear, context.lang) })
  }
  throw new UserError('agenda.error.past', { date })
}

/** Unnamed extra lines are named in the confirmation by their start, quoted. */
const QUOTED_MAX = 25

/** `Hari: Senin` with `Tanggal: 12 Januari 2026` read together, so the weekday is checked. */
function dateTextOf(values: KeyFormResult<AgendaKey>['values']): string | undefined {
  const day = values.day?.trim()
  const date = values.date?.trim()
  if (day && date) return `${day}, ${date}`
  return day || date || undefined
}

function extraLines(extras: KeyFormResult<AgendaKey>['extras']): { lines: string[]; keys: string[] } {
  const quoted = (text: string) => `"${shorten(text, QUOTED_MAX)}"`
  return {
    lines: extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value)),
    keys: extras.map((extra) => extra.key || quoted(extra.value)),
  }
}

function joinNotes(parts: readonly (string | null | undefined)[]): string | null {
  const text = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n')
  return text || null
}

/** True when the first line is itself a `Kunci: nilai` line of a known key (it then opens the key form). */
function isKeyLine(line: string): boolean {
  const parsed = parseKeyForm([line], AGENDA_KEYS)
  return parsed.ok ? Object.keys(parsed.result.values).length > 0 : parsed.error.kind === 'typo'
}

/** The text after the time in the one-line form: the title, then the place after ` @ `. */
function titleAndPlace(rest: string): { title: string; place: string | null } {
  const at = /(?:^|\s)@\s+/.exec(rest)
  if (!at) return { title: rest.trim(), place: null }
  return { title: rest.slice(0, at.index).trim(), place: clearable(rest.slice(at.index + at[0].length)) }
}

/** The key form's date and time (`Hari/Tanggal:`, `Waktu:`). */
function readKeyWhen(
  dateText: string | undefined,
  timeText: string | undefined,
  context: ReadContext,
): ReadWhen {
  const parsed = parseDateAndTime(dateText, timeText, context.now, context.zone)
  if (!parsed.ok) {
    if (parsed.error.code === 'missing' && timeText?.trim()) throw new UserError('agenda.error.date_missing')
    throw whenUserError('agenda.when', parsed.error, context.lang)
  }
  return { when: parsed.when, rest: '' }
}

/** The one-line form's leading date and time, and the text after it. */
function readLineWhen(text: string, context: ReadContext): ReadWhen {
  const parsed = parseLeadingWhen(text, context.now, context.zone)
  if (!parsed.ok) {
    const firstWord = text.split(/\s+/)[0] ?? ''
    if (parsed.error.code === 'not_understood' && parsed.error.part === firstWord) {
      throw new UserError('agenda.error.when_first', { part: firstWord })
    }
    if (parsed.error.code === 'missing') throw new UserError('agenda.error.date_missing')
    throw whenUserError('agenda.when', parsed.error, context.lang)
  }
  return { when: parsed.when, rest: parsed.rest }
}

/**
 * `/agenda tambah …`: the key form when the first line is empty (or itself a key line), else the
 * one-line form, whose following lines may still add keys such as `Liputan:` or `Instansi:`.
 */
export function readSubmission(
  firstLine: string,
  bodyLines: readonly string[],
  context: ReadContext,
): Submission {
  const keyForm = !firstLine.trim() || isKeyLine(firstLine)
  const lines = keyForm ? [firstLine, ...bodyLines] : bodyLines
  if (keyForm && lines.every((line) => !line.trim())) throw new UserError('agenda.error.nothing')
  const { values, extras } = readKeyForm(lines, AGENDA_KEYS)
  const kept = extraLines(extras)

  const today = localDateOf(context.now, context.zone)
  const text = firstLine.trim()
  const leading = keyForm ? undefined : readLeadingRecurrence(text, today)
  let request: RecurrenceRequest | undefined =
    leading?.request ??
    (values.recurrence !== undefined ? readRecurrenceValue(values.recurrence, today) : undefined)
  let read: ReadWhen
  let recurrence: NewRecurrence | undefined
  let title: string
  let location: string | null
  if (keyForm) {
    const dateText = dateTextOf(values)
    const readKeys = (date: string | undefined) => readKeyWhen(date, values.time, context)
    if (request) {
      const written = dateText === undefined ? undefined : readKeys(dateText)
      ;({ recurrence, ...read } = firstOccurrence(request, context, written, readKeys))
    } else read = readKeys(dateText)
    title = values.title?.trim() ?? ''
    if (!title) throw new UserError('agenda.error.title_missing_key')
    location = clearable(values.location)
  } else {
    if ([values.title, values.date, values.day, values.time].some((value) => value !== undefined)) {
      throw new UserError('agenda.error.mixed_forms')
    }
    if (leading && values.recurrence !== undefined)
      throw new UserError('core.form.duplicate', { key: 'Ulangi' })
    if (request) {
      let rest = text.slice(leading?.end ?? 0).trim()
      const trailing = leading && readTrailingUntil(rest, today)
      if (trailing) {
        if (request.until) throw new UserError('agenda.recur.until_twice')
        request = { ...request, until: trailing.until }
        rest = trailing.before
      }
      const readLine = (date: string) => readLineWhen(`${date} ${rest}`, context)
      ;({ recurrence, ...read } = firstOccurrence(request, context, undefined, readLine))
      if (leading) refuseUntilInTitle(read.rest)
    } else read = readLineWhen(text, context)
    const split = titleAndPlace(read.rest)
    title = split.title
    if (!title) throw new UserError('agenda.error.title_missing_line')
    if (split.place && values.location !== undefined)
      throw new UserError('core.form.duplicate', { key: 'Tempat' })
    location = split.place ?? clearable(values.location)
  }
  const { when } = read
  const archive = readArchive(values.archive)
  if (!archive) refusePast(when, context)
  const agencyCode = values.agency?.trim()
  const item: NewAgendaItem = {
    title,
    ...agendaTimeOf(when, context.zone),
    location,
    notes: joinNotes([clearable(values.notes), ...kept.lines]),
    coverage: readCoverage(values.coverage) ?? false,
    officials: readOfficialsValue(values.officials) ?? [],
    ...(agencyCode && { agencyCode }),
    ...(recurrence && { recurrence }),
  }
  return { item, when, keptKeys: kept.keys, archive }
}

/**
 * The item's days as written in the zone its time was stated in: the first, and the last when it
 * spans several (an all-day span, or daily times).
 */
function currentDays(current: AgendaItem): { first: LocalDate; last?: LocalDate } {
  const { time } = current
  if (time.allDay)
    return time.endDate ? { first: time.startDate, last: time.endDate } : { first: time.startDate }
  const first = localDateOf(time.startsAt, current.statedZone)
  return time.daily ? { first, last: dailyTimes(time, current.statedZone).lastDay } : { first }
}

/** The current times moved to the date (or dates) of `moved`, keeping the clock. */
function movedTimes(
  time: Extract<AgendaTime, { allDay: false }>,
  zone: string,
  moved: Extract<When, { kind: 'date' }>,
): When {
  const firstEnd = time.daily ? dailyTimes(time, zone).firstEnd : (time.endsAt ?? undefined)
  const days = daysBetween(localDateOf(time.startsAt, zone), moved.date)
  return {
    kind: 'time',
    start: shiftDays(time.startsAt, days, zone),
    ...(firstEnd && { end: shiftDays(firstEnd, days, zone) }),
    statedZone: zone,
    untilDone: false,
    earlyHourUnqualified: false,
    yearInferred: false,
    ...(moved.endDate && { lastDay: moved.endDate }),
  }
}

/**
 * The new date/time of an edit. A time alone keeps the date (`Waktu: 10.00`) unless it names one
 * (`Waktu: besok 10.00`), a date alone keeps the time (`Tanggal: 13/1` moves a 09.00–12.00 meeting
 * to 13/1, 09.00–12.00; `Tanggal: 13-14/1` makes it 09.00–12.00 on each day); `Waktu: -` makes the
 * item all-day on its dates. An item over several days keeps them when only its time changes.
 */
function editedWhen(
  current: AgendaItem,
  dateText: string | undefined,
  timeText: string | undefined,
  context: ReadContext,
): When {
  const parse = (date: string | undefined, time: string | undefined) => {
    const parsed = parseDateAndTime(date, time, context.now, context.zone)
    if (!parsed.ok) throw whenUserError('agenda.when', parsed.error, context.lang)
    return parsed.when
  }
  const days = currentDays(current)
  if (timeText !== undefined && clearable(timeText) === null) {
    if (dateText !== undefined) return parse(dateText, undefined)
    return { kind: 'date', date: days.first, ...(days.last && { endDate: days.last }) }
  }
  if (dateText !== undefined && timeText !== undefined) return parse(dateText, timeText)
  if (timeText !== undefined) {
    const alone = parseDateAndTime(undefined, timeText, context.now, context.zone)
    if (alone.ok) return alone.when
    if (alone.error.code !== 'missing') throw whenUserError('agenda.when', alone.error, context.lang)
    const when = parse(days.first, timeText)
    return when.kind === 'time' && days.last ? { ...when, lastDay: days.last } : when
  }
  const moved = parse(dateText, undefined)
  if (moved.kind === 'time' || current.time.allDay) return moved
  return movedTimes(current.time, current.statedZone, moved)
}

/**
 * `/agenda ubah 12 Tempat: Aula`, or one key per line below `/agenda ubah 12`. Unknown keys are
 * added to the notes, as in a submission; a line with no key at all is refused.
 */
export function readEdit(number: number, lines: readonly string[], context: ReadContext): EditPlan {
  if (lines.every((line) => !line.trim())) throw new UserError('agenda.error.edit_nothing', { number })
  const { values, extras } = readKeyForm(lines, AGENDA_KEYS)
  const unnamed = extras.find((extra) => !extra.key)
  if (unnamed) throw new UserError('agenda.error.edit_line', { line: unnamed.value, number })
  if (values.recurrence !== undefined) throw new UserError('agenda.recur.edit_rule', { number })
  const kept = extraLines(extras)
  const archive = readArchive(values.archive)
  return {
    keptKeys: kept.keys,
    archive,
    movesDate: dateTextOf(values) !== undefined,
    build(current) {
      const patch: { -readonly [K in keyof AgendaPatch]: AgendaPatch[K] } = {}
      if (values.title !== undefined) patch.title = values.title.trim()
      if (values.location !== undefined) patch.location = clearable(values.location)
      if (values.notes !== undefined || kept.lines.length > 0) {
        const base = values.notes !== undefined ? clearable(values.notes) : current.notes
        patch.notes = joinNotes([base, ...kept.lines])
      }
      const coverage = readCoverage(values.coverage)
      if (coverage !== undefined) patch.coverage = coverage
      const officials = readOfficialsValue(values.officials)
      if (officials !== undefined) patch.officials = officials
      const agencyCode = values.agency?.trim()
      if (agencyCode) patch.agencyCode = agencyCode
      const dateText = dateTextOf(values)
      if (dateText === undefined && values.time === undefined) return { patch }
      const when = editedWhen(current, dateText, values.time, context)
      if (!archive) refusePast(when, context)
      return { patch: { ...patch, ...agendaTimeOf(when, context.zone) }, when }
    },
  }
}
