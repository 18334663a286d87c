/**
 * Amplification texts shared by /sebar, /lapor, the reminders, the recap at the deadline and the brief.
 * Every message about a request names `#<number>` on its first line: a `/lapor <tautan>` replying to
 * any of them finds the request by it.
 */
import { type Language, type MessageKey, translate } from '../../text/catalog/index.js'
import { type Inline, link, list, paragraph, type RichText } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import type { TemplateParams } from '../../text/template.js'
import { localDateOf } from '../../time/calendar.js'
import { formatDateTime, formatTime } from '../../time/format.js'
import type { LinkPlatform } from '../../vocabulary.js'
import { agencyLate } from './late.js'
import type { AmplificationRequest, RequestProgress, RequestSummary, TargetProgress } from './types.js'

export interface PresentOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
}

/** Agencies whose links a progress reply lists one by one; the rest are named with their counts. */
const DETAILED_AGENCIES = 15
/** Codes listed in one "belum lapor" line before the rest are counted. */
const CODES_SHOWN = 80
const TITLE_CHARS = 80
/** A draft's caption shown in a request with no link yet: enough to recognise it; `/konten 14` has it whole. */
const CAPTION_CHARS = 500

const PLATFORM_ORDER: readonly LinkPlatform[] = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'web']

const line = (lang: Language, key: MessageKey, params?: TemplateParams) =>
  paragraph(...translate(lang, key, params))

/**
 * `21.00 WIB` today, else `Senin, 14 Desember 2026 pukul 21.00 WIB`; written in another zone, that one
 * first and the forum's in brackets (SPEC §2): `15.00 WITA (14.00 WIB)`.
 */
export function formatDeadline(
  request: Pick<AmplificationRequest, 'deadlineAt' | 'deadlineZone'>,
  options: PresentOptions,
): string {
  const deadline = request.deadlineAt
  const stated = request.deadlineZone
  const sameDay = localDateOf(deadline, stated) === localDateOf(options.now, stated)
  const written = sameDay
    ? formatTime(deadline, stated, options.lang)
    : formatDateTime(deadline, stated, options.lang)
  if (stated === options.zone) return written
  return `${written} (${formatTime(deadline, options.zone, options.lang)})`
}

export function platformName(platform: LinkPlatform, lang: Language): string {
  return translate(lang, `amplify.platform.${platform}`).join('')
}

/** `2 tautan (Instagram, Facebook)`: how many links and on which platforms. */
export function linksCounted(
  links: readonly { readonly platform: LinkPlatform }[],
  lang: Language,
): Inline[] {
  const platforms = PLATFORM_ORDER.filter((platform) => links.some((l) => l.platform === platform))
  return translate(lang, links.length === 1 ? 'amplify.link_counted' : 'amplify.links_counted', {
    count: links.length,
    platforms: platforms.map((platform) => platformName(platform, lang)).join(', '),
  })
}

/** Codes in one line, the rest counted: `DINKES, POLRES +12`. */
export function codeList(codes: readonly string[]): string {
  const shown = codes.slice(0, CODES_SHOWN)
  const rest = codes.length - shown.length
  return rest > 0 ? `${shown.join(', ')} +${rest}` : shown.join(', ')
}

/**
 * The message posted in every group when a request opens: what to share, its links and hashtags, the
 * deadline, who is asked and how to report. An approved draft not yet published has no link: its
 * caption (`draftCaption`, shortened) is what to share.
 */
export function requestText(
  request: AmplificationRequest,
  targets: { readonly codes: readonly string[]; readonly all: boolean },
  options: PresentOptions,
  draftCaption?: string,
): RichText {
  const { lang } = options
  const text: RichText = [
    line(lang, 'amplify.request_title', { number: request.number, title: request.title }),
  ]
  if (request.contentNumber !== null)
    text.push(line(lang, 'amplify.request_content', { content: request.contentNumber }))
  if (request.links.length > 0) {
    text.push(line(lang, 'amplify.request_links'), list(request.links.map((url) => [link(url)])))
  } else if (draftCaption?.trim() && request.contentNumber !== null) {
    text.push(
      line(lang, 'amplify.request_caption', { content: request.contentNumber }),
      ...shorten(draftCaption.trim(), CAPTION_CHARS)
        .split('\n')
        .filter((part) => part.trim())
        .map((part) => paragraph(part)),
    )
  }
  if (request.hashtags.length > 0)
    text.push(line(lang, 'amplify.request_hashtags', { hashtags: request.hashtags.join(' ') }))
  if (request.notes) text.push(line(lang, 'amplify.request_notes', { notes: request.notes }))
  text.push(line(lang, 'amplify.request_deadline', { deadline: formatDeadline(request, options) }))
  text.push(
    targets.all
      ? line(lang, 'amplify.request_for_all', { count: targets.codes.length })
      : line(lang, 'amplify.request_for', { codes: codeList(targets.codes) }),
  )
  text.push(line(lang, 'amplify.request_how', { number: request.number }))
  return text
}

