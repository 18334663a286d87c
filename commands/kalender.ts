import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import {
  changeOf,
  defineCommand,
  reply,
  viewerOf,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { agencyNotFound, findAgencyByCode } from '../src/domain/agencies/queries.js'
import { clashesAmong } from '../src/domain/agenda/clashes.js'
import { clashLine } from '../src/domain/agenda/present-clashes.js'
import { listAgendaBetween } from '../src/domain/agenda/queries.js'
import { feedTokenFor, feedUrl, renewFeeds } from '../src/domain/calendar/feeds.js'
import { buildCalendarFile, calendarFileName } from '../src/domain/calendar/ics.js'
import { currentLinkGeneration, renewWebLinks } from '../src/domain/calendar/link-generation.js'
import { webLinkSecret } from '../src/domain/calendar/link-secret.js'
import { describePeriod, readPeriod, weekInView } from '../src/domain/calendar/period.js'
import { calendarPictureFiles, draftsUnderReview } from '../src/domain/calendar/picture-files.js'
import { presentCalendar } from '../src/domain/calendar/present.js'
import { calendarDays } from '../src/domain/calendar/view.js'
import {
  type CalendarLinkSettings,
  calendarLinkUrl,
  signCalendarLink,
} from '../src/domain/calendar/web-link.js'
import { commemorationsBetween } from '../src/domain/commemorations/days.js'
import { pendingPointer } from '../src/domain/content/present.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { link, list, type RichText } from '../src/text/rich-text.js'
import { daysBetween } from '../src/time/calendar.js'
import { formatDateTime, localDateOf } from '../src/time/format.js'

const DEFAULT_LINK_DAYS = 7
const DAY_MS = 24 * 60 * 60_000

/** The secret and settings the composition root gave; tests without them use the database's secret. */
async function linkSettings(ctx: WorkspaceContext): Promise<CalendarLinkSettings> {
  return (
    ctx.webLinks ?? { secret: await webLinkSecret(ctx.db), linkDays: DEFAULT_LINK_DAYS, publicUrlSet: false }
  )
}

/**
 * `/kalender web`: a signed link for the link's generation. A coordinator asking privately gets one that
 * names them and shows drafts while they stay coordinator.
 */
async function webLink(ctx: WorkspaceContext, generation: number): Promise<RichText> {
  const settings = await linkSettings(ctx)
  const coordinator = ctx.actor.membership?.role === 'koordinator'
  // Drafts only on a link asked for privately: a link posted in a group is seen by guests too.
  const withDrafts = coordinator && ctx.chat.kind === 'private'
  const expiresAt = new Date(ctx.now.getTime() + settings.linkDays * DAY_MS)
  const token = signCalendarLink(settings.secret, {
    workspaceId: ctx.workspace.id,
    generation,
    viewer: withDrafts ? 'coordinator' : 'guest',
    personId: withDrafts ? ctx.actor.personId : null,
    expiresAt,
  })
  const text = translateBlocks(ctx.lang, 'web.link', {
    name: ctx.workspace.name,
    url: link(calendarLinkUrl(ctx.publicUrl, token)),
    until: formatDateTime(expiresAt, ctx.workspace.timezone, ctx.lang),
  })
  if (withDrafts) text.push(...translateBlocks(ctx.lang, 'web.link_drafts'))
  else if (coordinator) text.push(...translateBlocks(ctx.lang, 'web.link_drafts_hint'))
  return text
}

/** `/kalender ics baru` (coordinator): revokes every feed address of the forum and makes a new one. */
async function renewFeedAddresses(ctx: WorkspaceContext) {
  await requireAccess('coordinator', ctx)
  const settings = await linkSettings(ctx)
  const { token, revoked } = await renewFeeds(ctx.db, settings.secret, changeOf(ctx))
  const text: RichText = translateBlocks(ctx.lang, 'web.feeds_renewed', { count: revoked })
  if (settings.publicUrlSet) {
    text.push(
      ...translateBlocks(ctx.lang, 'web.feeds_renewed_url', { url: link(feedUrl(ctx.publicUrl, token)) }),
    )
  }
  return reply(text)
}

/**
 * `/kalender ics [KODE]`: the .ics file of the forum (or of one agency) and, when PUBLIC_URL is set,
 * the secret address a calendar app subscribes to.
 */
async function calendarFile(ctx: WorkspaceContext, code: string) {
  const agency = code ? await findAgencyByCode(ctx.db, ctx.workspace.id, code) : undefined
  if (code && !agency) throw await agencyNotFound(ctx.db, ctx.workspace.id, code)
  const file = await buildCalendarFile(ctx.db, ctx.workspace, ctx.now, { agency })
  const settings = await linkSettings(ctx)
  let feed: RichText = []
  if (settings.publicUrlSet) {
    const scope = { workspaceId: ctx.workspace.id, agencyId: agency?.id ?? null }
    const token = await feedTokenFor(ctx.db, settings.secret, scope, changeOf(ctx))
    feed = translateBlocks(ctx.lang, 'web.feed_url', { url: link(feedUrl(ctx.publicUrl, token)) })
  }
  if (file.agenda + file.content === 0) {
    return reply(
      feed.length > 0
        ? [...translateBlocks(ctx.lang, 'web.feed_empty'), ...feed]
        : translateBlocks(ctx.lang, 'calendar.ics_empty'),
    )
  }
  const caption = translateBlocks(ctx.lang, 'calendar.ics_done', {
    name: agency ? `${ctx.workspace.name} — ${agency.code}` : ctx.workspace.name,
    agenda: file.agenda,
    content: file.content,
  })
  const fileName = calendarFileName(ctx.workspace.name, agency?.code)
  return reply([...caption, ...feed], {
    files: [{ fileName, mimeType: 'text/calendar', content: new TextEncoder().encode(file.ics) }],
  })
}

/** A month is the longest period one image holds. */
const PICTURE_LONGEST_DAYS = 31

/**
 * `/kalender gambar [periode]`: the calendar as a PNG (a busy period as several) with a one-line caption;
 * the same period default and privacy as the text calendar (a group sees drafts under review only as a count).
 */
async function calendarImage(ctx: WorkspaceContext, asked: string) {
  const zone = ctx.workspace.timezone
  const today = localDateOf(ctx.now, zone)
  const period = asked.trim()
    ? readPeriod(asked, { now: ctx.now, zone, lang: ctx.lang }, { looking: 'ahead' })
    : weekInView(today)
  if (daysBetween(period.from, period.to) + 1 > PICTURE_LONGEST_DAYS)
    throw new UserError('picture.period_too_long')
  const periodLabel = describePeriod(period, today, ctx.lang)
  const caption = translateBlocks(ctx.lang, 'picture.caption', {
    period: periodLabel,
    name: ctx.workspace.name,
  })
  const files = await calendarPictureFiles(ctx.db, ctx.workspace, {
    period,
    periodLabel,
    viewer: viewerOf(ctx),
    now: ctx.now,
    caption,
  })
  if (files.length === 0) return reply(translateBlocks(ctx.lang, 'calendar.empty', { period: periodLabel }))
  return reply([], { files })
}

export default defineCommand({
  name: 'kalender',
  aliases: ['calendar'],
  summary: 'help.kalender.summary',
  help: 'help.kalender.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.kalender',
    read: (input) => ({ period: input.rest }),
    args: z.object({ period: z.string() }),
    async run(ctx, { period: text }) {
      const zone = ctx.workspace.timezone
      const today = localDateOf(ctx.now, zone)
      // Only the empty default moves to the coming week on a weekend; `minggu ini` keeps its meaning.
      const asked = text.trim()
      const inView = weekInView(today)
      const period = asked
        ? readPeriod(asked, { now: ctx.now, zone, lang: ctx.lang }, { looking: 'ahead' })
        : inView
      const viewer = viewerOf(ctx)
      const days = await calendarDays(ctx.db, ctx.workspace, period, viewer)
      const commemorations = await commemorationsBetween(ctx.db, ctx.workspace.id, period.from, period.to)
      const calendar = presentCalendar(
        days,
        describePeriod(period, today, ctx.lang),
        { lang: ctx.lang, zone, now: ctx.now },
        commemorations,
      )
      const weekendHint = !asked && inView.coming ? translateBlocks(ctx.lang, 'calendar.weekend_hint') : []
      const pointer =
        viewer === 'group'
          ? pendingPointer(await draftsUnderReview(ctx.db, ctx.workspace, period), ctx.lang)
          : []
      return reply([...calendar, ...weekendHint, ...pointer])
    },
  }),
  subcommands: {
    gambar: {
      aliases: ['image', 'foto'],
      action: workspaceAction({
        allowed: 'anyone',
        mutates: false,
        usage: 'usage.kalender.gambar',
        read: (input) => ({ period: input.rest }),
        args: z.object({ period: z.string() }),
        run: (ctx, { period }) => calendarImage(ctx, period),
      }),
    },
    ics: {
      aliases: ['ical'],
      action: workspaceAction({
        allowed: 'anyone',
        // `/kalender ics baru` revokes every feed address: a late one must still be carried out.
        mutates: (input) => ['baru', 'new'].includes(input.tokens[0]?.toLowerCase() ?? ''),
        usage: 'usage.kalender.ics',
        read: (input) => ({ word: input.tokens[0] ?? '' }),
        args: z.object({ word: z.string() }),
        async run(ctx, { word }) {
          if (['baru', 'new'].includes(word.toLowerCase())) return renewFeedAddresses(ctx)
          return calendarFile(ctx, word)
        },
      }),
    },
    bentrok: {
      aliases: ['clashes'],
      action: workspaceAction({
        allowed: 'anyone',
        mutates: false,
        usage: 'usage.kalender.bentrok',
        read: (input) => ({ period: input.rest }),
        args: z.object({ period: z.string() }),
        run: (ctx, { period }) => listClashes(ctx, period),
      }),
    },
    web: {
      aliases: ['situs', 'tautan'],
      action: workspaceAction({
        allowed: 'anyone',
        // `/kalender web baru` ends every older link: a late one must still be carried out.
        mutates: (input) => ['baru', 'new'].includes(input.tokens[0]?.toLowerCase() ?? ''),
        usage: 'usage.kalender.web',
        read: (input) => ({ word: input.tokens[0]?.toLowerCase() ?? '' }),
        args: z.object({ word: z.enum(['', 'baru', 'new']) }),
        async run(ctx, { word }) {
          if (!word) return reply(await webLink(ctx, await currentLinkGeneration(ctx.db, ctx.workspace.id)))
          await requireAccess('coordinator', ctx)
          const generation = await renewWebLinks(ctx.db, changeOf(ctx))
          return reply([
            ...translateBlocks(ctx.lang, 'web.links_renewed'),
            ...(await webLink(ctx, generation)),
          ])
        },
      }),
    },
  },
})

