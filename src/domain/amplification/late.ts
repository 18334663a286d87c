/**
 * The one meaning of "late" for an agency in a request, used by /sebar <nomor>, the recap and /rekap:
 * it reported, and every link it reported came after the deadline. An agency that shared on time and
 * added a link later is on time.
 */
export function agencyLate(links: readonly { readonly late: boolean }[]): boolean {
  return links.length > 0 && links.every((link) => link.late)
}
