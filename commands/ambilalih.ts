import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { coordinatorIdentities, takeOverCoordination } from '../src/domain/workspaces/takeover.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { noArgs } from './args.js'

export default defineCommand({
  name: 'ambilalih',
  aliases: ['takeover'],
  summary: 'help.ambilalih.summary',
  help: 'help.ambilalih.details',
  action: workspaceAction({
    allowed: 'group-admin',
    where: 'group',
    mutates: true,
    usage: 'usage.ambilalih',
    ...noArgs,
    async run(ctx) {
      const coordinators = await coordinatorIdentities(ctx.db, ctx.workspace.id, ctx.chat.platform)
      const present = []
      for (const coordinator of coordinators) {
        if (coordinator.person_id === ctx.actor.personId) continue
        if (await ctx.platform.isInGroup(ctx.chat.external_id, coordinator.external_id))
          present.push(coordinator.person_id)
      }
      if (present.length > 0) {
        const names = await ctx.db
          .selectFrom('people')
          .select('display_name')
          .where('id', 'in', present)
          .execute()
        throw new UserError('workspace.takeover_refused', {
          names: names.map((n) => n.display_name).join(', '),
        })
      }
      const change = changeOf(ctx)
      await takeOverCoordination(ctx.db, change)
      return reply(translateBlocks(ctx.lang, 'workspace.takeover_done', { name: ctx.workspace.name }))
    },
  }),
})
