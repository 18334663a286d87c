import { UserError } from '../errors.js'
import type { MessageKey } from '../text/catalog/index.js'
import type { Access, CommandContext } from './command.js'

/** Checks SPEC §1's coarse rule for an action; returns the refusal message key, or undefined when allowed. */
export async function refusal(access: Access, ctx: CommandContext): Promise<MessageKey | undefined> {
  const membership = ctx.actor.membership
  switch (access) {
    case 'anyone':
      return undefined
    case 'member':
      return membership ? undefined : 'core.denied.member'
    case 'agency':
      return membership && (membership.role === 'koordinator' || membership.agencyId !== null)
        ? undefined
        : 'core.denied.agency'
    case 'admin':
      return membership?.role === 'admin' || membership?.role === 'koordinator'
        ? undefined
        : 'core.denied.admin'
    case 'coordinator':
      return membership?.role === 'koordinator' ? undefined : 'core.denied.coordinator'
    case 'group-admin':
      if (ctx.chat.kind !== 'group') return 'core.denied.group_only'
      return (await ctx.platform.isGroupAdmin(ctx.chat.external_id, ctx.actor.identity.externalId))
        ? undefined
        : 'core.denied.group_admin'
  }
}

/**
 * For actions that read for anyone but write only for some (`/zona` shows, `/zona WITA` sets):
 * throws the refusal as a UserError when the sender lacks the access.
 */
export async function requireAccess(access: Access, ctx: CommandContext): Promise<void> {
  const denied = await refusal(access, ctx)
  if (denied) throw new UserError(denied)
}