/** A period's clashes list at most this many; the rest are counted. */
const CLASHES_MAX = 30

/** `/kalender bentrok [periode]`: every clash between agencies' items in the period (default: the week in view). */
async function listClashes(ctx: WorkspaceContext, text: string) {
  const zone = ctx.workspace.timezone
  const today = localDateOf(ctx.now, zone)
  const asked = text.trim()
  const period = asked
    ? readPeriod(asked, { now: ctx.now, zone, lang: ctx.lang }, { looking: 'ahead' })
    : weekInView(today)
  const label = describePeriod(period, today, ctx.lang)
  const items = await listAgendaBetween(ctx.db, ctx.workspace.id, period.from, period.to, zone, {
    includeCancelled: false,
  })
  const clashes = clashesAmong(items, zone)
  if (clashes.length === 0)
    return reply(translateBlocks(ctx.lang, 'calendar.clashes_none', { period: label }))
  const options = { lang: ctx.lang, zone, now: ctx.now }
  const shown = clashes.slice(0, CLASHES_MAX)
  return reply([
    ...translateBlocks(ctx.lang, 'calendar.clashes', { period: label, count: clashes.length }),
    list(shown.map((clash) => clashLine(clash, period.from, options))),
    ...(clashes.length > shown.length
      ? translateBlocks(ctx.lang, 'calendar.clashes_more', { count: clashes.length - shown.length })
      : []),
    ...translateBlocks(ctx.lang, 'calendar.clashes_hint', { number: shown[0]!.item.number }),
  ])
}
