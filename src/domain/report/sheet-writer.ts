/** Worksheets with a header block, a frozen column header row, column widths and typed cells. */
import type ExcelJS from 'exceljs'
import { localDateOf, minutesOfDay } from '../../time/calendar.js'

/** A date (all-day) or date and time, as a real Excel date showing the wall clock of the workspace zone. */
export interface ExcelWhen {
  readonly excelWhen: Date
  readonly withTime: boolean
}

/** A fraction shown as a percentage (0.5 → 50%). */
export interface ExcelPercent {
  readonly percent: number
}

export type CellValue = string | number | ExcelWhen | ExcelPercent | null

export interface Column {
  readonly header: string
  /** In characters, as Excel measures them. */
  readonly width: number
}

const DATE_FORMAT = 'dd/mm/yyyy'
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm'
const PERCENT_FORMAT = '0%'
const HEADER_FILL = 'FFDCE6F1'

/**
 * Excel dates have no zone: a cell shows the clock time it holds. So an instant is written as the
 * wall clock of `zone` (09.00 WIB is stored as 09.00), which is what a reader in the forum expects.
 */
export function excelDateTime(instant: Date, zone: string): ExcelWhen {
  const midnight = Date.parse(`${localDateOf(instant, zone)}T00:00:00Z`)
  return { excelWhen: new Date(midnight + minutesOfDay(instant, zone) * 60_000), withTime: true }
}

/** A calendar date (`2026-11-12`) as an Excel date without time. */
export function excelDate(date: string): ExcelWhen {
  return { excelWhen: new Date(`${date}T00:00:00Z`), withTime: false }
}

export const percentOf = (fraction: number | null): ExcelPercent | null =>
  fraction === null ? null : { percent: fraction }

function setCell(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null) return
  if (typeof value === 'string' || typeof value === 'number') {
    cell.value = value
  } else if ('excelWhen' in value) {
    cell.value = value.excelWhen
    cell.numFmt = value.withTime ? DATE_TIME_FORMAT : DATE_FORMAT
  } else {
    cell.value = value.percent
    cell.numFmt = PERCENT_FORMAT
  }
}

/** Rows above the column headers: the block naming forum and period, then one empty row. */
export const headerBlockRows = (block: readonly string[]) => block.length + 1

/**
 * Adds a sheet: the header block (first line bold and larger), the column header row frozen under
 * it (and the first `frozenColumns` columns), then the rows. Returns the sheet for finishing touches.
 */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  content: {
    readonly block: readonly string[]
    readonly columns: readonly Column[]
    readonly rows: readonly (readonly CellValue[])[]
    readonly frozenColumns?: number
  },
): ExcelJS.Worksheet {
  const headerRow = headerBlockRows(content.block) + 1
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: content.frozenColumns ?? 0, ySplit: headerRow }],
  })
  content.block.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1)
    cell.value = line
    cell.font = index === 0 ? { bold: true, size: 14 } : { italic: true }
  })
  content.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width
    const cell = sheet.getCell(headerRow, index + 1)
    cell.value = column.header
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    cell.alignment = { wrapText: true, vertical: 'top' }
  })
  for (const [rowIndex, values] of content.rows.entries()) {
    for (const [columnIndex, value] of values.entries())
      setCell(sheet.getCell(headerRow + 1 + rowIndex, columnIndex + 1), value)
  }
  return sheet
}
