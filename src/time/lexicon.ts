/**
 * The words of dates and times as Bakohumas members write them, with English for workspaces in English.
 * Month and weekday keys are lower case without a trailing dot.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  // Pebruari/Nopember: the spellings before the 1972 reform, still common in official letters.
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  // August has three abbreviations in use: Agu (KBBI), Agt and Ags (office habit).
  agu: 8,
  agt: 8,
  ags: 8,
  agst: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
}

export const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0,
  ahad: 0,
  sunday: 0,
  senin: 1,
  monday: 1,
  selasa: 2,
  tuesday: 2,
  rabu: 3,
  wednesday: 3,
  kamis: 4,
  thursday: 4,
  jumat: 5,
  jumaat: 5,
  friday: 5,
  sabtu: 6,
  saturday: 6,
}

/** Short weekdays (`Sen 12/1`), accepted only right before a date, where they cannot be a word of a title. */
export const SHORT_WEEKDAYS: Readonly<Record<string, number>> = {
  min: 0,
  sen: 1,
  sel: 2,
  rab: 3,
  kam: 4,
  jum: 5,
  sab: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
}

export type DayPart = 'pagi' | 'siang' | 'sore' | 'malam'

export const DAY_PARTS: Readonly<Record<string, DayPart>> = {
  pagi: 'pagi',
  siang: 'siang',
  sore: 'sore',
  petang: 'sore',
  malam: 'malam',
}

/** `Jum'at` is written with any apostrophe, or none. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/\.$/, '')
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|')
}

export const MONTH_PATTERN = `(?:${alternation(Object.keys(MONTHS))})\\.?`
export const WEEKDAY_PATTERN = `(?:jum['’\`ʼ]?at|${alternation(Object.keys(WEEKDAYS))})`
export const SHORT_WEEKDAY_PATTERN = `(?:${alternation(Object.keys(SHORT_WEEKDAYS))})\\.?`
export const DAY_PART_PATTERN = `(?:${alternation(Object.keys(DAY_PARTS))})`

/** Range separators: any dash, `s.d.`, `s/d`, `sd`, `sampai (dengan)`, `hingga`, English `to`/`until`. */
export const RANGE_SEPARATOR =
  "(?:[-–—~]|s\\s*[./]\\s*d\\.|(?:s\\s*[./]\\s*d|sd|sampai(?:\\s+dengan)?|hingga|until|to)(?![\\p{L}'’]))"

/** Words meaning "until the event is over": `s.d. selesai`. */
export const UNTIL_DONE_PATTERN = '(?:(?:selesai|usai)(?:\\s+acara)?|tuntas|done|finished)'

export const END_OF_WORD = "(?![\\p{L}\\p{N}'’])"
