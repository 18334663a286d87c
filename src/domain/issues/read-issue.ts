/**
 * Reads `/isu` as people write it: the text (with any links) on the command's line and the lines after,
 * `Jenis:` and `Tingkat:` on their own line or at the end of the first; `/isu 5 selesai <hasil>` and the
 * `tenggat` of `/isu 5 tugaskan`. Pure: what the words say.
 */
import { UserError } from '../../errors.js'
import { type KeySpec, readKeyForm } from '../../input/key-form.js'
import { closestWithinTwoEdits } from '../../input/similarity.js'
import { LANGUAGES, type Language } from '../../text/catalog/index.js'
import type { IssueCategory, IssueLevel, IssueOutcome, SocialPlatform } from '../../vocabulary.js'
import { LINKS_MAX, readLinkInText } from '../amplification/links.js'
import { parseHashtags, parsePlatforms } from '../content/fields.js'
import { BODY_MAX, TITLE_MAX } from '../content/read-form.js'
import { categoryName, levelName, outcomeName } from './present.js'

export interface WrittenIssue {
  readonly text: string
  readonly links: readonly string[]
  readonly category: IssueCategory
  readonly level: IssueLevel
}

/** The migration checks it too. */
export const ISSUE_TEXT_MAX = 2000
export const OUTCOME_NOTE_MAX = 500

type Field = 'text' | 'links' | 'category' | 'level'

const KEYS: readonly KeySpec<Field>[] = [
  { field: 'text', names: ['Isu', 'Teks', 'Uraian', 'Isi', 'Issue', 'Text'], multiline: true },
  { field: 'links', names: ['Tautan', 'Link', 'Links', 'Url', 'Sumber'], multiline: true },
  { field: 'category', names: ['Jenis', 'Kind', 'Type'] },
  { field: 'level', names: ['Tingkat', 'Level', 'Prioritas'] },
]

/** How people write each kind; the first word of each is shown. */
const CATEGORIES: readonly (readonly [IssueCategory, readonly string[]])[] = [
  ['hoaks', ['hoaks', 'hoax', 'hoaxs', 'hoak']],
  ['disinformasi', ['disinformasi', 'misinformasi', 'disinformation', 'misinformation']],
  ['pemberitaan negatif', ['pemberitaan negatif', 'berita negatif', 'negatif', 'negative news', 'negative']],
  ['keluhan publik', ['keluhan publik', 'keluhan', 'aduan', 'public complaint', 'complaint']],
  ['pertanyaan media', ['pertanyaan media', 'pertanyaan', 'media question', 'question']],
  ['pemberitaan', ['pemberitaan', 'berita', 'news']],
]

const LEVELS: readonly (readonly [IssueLevel, readonly string[]])[] = [
  ['rendah', ['rendah', 'low']],
  ['sedang', ['sedang', 'medium', 'menengah']],
  ['tinggi', ['tinggi', 'high', 'mendesak', 'urgent']],
]

const OUTCOMES: readonly (readonly [IssueOutcome, readonly string[]])[] = [
  ['klarifikasi terbit', ['klarifikasi terbit', 'terbit', 'klarifikasi', 'clarification published']],
  ['tidak perlu tanggapan', ['tidak perlu tanggapan', 'tidak perlu', 'no response needed']],
  ['dilaporkan ke platform', ['dilaporkan ke platform', 'dilaporkan', 'reported to platform']],
  ['lainnya', ['lainnya', 'lain', 'other']],
]

const squash = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

type Table<T extends string> = readonly (readonly [T, readonly string[]])[]

/** The table with every label the bot shows for each value (`negative coverage`), so replies can be written back. */
function withShownLabels<T extends string>(
  table: Table<T>,
  label: (value: T, lang: Language) => string,
): Table<T> {
  return table.map(([value, words]) => [
    value,
    [...new Set([...words, ...LANGUAGES.map((lang) => squash(label(value, lang)))])],
  ])
}

