import type { SocialPlatform } from '../../vocabulary.js'
import { readLink } from '../amplification/links.js'
import { SOCIAL_PLATFORMS } from './types.js'

// How people write platforms in a draft (`IG, FB`, `Instagram dan Facebook`, `twitter/x`).
const PLATFORM_WORDS: Readonly<Record<string, SocialPlatform>> = {
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  // A format names its platform: `IG Reels`, `reels`, `story`, `YouTube Shorts`.
  reels: 'instagram',
  reel: 'instagram',
  story: 'instagram',
  stories: 'instagram',
  igstory: 'instagram',
  shorts: 'youtube',
  facebook: 'facebook',
  fb: 'facebook',
  x: 'x',
  twitter: 'x',
  tiktok: 'tiktok',
  tt: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
  website: 'website',
  web: 'website',
  situs: 'website',
  portal: 'website',
  laman: 'website',
  lainnya: 'lainnya',
  lain: 'lainnya',
  other: 'lainnya',
}

// Words that only join the list: `IG dan FB`, `IG & FB`.
const JOINERS = new Set(['dan', 'and', '&', '+'])

export type PlatformsResult = { ok: true; platforms: SocialPlatform[] } | { ok: false; unknown: string }

/** `IG, FB`, `instagram facebook`, `X/Twitter`: platforms in display order, each once; an unknown word is named. */
export function parsePlatforms(text: string): PlatformsResult {
  const found = new Set<SocialPlatform>()
  for (const raw of text.split(/[\s,;/|]+/)) {
    const word = raw.toLowerCase().replace(/^[-•*]+|[.:]+$/g, '')
    if (!word || JOINERS.has(word)) continue
    const platform = PLATFORM_WORDS[word.replace(/-/g, '')]
    if (!platform) return { ok: false, unknown: raw }
    found.add(platform)
  }
  return { ok: true, platforms: SOCIAL_PLATFORMS.filter((p) => found.has(p)) }
}

export type HashtagsResult = { ok: true; hashtags: string[] } | { ok: false; invalid: string }

const TAG = /^[\p{L}\p{N}_]+$/u

/**
 * `#SehatBersama #Wonosobo`, `SehatBersama, Wonosobo`: each word becomes `#word`, once (ignoring
 * letter case). A word with characters no platform accepts in a hashtag (`#sehat-bersama`) is named.
 */
export function parseHashtags(text: string): HashtagsResult {
  const tags: string[] = []
  const seen = new Set<string>()
  for (const raw of text.split(/[\s,;]+/)) {
    if (!raw) continue
    const word = raw.replace(/^#+/, '')
    if (!word) continue
    if (!TAG.test(word)) return { ok: false, invalid: raw }
    const key = word.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    tags.push(`#${word}`)
  }
  return { ok: true, hashtags: tags }
}

/**
 * Which links were given, each once, in the normal form /sebar and /lapor use too (amplification/links:
 * `https://` added, `www.` and tracking parameters dropped), so a published draft's link and a repost
 * report of it compare; the first word that is not a link is named.
 */
export function parseLinks(
  words: readonly string[],
): { ok: true; urls: string[] } | { ok: false; invalid: string } {
  const urls: string[] = []
  for (const raw of words) {
    if (!raw.trim()) continue
    const link = readLink(raw)
    if (!link) return { ok: false, invalid: raw }
    if (!urls.includes(link.url)) urls.push(link.url)
  }
  return { ok: true, urls }
}
