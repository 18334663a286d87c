/**
 * Officials an item is attended by (`Pimpinan: Bupati`, `Dihadiri: Wabup dan Sekda`), as fixed codes:
 * two items attended by the same official at overlapping times clash, whatever the spelling.
 */
import { UserError } from '../../errors.js'

interface Official {
  readonly code: string
  /** As shown. */
  readonly name: string
  /** Spellings as written in invitations, lower case, words separated by single spaces. */
  readonly spellings: readonly string[]
}

export const OFFICIALS: readonly Official[] = [
  { code: 'bupati', name: 'Bupati', spellings: ['bupati'] },
  { code: 'wakil-bupati', name: 'Wakil Bupati', spellings: ['wakil bupati', 'wabup'] },
  { code: 'wali-kota', name: 'Wali Kota', spellings: ['wali kota', 'walikota', 'walkot'] },
  {
    code: 'wakil-wali-kota',
    name: 'Wakil Wali Kota',
    spellings: ['wakil wali kota', 'wakil walikota', 'wawali', 'wawalkot'],
  },
  { code: 'gubernur', name: 'Gubernur', spellings: ['gubernur'] },
  { code: 'wakil-gubernur', name: 'Wakil Gubernur', spellings: ['wakil gubernur', 'wagub'] },
  {
    code: 'sekda',
    name: 'Sekda',
    spellings: ['sekda', 'sekretaris daerah', 'sekdakab', 'sekdakot', 'sekdaprov'],
  },
  { code: 'ketua-dprd', name: 'Ketua DPRD', spellings: ['ketua dprd'] },
  { code: 'kapolres', name: 'Kapolres', spellings: ['kapolres', 'kapolresta'] },
  { code: 'dandim', name: 'Dandim', spellings: ['dandim', 'komandan kodim'] },
  { code: 'kajari', name: 'Kajari', spellings: ['kajari', 'kepala kejaksaan negeri'] },
]

/** Every spelling with its official, longest first: `wakil bupati` is read before `bupati`. */
const SPELLINGS = OFFICIALS.flatMap((official) =>
  official.spellings.map((spelling) => ({ words: spelling.split(' '), official })),
).sort((a, b) => b.words.length - a.words.length)

const wordsOf = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/**
 * The officials a `Pimpinan:` value names, in the order written, each once. Other words (`Pj.`, `dan`,
 * `Bapak`, the region's name) are passed over; a value naming no official at all is refused.
 */
export function readOfficials(value: string): string[] {
  const words = wordsOf(value)
  const found: string[] = []
  for (let at = 0; at < words.length; at += 1) {
    const match = SPELLINGS.find(({ words: spelling }) =>
      spelling.every((word, offset) => words[at + offset] === word),
    )
    if (!match) continue
    if (!found.includes(match.official.code)) found.push(match.official.code)
    at += match.words.length - 1
  }
  if (found.length === 0) throw new UserError('clash.error.officials_unknown', { value: value.trim() })
  return found
}

/** `Bupati, Sekda`: the names of officials stored as codes. */
export function officialNames(codes: readonly string[]): string {
  return codes.map((code) => OFFICIALS.find((official) => official.code === code)?.name ?? code).join(', ')
}
