/** Reads `12` or `#12` as an item number. */
export function readItemNumber(token: string | undefined): number | undefined {
  const match = token?.match(/^#?(\d{1,9})$/)
  return match ? Number(match[1]) : undefined
}
