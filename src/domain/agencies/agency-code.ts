export type { AgencyKind }

/** The kinds of SPEC §1, in the order they are offered. */
export const AGENCY_KINDS: readonly AgencyKind[] = ['opd', 'vertikal', 'bumn', 'bumd', 'lainnya']

const CODE = /^[A-Za-z][A-Za-z0-9-]{1,19}$/

/**
 * An agency code as stored (upper case) when `written` follows SPEC §1 — a letter, then letters,
 * digits or `-`, 2–20 characters — or undefined. `dinkes` and `DinKes` both give `DINKES`.
 */
export function readAgencyCode(written: string): string | undefined {
  const code = written.trim()
  return CODE.test(code) ? code.toUpperCase() : undefined
}

/** `opd`, `OPD`, `(opd)`, `[Vertikal]` → the kind; anything else → undefined. */
export function readAgencyKind(written: string): AgencyKind | undefined {
  const word = written
    .trim()
    .replace(/^[([]|[)\]]$/g, '')
    .toLowerCase()
  return AGENCY_KINDS.find((kind) => kind === word)
}

import type { AgencyKind } from '../../vocabulary.js'
