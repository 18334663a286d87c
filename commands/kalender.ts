import { z } from 'zod'
import { defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { buildCalendarFile } from '../src/domain/calendar/ics.js'
import { formatPeriod, readPeriod } from '../src/domain/calendar/period.js'
import { presentCalendar } from '../src/domain/calendar/present.js'
import { calendarDays } from '../src/domain/calendar/view.js'
import { exportFileName } from '../src/domain/export/export-period.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { noArgs } from './args.js'

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
      const period = readPeriod(
        text,
        { now: ctx.now, zone, lang: ctx.lang },
        { fallback: 'minggu ini', looking: 'ahead' },
      )
      const viewer = ctx.actor.membership ? 'member' : 'guest'
      const days = await calendarDays(ctx.db, ctx.workspace, period, viewer)
      return reply(
        presentCalendar(days, formatPeriod(period, ctx.lang), { lang: ctx.lang, zone, now: ctx.now }),
      )
    },
  }),
  subcommands: {
    ics: {
      aliases: ['ical'],
      action: workspaceAction({
        allowed: 'anyone',
        mutates: false,
        usage: 'usage.kalender.ics',
        ...noArgs,
        async run(ctx) {
          const file = await buildCalendarFile(ctx.db, ctx.workspace, ctx.now)
          if (file.agenda + file.content === 0) return reply(translateBlocks(ctx.lang, 'calendar.ics_empty'))
          const fileName = exportFileName(ctx.workspace.name, null, 'ics')
          const caption = translateBlocks(ctx.lang, 'calendar.ics_done', {
            name: ctx.workspace.name,
            agenda: file.agenda,
            content: file.content,
          })
          return reply(caption, {
            files: [{ fileName, mimeType: 'text/calendar', content: new TextEncoder().encode(file.ics) }],
          })
        },
      }),
    },
  },
})
