/**
 * Whether two places written by different agencies are the same room: `Aula Setda`, `aula SETDA.` and
 * `Setda, Aula` are; so are `Pendopo Kabupaten` and `Pendopo Kabupaten Wonosobo`. Places are compared
 * as sets of words after letter case, punctuation and common abbreviations (`R.` for Ruang, `Kab.`)
 * are evened out. Words every second venue has (Aula, Pendopo, Ruang Rapat, Gedung, …) are compared
 * like the others, but alone they name no place: `Aula` is not the same as `Aula Dinkes`.
 */

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  r: 'ruang',
  ruangan: 'ruang',
  rr: 'ruang rapat',
  gd: 'gedung',
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  ds: 'desa',
  jl: 'jalan',
  pendapa: 'pendopo',
  lt: 'lantai',
}

/** Words that say what kind of venue, not which one. */
const COMMON = new Set([
  'aula',
  'pendopo',
  'ruang',
  'rapat',
  'gedung',
  'balai',
  'kantor',
  'halaman',
  'lapangan',
  'di',
  'lantai',
])

/** The words of a place, evened out. */
export function placeWords(place: string): Set<string> {
  const words = place
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '))
  return new Set(words.filter((word) => word !== 'di'))
}

const hasAll = (outer: Set<string>, inner: Set<string>) => [...inner].every((word) => outer.has(word))

/**
 * The same place: the same words, or all the words of one within the other when those words name a
 * place (at least one is not a common venue word).
 */
export function samePlace(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const wordsA = placeWords(a)
  const wordsB = placeWords(b)
  if (wordsA.size === 0 || wordsB.size === 0) return false
  const [smaller, larger] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA]
  if (!hasAll(larger, smaller)) return false
  return smaller.size === larger.size || [...smaller].some((word) => !COMMON.has(word))
}
