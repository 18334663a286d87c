/**
 * The morning brief of SPEC §3, composed for one workspace and one local day. Independent of any
 * command: `/brief` shows it now, and the scheduler sends it to each group chat at its brief time.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Language, MessageKey } from '../../text/catalog/index.js'
import { translate } from '../../text/catalog/index.js'
import { type Inline, list, paragraph, plainLength, type RichText } from '../../text/rich-text.js'
import type { TemplateParams } from '../../text/template.js'
import { addDays, instantAt, type LocalDate, mondayOf, weekdayOf } from '../../time/calendar.js'
import { formatDate } from '../../time/format.js'
import { agendaLine, awaitsCoverage } from '../agenda/present.js'
import { listAgendaBetween } from '../agenda/queries.js'
import { instantsOfDays } from '../agenda/types.js'
import { summaryLine } from '../amplification/present.js'
import { openRequestSummaries } from '../amplification/queries.js'
import { formatPeriod } from '../calendar/period.js'
import { contentCalendarLine, entryLine } from '../calendar/present.js'
import { draftScopeOf, type Viewer } from '../calendar/view.js'
import { commemorationsBetween } from '../commemorations/days.js'
import { commemorationLine } from '../commemorations/present.js'
import { draftLine, pendingPointer } from '../content/present.js'
import { countDraftsByStatus, listContentBetween, listPendingReview } from '../content/queries.js'
import { countText, issueLine } from '../issues/present.js'
import { openIssues } from '../issues/queries.js'
import { keyMessageLine } from '../key-messages/present.js'
import { activeKeyMessages } from '../key-messages/queries.js'
import { entryCount, firstEntries, itemCount, type WeekAhead, weekAheadOf } from './week-ahead.js'

export interface BriefRequest {
  readonly workspace: {
    readonly id: number
    readonly name: string
    readonly timezone: string
    readonly language: Language
  }
  /** The day the brief is for, in the workspace zone. */
  readonly localDate: LocalDate
  /**
   * The coordinator sees every draft waiting for review, a member their agency's, a group only the
   * count; guests neither (SPEC §1).
   */
  readonly viewer: Viewer
  /** For marking items already over as `selesai`; by default the start of `localDate` (nothing is over yet). */
  readonly now?: Date
}

/** Lines per section before the rest are counted, and the whole brief's ceiling (Telegram allows 4,096). */
const LIMITS = {
  agenda: 15,
  content: 10,
  pending: 8,
  keyMessages: 5,
  amplifications: 5,
  issues: 5,
  agencyCodes: 40,
  weekAhead: 20,
  days: 10,
}
type Limits = { -readonly [K in keyof typeof LIMITS]: number }
const BRIEF_MAX_CHARS = 3500
/** Commemoration days from today to this many days ahead: a week to prepare their key messages. */
const DAYS_AHEAD = 7

/**
 * The week whose agenda the brief asks agencies for: the current one Monday to Thursday; from Friday,
 * when the weekly nudge asks for next week's, the coming one.
 */
function agendaDueWeek(date: LocalDate): { monday: LocalDate; coming: boolean } {
  const weekday = weekdayOf(date)
  const coming = weekday === 5 || weekday === 6 || weekday === 0
  return { monday: addDays(mondayOf(date), coming ? 7 : 0), coming }
}

/** Active agencies with no agenda item (not cancelled) on any day of the Monday–Sunday week from `monday`. */
async function agenciesWithoutAgenda(
  db: Kysely<Database>,
  workspaceId: number,
  monday: LocalDate,
  zone: string,
): Promise<{ code: string; name: string }[]> {
  const items = await listAgendaBetween(db, workspaceId, monday, addDays(monday, 6), zone, {
    includeCancelled: false,
  })
  const busy = new Set(items.map((item) => item.agencyId))
  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .orderBy('code')
    .execute()
  return agencies.filter((agency) => !busy.has(agency.id)).map(({ code, name }) => ({ code, name }))
}

/**
 * The brief as rich text: date line; today's agenda (time, title, place, agency, coverage; items nobody
 * covers yet first, and named again below it); content
 * planned today with its status; on Saturday and Sunday the coming week by day; drafts waiting for
 * review (the viewer's own, or a count); active key messages with hashtags; the commemoration days of
 * today and the coming week, with a prompt to prepare their key messages; open amplification requests
 * with their progress; agencies with no agenda for the week due
 * (from Friday, the coming one). Empty sections are left out; a day with nothing at all says so in one
 * line. A weekend brief stays a brief of today (a Saturday may have its own events) and adds the week.
 */
