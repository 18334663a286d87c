import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  viewerOf,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { composeBrief } from '../src/domain/briefs/compose.js'
import {
  type BriefSchedule,
  briefScheduleOf,
  describeBriefDays,
  describeBriefTime,
  readBriefDays,
  readBriefTime,
  updateBriefSchedule,
} from '../src/domain/briefs/schedule.js'
import { UserError } from '../src/errors.js'
import { translate, translateBlocks } from '../src/text/catalog/index.js'
import { paragraph, type RichText } from '../src/text/rich-text.js'
import { localDateOf } from '../src/time/format.js'

/** `Brief pagi grup ini: 07.00 WIB, Senin–Jumat` (or that it is off, and the schedule it keeps). */
function scheduleText(ctx: WorkspaceContext, schedule: BriefSchedule): RichText {
  const params = {
    time: describeBriefTime(schedule.at, ctx.workspace.timezone, ctx.lang),
    days: describeBriefDays(schedule.days, ctx.lang),
  }
  return translateBlocks(ctx.lang, schedule.enabled ? 'brief.schedule_on' : 'brief.schedule_off', params)
}

/** A schedule change: coordinator only, in a group (the schedule belongs to the group chat). */
function scheduleAction(
  usage: 'usage.brief.jam' | 'usage.brief.hari' | 'usage.brief.mati' | 'usage.brief.hidup',
  patchOf: (text: string, ctx: WorkspaceContext) => { at?: string; days?: number[]; enabled?: boolean },
) {
  return workspaceAction({
    allowed: 'coordinator',
    where: 'group',
    mutates: true,
    usage,
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      const patch = patchOf(text, ctx)
      const change = changeOf(ctx)
      const schedule = await updateBriefSchedule(ctx.db, change, patch)
      return reply(scheduleText(ctx, schedule))
    },
  })
}

export default defineCommand({
  name: 'brief',
  aliases: ['briefing'],
  summary: 'help.brief.summary',
  help: 'help.brief.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.brief',
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      if (text) throw new UserError('brief.unknown_subcommand', { text })
      const zone = ctx.workspace.timezone
      const brief = await composeBrief(ctx.db, {
        workspace: ctx.workspace,
        localDate: localDateOf(ctx.now, zone),
        viewer: viewerOf(ctx),
        now: ctx.now,
      })
      if (ctx.chat.kind !== 'group') return reply(brief)
      const schedule = briefScheduleOf(ctx.chat)
      const footer = schedule.enabled
        ? translate(ctx.lang, 'brief.schedule_footer', {
            time: describeBriefTime(schedule.at, zone, ctx.lang),
            days: describeBriefDays(schedule.days, ctx.lang),
          })
        : translate(ctx.lang, 'brief.schedule_footer_off')
      return reply([...brief, paragraph(), paragraph(...footer)])
    },
  }),
  subcommands: {
    jam: {
      aliases: ['time', 'pukul'],
      action: scheduleAction('usage.brief.jam', (text, ctx) => ({
        at: readBriefTime(text, ctx.workspace.timezone),
      })),
    },
    hari: {
      aliases: ['days', 'day'],
      action: scheduleAction('usage.brief.hari', (text) => ({ days: readBriefDays(text) })),
    },
    mati: {
      aliases: ['off'],
      action: scheduleAction('usage.brief.mati', () => ({ enabled: false })),
    },
    hidup: {
      aliases: ['on'],
      action: scheduleAction('usage.brief.hidup', () => ({ enabled: true })),
    },
    gambar: {
      aliases: ['image', 'foto'],
      action: workspaceAction({
        allowed: 'coordinator',
        where: 'group',
        mutates: true,
        usage: 'usage.brief.gambar',
        read: (input) => ({ word: input.tokens[0]?.toLowerCase() ?? '' }),
        args: z.object({ word: z.enum(['hidup', 'on', 'mati', 'off']) }),
        async run(ctx, { word }) {
          const image = word === 'hidup' || word === 'on'
          await updateBriefSchedule(ctx.db, changeOf(ctx), { image })
          return reply(translateBlocks(ctx.lang, image ? 'brief.image_on' : 'brief.image_off'))
        },
      }),
    },
  },
})
