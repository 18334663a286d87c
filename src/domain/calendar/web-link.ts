import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed links to the read-only web calendar (`/kalender web`): the workspace, who the link was made for
 * and when it expires, with an HMAC-SHA256 over the three under the server secret. Nothing is stored:
 * the link carries everything, and changing the secret invalidates every link at once.
 */

/** `guest`: approved and published content only; `coordinator`: drafts under review too. */
export type CalendarViewer = 'guest' | 'coordinator'

export interface CalendarLink {
  readonly workspaceId: number
  readonly viewer: CalendarViewer
  readonly expiresAt: Date
}

export type LinkCheck =
  | { readonly ok: true; readonly link: CalendarLink }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' }

const VIEWER_LETTER: Record<CalendarViewer, string> = { guest: 'g', coordinator: 'c' }
const TOKEN_PATTERN = /^([1-9]\d{0,14})\.([gc])\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/

function signature(secret: string, workspaceId: number, letter: string, expires: number): string {
  return createHmac('sha256', secret)
    .update(`sinergi-calendar-link-v1\n${workspaceId}\n${letter}\n${expires}`)
    .digest('base64url')
}

/** The path token of a link: `12.g.1767225600.<signature>` (workspace, viewer, expiry in Unix seconds). */
export function signCalendarLink(secret: string, link: CalendarLink): string {
  const letter = VIEWER_LETTER[link.viewer]
  const expires = Math.floor(link.expiresAt.getTime() / 1000)
  return `${link.workspaceId}.${letter}.${expires}.${signature(secret, link.workspaceId, letter, expires)}`
}

/**
 * Checks a token in constant time. A token that was not signed with this secret is `invalid` (the page
 * answers 404, as for any unknown address); a genuine one past its expiry is `expired` (410).
 */
export function verifyCalendarLink(secret: string, token: string, now: Date): LinkCheck {
  const match = TOKEN_PATTERN.exec(token)
  if (!match) return { ok: false, reason: 'invalid' }
  const [, id = '', letter = '', expiresText = '', given = ''] = match
  const workspaceId = Number(id)
  const expires = Number(expiresText)
  const expected = Buffer.from(signature(secret, workspaceId, letter, expires))
  const presented = Buffer.from(given)
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented))
    return { ok: false, reason: 'invalid' }
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' }
  const viewer: CalendarViewer = letter === 'c' ? 'coordinator' : 'guest'
  return { ok: true, link: { workspaceId, viewer, expiresAt: new Date(expires * 1000) } }
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
