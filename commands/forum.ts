import { z } from 'zod'
import { defineCommand, freeAction, reply } from '../src/chat/command.js'
import { chooseForum } from '../src/domain/chats/chats.js'
import { workspacesOf } from '../src/domain/workspaces/workspaces.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list } from '../src/text/rich-text.js'

export default defineCommand({
  name: 'forum',
  aliases: ['workspace'],
  summary: 'help.forum.summary',
  help: 'help.forum.details',
  action: freeAction({
    allowed: 'anyone',
    where: 'private',
    mutates: false,
    usage: 'usage.forum',
    read: (input) => ({ name: input.rest }),
    args: z.object({ name: z.string().trim() }),
    async run(ctx, { name }) {
      const mine = await workspacesOf(ctx.db, ctx.actor.personId)
      if (mine.length === 0) return reply(translateBlocks(ctx.lang, 'workspace.forum_none'))
      if (!name) {
        const current = ctx.workspace
          ? translateBlocks(ctx.lang, 'workspace.forum_current', { name: ctx.workspace.name })
          : []
        return reply([
          ...current,
          ...translateBlocks(ctx.lang, 'workspace.forum_list'),
          list(mine.map((w) => [w.name])),
        ])
      }
      const wanted = name.toLowerCase()
      const exact = mine.filter((w) => w.name.toLowerCase() === wanted)
      const matches = exact.length ? exact : mine.filter((w) => w.name.toLowerCase().includes(wanted))
      if (matches.length === 0) throw new UserError('workspace.forum_not_found', { name })
      if (matches.length > 1) throw new UserError('workspace.forum_ambiguous', { name })
      const chosen = matches[0]!
      await chooseForum(ctx.db, ctx.chat.id, chosen.id)
      return reply(translateBlocks(chosen.language, 'workspace.forum_chosen', { name: chosen.name }))
    },
  }),
})
