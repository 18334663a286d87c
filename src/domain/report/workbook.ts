/**
 * The `/laporan` workbook: a summary sheet per agency, then the agenda, content and amplification the
 * figures were counted from, and the issues sheet. Every sheet opens with the same header block.
 */
import ExcelJS from 'exceljs'
import { type MessageKey, translatePlain } from '../../text/catalog/index.js'
import { formatDateTime } from '../../time/format.js'
import { zoneAbbreviation } from '../../time/zones.js'
import type { Language } from '../../vocabulary.js'
import { shownStatus } from '../agenda/types.js'
import { formatPeriod } from '../calendar/period.js'
import { platformNames, statusName } from '../content/present.js'
import { categoryName, outcomeName } from '../issues/present.js'
import { publishedOnTime } from '../recap/recap.js'
import { responseMinutes } from './issue-figures.js'
import { type AgencyReport, ON_TIME_TARGET, type Report, type ReportFigures } from './report-data.js'
import {
  addSheet,
  type CellValue,
  type Column,
  excelDate,
  excelDateTime,
  headerBlockRows,
  percentOf,
} from './sheet-writer.js'
import type { ReportDetails } from './workbook-data.js'

export interface WorkbookInput {
  readonly forum: string
  readonly zone: string
  readonly lang: Language
  readonly now: Date
  readonly report: Report
  readonly details: ReportDetails
}

const ATTENTION_FILL = 'FFFFF2CC'