/** `#31 Hari Bela Negara — 14/22 instansi, batas 21.00 WIB`. */
export function summaryLine(summary: RequestSummary, options: PresentOptions): Inline[] {
  const line = translate(options.lang, 'amplify.summary_line', {
    number: summary.request.number,
    title: shorten(summary.request.title, TITLE_CHARS),
    reported: summary.reportedCount,
    targets: summary.targetCount,
    deadline: formatDeadline(summary.request, options),
  })
  // In /lapor's list: the sender's agency has reported for it.
  return summary.agencyReported
    ? [...line, ...translate(options.lang, 'amplify.summary_mine_reported')]
    : line
}

const reported = (targets: readonly TargetProgress[]) => targets.filter((target) => target.links.length > 0)
const missing = (targets: readonly TargetProgress[]) => targets.filter((target) => target.links.length === 0)

/** `/sebar <nomor>`: who reported, with their links, and who has not ("belum lapor"). */
export function progressText(progress: RequestProgress, options: PresentOptions): RichText {
  const { request, targets } = progress
  const { lang } = options
  const done = reported(targets)
  const text: RichText = [
    line(lang, 'amplify.request_title', { number: request.number, title: request.title }),
    line(lang, `amplify.status.${request.status}`, { deadline: formatDeadline(request, options) }),
    line(lang, 'amplify.progress', { reported: done.length, targets: targets.length }),
  ]
  if (done.length > 0) {
    const detailed = done.slice(0, DETAILED_AGENCIES)
    text.push(
      list(
        detailed.map((target) => {
          const lateMark = agencyLate(target.links) ? translate(lang, 'amplify.late_mark') : []
          const urls = target.links.flatMap((l, index) => (index === 0 ? [link(l.url)] : [', ', link(l.url)]))
          return [
            `${target.code}${target.links.length > 1 ? ` (${target.links.length})` : ''}`,
            ...lateMark,
            ': ',
            ...urls,
          ]
        }),
      ),
    )
    const others = done.slice(DETAILED_AGENCIES)
    if (others.length > 0) {
      text.push(
        line(lang, 'amplify.progress_more', {
          count: others.length,
          codes: codeList(others.map((t) => t.code)),
        }),
      )
    }
  }
  const notYet = missing(targets)
  if (notYet.length > 0) {
    text.push(
      line(lang, 'amplify.not_reported', {
        count: notYet.length,
        codes: codeList(notYet.map((t) => t.code)),
      }),
    )
  }
  return text
}

/** The recap at the deadline: reported x/y, links per platform, late ones, belum lapor. */
export function recapText(progress: RequestProgress, lang: Language): RichText {
  const { request, targets } = progress
  const done = reported(targets)
  const links = done.flatMap((target) => target.links)
  const perPlatform = PLATFORM_ORDER.map((platform) => ({
    platform,
    count: links.filter((l) => l.platform === platform).length,
  })).filter((entry) => entry.count > 0)
  const text: RichText = [
    line(lang, 'amplify.recap_title', { number: request.number, title: request.title }),
    line(lang, 'amplify.progress', { reported: done.length, targets: targets.length }),
  ]
  if (perPlatform.length > 0) {
    text.push(
      line(lang, 'amplify.recap_links', {
        count: links.length,
        platforms: perPlatform
          .map((entry) => `${platformName(entry.platform, lang)} ${entry.count}`)
          .join(', '),
      }),
    )
  }
  const late = done.filter((target) => agencyLate(target.links))
  if (late.length > 0)
    text.push(
      line(lang, 'amplify.recap_late', { count: late.length, codes: codeList(late.map((t) => t.code)) }),
    )
  const notYet = missing(targets)
  if (notYet.length > 0) {
    text.push(
      line(lang, 'amplify.not_reported', {
        count: notYet.length,
        codes: codeList(notYet.map((t) => t.code)),
      }),
    )
  } else {
    text.push(line(lang, 'amplify.recap_everyone'))
  }
  // Reports after the deadline are still taken while the request is open; a closed one takes none.
  if (request.status === 'terbuka') text.push(line(lang, 'amplify.recap_footer', { number: request.number }))
  return text
}

/** The number a message about a request names on its first line (`Sebar #31 …`), for replies to it. */
export function requestNumberIn(text: string | undefined): number | undefined {
  const first = text?.split('\n').find((candidate) => candidate.trim())
  const match = first ? /#(\d{1,9})\b/.exec(first) : null
  return match ? Number(match[1]) : undefined
}
