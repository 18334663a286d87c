import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import type { Language } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'

export type WorkspaceSettings = {
  timezone?: string
  language?: Language
  agenda_day_before_at?: string | null
  agenda_minutes_before?: number | null
}

/** Changes workspace settings (zone, language, reminder offsets) with an audit row. */
export async function updateWorkspaceSettings(
  db: Kysely<Database>,
  change: ChangeContext,
  settings: WorkspaceSettings,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('workspaces')
      .set({ ...settings, updated_at: change.now })
      .where('id', '=', change.workspaceId)
      .execute()
    await recordAudit(trx, change, 'workspace.settings_changed', null, settings)
  })
}
