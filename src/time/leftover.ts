/**
 * Time words left after the leading date/time of a one-line form. Whatever the scanners could not
 * read there must be refused, naming it, rather than become the start of a title (`besok jam 9an
 * Rapat`, `Kamis, 10 Des '26 pkl 09.00`) or stay inside the title of an all-day item (`besok Rapat
 * jam 9`). Ordinary titles stay titles: `Rapat Koordinasi`, `Jalan Sehat 5K`, `HUT ke-80`,
 * `2 Tahun Pemerintahan`, and a capitalised `Sore Bercerita` after `10.00`.
 */

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}\\-])'
const HOUR_WORD = '(?:pukul|pkl\\.?|pk\\.?|jam)'
const CLOCK = '\\d{1,2}[.:]\\d{2}(?![\\d.:])'

/** A time written out: `jam 9`, `pukul 09.00`, `setengah 9`, `09.00`, `3 sore` (lower case: `5 Pagi` may be a name). */
const TIME_ANYWHERE = new RegExp(
  `${NOT_AFTER_WORD}(?:${HOUR_WORD}\\s*(?:setengah\\s*)?\\d{1,2}(?:[.:]\\d{2})?|setengah\\s*\\d{1,2}|${CLOCK})(?![\\p{L}\\p{N}])|${NOT_AFTER_WORD}\\d{1,2}\\s*(?:pagi|siang|sore|petang|malam)(?![\\p{L}\\p{N}])`,
  'iu',
)

/**
 * What cannot start a title right after a date/time: an hour word, a clock, `setengah`, a zone, a
 * two-digit year (`'26`), another day (`besok`, `minggu depan`, `tgl 15`), or a lower-case part of
 * the day that was not read with the time (`besok 10.00 malam` after `10.00` was refused earlier).
 */
const TIME_AT_START = new RegExp(
  `^(?:${HOUR_WORD}\\s*(?:setengah\\s*)?\\d{1,2}(?:[.:]\\d{2})?\\S*|setengah\\s*\\d{1,2}|${CLOCK}|\\d{1,2}(?:[.:]\\d{2})?an|(?:\\/\\s*)?(?:WITA|WIB|WIT)|['’‘]\\d{2}|hari\\s+ini|besok|esok|lusa|nanti|sekarang|kemarin|(?:minggu|pekan)\\s+(?:depan|ini)|(?:tanggal|tgl\\.?)\\s*\\d{1,2})(?![\\p{L}\\p{N}])`,
  'iu',
)
const LOWER_CASE_DAY_PART = /^(?:pagi|siang|sore|petang|malam)(?![\p{L}\p{N}])/u

/** The time words at the start of `rest` that were not read, or null when `rest` is a title. */
export function unreadTimeWords(rest: string): string | null {
  return TIME_AT_START.exec(rest)?.[0] ?? LOWER_CASE_DAY_PART.exec(rest)?.[0] ?? null
}

/** A time inside the title of an item that was read as all-day: it would be lost. */
export function timeInTitle(rest: string): string | null {
  return TIME_ANYWHERE.exec(rest)?.[0].trim() ?? null
}
