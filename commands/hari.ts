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
import { list, type RichText } from '../src/text/rich-text.js'
import { addDays, splitLocalDate } from '../src/time/calendar.js'
import { formatDate, localDateOf, monthName } from '../src/time/format.js'

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
  const blocks: RichText =
    days.length === 0
      ? translateBlocks(ctx.lang, 'days.none', { period: words })
      : [
          ...translateBlocks(ctx.lang, 'days.title', { period: words }),
          list(days.map((day) => commemorationLine(day, ctx.lang))),
        ]
  if (days.some((day) => day.estimate)) blocks.push(...translateBlocks(ctx.lang, 'days.estimate_note'))
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
