import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import { describeWithDatabase } from '../support/databases.js'

async function seedWorkspace(db: Kysely<Database>) {
  const workspace = await db
    .insertInto('workspaces')
    .values({ name: 'Bakohumas Wonosobo' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const person = await db
    .insertInto('people')
    .values({ display_name: 'Sari' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const agency = await db
    .insertInto('agencies')
    .values({ workspace_id: workspace.id, code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { workspaceId: workspace.id, personId: person.id, agencyId: agency.id }
}

describeWithDatabase('schema constraints', (get) => {
  it('returns ids and counts as numbers and dates as plain text on every backend', async () => {
    const { db } = get()
    const { workspaceId, personId, agencyId } = await seedWorkspace(db)
    expect(typeof workspaceId).toBe('number')
    const number = await allocateItemNumber(db, workspaceId, 'agenda')
    await db
      .insertInto('agenda_items')
      .values({
        workspace_id: workspaceId,
        number,
        agency_id: agencyId,
        title: 'Jalan Sehat',
        all_day: true,
        start_date: '2026-01-17',
        starts_at: null,
        ends_at: null,
        end_date: null,
        stated_zone: 'Asia/Jakarta',
        location: null,
        notes: null,
        cancel_reason: null,
        created_by: personId,
      })
      .execute()
    const row = await db.selectFrom('agenda_items').select(['start_date', 'id']).executeTakeFirstOrThrow()
    expect(row.start_date).toBe('2026-01-17')
    const { count } = await db
      .selectFrom('agenda_items')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    expect(count).toBe(1)
  })

  it('refuses a status outside the allowed set', async () => {
    const { db } = get()
    const { workspaceId, personId, agencyId } = await seedWorkspace(db)
    const number = await allocateItemNumber(db, workspaceId, 'konten')
    await expect(
      db
        .insertInto('content_drafts')
        .values({
          workspace_id: workspaceId,
          number,
          agency_id: agencyId,
          title: 'Poster',
          planned_at: null,
          key_message_id: null,
          created_by: personId,
          published_at: null,
          status: 'draft' as never,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/)
  })

  it('refuses a second agency with the same code in one workspace', async () => {
    const { db } = get()
    const { workspaceId } = await seedWorkspace(db)
    await expect(
      db
        .insertInto('agencies')
        .values({ workspace_id: workspaceId, code: 'DINKES', name: 'Dinas Kesehatan Lagi' })
        .execute(),
    ).rejects.toThrow(/unique/)
  })

  it('refuses a lower-case or malformed agency code', async () => {
    const { db } = get()
    const { workspaceId } = await seedWorkspace(db)
    await expect(
      db
        .insertInto('agencies')
        .values({ workspace_id: workspaceId, code: 'dinsos', name: 'Dinas Sosial' })
        .execute(),
    ).rejects.toThrow(/check constraint/)
    await expect(
      db.insertInto('agencies').values({ workspace_id: workspaceId, code: '1PLN', name: 'PLN' }).execute(),
    ).rejects.toThrow(/check constraint/)
  })

  it('refuses an orphan row that points to no person', async () => {
    const { db } = get()
    const { workspaceId, agencyId } = await seedWorkspace(db)
    await expect(
      db
        .insertInto('memberships')
        .values({ workspace_id: workspaceId, person_id: 999_999, role: 'anggota', agency_id: agencyId })
        .execute(),
    ).rejects.toThrow(/foreign key/)
  })

  it('refuses a membership in an agency of another workspace', async () => {
    const { db } = get()
    const first = await seedWorkspace(db)
    const other = await db
      .insertInto('workspaces')
      .values({ name: 'Bakohumas Banjarnegara' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await expect(
      db
        .insertInto('memberships')
        .values({
          workspace_id: other.id,
          person_id: first.personId,
          role: 'anggota',
          agency_id: first.agencyId,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/)
  })

  it('refuses an agency member without an agency but accepts a coordinator without one', async () => {
    const { db } = get()
    const { workspaceId, personId } = await seedWorkspace(db)
    await expect(
      db
        .insertInto('memberships')
        .values({ workspace_id: workspaceId, person_id: personId, role: 'anggota', agency_id: null })
        .execute(),
    ).rejects.toThrow(/check constraint/)
    await db
      .insertInto('memberships')
      .values({ workspace_id: workspaceId, person_id: personId, role: 'koordinator', agency_id: null })
      .execute()
  })

  it('refuses an agenda item that is both all-day and timed', async () => {
    const { db } = get()
    const { workspaceId, personId, agencyId } = await seedWorkspace(db)
    const number = await allocateItemNumber(db, workspaceId, 'agenda')
    await expect(
      db
        .insertInto('agenda_items')
        .values({
          workspace_id: workspaceId,
          number,
          agency_id: agencyId,
          title: 'Rapat',
          all_day: true,
          start_date: '2026-01-12',
          starts_at: new Date('2026-01-12T02:00:00Z'),
          ends_at: null,
          end_date: null,
          stated_zone: 'Asia/Jakarta',
          location: null,
          notes: null,
          cancel_reason: null,
          created_by: personId,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/)
  })

  it('refuses an item whose number was allocated for another kind', async () => {
    const { db } = get()
    const { workspaceId, personId } = await seedWorkspace(db)
    const number = await allocateItemNumber(db, workspaceId, 'agenda')
    await expect(
      db
        .insertInto('key_messages')
        .values({
          workspace_id: workspaceId,
          number,
          theme: 'Stunting',
          valid_from: '2026-01-01',
          valid_to: '2026-01-31',
          archived_at: null,
          created_by: personId,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/)
  })

  it('refuses an outbox row marked sending without a claim token', async () => {
    const { db } = get()
    const { workspaceId } = await seedWorkspace(db)
    const chat = await db
      .insertInto('chats')
      .values({
        platform: 'console',
        external_id: 'grup-1',
        kind: 'group',
        title: 'Grup',
        workspace_id: workspaceId,
        linked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const due = new Date('2026-01-12T00:00:00Z')
    const row = {
      idempotency_key: 'brief:1:2026-01-12',
      kind: 'brief' as const,
      chat_id: chat.id,
      workspace_id: workspaceId,
      subject_number: null,
      payload: JSON.stringify({}),
      due_at: due,
      expires_at: due,
      claim_token: null,
      lease_until: null,
      last_error: null,
      sent_at: null,
    }
    await expect(
      db
        .insertInto('outbox')
        .values({ ...row, status: 'sending' })
        .execute(),
    ).rejects.toThrow(/check constraint/)
    await db.insertInto('outbox').values(row).execute()
    await expect(db.insertInto('outbox').values(row).execute()).rejects.toThrow(/unique/)
  })
})
