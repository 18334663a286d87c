import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { dayNameKey, SHIPPED_DAY_NAMES } from './days.js'
import { findDayName } from './find-day.js'
import { listForumDays } from './queries.js'

const subjectOf = (name: string) => `hari:${name}`

/** /hari tambah: a forum day kept every year on `month`/`day`, audited. */
export async function addForumDay(
  db: Kysely<Database>,
  change: ChangeContext,
  day: { month: number; day: number; name: string },
): Promise<void> {
  const nameKey = dayNameKey(day.name)
  await db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('forum_days')
      .values({
        workspace_id: change.workspaceId,
        month: day.month,
        day: day.day,
        name: day.name,
        name_key: nameKey,
        created_by: change.actorId,
        created_at: change.now,
      })
      .onConflict((conflict) => conflict.columns(['workspace_id', 'name_key']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!added) throw new UserError('days.exists', { name: day.name })
    await recordAudit(trx, change, 'day.added', subjectOf(day.name), { month: day.month, day: day.day })
  })
}

/** What `/hari sembunyikan` did: a forum day is removed, a shipped day hidden in this forum. */
export type HideOutcome = { name: string; removed: boolean }

/** /hari sembunyikan: removes the forum day of that name, or hides the shipped day from this forum. */
export async function hideDay(
  db: Kysely<Database>,
  change: ChangeContext,
  written: string,
): Promise<HideOutcome> {
  const forumDays = await listForumDays(db, change.workspaceId)
  const name = findDayName(written, [...forumDays.map((day) => day.name), ...SHIPPED_DAY_NAMES])
  const nameKey = dayNameKey(name)
  return db.transaction().execute(async (trx) => {
    const forumDay = forumDays.find((day) => dayNameKey(day.name) === nameKey)
    if (forumDay) {
      await trx.deleteFrom('forum_days').where('id', '=', forumDay.id).execute()
      await recordAudit(trx, change, 'day.removed', subjectOf(name))
      return { name, removed: true }
    }
    const hidden = await trx
      .insertInto('hidden_days')
      .values({
        workspace_id: change.workspaceId,
        name_key: nameKey,
        name,
        hidden_by: change.actorId,
        hidden_at: change.now,
      })
      .onConflict((conflict) => conflict.columns(['workspace_id', 'name_key']).doNothing())
      .returning('name')
      .executeTakeFirst()
    if (!hidden) throw new UserError('days.already_hidden', { name })
    await recordAudit(trx, change, 'day.hidden', subjectOf(name))
    return { name, removed: false }
  })
}

/** /hari tampilkan: shows a hidden shipped day again; returns its name. */
export async function showDay(db: Kysely<Database>, change: ChangeContext, written: string): Promise<string> {
  const hidden = await db
    .selectFrom('hidden_days')
    .select('name')
    .where('workspace_id', '=', change.workspaceId)
    .execute()
  if (hidden.length === 0) throw new UserError('days.none_hidden')
  const name = findDayName(
    written,
    hidden.map((row) => row.name),
  )
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('hidden_days')
      .where('workspace_id', '=', change.workspaceId)
      .where('name_key', '=', dayNameKey(name))
      .execute()
    await recordAudit(trx, change, 'day.shown', subjectOf(name))
  })
  return name
}
