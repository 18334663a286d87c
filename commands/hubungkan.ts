import { z } from 'zod'
import { defineCommand, freeAction, reply } from '../src/chat/command.js'
import { linkWithCode } from '../src/domain/workspaces/link-codes.js'
import { translateBlocks } from '../src/text/catalog/index.js'

export default defineCommand({
  name: 'hubungkan',
  aliases: ['link'],
  summary: 'help.hubungkan.summary',
  help: 'help.hubungkan.details',
  action: freeAction({
    allowed: 'group-admin',
    where: 'group',
    mutates: true,
    usage: 'usage.hubungkan',
    read: (input) => ({ code: input.rest }),
    args: z.object({ code: z.string().trim().min(4, { message: 'workspace.code_required' }) }),
    async run(ctx, { code }) {
      const workspace = await linkWithCode(ctx.db, {
        chat: ctx.chat,
        personId: ctx.actor.personId,
        code,
        now: ctx.now,
        topic: ctx.incoming.chat.topic,
      })
      return reply(translateBlocks(workspace.language, 'workspace.linked', { name: workspace.name }))
    },
  }),
})
