import { z } from 'zod'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { removeFromAgency } from '../src/domain/memberships/service.js'
import { findPerson, personInline } from '../src/domain/people/find-person.js'
import { translateBlocks } from '../src/text/catalog/index.js'

export default defineCommand({
  name: 'keluarkan',
  aliases: ['remove'],
  summary: 'help.keluarkan.summary',
  help: 'help.keluarkan.details',
  action: workspaceAction({
    allowed: 'admin',
    mutates: true,
    usage: 'usage.keluarkan',
    read: (input) => ({ written: input.rest }),
    args: z.object({ written: z.string() }),
    async run(ctx, { written }) {
      const target = await findPerson(ctx.db, {
        workspaceId: ctx.workspace.id,
        platform: ctx.chat.platform,
        written,
        mentions: ctx.incoming.mentions,
        replyTo: ctx.incoming.replyTo,
        now: ctx.now,
      })
      const change = changeOf(ctx)
      const removed = await removeFromAgency(ctx.db, change, target)
      const key = removed.stillCoordinator ? 'membership.removed_coordinator' : 'membership.removed'
      return reply([
        ...translateBlocks(ctx.lang, key, { person: personInline(target), ...removed.agency }),
        ...translateBlocks(ctx.lang, 'membership.removed_undo', { code: removed.agency.code }),
      ])
    },
  }),
})
