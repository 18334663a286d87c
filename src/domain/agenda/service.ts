import type { Kysely, Updateable } from 'kysely'
import type { Database } from '../../db/database.js'
import type { AgendaItemsTable } from '../../db/tables/agenda-items.js'
import { UserError } from '../../errors.js'
import { auditEntry, type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { missingItemError } from '../numbers/item-kind.js'
import type { Membership } from '../workspaces/workspaces.js'
import { findActiveAgency, findSameAgendaItem, getAgendaItem, insertAgendaItem } from './queries.js'
import {
  type AgendaFields,
  type AgendaItem,
  type AgendaPatch,
  type AgendaTime,
  checkFields,
  type NewAgendaItem,
} from './types.js'

/** Who asks for a change: their membership of the workspace (undefined for a guest). */
export type AgendaActor = Pick<Membership, 'role' | 'agencyId' | 'agencyCode'> | undefined

export const subjectOf = (number: number) => `agenda#${number}`

/** The coverage columns of an item nobody has claimed. */
export const NO_CLAIM = { coverage_agency_id: null, coverage_claimed_by: null, coverage_claimed_at: null }

export function timeColumns(time: AgendaTime) {
  return time.allDay
    ? {
        all_day: true,
        start_date: time.startDate,
        end_date: time.endDate,
        starts_at: null,
        ends_at: null,
        daily: false,
      }
    : {
        all_day: false,
        starts_at: time.startsAt,
        ends_at: time.endsAt,
        daily: time.daily,
        start_date: null,
        end_date: null,
      }
}

/** A plain record of what an item says, for the audit log. */
export function auditFields(fields: Partial<AgendaFields>): Record<string, unknown> {
  const { time, ...rest } = fields
  return time ? { ...rest, ...timeColumns(time) } : rest
}

export const hasNoAgency = (actor: AgendaActor) =>
  !actor || (actor.role !== 'koordinator' && actor.agencyId === null)

/**
 * The agency an item is for. Members add for their own agency; the coordinator may name any
 * (and must name one when they belong to none); naming another agency is refused for the rest.
 */
export async function agencyFor(
  db: Kysely<Database>,
  workspaceId: number,
  actor: AgendaActor,
  code: string | undefined,
) {
  if (!actor || hasNoAgency(actor)) throw new UserError('core.denied.agency')
  if (code) {
    const agency = await findActiveAgency(db, workspaceId, code)
    if (!agency) throw new UserError('agenda.error.agency_unknown', { code: code.trim().toUpperCase() })
    if (actor.role !== 'koordinator' && agency.id !== actor.agencyId) {
      throw new UserError('agenda.error.agency_other', { own: actor.agencyCode ?? '' })
    }
    return agency.id
  }
  if (actor.agencyId === null) throw new UserError('agenda.error.agency_required')
  return actor.agencyId
}

/** Members of the item's agency and the coordinator may change it. */
export const mayChange = (item: AgendaItem, actor: AgendaActor): boolean =>
  !!actor && !hasNoAgency(actor) && (actor.role === 'koordinator' || actor.agencyId === item.agencyId)

/** Refuses anyone but those who may change the item (see `mayChange`). */
export function checkOwner(item: AgendaItem, actor: AgendaActor): void {
  if (!actor || hasNoAgency(actor)) throw new UserError('core.denied.agency')
  if (mayChange(item, actor)) return
  throw new UserError('agenda.error.not_owner', { number: item.number, agency: item.agencyCode })
}

/**
 * Adds an agenda item with the next short number, in one transaction with its audit row. The same
 * invitation sent twice (same agency, start and title) is refused with the number it already has;
 * the check runs after the number is taken, whose lock makes two simultaneous copies queue.
 */
export async function addAgendaItem(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  input: NewAgendaItem,
): Promise<AgendaItem> {
  checkFields(input)
  return db.transaction().execute(async (trx) => {
    const agencyId = await agencyFor(trx, change.workspaceId, actor, input.agencyCode)
    const number = await allocateItemNumber(trx, change.workspaceId, 'agenda')
    const existing = await findSameAgendaItem(trx, change.workspaceId, agencyId, input.title, input.time)
    if (existing !== undefined) throw new UserError('agenda.error.duplicate', { number: existing })
    const { agencyCode: _named, ...fields } = input
    const audit = auditEntry(change, 'agenda.added', subjectOf(number), {
      ...auditFields(fields),
      agency_id: agencyId,
    })
    return insertAgendaItem(
      trx,
      {
        workspace_id: change.workspaceId,
        number,
        agency_id: agencyId,
        title: input.title,
        ...timeColumns(input.time),
        stated_zone: input.statedZone,
        location: input.location,
        notes: input.notes,
        coverage: input.coverage,
        officials: [...(input.officials ?? [])],
        ...(input.recurrence && {
          recurrence: input.recurrence.rule,
          recurs_until: input.recurrence.until,
          skip_holidays: input.recurrence.skipHolidays,
        }),
        created_by: change.actorId,
        created_at: change.now,
        updated_at: change.now,
      },
      audit,
    )
  })
}

/**
 * Edits an item. `patch` may be computed from the current item inside the transaction (an edit of
 * the time alone keeps the date); it runs after the ownership check, so a refused edit never
 * reports on its input. A cancelled item cannot be edited. Returns the item before and after.
 */
export async function editAgendaItem(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  patch: AgendaPatch | ((current: AgendaItem) => AgendaPatch),
): Promise<{ before: AgendaItem; after: AgendaItem }> {
  return db.transaction().execute(async (trx) => {
    const before = await getAgendaItem(trx, change.workspaceId, number, { forUpdate: true })
    if (!before) throw await missingItemError(trx, change.workspaceId, number, 'agenda')
    checkOwner(before, actor)
    if (before.status === 'batal') throw new UserError('agenda.error.cancelled_no_edit', { number })
    const { agencyCode, ...fields } = typeof patch === 'function' ? patch(before) : patch
    checkFields(fields)
    const values: Updateable<AgendaItemsTable> = { updated_at: change.now }
    if (agencyCode !== undefined)
      values.agency_id = await agencyFor(trx, change.workspaceId, actor, agencyCode)
    if (fields.title !== undefined) values.title = fields.title
    if (fields.time !== undefined) Object.assign(values, timeColumns(fields.time))
    if (fields.statedZone !== undefined) values.stated_zone = fields.statedZone
    if (fields.location !== undefined) values.location = fields.location
    if (fields.notes !== undefined) values.notes = fields.notes
    if (fields.coverage !== undefined) values.coverage = fields.coverage
    if (fields.officials !== undefined) values.officials = [...fields.officials]
    // No coverage asked, nobody covers it: a claim does not outlive `Liputan: tidak`.
    if (fields.coverage === false) Object.assign(values, NO_CLAIM)
    await trx
      .updateTable('agenda_items')
      .set(values)
      .where('workspace_id', '=', change.workspaceId)
      .where('number', '=', number)
      .execute()
    await recordAudit(trx, change, 'agenda.edited', subjectOf(number), {
      ...auditFields(fields),
      ...(values.agency_id !== undefined && { agency_id: values.agency_id }),
    })
    const after = (await getAgendaItem(trx, change.workspaceId, number))!
    return { before, after }
  })
}

/** Cancels an item: it stays, marked `batal`, with the reason if one was given. */
export async function cancelAgendaItem(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: AgendaActor,
  number: number,
  reason: string | undefined,
): Promise<AgendaItem> {
  return db.transaction().execute(async (trx) => {
    const item = await getAgendaItem(trx, change.workspaceId, number, { forUpdate: true })
    if (!item) throw await missingItemError(trx, change.workspaceId, number, 'agenda')
    checkOwner(item, actor)
    if (item.status === 'batal') throw new UserError('agenda.error.already_cancelled', { number })
    return markCancelled(trx, change, number, reason)
  })
}

/** Marks item `number` `batal` with its audit row, in the caller's transaction (which has checked it). */
export async function markCancelled(
  trx: Kysely<Database>,
  change: ChangeContext,
  number: number,
  reason: string | undefined,
): Promise<AgendaItem> {
  await trx
    .updateTable('agenda_items')
    .set({ status: 'batal', cancel_reason: reason ?? null, updated_at: change.now })
    .where('workspace_id', '=', change.workspaceId)
    .where('number', '=', number)
    .execute()
  await recordAudit(trx, change, 'agenda.cancelled', subjectOf(number), { reason: reason ?? null })
  return (await getAgendaItem(trx, change.workspaceId, number))!
}
