import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { createLinkCode } from '../src/domain/workspaces/link-codes.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { formatDateTime } from '../src/time/format.js'
import { noArgs } from './args.js'

export default defineCommand({
  name: 'kode',
  aliases: ['code'],
  summary: 'help.kode.summary',
  help: 'help.kode.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: true,
    usage: 'usage.kode',
    ...noArgs,
    async run(ctx) {
      const change = changeOf(ctx)
      const { code, expiresAt } = await createLinkCode(ctx.db, change)
      const text = translateBlocks(ctx.lang, 'workspace.code', {
        name: ctx.workspace.name,
        code,
        expires: formatDateTime(expiresAt, ctx.workspace.timezone, ctx.lang),
      })
      if (ctx.chat.kind === 'private') return reply(text)
      // A code is a key to the forum: it goes to the coordinator alone, never into the group.
      return {
        messages: [
          { target: { kind: 'person', personId: ctx.actor.personId }, text },
          {
            target: { kind: 'reply' },
            text: translateBlocks(ctx.lang, 'workspace.code_sent_privately'),
            quote: true,
          },
        ],
      }
    },
  }),
})