const CATEGORY_WORDS = withShownLabels(CATEGORIES, categoryName)
const LEVEL_WORDS = withShownLabels(LEVELS, levelName)
const OUTCOME_WORDS = withShownLabels(OUTCOMES, outcomeName)

function choose<T extends string>(
  written: string,
  table: Table<T>,
  error: 'issue.category_invalid' | 'issue.level_invalid' | 'issue.outcome_invalid',
): T {
  const wanted = squash(written)
  const found = table.find(([, words]) => words.includes(wanted))
  if (found) return found[0]
  const names = table.map(([value]) => value)
  const suggestion = closestWithinTwoEdits(wanted, names)
  throw new UserError(suggestion ? `${error}_suggest` : error, {
    written: written.trim(),
    suggestion: suggestion ?? '',
    choices: names.join(', '),
  })
}

export const readCategory = (written: string) => choose(written, CATEGORY_WORDS, 'issue.category_invalid')
export const readLevel = (written: string) => choose(written, LEVEL_WORDS, 'issue.level_invalid')

/** `Jenis:`/`Tingkat:`/`Tautan:` written on the command's line start a line of their own. */
const INLINE_KEY = /\s+(?=(?:jenis|tingkat|tautan)\s*:)/giu

/** `/isu <teks atau tautan>` and the lines after it. */
export function readIssue(rest: string, bodyLines: readonly string[]): WrittenIssue {
  const [first = '', ...fromFirst] = rest.split(INLINE_KEY)
  const form = readKeyForm([...fromFirst, ...bodyLines], KEYS)
  const values: Partial<Record<Field, string>> = form.values
  const extras = form.extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value))
  const text = [first.trim(), values.text?.trim(), ...extras].filter(Boolean).join('\n')
  // Punctuation alone (`/isu\n!`) says nothing a coordinator could act on.
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError('issue.text_missing')
  if (text.length > ISSUE_TEXT_MAX) throw new UserError('issue.text_too_long', { max: ISSUE_TEXT_MAX })
  const links: string[] = []
  for (const word of `${text} ${values.links ?? ''}`.split(/\s+/)) {
    const link = readLinkInText(word)
    if (link && !links.includes(link.url)) links.push(link.url)
  }
  if (links.length > LINKS_MAX) throw new UserError('issue.too_many_links', { max: LINKS_MAX })
  return {
    text,
    links,
    category: values.category?.trim() ? readCategory(values.category) : 'pemberitaan',
    level: values.level?.trim() ? readLevel(values.level) : 'sedang',
  }
}

/** Every way of writing an outcome, the longest first: `tidak perlu tanggapan` is tried before `tidak perlu`. */
const OUTCOME_PREFIXES = OUTCOME_WORDS.flatMap(([outcome, words]) =>
  words.map((word) => ({ outcome, word })),
).sort((a, b) => b.word.length - a.word.length)

/** A known outcome's words at the start of what was written, and what follows them. */
function outcomeAtStart(written: string): { outcome: IssueOutcome; rest: string } | undefined {
  const text = written.trim().replace(/\s+/g, ' ')
  const lower = text.toLowerCase()
  for (const { outcome, word } of OUTCOME_PREFIXES) {
    // The words end where a note may start: `klarifikasi terbit https://…`, `dilaporkan: akun diblokir`.
    if (lower.startsWith(word) && /^(?:$|[\s:,;—–-])/u.test(lower.slice(word.length)))
      return { outcome, rest: text.slice(word.length) }
  }
  return undefined
}

/**
 * `klarifikasi terbit`, `tidak perlu tanggapan`, `dilaporkan ke platform`, `lainnya: <catatan>`: the
 * outcome's words first, then its note (a link, a few words; a colon between them may be left out).
 * A colon inside the note (a link's `https:`) is the note's.
 */
