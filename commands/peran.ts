import { z } from 'zod'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import { setRole } from '../src/domain/memberships/service.js'
import { findPerson, personInline } from '../src/domain/people/find-person.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import type { RichText } from '../src/text/rich-text.js'
import type { Role } from '../src/vocabulary.js'

/** Every way people write a role, Indonesian and English. */
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  koordinator: 'koordinator',
  koord: 'koordinator',
  coordinator: 'koordinator',
  admin: 'admin',
  anggota: 'anggota',
  member: 'anggota',
}

export default defineCommand({
  name: 'peran',
  aliases: ['role'],
  summary: 'help.peran.summary',
  help: 'help.peran.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: true,
    usage: 'usage.peran',
    read: (input) => ({ tokens: [...input.tokens] }),
    args: z.object({ tokens: z.array(z.string()).min(1, { message: 'membership.role_missing' }) }),
    async run(ctx, { tokens }) {
      // The role is the last word; the words before it name the person (unless a mention or reply does).
      const last = tokens.at(-1)!
      const role = ROLE_WORDS[last.toLowerCase()]
      if (!role) {
        const namesSomeone =
          last.startsWith('@') ||
          (tokens.length === 1 && (ctx.incoming.mentions.length > 0 || ctx.incoming.replyTo))
        throw namesSomeone
          ? new UserError('membership.role_missing')
          : new UserError('membership.role_invalid', { role: last })
      }
      const target = await findPerson(ctx.db, {
        workspaceId: ctx.workspace.id,
        platform: ctx.chat.platform,
        written: tokens.slice(0, -1).join(' '),
        mentions: ctx.incoming.mentions,
        replyTo: ctx.incoming.replyTo,
        now: ctx.now,
      })
      const change = changeOf(ctx)
      const result = await setRole(ctx.db, change, target, role)
      const person = personInline(target)
      const roleName = (r: Role) => ctx.t(`membership.role.${r}`)
      if (result.unchanged)
        return reply(translateBlocks(ctx.lang, 'membership.role_unchanged', { person, role: roleName(role) }))
      const agency = result.agency ?? { code: '', name: '' }
      let text: RichText
      if (role === 'koordinator') {
        text = translateBlocks(ctx.lang, 'membership.role_set_coordinator', {
          person,
          forum: ctx.workspace.name,
        })
        if (result.agency)
          text.push(...translateBlocks(ctx.lang, 'membership.role_agency_kept', { ...agency }))
      } else {
        const key = role === 'admin' ? 'membership.role_set_admin' : 'membership.role_set_member'
        text = translateBlocks(ctx.lang, key, { person, ...agency })
      }
      if (result.previousRole)
        text.push(
          ...translateBlocks(ctx.lang, 'membership.role_was', { role: roleName(result.previousRole) }),
        )
      return reply(text)
    },
  }),
})
