/**
 * CSV as RFC 4180 writes it, tuned for the spreadsheet our users open it in: Excel with an Indonesian
 * locale, where the list separator is `;` (the decimal separator being `,`), and which reads a file as
 * UTF-8 only when it starts with a byte-order mark.
 */

export interface CsvOptions {
  /** Field separator; `;` by default (see above). */
  readonly separator?: string
  /** Start with U+FEFF so Excel reads UTF-8; true by default. */
  readonly bom?: boolean
}

/**
 * One field: quoted when it holds the separator, a double quote, CR or LF (or starts/ends with a space,
 * which some readers would trim), with every double quote doubled.
 */
export function csvField(value: string, separator = ';'): string {
  const needsQuotes =
    value.includes(separator) || /["\r\n]/.test(value) || (value.length > 0 && value.trim() !== value)
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * Free text typed by forum members, made safe to open in a spreadsheet: a cell starting with `=`,
 * `+`, `-`, `@`, tab or CR would be run as a formula ("CSV injection"), so it gets a leading `'`,
 * the spreadsheet's own mark for "this is text".
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Rows to CSV text: CRLF after every record, the last one included. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';'
  const body = rows
    .map((row) => `${row.map((field) => csvField(field, separator)).join(separator)}\r\n`)
    .join('')
  return (options.bom ?? true) ? `\uFEFF${body}` : body
}
