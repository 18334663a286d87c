import type { Kysely } from 'kysely'
import type { Database } from '../../src/db/database.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import type { ContentStatus, SocialPlatform } from '../../src/vocabulary.js'

/**
 * Agenda items, drafts and key messages put straight into the database, so that the calendar, brief,
 * recap and export tests do not depend on the commands that create them.
 */

async function someone(db: Kysely<Database>): Promise<number> {
  const person = await db.selectFrom('people').select('id').orderBy('id').executeTakeFirst()
  if (person) return person.id
  const created = await db
    .insertInto('people')
    .values({ display_name: 'Penguji' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return created.id
}

export async function agencyId(db: Kysely<Database>, workspaceId: number, code: string): Promise<number> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return row.id
}

export interface AgendaSeed {
  agency: string
  title: string
  /** An instant (timed item) … */
  startsAt?: string
  endsAt?: string
  /** … or dates (all-day item). */
  startDate?: string
  endDate?: string
  statedZone?: string
  location?: string
  notes?: string
  coverage?: boolean
  status?: 'terjadwal' | 'batal'
  cancelReason?: string
}

/** Inserts an agenda item with the next short number; returns the number. */
export async function insertAgenda(
  db: Kysely<Database>,
  workspaceId: number,
  seed: AgendaSeed,
): Promise<number> {
  const createdBy = await someone(db)
  const agency = await agencyId(db, workspaceId, seed.agency)
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'agenda')
    const allDay = seed.startDate !== undefined
    await trx
      .insertInto('agenda_items')
      .values({
        workspace_id: workspaceId,
        number,
        agency_id: agency,
        title: seed.title,
        all_day: allDay,
        starts_at: allDay ? null : new Date(seed.startsAt!),
        ends_at: seed.endsAt ? new Date(seed.endsAt) : null,
        start_date: seed.startDate ?? null,
        end_date: seed.endDate ?? null,
        stated_zone: seed.statedZone ?? 'Asia/Jakarta',
        location: seed.location ?? null,
        notes: seed.notes ?? null,
        coverage: seed.coverage ?? false,
        status: seed.status ?? 'terjadwal',
        cancel_reason: seed.cancelReason ?? null,
        created_by: createdBy,
      })
      .execute()
    return number
  })
}

export interface DraftSeed {
  agency: string
  title: string
  plannedAt?: string
  status?: ContentStatus
  platforms?: SocialPlatform[]
  publishedAt?: string
  createdAt?: string
  links?: string[]
}

/** Inserts a content draft with the next short number; returns the number. */
export async function insertDraft(
  db: Kysely<Database>,
  workspaceId: number,
  seed: DraftSeed,
): Promise<number> {
  const createdBy = await someone(db)
  const agency = await agencyId(db, workspaceId, seed.agency)
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'konten')
    const status = seed.status ?? 'diajukan'
    const draft = await trx
      .insertInto('content_drafts')
      .values({
        workspace_id: workspaceId,
        number,
        agency_id: agency,
        title: seed.title,
        platforms: seed.platforms ?? ['instagram'],
        planned_at: seed.plannedAt ? new Date(seed.plannedAt) : null,
        hashtags: [],
        key_message_id: null,
        status,
        created_by: createdBy,
        ...(seed.createdAt ? { created_at: new Date(seed.createdAt) } : {}),
        published_at:
          status === 'terbit' ? new Date(seed.publishedAt ?? seed.plannedAt ?? '2026-01-01T00:00:00Z') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const url of seed.links ?? [])
      await trx.insertInto('content_links').values({ draft_id: draft.id, url }).execute()
    return number
  })
}

export interface KeyMessageSeed {
  theme: string
  message?: string
  hashtags?: string[]
  validFrom: string
  validTo: string
  archived?: boolean
}

export async function insertKeyMessage(
  db: Kysely<Database>,
  workspaceId: number,
  seed: KeyMessageSeed,
): Promise<number> {
  const createdBy = await someone(db)
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'narasi')
    await trx
      .insertInto('key_messages')
      .values({
        workspace_id: workspaceId,
        number,
        theme: seed.theme,
        message: seed.message ?? '',
        talking_points: [],
        hashtags: seed.hashtags ?? [],
        valid_from: seed.validFrom,
        valid_to: seed.validTo,
        archived_at: seed.archived ? new Date('2026-01-01T00:00:00Z') : null,
        created_by: createdBy,
      })
      .execute()
    return number
  })
}
