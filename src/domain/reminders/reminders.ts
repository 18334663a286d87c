import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { RemindersTable } from '../../db/tables/reminders.js'
import { UserError } from '../../errors.js'
import type { ReminderStatus } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { missingItemError } from '../numbers/item-kind.js'

/** An ad-hoc reminder (`/ingatkan`): one message into one chat at one instant. */
export interface Reminder {
  readonly id: number
  readonly number: number
  readonly chatId: number
  readonly message: string
  readonly dueAt: Date
  readonly status: ReminderStatus
  readonly createdBy: number
}

/** The longest message a reminder may carry (the table's check). */
export const REMINDER_MESSAGE_MAX = 1000

function toReminder(row: Selectable<RemindersTable>): Reminder {
  return {
    id: row.id,
    number: row.number,
    chatId: row.chat_id,
    message: row.message,
    dueAt: row.due_at,
    status: row.status,
    createdBy: row.created_by,
  }
}

/** Stores a reminder with the next short number; delivery is the scheduler's job. */
export async function createReminder(
  db: Kysely<Database>,
  change: ChangeContext & { readonly chatId: number },
  input: { readonly message: string; readonly dueAt: Date },
): Promise<Reminder> {
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, change.workspaceId, 'pengingat')
    const row = await trx
      .insertInto('reminders')
      .values({
        workspace_id: change.workspaceId,
        number,
        chat_id: change.chatId,
        message: input.message,
        due_at: input.dueAt,
        created_by: change.actorId,
        created_at: change.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, change, 'reminder.created', `#${number}`, {
      due_at: input.dueAt.toISOString(),
      message: input.message,
    })
    return toReminder(row)
  })
}

/** Reminders of a chat still waiting to be sent, soonest first, at most `limit`, with how many there are. */
export async function pendingRemindersOfChat(
  db: Kysely<Database>,
  workspaceId: number,
  chatId: number,
  limit: number,
): Promise<{ reminders: Reminder[]; total: number }> {
  const base = db
    .selectFrom('reminders')
    .where('workspace_id', '=', workspaceId)
    .where('chat_id', '=', chatId)
    .where('status', '=', 'menunggu')
  const rows = await base.selectAll().orderBy('due_at').orderBy('number').limit(limit).execute()
  const count = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return { reminders: rows.map(toReminder), total: Number(count.n) }
}

/** Who asks to cancel: their role and agency in the reminder's workspace. */
export interface ReminderCanceller {
  readonly isCoordinator: boolean
  readonly agencyId: number | null
}

/**
 * SPEC §1 "own agency": the creator, anyone of the creator's agency (as it is now), or a coordinator.
 * A reminder whose creator has no agency (a coordinator's) belongs to no agency, so only coordinators.
 */
async function mayCancel(
  trx: Transaction<Database>,
  row: Selectable<RemindersTable>,
  change: ChangeContext,
  by: ReminderCanceller,
): Promise<boolean> {
  if (by.isCoordinator || row.created_by === change.actorId) return true
  if (by.agencyId === null) return false
  const creator = await trx
    .selectFrom('memberships')
    .select('agency_id')
    .where('workspace_id', '=', change.workspaceId)
    .where('person_id', '=', row.created_by)
    .executeTakeFirst()
  return creator?.agency_id === by.agencyId
}

/**
 * Cancels a waiting reminder (who may: `mayCancel`). The scheduler withdraws what it had
 * written for it: it plans again after every change and derives each message again before sending it.
 */
export async function cancelReminder(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  by: ReminderCanceller,
): Promise<Reminder> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('reminders')
      .selectAll()
      .where('workspace_id', '=', change.workspaceId)
      .where('number', '=', number)
      .forUpdate()
      .executeTakeFirst()
    // "#14 adalah agenda — lihat dengan /agenda 14", or "no item #14".
    if (!row) throw await missingItemError(trx, change.workspaceId, number, 'pengingat')
    if (!(await mayCancel(trx, row, change, by))) throw new UserError('remind.cancel_denied', { number })
    if (row.status === 'batal') throw new UserError('remind.already_cancelled', { number })
    if (row.status === 'terkirim') throw new UserError('remind.already_sent', { number })
    const updated = await trx
      .updateTable('reminders')
      .set({ status: 'batal' })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, change, 'reminder.cancelled', `#${number}`, { due_at: row.due_at.toISOString() })
    return toReminder(updated)
  })
}

/** The scheduler delivered a waiting reminder. Takes `db` or the transaction that marks it sent. */
export async function markReminderSent(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<void> {
  await settleWaiting(db, workspaceId, number, 'terkirim')
}

/**
 * The scheduler gave up on a waiting reminder (expired, failed, its chat gone): it leaves the list of
 * waiting reminders, and `batal` is the only status the table has for that.
 */
export async function cancelUndeliveredReminder(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<void> {
  await settleWaiting(db, workspaceId, number, 'batal')
}

async function settleWaiting(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
  status: Exclude<ReminderStatus, 'menunggu'>,
): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ status })
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .where('status', '=', 'menunggu')
    .execute()
}
