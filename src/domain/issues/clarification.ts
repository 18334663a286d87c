/**
 * `/isu 5 tanggapan`: the owning agency's clarification, a content draft linked to the issue — saved
 * with the issue's answer time in one transaction, so neither stands without the other.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { ChangeContext } from '../audit/record-audit.js'
import { type DraftExtras, type DraftInput, insertDraft } from '../content/service.js'
import type { ContentActor, ContentDraft } from '../content/types.js'
import { recordClarification } from './issues.js'
import type { Issue } from './types.js'

export async function submitClarification(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: ContentActor,
  number: number,
  input: Omit<DraftInput, 'agencyCode' | 'issueId'>,
  extras: DraftExtras,
): Promise<{ issue: Issue; draft: ContentDraft }> {
  return db.transaction().execute(async (trx) => {
    let draft: ContentDraft | undefined
    const issue = await recordClarification(
      trx,
      change,
      number,
      (current) => actor.isCoordinator || actor.agencyId === current.agency?.id,
      async (current) => {
        draft = await insertDraft(
          trx,
          change,
          actor,
          { ...input, agencyCode: current.agency!.code, issueId: current.id },
          extras,
        )
        return draft
      },
    )
    return { issue, draft: draft! }
  })
}
