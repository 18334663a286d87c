import ExcelJS from 'exceljs'

/** An XLSX file read back with the library that wrote it. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  return book
}

/** The values of one row, column 1 to the sheet's last column, empty cells as null. */
export function rowOf(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return Array.from({ length: sheet.columnCount }, (_, index) => sheet.getCell(row, index + 1).value ?? null)
}
