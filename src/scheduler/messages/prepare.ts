/**
 * What a claimed row becomes when it is about to be sent. A derived row's subject is loaded again and
 * its kind derives again from it: the row is sent only if the current data still produces its very key
 * (an item cancelled or moved since the row was written withdraws it; a brief moved later gives it back
 * for the new time), with the text rendered from the data as it is now. A row written once is sent as
 * written.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { deriveAll, kindNamed } from '../kinds/index.js'
import type { Prepared } from '../kinds/kind.js'
import type { OutboxRow } from '../outbox/claim.js'
import { validityRange } from '../producers/planner.js'
import { loadWorkspaceState } from '../producers/state.js'
import type { TextOptions } from './texts.js'

/** A brief moved less than this much later is sent now rather than given back. */
const RELEASE_THRESHOLD_MS = 1000

export async function prepareRow(
  db: Kysely<Database>,
  row: OutboxRow,
  now: Date,
  lookaheadMs: number,
): Promise<Prepared> {
  const kind = kindNamed(row.kind)
  if (kind.source === 'written once') {
    const payload = kind.payload.safeParse(row.payload)
    if (!payload.success) return { action: 'skip', reason: `skipped: unreadable ${row.kind} payload` }
    return kind.render(payload.data)
  }
  if (row.workspace_id === null) return { action: 'withdraw', reason: 'withdrawn: no workspace' }
  const range = validityRange(now, lookaheadMs)
  const scope = kind.scope(row.chat_id, row.subject_number)
  const state = await loadWorkspaceState(db, row.workspace_id, now, range, scope)
  if (!state) return { action: 'withdraw', reason: 'withdrawn: workspace not found' }
  const wanted = deriveAll(state, range).find((message) => message.key === row.idempotency_key)
  if (!wanted) return { action: 'withdraw', reason: 'withdrawn: its subject changed since it was written' }
  if (
    row.attempts <= 1 &&
    wanted.dueAt.getTime() > now.getTime() + RELEASE_THRESHOLD_MS &&
    wanted.dueAt.getTime() !== row.due_at.getTime()
  ) {
    return { action: 'release', dueAt: wanted.dueAt }
  }
  const options: TextOptions = { lang: state.workspace.language, zone: state.workspace.timezone, now }
  return kind.render(db, state, wanted, options)
}
