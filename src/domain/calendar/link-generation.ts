import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import type { CalendarLink } from './web-link.js'

/** The generation new web-calendar links of a workspace are signed with. */
export async function currentLinkGeneration(db: Kysely<Database>, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select('web_link_generation')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow()
  return row.web_link_generation
}

/** `/kalender web baru`: every web-calendar link of the workspace made so far stops working. */
export async function renewWebLinks(db: Kysely<Database>, change: ChangeContext): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('workspaces')
      .set((eb) => ({ web_link_generation: eb('web_link_generation', '+', 1) }))
      .where('id', '=', change.workspaceId)
      .returning('web_link_generation')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, change, 'calendar.web_links_revoked', null, {
      generation: row.web_link_generation,
    })
    return row.web_link_generation
  })
}

/**
 * What a genuine, unexpired link may show now: nothing (undefined) when its workspace is gone or its
 * generation was renewed; a guest's view when it was made for a coordinator who no longer is one, or
 * names no one (links from before this check) — the link was shared legitimately, so the public part
 * stays visible rather than refused.
 */
export async function linkStanding(
  db: Kysely<Database>,
  link: CalendarLink,
): Promise<CalendarLink | undefined> {
  const workspace = await db
    .selectFrom('workspaces')
    .select('web_link_generation')
    .where('id', '=', link.workspaceId)
    .executeTakeFirst()
  if (!workspace || workspace.web_link_generation !== link.generation) return undefined
  if (link.viewer === 'guest') return link
  const membership =
    link.personId === null
      ? undefined
      : await db
          .selectFrom('memberships')
          .select('role')
          .where('workspace_id', '=', link.workspaceId)
          .where('person_id', '=', link.personId)
          .executeTakeFirst()
  return membership?.role === 'koordinator' ? link : { ...link, viewer: 'guest' }
}
