import ical, {
  type ICalEventData,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { translatePlain } from '../../text/catalog/index.js'
import { addDays, dayjs, daysBetween, localDateOf, splitLocalDate } from '../../time/calendar.js'
import type { Language } from '../../vocabulary.js'
import { dailyTimes } from '../agenda/days.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { skippedHolidays } from '../agenda/recurrence.js'
import { type AgendaItem, instantsOfDays, type LocalDate } from '../agenda/types.js'
import { type Commemoration, commemorationsBetween, dayNameKey } from '../commemorations/days.js'
import { platformNames, statusName } from '../content/present.js'
import { listContentBetween } from '../content/queries.js'
import type { ContentDraft } from '../content/types.js'
import { exportFileName } from '../export/export-period.js'
import { seriesRepeating } from './ics-series.js'
import { linksOfDrafts } from './links.js'
import { fixedOffsetTimezone } from './vtimezone.js'

/** How far back and ahead the file reaches from today: a year of history, two years of plans. */
const DAYS_BACK = 365
const DAYS_AHEAD = 730

export interface CalendarFile {
  readonly ics: string
  readonly agenda: number
  readonly content: number
  /** Commemoration days (national days, days off, the forum's own): only in the forum's whole calendar. */
  readonly days: number
}

/** `bakohumas-kabupaten-wonosobo.ics`, or `…-polres.ics` for one agency's calendar. */
export function calendarFileName(workspaceName: string, agencyCode?: string): string {
  const base = exportFileName(workspaceName, null, 'ics')
  return agencyCode ? base.replace(/\.ics$/, `-${agencyCode.toLowerCase()}.ics`) : base
}

/** The UID of an item: stable across exports, so importing again updates the event instead of adding one. */
export function itemUid(kind: 'agenda' | 'konten', workspaceId: number, number: number): string {
  return `${kind}-${workspaceId}-${number}@sinergi`
}

// A calendar app keeps the copy with the highest SEQUENCE: counting minutes since 2020 makes every
// later edit win and stays far inside iCalendar's 32-bit integer.
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)
const sequenceOf = (updatedAt: Date) =>
  Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 60_000))

/** A calendar date as the midnight-UTC Date that ical-generator writes as a DATE value. */
function dateValue(date: LocalDate): Date {
  const { year, month, day } = splitLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day))
}

/**
 * An all-day span as one all-day event; daily times as the first day's event repeated each day
 * (RRULE:FREQ=DAILY;COUNT=n), so that a calendar app shows the hours of each day, not one long block;
 * a series as its first occurrence with its rule (timed ones in their stated zone, see ics-series.ts).
 */
function eventTime(
  item: AgendaItem,
  range: { readonly from: LocalDate; readonly to: LocalDate },
): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'repeating' | 'timezone'> {
  const { time } = item
  const holidays = () => skippedHolidays(item, range.from, range.to)
  if (time.allDay) {
    // DTEND of an all-day event is the day after its last day (RFC 5545 §3.6.1).
    return {
      start: dateValue(time.startDate),
      end: dateValue(addDays(time.endDate ?? time.startDate, 1)),
      allDay: true,
      ...(item.recurrence && { repeating: seriesRepeating(item, holidays()) }),
    }
  }
  if (item.recurrence) {
    const zone = item.statedZone
    return {
      start: dayjs(time.startsAt).tz(zone),
      end: time.endsAt && dayjs(time.endsAt).tz(zone),
      allDay: false,
      timezone: zone,
      repeating: seriesRepeating(item, holidays()),
    }
  }
  if (!time.daily) return { start: time.startsAt, end: time.endsAt, allDay: false }
  const zone = item.statedZone
  const { lastDay, firstEnd } = dailyTimes(time, zone)
  const count = daysBetween(localDateOf(time.startsAt, zone), lastDay) + 1
  return {
    start: time.startsAt,
    end: firstEnd ?? null,
    allDay: false,
    repeating: { freq: ICalEventRepeatingFreq.DAILY, count },
  }
}

function agendaEvent(
  item: AgendaItem,
  workspaceId: number,
  lang: Language,
  now: Date,
  range: { readonly from: LocalDate; readonly to: LocalDate },
): ICalEventData {
  const t = (key: Parameters<typeof translatePlain>[1], params?: Parameters<typeof translatePlain>[2]) =>
    translatePlain(lang, key, params)
  const description = [t('calendar.ics_agency', { code: item.agencyCode, name: item.agencyName })]
  if (item.coverage)
    description.push(
      item.coveredBy ? t('calendar.ics_covered', { code: item.coveredBy }) : t('calendar.ics_coverage'),
    )
  if (item.notes) description.push(t('calendar.ics_notes', { notes: item.notes }))
  if (item.status === 'batal') {
    description.push(
      item.cancelReason
        ? t('calendar.ics_cancel_reason', { reason: item.cancelReason })
        : t('calendar.ics_cancelled'),
    )
  }
  description.push(t('calendar.ics_number', { number: item.number }))
  return {
    id: itemUid('agenda', workspaceId, item.number),
    ...eventTime(item, range),
    summary: item.title,
    location: item.location,
    description: description.join('\n'),
    status: item.status === 'batal' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: sequenceOf(item.updatedAt),
    created: item.createdAt,
    lastModified: item.updatedAt,
    stamp: now,
  }
}

