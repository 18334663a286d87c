import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { updateWorkspaceSettings } from '../src/domain/workspaces/settings.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { resolveZoneName, zoneAbbreviation } from '../src/time/zones.js'

export default defineCommand({
  name: 'zona',
  aliases: ['timezone'],
  summary: 'help.zona.summary',
  help: 'help.zona.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: (input) => input.rest.trim() !== '',
    usage: 'usage.zona',
    read: (input) => ({ zone: input.rest }),
    args: z.object({ zone: z.string().trim() }),
    async run(ctx, { zone }) {
      if (!zone) {
        const iana = ctx.workspace.timezone
        return reply(
          translateBlocks(ctx.lang, 'workspace.zone_current', { zone: zoneAbbreviation(iana), iana }),
        )
      }
      await requireAccess('coordinator', ctx)
      const iana = resolveZoneName(zone)
      if (!iana) throw new UserError('workspace.zone_invalid', { zone })
      const change = changeOf(ctx)
      await updateWorkspaceSettings(ctx.db, change, { timezone: iana })
      return reply(
        translateBlocks(ctx.lang, 'workspace.zone_changed', { zone: zoneAbbreviation(iana), iana }),
      )
    },
  }),
})
