import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { translatePlain } from '../../text/catalog/index.js'
import { localDateOf } from '../../time/calendar.js'
import { formatClock } from '../../time/format.js'
import { zoneAbbreviation } from '../../time/zones.js'
import type { Language } from '../../vocabulary.js'
import { dailyTimes } from '../agenda/days.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { type AgendaTime, instantsOfDays, type LocalDate, shownStatus } from '../agenda/types.js'
import { linksOfDrafts } from '../calendar/links.js'
import { platformNames, statusName } from '../content/present.js'
import { listDraftsOfPeriod } from '../content/queries.js'
import { neutralizeFormula, toCsv } from './csv.js'

/** What `/ekspor` hands back: the file's text and how many rows of each kind it holds. */
export interface PeriodExport {
  readonly csv: string
  readonly agenda: number
  readonly content: number
}

interface Row {
  readonly sortKey: string
  readonly number: number
  readonly cells: string[]
}

/** `09.00–11.00`, `09.00`, or the hours of one day for daily times: `08.00–16.00 setiap hari`. */
function hoursOf(
  time: Extract<AgendaTime, { allDay: false }>,
  statedZone: string,
  clock: (instant: Date) => string,
  lang: Language,
): string {
  // Daily times end on their last day: the hours shown are those of one day.
  const end = time.daily ? dailyTimes(time, statedZone).firstEnd : (time.endsAt ?? undefined)
  const hours = end ? `${clock(time.startsAt)}–${clock(end)}` : clock(time.startsAt)
  return time.daily ? translatePlain(lang, 'agenda.daily', { time: hours }) : hours
}

/**
 * Agenda items and content drafts of a period as CSV, one row each, by day and time. Every draft is
 * included whatever its status (the export is the coordinator's); a draft belongs to its planned day,
 * or to the day it was submitted when never scheduled. Times are in the workspace zone.
 */
export async function exportPeriod(
  db: Kysely<Database>,
  workspace: { id: number; timezone: string; language: Language },
  period: { from: LocalDate; to: LocalDate },
  now: Date,
): Promise<PeriodExport> {
  const zone = workspace.timezone
  const lang = workspace.language
  const clock = (instant: Date) => formatClock(instant, zone, lang)
  const text = (value: string | null) => neutralizeFormula(value ?? '')
  const rows: Row[] = []

  const agenda = await listAgendaBetween(db, workspace.id, period.from, period.to, zone)
  for (const item of agenda) {
    const { time } = item
    const date = time.allDay ? time.startDate : localDateOf(time.startsAt, zone)
    const endDate = time.allDay ? (time.endDate ?? '') : time.endsAt ? localDateOf(time.endsAt, zone) : ''
    const hours = time.allDay ? '' : hoursOf(time, item.statedZone, clock, lang)
    rows.push({
      sortKey: `${date} ${time.allDay ? '' : clock(time.startsAt)}`,
      number: item.number,
      cells: [
        String(item.number),
        translatePlain(lang, 'export.kind.agenda'),
        date,
        endDate === date ? '' : endDate,
        hours,
        text(item.title),
        item.agencyCode,
        text(item.agencyName),
        text(item.location),
        translatePlain(lang, `agenda.status.${shownStatus(item, now, zone)}`),
        '',
        '',
      ],
    })
  }

  const { start, end } = instantsOfDays(period.from, period.to, zone)
  const drafts = await listDraftsOfPeriod(db, workspace.id, start, end)
  const links = await linksOfDrafts(
    db,
    drafts.map((d) => d.id),
  )
  for (const draft of drafts) {
    const date = localDateOf(draft.plannedAt ?? draft.createdAt, zone)
    const hours = draft.plannedAt ? clock(draft.plannedAt) : ''
    rows.push({
      sortKey: `${date} ${hours}`,
      number: draft.number,
      cells: [
        String(draft.number),
        translatePlain(lang, 'export.kind.content'),
        date,
        '',
        hours,
        text(draft.title),
        draft.agencyCode,
        text(draft.agencyName),
        '',
        statusName(draft.status, lang),
        platformNames(draft.platforms, lang),
        (links.get(draft.id) ?? []).join(' '),
      ],
    })
  }

  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.number - b.number))
  const header = [
    'export.column.number',
    'export.column.kind',
    'export.column.date',
    'export.column.end_date',
    'export.column.time',
    'export.column.title',
    'export.column.agency',
    'export.column.agency_name',
    'export.column.place',
    'export.column.status',
    'export.column.platforms',
    'export.column.links',
  ] as const
  const headerCells = header.map((key) => translatePlain(lang, key, { zone: zoneAbbreviation(zone) }))
  return {
    csv: toCsv([headerCells, ...rows.map((row) => row.cells)]),
    agenda: agenda.length,
    content: drafts.length,
  }
}

/**
 * A file name from the forum's name: `bakohumas-kabupaten-wonosobo-2026-01.csv` for a month,
 * `…-2026-01-05_2026-01-11.csv` for another period, `bakohumas-kabupaten-wonosobo.ics` without one.
 */
export function exportFileName(
  workspaceName: string,
  period: { from: LocalDate; to: LocalDate; kind: string } | null,
  extension = 'csv',
): string {
  const slug =
    workspaceName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'sinergi'
  if (!period) return `${slug}.${extension}`
  const span =
    period.kind === 'month'
      ? period.from.slice(0, 7)
      : period.from === period.to
        ? period.from
        : `${period.from}_${period.to}`
  return `${slug}-${span}.${extension}`
}