function contentEvent(
  draft: ContentDraft,
  links: readonly string[],
  workspaceId: number,
  lang: Language,
  now: Date,
): ICalEventData {
  const t = (key: Parameters<typeof translatePlain>[1], params?: Parameters<typeof translatePlain>[2]) =>
    translatePlain(lang, key, params)
  const description = [t('calendar.ics_agency', { code: draft.agencyCode, name: draft.agencyName })]
  if (draft.platforms.length > 0)
    description.push(t('calendar.ics_platforms', { platforms: platformNames(draft.platforms, lang) }))
  description.push(t('calendar.ics_status', { status: statusName(draft.status, lang) }))
  if (links.length > 0) description.push(t('calendar.ics_links', { links: links.join(' ') }))
  description.push(t('calendar.ics_number', { number: draft.number }))
  return {
    id: itemUid('konten', workspaceId, draft.number),
    start: draft.plannedAt!,
    summary: t('calendar.ics_content_summary', { title: draft.title }),
    description: description.join('\n'),
    status: ICalEventStatus.CONFIRMED,
    sequence: sequenceOf(draft.updatedAt),
    created: draft.createdAt,
    lastModified: draft.updatedAt,
    stamp: now,
  }
}

/** Stable per forum, date and name: a re-import updates the day instead of adding it twice. */
function commemorationUid(day: Commemoration, workspaceId: number): string {
  return `hari-${workspaceId}-${day.date}-${dayNameKey(day.name).replaceAll(' ', '-')}@sinergi`
}

/**
 * A commemoration day as an all-day event that does not mark anyone busy (TRANSP:TRANSPARENT); its
 * description says what kind of day it is, and whether the date is still an estimate.
 */
function commemorationEvent(
  day: Commemoration,
  workspaceId: number,
  lang: Language,
  now: Date,
): ICalEventData {
  const description = [translatePlain(lang, `days.ics.${day.kind}`)]
  if (day.estimate) description.push(translatePlain(lang, 'days.estimate_note'))
  return {
    id: commemorationUid(day, workspaceId),
    start: dateValue(day.date),
    end: dateValue(addDays(day.date, 1)),
    allDay: true,
    summary: day.name,
    description: description.join('\n'),
    transparency: ICalEventTransparency.TRANSPARENT,
    stamp: now,
  }
}

/**
 * The workspace calendar as iCalendar text: agenda items (cancelled ones as STATUS:CANCELLED, all-day
 * ones as all-day events, daily times as a daily-repeating event) and scheduled content that is approved or published — never a draft still
 * under review. Instants are written in UTC (a series in its stated zone, with its VTIMEZONE); X-WR-TIMEZONE names the forum’s zone for apps that show it.
 * With `agency`, only that agency's items (its live feed); UIDs are the same as in the workspace's file.
 * The forum's calendar also carries its commemoration days, as all-day events that block no time.
 */
export async function buildCalendarFile(
  db: Kysely<Database>,
  workspace: { id: number; name: string; timezone: string; language: Language },
  now: Date,
  options: { agency?: { id: number; code: string } } = {},
): Promise<CalendarFile> {
  const zone = workspace.timezone
  const { agency } = options
  const today = localDateOf(now, zone)
  const from = addDays(today, -DAYS_BACK)
  const to = addDays(today, DAYS_AHEAD)
  const agenda = await listAgendaBetween(db, workspace.id, from, to, zone, {
    agencyId: agency?.id,
    series: 'rule',
  })
  const { start, end } = instantsOfDays(from, to, zone)
  const content = (await listContentBetween(db, workspace.id, start, end, { drafts: 'none' })).filter(
    (draft) => draft.plannedAt !== null && (!agency || draft.agencyId === agency.id),
  )
  const calendar = ical({
    name: agency
      ? translatePlain(workspace.language, 'calendar.ics_name_agency', {
          name: workspace.name,
          code: agency.code,
        })
      : translatePlain(workspace.language, 'calendar.ics_name', { name: workspace.name }),
    prodId: { company: 'Sinergi', product: 'Sinergi', language: workspace.language.toUpperCase() },
    x: { 'X-WR-TIMEZONE': zone },
    timezone: { name: null, generator: fixedOffsetTimezone },
  })
  for (const item of agenda) {
    calendar.createEvent(agendaEvent(item, workspace.id, workspace.language, now, { from, to }))
  }
  const links = await linksOfDrafts(
    db,
    content.filter((draft) => draft.status === 'terbit').map((draft) => draft.id),
  )
  for (const draft of content) {
    calendar.createEvent(
      contentEvent(draft, links.get(draft.id) ?? [], workspace.id, workspace.language, now),
    )
  }
  const days = agency ? [] : await commemorationsBetween(db, workspace.id, from, to)
  for (const day of days) calendar.createEvent(commemorationEvent(day, workspace.id, workspace.language, now))
  return { ics: calendar.toString(), agenda: agenda.length, content: content.length, days: days.length }
}
