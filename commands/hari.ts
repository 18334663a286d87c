import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { describePeriod, type Period, readPeriod } from '../src/domain/calendar/period.js'
import { commemorationsBetween, dateInYear } from '../src/domain/commemorations/days.js'
import { commemorationLine } from '../src/domain/commemorations/present.js'
import { readForumDay } from '../src/domain/commemorations/read-day.js'
import { addForumDay, hideDay, showDay } from '../src/domain/commemorations/service.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { type Inline, list, plainLength, type RichText } from '../src/text/rich-text.js'
import { addDays, daysBetween, splitLocalDate } from '../src/time/calendar.js'
import { formatDate, formatMonth, localDateOf, monthName } from '../src/time/format.js'

/** `/hari` alone looks a month ahead: time enough to prepare the key messages of each day. */
const DEFAULT_DAYS = 30

/** The period asked for, or the next 30 days from today in the workspace zone. */
function periodOf(ctx: WorkspaceContext, text: string): Period {
  const zone = ctx.workspace.timezone
  if (text) return readPeriod(text, { now: ctx.now, zone, lang: ctx.lang }, { looking: 'ahead' })
  const today = localDateOf(ctx.now, zone)
  return { from: today, to: addDays(today, DEFAULT_DAYS - 1), kind: 'range' }
}

/** `/hari [periode]`: the national days, days off and forum days of a period, one line each. */
async function listDays(ctx: WorkspaceContext, text: string): Promise<RichText> {
  const period = periodOf(ctx, text)
  const words = describePeriod(period, localDateOf(ctx.now, ctx.workspace.timezone), ctx.lang)
  const days = await commemorationsBetween(ctx.db, ctx.workspace.id, period.from, period.to)
  if (days.length === 0)
    return withCoordinatorHint(ctx, translateBlocks(ctx.lang, 'days.none', { period: words }))
  const short = daysBetween(period.from, period.to) >= SHORT_DATES_FROM_DAYS
  const lines = days.map((day) => commemorationLine(day, ctx.lang, short))
  const shown = linesThatFit(lines)
  const blocks: RichText = [
    ...translateBlocks(ctx.lang, 'days.title', { period: words }),
    list(lines.slice(0, shown)),
  ]
  const next = days[shown]
  if (next) {
    const { year, month } = splitLocalDate(next.date)
    blocks.push(
      ...translateBlocks(ctx.lang, 'days.more', {
        count: days.length - shown,
        date: formatDate(next.date, ctx.lang),
        month: formatMonth(year, month, ctx.lang),
      }),
    )
  }
  if (days.slice(0, shown).some((day) => day.estimate))
    blocks.push(...translateBlocks(ctx.lang, 'days.estimate_note'))
  return withCoordinatorHint(ctx, blocks)
}

/** A period this long or longer lists its days with short dates, so a year fits one answer. */
const SHORT_DATES_FROM_DAYS = 31
/** Room for the day lines of one answer, which must fit one message with its title and notes. */
const LINES_MAX_CHARS = 3100

/** How many of `lines`, from the first, fit in LINES_MAX_CHARS. */
function linesThatFit(lines: readonly Inline[][]): number {
  let used = 0
  for (const [index, line] of lines.entries()) {
    used += plainLength([list([line])]) + 1
    if (used > LINES_MAX_CHARS) return index
  }
  return lines.length
}

function withCoordinatorHint(ctx: WorkspaceContext, blocks: RichText): RichText {
  if (ctx.actor.membership?.role === 'koordinator')
    blocks.push(...translateBlocks(ctx.lang, 'days.coordinator_hint'))
  return blocks
}

export default defineCommand({
  name: 'hari',
  aliases: ['days'],
  summary: 'help.hari.summary',
  help: 'help.hari.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.hari',
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      return reply(await listDays(ctx, text))
    },
  }),
  subcommands: {
    tambah: {
      aliases: ['add'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.hari.tambah',
        read: (input) => ({ text: input.rest }),
        args: z.object({ text: z.string() }),
        async run(ctx, { text }) {
          const day = readForumDay(text)
          await addForumDay(ctx.db, changeOf(ctx), day)
          const today = localDateOf(ctx.now, ctx.workspace.timezone)
          const { year } = splitLocalDate(today)
          const thisYear = dateInYear(year, day.month, day.day)
          const next = thisYear >= today ? thisYear : dateInYear(year + 1, day.month, day.day)
          return reply(
            translateBlocks(ctx.lang, 'days.added', {
              name: day.name,
              day_month: `${day.day} ${monthName(day.month, ctx.lang)}`,
              date: formatDate(next, ctx.lang),
            }),
          )
        },
      }),
    },
    sembunyikan: {
      aliases: ['hide', 'hapus'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.hari.sembunyikan',
        read: (input) => ({ name: input.rest }),
        args: z.object({ name: z.string().trim().min(1, 'days.which') }),
        async run(ctx, { name }) {
          const outcome = await hideDay(ctx.db, changeOf(ctx), name)
          return reply(
            translateBlocks(ctx.lang, outcome.removed ? 'days.removed' : 'days.hidden', {
              name: outcome.name,
            }),
          )
        },
      }),
    },
    tampilkan: {
      aliases: ['show'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.hari.tampilkan',
        read: (input) => ({ name: input.rest }),
        args: z.object({ name: z.string().trim().min(1, 'days.which') }),
        async run(ctx, { name }) {
          const shown = await showDay(ctx.db, changeOf(ctx), name)
          return reply(translateBlocks(ctx.lang, 'days.shown', { name: shown }))
        },
      }),
    },
  },
})
