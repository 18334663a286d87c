/** Issue texts shared by /isu, the reminders and the brief. */
import { type Language, translate, translatePlain } from '../../text/catalog/index.js'
import { durationText } from '../../text/duration-text.js'
import { type Inline, list, paragraph, type RichText } from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import { localDateOf } from '../../time/calendar.js'
import { formatDateTime, formatTime } from '../../time/format.js'
import type { IssueCategory, IssueLevel, IssueOutcome } from '../../vocabulary.js'
import { formatDeadline, type PresentOptions } from '../amplification/present.js'
import type { Issue, IssueEvent } from './types.js'

export type { PresentOptions }

const LIST_TEXT_CHARS = 60

const slug = (value: string) => value.replace(/ /g, '_')

export const categoryName = (category: IssueCategory, lang: Language) =>
  translatePlain(lang, `issue.category.${slug(category)}` as `issue.category.${'hoaks'}`)
export const levelName = (level: IssueLevel, lang: Language) => translatePlain(lang, `issue.level.${level}`)
export const outcomeName = (outcome: IssueOutcome, lang: Language) =>
  translatePlain(lang, `issue.outcome.${slug(outcome)}` as `issue.outcome.${'lainnya'}`)

const minutesBetween = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000))

/** `21.00 WIB` today, else with its date. */
export function issueDeadline(deadlineAt: Date, options: PresentOptions): string {
  return formatDeadline({ deadlineAt, deadlineZone: options.zone }, options)
}

/** Minutes left to the deadline, or overdue (negative), counted from now. */
export function minutesLeft(issue: Issue, now: Date): number | undefined {
  if (!issue.deadlineAt) return undefined
  return Math.round((issue.deadlineAt.getTime() - now.getTime()) / 60_000)
}

/** Who owns the issue and how its time stands: `DINKES, sisa 90 menit`, `belum ditugaskan`. */
function ownerText(issue: Issue, options: PresentOptions): Inline[] {
  const { lang } = options
  if (!issue.agency) return translate(lang, 'issue.owner_none')
  // As for the reminders: a clarification sent back, rejected or withdrawn leaves the answer owed.
  if (issue.status === 'ditanggapi' || issue.answerStands)
    return translate(lang, 'issue.owner_answered', { code: issue.agency.code })
  const left = minutesLeft(issue, options.now) ?? 0
  return left >= 0
    ? translate(lang, 'issue.owner_left', { code: issue.agency.code, left: durationText(left, lang) })
    : translate(lang, 'issue.owner_late', { code: issue.agency.code, late: durationText(-left, lang) })
}

/** One line of `/isu`: number, level, kind, the start of the text, age, owner and time left. */
export function issueLine(issue: Issue, options: PresentOptions): Inline[] {
  const { lang } = options
  return translate(lang, 'issue.list_line', {
    number: issue.number,
    level: levelName(issue.level, lang),
    category: categoryName(issue.category, lang),
    text: shorten(issue.text.replace(/\s+/g, ' '), LIST_TEXT_CHARS),
    age: durationText(minutesBetween(issue.openedAt, options.now), lang),
    owner: ownerText(issue, options),
  })
}

/** `ditugaskan ke DINKES, tenggat 12.00 WIB` and the like. */
function statusText(issue: Issue, options: PresentOptions): Inline[] {
  const { lang } = options
  switch (issue.status) {
    case 'terbuka':
      return translate(lang, 'issue.status.terbuka')
    case 'ditugaskan':
      return translate(lang, 'issue.status.ditugaskan', {
        code: issue.agency?.code ?? '',
        deadline: issue.deadlineAt ? issueDeadline(issue.deadlineAt, options) : '',
      })
    case 'ditanggapi':
      return translate(lang, 'issue.status.ditanggapi', { code: issue.agency?.code ?? '' })
    case 'selesai':
      return translate(lang, 'issue.status.selesai', {
        outcome: issue.outcome
          ? [outcomeName(issue.outcome, lang), issue.outcomeNote].filter(Boolean).join(': ')
          : '',
      })
  }
}

