/**
 * Reads `/sebar` as people write it: the one-line form `/sebar <nomor konten | tautan…> [judul]
 * [sampai <waktu>] [untuk <KODE…|semua>]`, optionally followed by the key form (`Tautan:`, `Judul:`,
 * `Tagar:`, `Catatan:`, `Batas:`, `Instansi:`). Pure: what the words say, with the forum's agency codes
 * and the date grammar given as clues.
 */
import { UserError } from '../../errors.js'
import { readItemNumber } from '../../input/item-number.js'
import { type KeySpec, readKeyForm } from '../../input/key-form.js'
import { parseHashtags } from '../content/fields.js'
import { LINKS_MAX, type RepostLink, readLink, readLinkInText } from './links.js'

export interface WrittenRequest {
  readonly contentNumber?: number
  readonly links: readonly RepostLink[]
  readonly title?: string
  /** Undefined when no `Tagar:` was written (the draft's and its key message's apply). */
  readonly hashtags?: readonly string[]
  readonly notes?: string
  readonly deadline?: string
  readonly agencies: 'all' | readonly string[]
}

type Field = 'links' | 'title' | 'hashtags' | 'notes' | 'deadline' | 'agencies'

const KEYS: readonly KeySpec<Field>[] = [
  { field: 'links', names: ['Tautan', 'Link', 'Url', 'Links'], multiline: true },
  { field: 'title', names: ['Judul', 'Title'] },
  { field: 'hashtags', names: ['Tagar', 'Hashtag', 'Hashtags'] },
  { field: 'notes', names: ['Catatan', 'Keterangan', 'Notes'], multiline: true },
  { field: 'deadline', names: ['Batas', 'Tenggat', 'Sampai', 'Deadline'] },
  { field: 'agencies', names: ['Instansi', 'Untuk', 'Agencies'] },
]

const UNTIL = new Set(['sampai', 'hingga', 'until'])
const FOR = new Set(['untuk', 'for'])
const ALL = new Set(['semua', 'all'])
/** As for agenda notes; the migration checks it too. */
export const REQUEST_NOTES_MAX = 2000

/** What reading the one-line form needs to know besides the words: it tells a title's words from clauses. */
export interface RequestClues {
  /** A word that names agencies after `untuk`: a code of the forum (any case) or one written in capitals. */
  readonly isAgencyWord: (word: string) => boolean
  /** A deadline the date grammar reads (it may still be refused later, as past). */
  readonly isDeadline: (text: string) => boolean
}

/**
 * The last `sampai` and `untuk` start the deadline and the agencies — but only when what follows them
 * reads as such (`untuk DINKES POLRES`, `sampai besok 12.00`): in "Vaksin untuk Anak" or "Run for
 * Health" the words stay in the title. Empty clauses count, so that `sampai` alone is refused.
 */
function clauses(lower: readonly string[], tokens: readonly string[], clues: RequestClues) {
  let untilAt = lower.findLastIndex((token) => UNTIL.has(token))
  let forAt = lower.findLastIndex((token) => FOR.has(token))
  const deadlineWords = () =>
    untilAt >= 0 ? tokens.slice(untilAt + 1, forAt > untilAt ? forAt : undefined) : []
  const codeWords = () => (forAt >= 0 ? tokens.slice(forAt + 1, untilAt > forAt ? untilAt : undefined) : [])
  // Dropping one clause lengthens the other: check again until both stand.
  for (let changed = true; changed; ) {
    changed = false
    const codes = codeWords()
    if (forAt >= 0 && codes.length > 0 && !codes.every((word) => isAgencyClauseWord(word, clues))) {
      forAt = -1
      changed = true
    }
    const deadline = deadlineWords()
    if (untilAt >= 0 && deadline.length > 0 && !clues.isDeadline(deadline.join(' '))) {
      untilAt = -1
      changed = true
    }
  }
  return { untilAt, forAt, deadlineWords: deadlineWords(), codeWords: codeWords() }
}

function isAgencyClauseWord(word: string, clues: RequestClues): boolean {
  return word
    .split(/[,;]+/)
    .filter(Boolean)
    .every((part) => ALL.has(part.toLowerCase()) || clues.isAgencyWord(part))
}

export function readRequest(
  tokens: readonly string[],
  bodyLines: readonly string[],
  clues: RequestClues,
): WrittenRequest {
  const lower = tokens.map((token) => token.toLowerCase())
  const { untilAt, forAt, deadlineWords, codeWords } = clauses(lower, tokens, clues)
  const headEnd = Math.min(...[untilAt, forAt, tokens.length].filter((index) => index >= 0))
  const head = tokens.slice(0, headEnd)

  const form = bodyLines.some((line) => line.trim())
    ? readKeyForm(bodyLines, KEYS)
    : { values: {}, extras: [] }
  const values: Partial<Record<Field, string>> = form.values

  const contentNumber = head.length > 0 ? readItemNumber(head[0]) : undefined
  const links: RepostLink[] = []
  const titleWords: string[] = []
  for (const word of contentNumber === undefined ? head : head.slice(1)) {
    const found = readLinkInText(word)
    if (found) addLink(links, found)
    else titleWords.push(word)
  }
  for (const word of (values.links ?? '').split(/\s+/).filter(Boolean)) {
    const found = readLink(word)
    if (!found) throw new UserError('amplify.link_invalid', { word })
    addLink(links, found)
  }
  if (links.length > LINKS_MAX) throw new UserError('amplify.too_many_links', { max: LINKS_MAX })

  let hashtags: string[] | undefined
  if (values.hashtags?.trim()) {
    const tags = parseHashtags(values.hashtags)
    if (!tags.ok) throw new UserError('content.hashtag_invalid', { word: tags.invalid })
    hashtags = tags.hashtags
  }
  const extras = form.extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value))
  const notes = [values.notes?.trim(), ...extras].filter(Boolean).join('\n')
  if (notes.length > REQUEST_NOTES_MAX)
    throw new UserError('amplify.notes_too_long', { max: REQUEST_NOTES_MAX })
  const title = values.title?.trim() || titleWords.join(' ').trim()
  const deadline = values.deadline?.trim() || deadlineWords.join(' ').trim()
  if (untilAt >= 0 && !deadline) throw new UserError('amplify.deadline_missing')
  const agencies = readAgencies(
    values.agencies ?? codeWords.join(' '),
    forAt >= 0 || values.agencies !== undefined,
  )

  return {
    ...(contentNumber !== undefined ? { contentNumber } : {}),
    links,
    ...(title ? { title } : {}),
    ...(hashtags ? { hashtags } : {}),
    ...(notes ? { notes } : {}),
    ...(deadline ? { deadline } : {}),
    agencies,
  }
}

function addLink(links: RepostLink[], link: RepostLink): void {
  if (!links.some((known) => known.url === link.url)) links.push(link)
}

/** `DINKES POLRES`, `DINKES, POLRES`, `semua`; nothing written means every active agency. */
function readAgencies(text: string, written: boolean): 'all' | string[] {
  const codes = text.split(/[\s,;]+/).filter(Boolean)
  if (codes.length === 0) {
    if (written) throw new UserError('amplify.codes_missing')
    return 'all'
  }
  if (codes.some((code) => ALL.has(code.toLowerCase()))) return 'all'
  return [...new Set(codes.map((code) => code.toUpperCase()))]
}
