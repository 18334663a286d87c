import { UserError } from '../errors.js'
import { closestWithinTwoEdits } from './similarity.js'

/** One field a key form accepts, with every way people write its key. */
export interface KeySpec<F extends string = string> {
  readonly field: F
  /** Key names as written (first is the one shown in suggestions), e.g. ['Tempat', 'Lokasi', 'Ruang', 'Ruangan']. */
  readonly names: readonly string[]
  /** Continuation lines of this key are joined with line breaks (Naskah, Poin, Keterangan) rather than spaces. */
  readonly multiline?: boolean
}

export interface KeyFormResult<F extends string> {
  readonly values: Partial<Record<F, string>>
  /** `Kepada Yth.: …`, `Pakaian: …`: keys we do not know, kept in order to go into the notes. */
  readonly extras: readonly { readonly key: string; readonly value: string }[]
}

export interface KeyTypo {
  readonly written: string
  readonly suggestion: string
}

export type KeyFormError =
  /** Every mistyped key of the form, so one reply names them all. */
  | { readonly kind: 'typo'; readonly typos: readonly KeyTypo[] }
  | { readonly kind: 'duplicate'; readonly key: string }

const normalise = (key: string) =>
  key
    .toLowerCase()
    .replace(/\s*[/,]\s*/g, '/')
    .replace(/[.\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * What WhatsApp and word processors put before a key: bullets (`-`, `•`, `▪️`), numbering (`1.`, `1)`,
 * `a.`), emoji (`📅`, `🕘`), and the bold/italic/strike markers around it (`*Kegiatan*`).
 */
const KEY_DECORATION =
  /^(?:[\s\p{Extended_Pictographic}•▪▫◾◽●○■□►➤‣⁃*_~–—-]|\u{FE0F}|\u{200D}|\d{1,2}[.)](?=\s|\p{L}|\*|_)|[a-z][.)](?=\s))+/u

/** A key as written, without its decoration: `1. *Hari, tanggal* ` → `Hari, tanggal`. */
const cleanKey = (left: string) => left.replace(KEY_DECORATION, '').replace(/[\s*_~]+$/u, '')

/** WhatsApp's `*bold*`, `_italic_` and `~strike~` markers around words, which are not part of a value. */
function withoutMarkers(value: string): string {
  let text = value
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(/(^|[\s(])([*_~])(?=\S)(.+?)(?<=\S)\2(?=$|[\s),.;:!?])/gu, '$1$3')
  }
  return text.replace(/^[*_~]+|[*_~]+$/gu, '').trim()
}

/** Tabs and non-breaking spaces pasted from documents read as plain spaces. */
const plainSpaces = (line: string) => line.replace(/[\t\u00A0\u202F\u2007]/g, ' ')

/**
 * The letter an invitation is pasted in: a salutation before the form, a closing and a signature after
 * it. Such lines never continue a value (`Tempat: Aula` followed by `Demikian undangan ini…`), and
 * after a closing the signature block is left out.
 */
const SALUTATION = /^(?:yth\b|kepada\s+yth|dengan\s+hormat|assalamu|salam\b|bersama\s+ini)/iu
const CLOSING = /^(?:demikian\b|atas\s+perhatian|hormat\s+kami|wassalam|terima\s*kasih|ttd\b)/iu

// A left side this long or with this many words is a sentence with a colon in it, not a key.
const looksLikeKey = (left: string) =>
  left.length <= 30 && left.split(/\s+/).length <= 4 && /^\p{L}/u.test(left)

/**
 * Reads the `Kunci: nilai` form Indonesian invitations use (SPEC §2): each line splits at its first
 * colon when the left side is a known key; a line with no key continues the previous value; blank
 * lines are skipped; a key within two edits of a known one is refused with a suggestion; other keys
 * are kept as extras.
 */