export async function buildWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { lang, zone, report, details } = input
  const t = (key: MessageKey, params?: Record<string, string | number>) => translatePlain(lang, key, params)
  const column = (key: MessageKey, width: number): Column => ({ header: t(key), width })
  const yesNo = (value: boolean) => t(value ? 'export.yes' : 'export.no')
  const when = (instant: Date | null) => (instant ? excelDateTime(instant, zone) : null)
  // Hours to a tenth, a plain number a reader can sum or chart.
  const hours = (minutes: number | null) => (minutes === null ? null : Math.round(minutes / 6) / 10)
  const block = [
    t('report.workbook.title', { forum: input.forum }),
    t('report.workbook.period', {
      period: formatPeriod(report.period, lang),
      previous: formatPeriod(report.previousPeriod, lang),
    }),
    t('report.workbook.made', {
      zone: zoneAbbreviation(zone, input.now),
      iana: zone,
      made: formatDateTime(input.now, zone, lang),
    }),
  ]
  const workbook = new ExcelJS.Workbook()
  workbook.created = input.now

  const noteOf = (row: AgencyReport): string =>
    row.attention.length === 0
      ? t('report.on_track')
      : t('report.attention', {
          reasons: row.attention
            .map((reason) => t(`report.attention.${reason}`, { target: Math.round(ON_TIME_TARGET * 100) }))
            .join('; '),
        })
  const figureCells = (now: ReportFigures, before: ReportFigures): CellValue[] => [
    now.agenda,
    before.agenda,
    now.submitted,
    before.submitted,
    now.approved,
    now.published,
    before.published,
    now.onTime,
    percentOf(now.onTimeRate),
    percentOf(before.onTimeRate),
    now.amplification.requests,
    now.amplification.reported,
    percentOf(now.amplificationRate),
    now.issues.assigned,
    now.issues.answered,
    hours(now.issues.medianResponseMinutes),
  ]
  const summary = addSheet(workbook, t('report.sheet.summary'), {
    block,
    frozenColumns: 1,
    columns: [
      column('report.column.code', 12),
      column('export.column.agency_name', 32),
      column('report.column.agenda', 10),
      column('report.column.agenda_before', 12),
      column('report.column.submitted', 12),
      column('report.column.submitted_before', 12),
      column('report.column.approved', 11),
      column('report.column.published', 10),
      column('report.column.published_before', 12),
      column('report.column.on_time', 12),
      column('report.column.on_time_rate', 12),
      column('report.column.on_time_rate_before', 14),
      column('report.column.requests', 12),
      column('report.column.reported', 12),
      column('report.column.amplification_rate', 14),
      column('report.column.issues_assigned', 12),
      column('report.column.issues_answered', 12),
      column('report.column.issue_response', 16),
      column('report.column.note', 60),
    ],
    rows: [
      ...report.agencies.map((row) => [
        row.code,
        row.archived ? t('report.archived', { name: row.name }) : row.name,
        ...figureCells(row, row.previous),
        noteOf(row),
      ]),
      [t('report.total'), null, ...figureCells(report.totals, report.previousTotals), null],
    ],
  })
  const firstRow = headerBlockRows(block) + 2
  report.agencies.forEach((row, index) => {
    if (row.attention.length === 0) return
    summary.getCell(firstRow + index, summary.columnCount).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: ATTENTION_FILL },
    }
  })
  summary.getRow(firstRow + report.agencies.length).font = { bold: true }

  addSheet(workbook, t('report.sheet.agenda'), {
    block,
    columns: [
      column('export.column.number', 8),
      column('report.column.start', 17),
      column('report.column.end', 17),
      column('export.column.title', 48),
      column('export.column.agency', 12),
      column('export.column.agency_name', 28),
      column('export.column.place', 28),
      column('report.column.coverage', 9),
      column('export.column.status', 12),
    ],
    rows: details.agenda.map((item) => {
      const { time } = item
      return [
        item.number,
        time.allDay ? excelDate(time.startDate) : excelDateTime(time.startsAt, zone),
        time.allDay ? (time.endDate ? excelDate(time.endDate) : null) : when(time.endsAt),
        item.title,
        item.agencyCode,
        item.agencyName,
        item.location,
        yesNo(item.coverage),
        t(`agenda.status.${shownStatus(item, input.now, zone)}`),
      ]
    }),
  })

  addSheet(workbook, t('report.sheet.content'), {
    block,
    columns: [
      column('export.column.number', 8),
      column('report.column.planned', 17),
      column('report.column.submitted_at', 17),
      column('export.column.title', 48),
      column('export.column.agency', 12),
      column('export.column.platforms', 22),
      column('export.column.status', 14),
      column('report.column.published_at', 17),
      column('report.column.on_time_item', 12),
      column('export.column.links', 48),
    ],
    rows: details.drafts.map((draft) => [
      draft.number,
      when(draft.plannedAt),
      excelDateTime(draft.createdAt, zone),
      draft.title,
      draft.agencyCode,
      platformNames(draft.platforms, lang),
      statusName(draft.status, lang),
      draft.status === 'terbit' ? when(draft.publishedAt) : null,
      draft.status === 'terbit' && draft.publishedAt
        ? yesNo(publishedOnTime(draft.plannedAt, draft.publishedAt, zone))
        : null,
      draft.links.join(' ') || null,
    ]),
  })

  addSheet(workbook, t('report.sheet.amplification'), {
    block,
    columns: [
      column('export.amplification.request', 12),
      column('export.amplification.title', 40),
      column('export.amplification.deadline', 17),
      column('export.column.agency', 12),
      column('export.column.platforms', 14),
      column('export.amplification.link', 48),
      column('export.amplification.reported_at', 17),
      column('report.column.outcome', 16),
    ],
    rows: details.amplification.map((row) => [
      row.number,
      row.title,
      excelDateTime(row.deadlineAt, zone),
      row.agencyCode,
      row.platform ? t(`amplify.platform.${row.platform}`) : null,
      row.url,
      when(row.reportedAt),
      t(
        row.late === null
          ? 'report.amplification.unreported'
          : row.late
            ? 'report.amplification.late'
            : 'report.amplification.on_time',
      ),
    ]),
  })

  addSheet(workbook, t('report.sheet.issues'), {
    block,
    columns: [
      column('export.column.number', 8),
      column('report.column.issue_opened', 17),
      column('report.column.issue_text', 48),
      column('report.column.issue_category', 18),
      column('report.column.issue_level', 10),
      column('export.column.agency', 12),
      column('report.column.issue_assigned_at', 17),
      column('report.column.issue_deadline', 17),
      column('report.column.issue_first_answer', 17),
      column('report.column.issue_response_hours', 14),
      column('report.column.issue_outcome', 24),
    ],
    rows:
      details.issues.length === 0
        ? [[null, null, t('report.issues.no_data')]]
        : details.issues.map((issue) => [
            issue.number,
            excelDateTime(issue.openedAt, zone),
            issue.text,
            categoryName(issue.category, lang),
            t(`issue.level.${issue.level}`),
            issue.agency?.code ?? null,
            when(issue.assignedAt),
            when(issue.deadlineAt),
            when(issue.firstAnswerAt),
            hours(responseMinutes(issue)),
            issue.outcome ? outcomeName(issue.outcome, lang) : null,
          ]),
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
