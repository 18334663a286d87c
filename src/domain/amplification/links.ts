/**
 * Repost links as people paste them (`instagram.com/p/abc?igsh=…`, `https://youtu.be/x?si=…`): read into
 * one normal form, so the same post reported twice counts once, and classified by platform. Pure; Node's
 * `URL` does the parsing.
 */
import type { LinkPlatform } from '../../vocabulary.js'

export interface RepostLink {
  /**
   * The normal form: always `https://`, host in lower case without `www.` (and without `m.`/`mobile.` on
   * the platforms below), share-tracking parameters dropped, the rest of the query sorted.
   */
  readonly url: string
  readonly platform: LinkPlatform
}

/** A request or a report names a handful of posts; more is a paste gone wrong (the migration checks requests'). */
export const LINKS_MAX = 10

/** Query parameters that only say who shared a link or from where: two copies of one post differ only in them. */
const TRACKING = [/^utm_/i, /^igsh$/i, /^igshid$/i, /^si$/i, /^fbclid$/i]
/** The same, on one platform only: elsewhere they may mean something (`t` is YouTube's start time). */
const PLATFORM_TRACKING: Partial<Record<LinkPlatform, readonly RegExp[]>> = {
  x: [/^s$/, /^t$/],
  tiktok: [/^_t$/, /^_r$/],
  facebook: [/^mibextid$/i],
  youtube: [/^feature$/],
}
/** The mobile site of a platform shows the same post. */
const MOBILE_HOST = /^(?:m|mobile)\./i

/** Hosts by platform; a subdomain (`m.facebook.com`, `vt.tiktok.com`) counts as its parent. */
const PLATFORM_HOSTS: readonly (readonly [LinkPlatform, readonly string[]])[] = [
  ['instagram', ['instagram.com', 'instagr.am']],
  ['facebook', ['facebook.com', 'fb.watch', 'fb.com']],
  ['x', ['x.com', 'twitter.com']],
  ['tiktok', ['tiktok.com']],
  ['youtube', ['youtube.com', 'youtu.be']],
]

// Punctuation a sentence puts after a pasted link: "sudah: instagram.com/p/abc," or "(youtu.be/x)".
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"»]+$/u
const LEADING_PUNCTUATION = /^[(<[{'"«]+/u

/** The platform a link's host belongs to; `web` for everything else. */
export function platformOf(host: string): LinkPlatform {
  const name = host.toLowerCase().replace(/^www\./, '')
  for (const [platform, hosts] of PLATFORM_HOSTS) {
    if (hosts.some((known) => name === known || name.endsWith(`.${known}`))) return platform
  }
  return 'web'
}

/** A pasted token as a link, or undefined when it is not one (a word, an e-mail address, a bare number). */
export function readLink(token: string): RepostLink | undefined {
  const written = token.trim().replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '')
  // An `@` before the path is an e-mail address (or credentials); TikTok paths hold `@user`.
  if (!written || /\s/.test(written) || /^[^/]*@/.test(written.replace(/^[a-z]+:\/\//i, ''))) return undefined
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? written : `https://${written}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  // A host needs a dot and a top-level domain of letters: `sudah` or `12.30` are not links.
  if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(url.hostname)) return undefined
  // `www.` names the same site: the same post written with and without it counts once.
  url.hostname = url.hostname.replace(/^www\./i, '')
  const platform = platformOf(url.hostname)
  if (platform !== 'web') url.hostname = url.hostname.replace(MOBILE_HOST, '')
  url.protocol = 'https:'
  const tracking = [...TRACKING, ...(PLATFORM_TRACKING[platform] ?? [])]
  // Rebuilt from the kept parameters, sorted: one way of writing the query whatever was dropped.
  const kept = [...url.searchParams].filter(([name]) => !tracking.some((pattern) => pattern.test(name)))
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  url.search = new URLSearchParams(kept).toString()
  url.hash = ''
  // `…/p/abc/` and `…/p/abc` are the same post.
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '')
  const normal = url.toString().replace(/\?$/, '')
  return { url: normal, platform }
}

/**
 * A word of running text (a `/sebar` title) as a link: only when written as an address — with a scheme,
 * a path, or a known platform's host (`youtu.be`) — so "Kab.Wonosobo" stays a word.
 */
export function readLinkInText(token: string): RepostLink | undefined {
  const link = readLink(token)
  if (!link) return undefined
  const written = token.trim().replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '')
  const addressed =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(written) || written.includes('/') || link.platform !== 'web'
  return addressed ? link : undefined
}

export interface ReadLinks {
  /** Each link once, in the order first written. */
  readonly links: readonly RepostLink[]
  /** Tokens written as an address that cannot be read as a link (`instagram,com/p/x`), as written. */
  readonly notLinks: readonly string[]
}

/**
 * Whether a token that is not a link was meant as one: it holds a `/` or a dot between letters. Labels
 * and words (`IG:`, `sudah,`, `pak.`) and times (`12.30`) are not.
 */
function looksLikeAddress(token: string): boolean {
  const written = token.trim().replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '')
  return written.includes('/') || /\p{L}\.\p{L}/u.test(written)
}

/**
 * Reads the links among pasted words (`IG: instagram.com/p/x FB: fb.watch/y`, `sudah pak …`): words and
 * labels are skipped; repeated links (after normalising) are kept once.
 */
export function readLinks(tokens: readonly string[]): ReadLinks {
  const links: RepostLink[] = []
  const notLinks: string[] = []
  for (const token of tokens) {
    if (!token.trim()) continue
    const link = readLink(token)
    if (!link) {
      if (looksLikeAddress(token)) notLinks.push(token)
    } else if (!links.some((known) => known.url === link.url)) links.push(link)
  }
  return { links, notLinks }
}