export function parseKeyForm<F extends string>(
  lines: readonly string[],
  specs: readonly KeySpec<F>[],
): { ok: true; result: KeyFormResult<F> } | { ok: false; error: KeyFormError } {
  const byName = new Map<string, KeySpec<F>>()
  for (const spec of specs) for (const name of spec.names) byName.set(normalise(name), spec)
  const allNames = specs.flatMap((s) => s.names)

  const values: Partial<Record<F, string>> = {}
  const extras: { key: string; value: string }[] = []
  let current: { spec: KeySpec<F> } | { extra: number } | undefined

  let inSignature = false
  const typos: KeyTypo[] = []

  for (const raw of lines) {
    const line = plainSpaces(raw).trim()
    const multilineOpen = current !== undefined && 'spec' in current && current.spec.multiline === true
    if (!line) {
      // A blank line ends a value, except the long ones (Naskah, Poin, Keterangan) whose paragraphs it separates.
      if (!multilineOpen) current = undefined
      continue
    }
    const colon = line.indexOf(':')
    const isUrl = colon >= 0 && line.slice(colon, colon + 3) === '://'
    const bare = cleanKey(line)
    const keyed = colon > 0 && !isUrl && looksLikeKey(cleanKey(line.slice(0, colon).trim()))
    if (!keyed && !multilineOpen && (SALUTATION.test(bare) || CLOSING.test(bare))) {
      if (CLOSING.test(bare)) inSignature = true
      current = undefined
      continue
    }
    if (colon > 0 && !isUrl) {
      const left = cleanKey(line.slice(0, colon).trim())
      const value = line.slice(colon + 1).trim()
      const spec = byName.get(normalise(left))
      if (spec) {
        if (values[spec.field] !== undefined) return { ok: false, error: { kind: 'duplicate', key: left } }
        values[spec.field] = spec.multiline ? value : withoutMarkers(value)
        current = { spec }
        continue
      }
      if (looksLikeKey(left)) {
        const suggestion = closestWithinTwoEdits(normalise(left), allNames.map(normalise))
        if (suggestion) {
          typos.push({ written: left, suggestion: allNames.find((n) => normalise(n) === suggestion)! })
          current = undefined
          continue
        }
        if (!multilineOpen) {
          extras.push({ key: left, value: withoutMarkers(value) })
          current = { extra: extras.length - 1 }
          continue
        }
      }
    }
    if (inSignature && !multilineOpen) continue
    if (!current) {
      extras.push({ key: '', value: withoutMarkers(line) })
      current = { extra: extras.length - 1 }
    } else if ('spec' in current) {
      const field = current.spec.field
      const joiner = current.spec.multiline ? '\n' : ' '
      const more = current.spec.multiline ? line : withoutMarkers(line)
      values[field] = values[field] ? `${values[field]}${joiner}${more}` : more
    } else {
      const extra = extras[current.extra]!
      const more = withoutMarkers(line)
      extra.value = extra.value ? `${extra.value} ${more}` : more
    }
  }
  if (typos.length > 0) return { ok: false, error: { kind: 'typo', typos } }
  return { ok: true, result: { values, extras } }
}

/**
 * `parseKeyForm` for readers that refuse a bad form outright: a mistyped or repeated key becomes the
 * UserError the user sees ("`Tempta`? Maksud Anda `Tempat`?"), before anything is saved.
 */
export function readKeyForm<F extends string>(
  lines: readonly string[],
  specs: readonly KeySpec<F>[],
): KeyFormResult<F> {
  const parsed = parseKeyForm(lines, specs)
  if (parsed.ok) return parsed.result
  if (parsed.error.kind === 'typo') {
    const [first, ...more] = parsed.error.typos
    if (more.length === 0) throw new UserError('core.form.typo', { ...first! })
    const list = parsed.error.typos.map((typo) => `${typo.written} → ${typo.suggestion}`).join(', ')
    throw new UserError('core.form.typos', { count: parsed.error.typos.length, list })
  }
  throw new UserError('core.form.duplicate', { key: parsed.error.key })
}
