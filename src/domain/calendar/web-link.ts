import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed links to the read-only web calendar (`/kalender web`): the workspace, its link generation, who
 * the link was made for and when it expires, with an HMAC-SHA256 over them under the server secret.
 * Nothing is stored per link: `/kalender web baru` moves the workspace's generation on, which ends every
 * older link of that workspace, and changing the secret ends every link at once.
 */

/** `guest`: approved and published content only; `coordinator`: drafts under review too. */
export type CalendarViewer = 'guest' | 'coordinator'

export interface CalendarLink {
  readonly workspaceId: number
  /** The workspace's link generation when the link was made; links from before generations carry 0. */
  readonly generation: number
  readonly viewer: CalendarViewer
  /**
   * Whom a coordinator link was made for: the page shows drafts only while that person is still a
   * coordinator. Null on guest links and on coordinator links from before this was signed.
   */
  readonly personId: number | null
  readonly expiresAt: Date
}

export type LinkCheck =
  | { readonly ok: true; readonly link: CalendarLink }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' }

/** `12.3.g.1767225600.<sig>` or `12.3.c45.1767225600.<sig>` (workspace, generation, viewer, expiry). */
const TOKEN_PATTERN = /^([1-9]\d{0,14})\.(\d{1,9})\.(g|c[1-9]\d{0,14})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/
/** Links made before generations: `12.g.1767225600.<sig>`; still honoured, as generation 0. */
const FIRST_TOKEN_PATTERN = /^([1-9]\d{0,14})\.([gc])\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/

function signature(secret: string, version: 'v1' | 'v2', fields: readonly (string | number)[]): string {
  return createHmac('sha256', secret)
    .update([`sinergi-calendar-link-${version}`, ...fields].join('\n'))
    .digest('base64url')
}

function viewerPart(link: CalendarLink): string {
  if (link.viewer === 'guest') return 'g'
  if (link.personId === null) throw new Error('a coordinator link names its coordinator')
  return `c${link.personId}`
}

/** The path token of a link (see TOKEN_PATTERN). */
export function signCalendarLink(secret: string, link: CalendarLink): string {
  const fields = [
    link.workspaceId,
    link.generation,
    viewerPart(link),
    Math.floor(link.expiresAt.getTime() / 1000),
  ] as const
  return `${fields.join('.')}.${signature(secret, 'v2', fields)}`
}

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readToken(secret: string, token: string): CalendarLink | undefined {
  const match = TOKEN_PATTERN.exec(token)
  if (match) {
    const [, id = '', generation = '', viewer = '', expires = '', given = ''] = match
    if (!sameSignature(signature(secret, 'v2', [id, generation, viewer, expires]), given)) return undefined
    return {
      workspaceId: Number(id),
      generation: Number(generation),
      viewer: viewer === 'g' ? 'guest' : 'coordinator',
      personId: viewer === 'g' ? null : Number(viewer.slice(1)),
      expiresAt: new Date(Number(expires) * 1000),
    }
  }
  const first = FIRST_TOKEN_PATTERN.exec(token)
  if (!first) return undefined
  const [, id = '', letter = '', expires = '', given = ''] = first
  if (!sameSignature(signature(secret, 'v1', [id, letter, expires]), given)) return undefined
  return {
    workspaceId: Number(id),
    generation: 0,
    viewer: letter === 'c' ? 'coordinator' : 'guest',
    personId: null,
    expiresAt: new Date(Number(expires) * 1000),
  }
}

/**
 * Checks a token's signature in constant time. A token that was not signed with this secret is
 * `invalid` (the page answers 404, as for any unknown address); a genuine one past its expiry is
 * `expired` (410). Whether its generation and coordinator still hold is the page's check
 * (`linkStanding`), since that needs the database.
 */
export function verifyCalendarLink(secret: string, token: string, now: Date): LinkCheck {
  const link = readToken(secret, token)
  if (!link) return { ok: false, reason: 'invalid' }
  if (link.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, link }
}

/** Where a link points under the public base URL. */
export function calendarLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/kalender/${token}`
}

/** How a command learns the secret and link settings (given by the composition root). */
export interface CalendarLinkSettings {
  /** Signs calendar links and derives feed addresses. */
  readonly secret: string
  /** How long a `/kalender web` link stays valid. */
  readonly linkDays: number
  /** PUBLIC_URL was set: feed addresses are reachable by calendar apps, so the bot gives them out. */
  readonly publicUrlSet: boolean
}