/** What a group chat may see of open issues: how many (SPEC §1, as for drafts). */
export function countText(issues: readonly Issue[], lang: Language): RichText {
  if (issues.length === 0) return [paragraph(...translate(lang, 'issue.count_none'))]
  const high = issues.filter((issue) => issue.level === 'tinggi').length
  return [
    paragraph(
      ...translate(lang, 'issue.count_group', {
        count: issues.length,
        high: high > 0 ? translate(lang, 'issue.count_group_high', { count: high }) : '',
      }),
    ),
  ]
}

/** An event's time: the clock today, else the date too. */
function eventTime(at: Date, options: PresentOptions): string {
  return localDateOf(at, options.zone) === localDateOf(options.now, options.zone)
    ? formatTime(at, options.zone, options.lang)
    : formatDateTime(at, options.zone, options.lang)
}

function eventLine(event: IssueEvent, options: PresentOptions): Inline[] {
  const { lang } = options
  const outcomeDetail = () => {
    const detail = event.detail ?? ''
    const colon = detail.indexOf(':')
    const outcome = (colon >= 0 ? detail.slice(0, colon) : detail) as IssueOutcome
    const note = colon >= 0 ? detail.slice(colon + 1).trim() : ''
    return [outcomeName(outcome, lang), note].filter(Boolean).join(': ')
  }
  return translate(lang, `issue.event.${event.event}`, {
    when: eventTime(event.at, options),
    name: event.actorName,
    code: event.agencyCode ?? '',
    item: event.itemNumber ?? '',
    detail: event.event === 'selesai' ? outcomeDetail() : (event.detail ?? ''),
  })
}

/** `/isu 5` in a private chat: everything, with the timeline. */
export function issueText(
  issue: Issue,
  timeline: readonly IssueEvent[],
  options: PresentOptions,
  /** Cut the issue's own text to this length: its reporter, who has just written it, needs no copy. */
  textMax = Number.POSITIVE_INFINITY,
): RichText {
  const { lang } = options
  const line = (...children: Inline[]) => paragraph(...children)
  const text: RichText = [
    line(
      ...translate(lang, 'issue.show_title', {
        number: issue.number,
        category: categoryName(issue.category, lang),
        level: levelName(issue.level, lang),
      }),
    ),
    line(...translate(lang, 'issue.show_status', { status: statusText(issue, options) })),
    line(
      ...translate(lang, 'issue.show_reporter', {
        name: issue.reporter.name,
        when: eventTime(issue.openedAt, options),
      }),
    ),
    paragraph(),
    line(shorten(issue.text, textMax)),
  ]
  if (issue.links.length > 0)
    text.push(line(...translate(lang, 'issue.show_links', { links: issue.links.join(' ') })))
  if (issue.screenshot)
    text.push(
      line(
        ...translate(lang, 'issue.show_screenshot', { platform: platformLabel(issue.screenshot.platform) }),
      ),
    )
  text.push(
    paragraph(),
    line(...translate(lang, 'issue.show_timeline')),
    list(timeline.map((event) => eventLine(event, options))),
  )
  return text
}

const platformLabel = (platform: string) =>
  platform === 'whatsapp' ? 'WhatsApp' : platform === 'telegram' ? 'Telegram' : platform

/** Open issues listed at most in one answer (a line is up to about 150 characters): the rest are counted. */
const ISSUES_LISTED = 20

/** `/isu` in a private chat: open issues, the oldest first. */
export function listText(issues: readonly Issue[], options: PresentOptions): RichText {
  const { lang } = options
  if (issues.length === 0) return [paragraph(...translate(lang, 'issue.list_empty'))]
  const text: RichText = [
    paragraph(...translate(lang, 'issue.list_title', { count: issues.length })),
    list(issues.slice(0, ISSUES_LISTED).map((issue) => issueLine(issue, options))),
  ]
  if (issues.length > ISSUES_LISTED)
    text.push(paragraph(...translate(lang, 'issue.list_more', { count: issues.length - ISSUES_LISTED })))
  text.push(paragraph(...translate(lang, 'issue.list_footer')))
  return text
}
