import { z } from 'zod'
import { defineCommand, freeAction, reply } from '../src/chat/command.js'
import { activateWorkspace } from '../src/domain/workspaces/activate.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { zoneAbbreviation } from '../src/time/zones.js'

export default defineCommand({
  name: 'aktifkan',
  aliases: ['setup'],
  summary: 'help.aktifkan.summary',
  help: 'help.aktifkan.details',
  action: freeAction({
    allowed: 'group-admin',
    where: 'group',
    mutates: true,
    usage: 'usage.aktifkan',
    read: (input) => ({ name: input.rest }),
    args: z.object({
      name: z
        .string()
        .trim()
        .min(2, { message: 'workspace.name_required' })
        .max(120, { message: 'workspace.name_required' }),
    }),
    async run(ctx, { name }) {
      const workspace = await activateWorkspace(ctx.db, {
        chat: ctx.chat,
        personId: ctx.actor.personId,
        name,
        timezone: ctx.defaults.timezone,
        language: ctx.defaults.language,
        now: ctx.now,
        topic: ctx.incoming.chat.topic,
      })
      const zone = `${zoneAbbreviation(workspace.timezone)} (${workspace.timezone})`
      return reply(translateBlocks(workspace.language, 'workspace.activated', { name: workspace.name, zone }))
    },
  }),
})
