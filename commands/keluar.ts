import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { leaveAgency } from '../src/domain/memberships/service.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { noArgs } from './args.js'

export default defineCommand({
  name: 'keluar',
  aliases: ['leave'],
  summary: 'help.keluar.summary',
  help: 'help.keluar.details',
  action: workspaceAction({
    allowed: 'member',
    mutates: true,
    usage: 'usage.keluar',
    ...noArgs,
    async run(ctx) {
      const change = changeOf(ctx)
      const left = await leaveAgency(ctx.db, change)
      switch (left.kind) {
        case 'left':
          return reply(translateBlocks(ctx.lang, 'membership.left', { ...left.agency }))
        case 'coordinator_kept':
          return reply(translateBlocks(ctx.lang, 'membership.left_coordinator', { ...left.agency }))
        case 'stepped_down':
          return reply(translateBlocks(ctx.lang, 'membership.stepped_down'))
      }
    },
  }),
})
