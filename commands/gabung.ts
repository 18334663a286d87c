import type { Kysely } from 'kysely'
import { z } from 'zod'
import { changeOf, defineCommand, reply, workspaceAction } from '../src/chat/command.js'
import type { Database } from '../src/db/database.js'
import { readAgencyCode } from '../src/domain/agencies/agency-code.js'
import { findAgencyByName } from '../src/domain/agencies/queries.js'
import { agencyStewards } from '../src/domain/memberships/queries.js'
import { joinAgency } from '../src/domain/memberships/service.js'
import { personInline, personRef } from '../src/domain/people/find-person.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { type Inline, mention } from '../src/text/rich-text.js'

/** At most this many admins and coordinators are mentioned when someone joins. */
const TOLD_AT_MOST = 10

export default defineCommand({
  name: 'gabung',
  aliases: ['join'],
  summary: 'help.gabung.summary',
  help: 'help.gabung.details',
  action: workspaceAction({
    allowed: 'anyone',
    // In the group, so that the admins and the coordinator mentioned in the reply see it.
    where: 'group',
    mutates: true,
    usage: 'usage.gabung',
    read: (input) => ({ written: input.rest }),
    args: z.object({ written: z.string().trim().min(1, { message: 'membership.join_code_required' }) }),
    async run(ctx, { written }) {
      const code = await codeOf(ctx.db, ctx.workspace.id, written)
      const change = changeOf(ctx)
      const joined = await joinAgency(ctx.db, change, code)
      const agency = { code: joined.agency.code, name: joined.agency.name }
      if (joined.unchanged) return reply(translateBlocks(ctx.lang, 'membership.already_in', agency))

      const { identity } = ctx.actor
      const person = mention({ ...identity, name: identity.displayName })
      const key = joined.role === 'koordinator' ? 'membership.joined_coordinator' : 'membership.joined'
      const text = translateBlocks(ctx.lang, key, { person, ...agency })
      if (joined.previous) {
        const movedKey = joined.previousRole === 'admin' ? 'membership.moved_admin' : 'membership.moved'
        text.push(...translateBlocks(ctx.lang, movedKey, { previous: joined.previous.code }))
      }
      const stewards = await agencyStewards(ctx.db, ctx.workspace.id, joined.agency.id, TOLD_AT_MOST + 1)
      const told: Inline[] = []
      for (const steward of stewards
        .filter((s) => s.personId !== ctx.actor.personId)
        .slice(0, TOLD_AT_MOST)) {
        if (told.length > 0) told.push(', ')
        told.push(personInline(await personRef(ctx.db, steward.personId, ctx.chat.platform)))
      }
      if (told.length > 0) text.push(...translateBlocks(ctx.lang, 'membership.told', { people: told }))
      text.push(...translateBlocks(ctx.lang, 'membership.join_next'))
      return reply(text)
    },
  }),
})

/** The code as written (`dinkes`), or the code of the agency whose full name was written (`Dinas Kesehatan`). */
async function codeOf(db: Kysely<Database>, workspaceId: number, written: string): Promise<string> {
  const code = readAgencyCode(written)
  if (code) return code
  const byName = await findAgencyByName(db, workspaceId, written)
  if (byName) return byName.code
  throw new UserError(/\s/.test(written) ? 'agency.not_found' : 'agency.code_invalid', { code: written })
}