export async function composeBrief(db: Kysely<Database>, request: BriefRequest): Promise<RichText> {
  const { workspace, localDate, viewer } = request
  const lang = workspace.language
  const zone = workspace.timezone
  const now = request.now ?? instantAt(localDate, 0, zone)
  const t = (key: MessageKey, params?: TemplateParams) => translate(lang, key, params)
  const lineOptions = { lang, zone, now }

  const listed = await listAgendaBetween(db, workspace.id, localDate, localDate, zone, {
    includeCancelled: false,
  })
  // Items still waiting for someone to cover them lead the day, so the desk sees them first.
  const uncovered = listed.filter(awaitsCoverage)
  const agenda = [...uncovered, ...listed.filter((item) => !awaitsCoverage(item))]
  const { start, end } = instantsOfDays(localDate, localDate, zone)
  const drafts = draftScopeOf(viewer)
  const content = await listContentBetween(db, workspace.id, start, end, { drafts })
  const pending =
    drafts === 'none' ? [] : await listPendingReview(db, workspace.id, { limit: LIMITS.pending, drafts })
  // A group is told how many drafts of every agency wait; a member privately, how many of their own.
  const pendingTotal =
    viewer === 'guest'
      ? 0
      : (await countDraftsByStatus(db, workspace.id, viewer === 'group' ? 'all' : drafts)).diajukan
  const keyMessages = await activeKeyMessages(db, workspace.id, localDate)
  const amplifications = await openRequestSummaries(db, workspace.id, {
    limit: LIMITS.amplifications,
    deadlineFrom: now,
  })
  const issues = await openIssues(db, workspace.id)
  const dueWeek = agendaDueWeek(localDate)
  const missing = await agenciesWithoutAgenda(db, workspace.id, dueWeek.monday, zone)
  const weekAhead = await weekAheadOf(db, workspace, localDate, viewer)
  const weekAheadTotal = weekAhead ? entryCount(weekAhead.days) : 0
  const days = await commemorationsBetween(db, workspace.id, localDate, addDays(localDate, DAYS_AHEAD))

  const header: RichText = [
    paragraph(...t('brief.title', { date: formatDate(localDate, lang) })),
    paragraph(...t('brief.workspace', { name: workspace.name })),
  ]
  const section = (title: Inline[], lines: Inline[][], hidden: number, moreKey: MessageKey): RichText => {
    const blocks: RichText = [paragraph(), paragraph(...title), list(lines)]
    if (hidden > 0) blocks.push(paragraph(...t(moreKey, { count: hidden })))
    return blocks
  }
  const somethingToday =
    agenda.length +
      content.length +
      pendingTotal +
      keyMessages.length +
      amplifications.total +
      issues.length >
      0 || days.some((day) => day.date === localDate)
  const emptyLine: RichText = somethingToday
    ? []
    : [paragraph(...t(viewer === 'guest' ? 'brief.empty_day_public' : 'brief.empty_day'))]

  const weekAheadSection = (week: WeekAhead, limit: number): RichText => {
    const period = formatPeriod(week.period, lang)
    if (weekAheadTotal === 0)
      return [paragraph(), paragraph(...t('brief.section.week_ahead_empty', { period }))]
    const text: RichText = [
      paragraph(),
      paragraph(...t('brief.section.week_ahead', { period, count: itemCount(week.days) })),
    ]
    for (const day of firstEntries(week.days, limit)) {
      text.push(
        paragraph(...t('brief.week_day', { date: formatDate(day.date, lang) })),
        list(day.entries.map((entry) => entryLine(entry, lineOptions))),
      )
    }
    if (weekAheadTotal > limit)
      text.push(paragraph(...t('brief.week_ahead_more', { count: weekAheadTotal - limit })))
    return text
  }

  const compose = (limits: Limits): RichText => {
    const text: RichText = [...header, ...emptyLine]
    // Open issues first: they need an answer within hours. Their text is for members in private (SPEC §1).
    if (issues.length > 0 && (viewer === 'group' || viewer === 'guest')) {
      text.push(paragraph(), ...countText(issues, lang))
    } else if (issues.length > 0) {
      const shown = issues.slice(0, limits.issues)
      text.push(
        ...section(
          t('brief.section.issues', { count: issues.length }),
          shown.map((issue) => issueLine(issue, lineOptions)),
          issues.length - shown.length,
          'brief.more',
        ),
      )
    }
    if (agenda.length > 0) {
      const shown = agenda.slice(0, limits.agenda)
      const lines = shown.map((item) => agendaLine(item, lineOptions))
      text.push(
        ...section(
          t('brief.section.agenda', { count: agenda.length }),
          lines,
          agenda.length - shown.length,
          'brief.agenda_more',
        ),
      )
      if (uncovered.length > 0) {
        const numbers = uncovered.map((item) => `#${item.number}`).join(', ')
        text.push(paragraph(...t('brief.uncovered', { numbers, number: uncovered[0]!.number })))
      }
    }
    if (content.length > 0) {
      const shown = content.slice(0, limits.content)
      const lines = shown.map((draft) => contentCalendarLine(draft, lineOptions))
      text.push(
        ...section(
          t('brief.section.content', { count: content.length }),
          lines,
          content.length - shown.length,
          'brief.content_more',
        ),
      )
    }
    if (weekAhead) text.push(...weekAheadSection(weekAhead, limits.weekAhead))
    if (pending.length > 0) {
      const shown = pending.slice(0, limits.pending)
      const lines = shown.map((draft) => draftLine(draft, { zone, lang }))
      text.push(
        ...section(
          t('brief.section.pending', { count: pendingTotal }),
          lines,
          pendingTotal - shown.length,
          'brief.pending_more',
        ),
      )
    } else if (viewer === 'group' && pendingTotal > 0) {
      text.push(paragraph(), ...pendingPointer(pendingTotal, lang))
    }
    if (keyMessages.length > 0) {
      const shown = keyMessages.slice(0, limits.keyMessages)
      text.push(
        ...section(
          t('brief.section.key_messages'),
          shown.map((message) => keyMessageLine(message, lang)),
          keyMessages.length - shown.length,
          'brief.more',
        ),
      )
    }
    if (days.length > 0) {
      const shown = days.slice(0, limits.days)
      text.push(
        ...section(
          t('brief.section.days'),
          shown.map((day) => commemorationLine(day, lang)),
          days.length - shown.length,
          'brief.more',
        ),
        paragraph(...t('brief.days_prompt')),
      )
    }
    if (amplifications.total > 0) {
      const shown = amplifications.summaries.slice(0, limits.amplifications)
      text.push(
        ...section(
          t('brief.section.amplification', { count: amplifications.total }),
          shown.map((summary) => summaryLine(summary, lineOptions)),
          amplifications.total - shown.length,
          'brief.more',
        ),
      )
    }
    if (missing.length > 0) {
      const codes = missing.slice(0, limits.agencyCodes).map((agency) => agency.code)
      const rest = missing.length - codes.length
      text.push(
        paragraph(),
        paragraph(
          ...t(dueWeek.coming ? 'brief.section.missing_agencies_next' : 'brief.section.missing_agencies', {
            count: missing.length,
          }),
        ),
        paragraph(rest > 0 ? `${codes.join(', ')} +${rest}` : codes.join(', ')),
      )
    }
    return text
  }

  // Each section is bounded; should they still add up to too much, the longest list gives way a line
  // at a time (its "… and N more" line keeps the count honest).
  const limits: Limits = { ...LIMITS }
  let text = compose(limits)
  while (plainLength(text) > BRIEF_MAX_CHARS) {
    const shown = {
      agenda: Math.min(agenda.length, limits.agenda),
      content: Math.min(content.length, limits.content),
      pending: Math.min(pending.length, limits.pending),
      keyMessages: Math.min(keyMessages.length, limits.keyMessages),
      amplifications: Math.min(amplifications.summaries.length, limits.amplifications),
      issues: Math.min(issues.length, limits.issues),
      weekAhead: Math.min(weekAheadTotal, limits.weekAhead),
      days: Math.min(days.length, limits.days),
    }
    const longest = (Object.keys(shown) as (keyof typeof shown)[]).sort((a, b) => shown[b] - shown[a])[0]!
    if (shown[longest] <= 1) break
    limits[longest] = shown[longest] - 1
    text = compose(limits)
  }
  return text
}
