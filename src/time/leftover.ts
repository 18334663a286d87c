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

/** A time written out: `jam 9`, `pukul 09.00`, `setengah 9`, `09.00`. */
const TIME_ANYWHERE = new RegExp(
  `${NOT_AFTER_WORD}(?:${HOUR_WORD}\\s*(?:setengah\\s*)?\\d{1,2}(?:[.:]\\d{2})?|setengah\\s*\\d{1,2}|${CLOCK})(?![\\p{L}\\p{N}])`,
  'iu',
)
/** `3 sore`, in lower case only: `Festival 3 Malam` may be a name. */
const HOUR_AND_DAY_PART_ANYWHERE = new RegExp(
  `${NOT_AFTER_WORD}\\d{1,2}\\s*(?:pagi|siang|sore|petang|malam)(?![\\p{L}\\p{N}])`,
  'u',
)

/**
 * What cannot start a title right after a date/time (or after a `/` there): an hour word with a
 * number, a clock, `9an`, a zone, a two-digit year (`'26`), another day (`besok`, `minggu depan`,
 * `tgl 15`).
 */
const TIME_AT_START = new RegExp(
  `^(?:\\/\\s*)?(?:${HOUR_WORD}\\s*(?:setengah\\s*)?\\d{1,2}(?:[.:]\\d{2})?\\S*|${CLOCK}|\\d{1,2}(?:[.:]\\d{2})?an|WITA|WIB|WIT|['’‘]\\d{2}|hari\\s+ini|besok|esok|lusa|nanti|sekarang|kemarin|(?:minggu|pekan)\\s+(?:depan|ini)|(?:tanggal|tgl\\.?)\\s*\\d{1,2})(?![\\p{L}\\p{N}])`,
  'iu',
)
/** Words that start a title only when capitalised: `Pukul Rata`, `Setengah Abad`, `Malam Puncak`. */
const LOWER_CASE_WORD =
  /^(?:(?:pukul|pkl\.?|pk\.?|jam)\s*setengah|setengah|pukul|pkl\.?|pagi|siang|sore|petang|malam)(?![\p{L}\p{N}])/u

/** The time words at the start of `rest` that were not read, or null when `rest` is a title. */
export function unreadTimeWords(rest: string): string | null {
  return TIME_AT_START.exec(rest)?.[0] ?? LOWER_CASE_WORD.exec(rest)?.[0] ?? null
}

/** A time inside the title of an item that was read as all-day: it would be lost. */
export function timeInTitle(rest: string): string | null {
  const found = TIME_ANYWHERE.exec(rest) ?? HOUR_AND_DAY_PART_ANYWHERE.exec(rest)
  return found?.[0].trim() ?? null
}
