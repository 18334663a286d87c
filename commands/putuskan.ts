import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { unlinkChat } from '../src/domain/workspaces/link-codes.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { noArgs } from './args.js'

export default defineCommand({
  name: 'putuskan',
  aliases: ['unlink'],
  summary: 'help.putuskan.summary',
  help: 'help.putuskan.details',
  action: workspaceAction({
    allowed: 'coordinator',
    where: 'group',
    mutates: true,
    usage: 'usage.putuskan',
    ...noArgs,
    async run(ctx) {
      const change = changeOf(ctx)
      await unlinkChat(ctx.db, change, ctx.chat)
      return reply(translateBlocks(ctx.lang, 'workspace.unlinked', { name: ctx.workspace.name }))
    },
  }),
})
