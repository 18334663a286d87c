import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { updateWorkspaceSettings } from '../src/domain/workspaces/settings.js'
import { translateBlocks } from '../src/text/catalog/index.js'

export default defineCommand({
  name: 'bahasa',
  aliases: ['language'],
  summary: 'help.bahasa.summary',
  help: 'help.bahasa.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: (input) => input.rest.trim() !== '',
    usage: 'usage.bahasa',
    read: (input) => ({ language: input.tokens[0]?.toLowerCase() }),
    args: z.object({ language: z.enum(['id', 'en'], { message: 'workspace.language_invalid' }).optional() }),
    async run(ctx, { language }) {
      if (!language)
        return reply(translateBlocks(ctx.lang, 'workspace.language_current', { language: ctx.lang }))
      await requireAccess('coordinator', ctx)
      const change = changeOf(ctx)
      await updateWorkspaceSettings(ctx.db, change, { language })
      return reply(translateBlocks(language, 'workspace.language_changed'))
    },
  }),
})