export function readOutcome(written: string): { outcome: IssueOutcome; note: string | null } {
  const known = outcomeAtStart(written)
  // Unknown words: the refusal names the closest outcome to what came before any colon.
  const head = written.split(':')[0]!
  if (!known && !head.trim())
    throw new UserError('issue.outcome_missing', { choices: OUTCOMES.map(([value]) => value).join(', ') })
  const outcome = known?.outcome ?? choose(head, OUTCOME_WORDS, 'issue.outcome_invalid')
  const note = (known?.rest ?? '').replace(/^[\s:,;—–-]+/u, '').trim()
  if (outcome === 'lainnya' && !note) throw new UserError('issue.outcome_note_missing')
  if (note.length > OUTCOME_NOTE_MAX) throw new UserError('issue.outcome_too_long', { max: OUTCOME_NOTE_MAX })
  return { outcome, note: note || null }
}

const HOUR = 3600_000
/** Default time to answer by level: a high issue is answered within two hours. */
export const DEFAULT_ANSWER_TIME_MS: Readonly<Record<IssueLevel, number>> = {
  tinggi: 2 * HOUR,
  sedang: 6 * HOUR,
  rendah: 24 * HOUR,
}

/** `3 jam`, `90 menit`, `1,5 jam`: a time to answer, in milliseconds; undefined when not written so. */
export function readAnswerTime(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(jam|j|menit|mnt|m|hours?|h|minutes?|min)(?:\s+lagi)?$/iu.exec(
    text.trim(),
  )
  if (!match) return undefined
  const amount = Number(match[1]!.replace(',', '.'))
  const unit = match[2]!.toLowerCase()
  const minutes = /^(?:jam|j|hours?|h)$/.test(unit) ? amount * 60 : amount
  return minutes > 0 ? Math.round(minutes) * 60_000 : undefined
}

/** What `/isu 5 tanggapan` holds: the clarification to review. */
export interface WrittenClarification {
  readonly title?: string
  readonly body: string
  readonly platforms: readonly SocialPlatform[]
  readonly hashtags: readonly string[]
}

type AnswerField = 'title' | 'body' | 'links' | 'platforms' | 'hashtags'

const ANSWER_KEYS: readonly KeySpec<AnswerField>[] = [
  { field: 'title', names: ['Judul', 'Title'] },
  { field: 'body', names: ['Naskah', 'Narasi', 'Caption', 'Teks', 'Text'], multiline: true },
  { field: 'links', names: ['Tautan', 'Link', 'Links', 'Url'], multiline: true },
  { field: 'platforms', names: ['Platform', 'Platforms', 'Media', 'Kanal'] },
  { field: 'hashtags', names: ['Tagar', 'Hashtag', 'Hashtags'] },
]

/** The key form of a clarification (`Judul`, `Naskah`, `Tautan`, `Platform`, `Tagar`); the links end the text. */
export function readClarification(number: number, lines: readonly string[]): WrittenClarification {
  const form = readKeyForm(lines, ANSWER_KEYS)
  const values: Partial<Record<AnswerField, string>> = form.values
  const loose = form.extras.map((extra) => (extra.key ? `${extra.key}: ${extra.value}` : extra.value))
  const text = [values.body?.trim(), ...loose].filter(Boolean).join('\n')
  if (!text) throw new UserError('issue.answer_body_missing', { number })
  const links = (values.links ?? '').split(/\s+/).filter(Boolean)
  const body = links.length > 0 ? `${text}\n\n${links.join('\n')}` : text
  if (body.length > BODY_MAX) throw new UserError('issue.answer_too_long', { max: BODY_MAX })
  const title = values.title?.trim()
  if (title && title.length > TITLE_MAX)
    throw new UserError('issue.answer_title_too_long', { max: TITLE_MAX })
  let platforms: SocialPlatform[] = []
  if (values.platforms?.trim()) {
    const parsed = parsePlatforms(values.platforms)
    if (!parsed.ok) throw new UserError('content.platform_unknown', { word: parsed.unknown })
    platforms = parsed.platforms
  }
  let hashtags: string[] = []
  if (values.hashtags?.trim()) {
    const parsed = parseHashtags(values.hashtags)
    if (!parsed.ok) throw new UserError('content.hashtag_invalid', { word: parsed.invalid })
    hashtags = parsed.hashtags
  }
  return { ...(title ? { title } : {}), body, platforms, hashtags }
}
