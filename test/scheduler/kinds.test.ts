import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { z } from 'zod'
import { BULK_KINDS, deriveAll, KINDS, kindNamed, PRODUCED_KINDS } from '../../src/scheduler/kinds/index.js'
import { enqueue, enqueueNotice } from '../../src/scheduler/outbox/enqueue.js'
import { DEFAULT_PLANNER_OPTIONS, validityRange } from '../../src/scheduler/producers/planner.js'
import { loadWorkspaceState } from '../../src/scheduler/producers/state.js'
import { paragraph } from '../../src/text/rich-text.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { chatIdOf } from './support.js'

const WIB = 'Asia/Jakarta'

it('gives every kind a unique lower-case snake name and a payload schema', () => {
  const names = KINDS.map((kind) => kind.name)
  expect(new Set(names).size).toBe(names.length)
  for (const kind of KINDS) {
    expect(kind.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/)
    expect(kind.payload).toBeInstanceOf(z.ZodType)
  }
})

describeWithDatabase('the scheduled-message kinds', (get) => {
  it('lists in outbox_pending_claim_idx exactly the bulk kinds the claim query ranks last', async () => {
    const { rows } = await sql<{ indexdef: string }>`
      SELECT indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND indexname = 'outbox_pending_claim_idx'`.execute(get().db)
    const inIndex = [...(rows[0]?.indexdef.match(/ARRAY\[[^\]]*\]/)?.[0] ?? '').matchAll(/'([a-z_]+)'/g)]
    expect(inIndex.map((match) => match[1]).sort()).toEqual([...BULK_KINDS].sort())
  })

  it('reads back through its schema the payload of every row of every kind', async () => {
    // Thursday 10.00: Friday's brief, nudge, reminders and drafts all fall within the lookahead.
    const now = instantOf('2026-01-15 10:00', WIB)
    const chat = new ChatHarness(get().db, { now: now.toISOString() })
    const { group, coordinator, workspaceId } = await seedForum(chat, {
      agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
    })
    const { db } = chat
    const groupId = await chatIdOf(db, group.externalId)
    const friday = (time: string) => instantOf(`2026-01-16 ${time}`, WIB).toISOString()
    const item = await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: friday('09:00'),
      coverage: true,
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rilis',
      plannedAt: friday('12:00'),
      status: 'disetujui',
    })
    await insertDraft(db, workspaceId, { agency: 'DINKES', title: 'Poster', plannedAt: friday('15:00') })
    await chat.send(group, coordinator, '/ingatkan besok 09.00 Kirim rilis')
    // Due today 21.00: its half-way and last-hour reminders and its recap fall within the lookahead.
    await chat.send(group, coordinator, '/sebar instagram.com/p/rilis')
    // The group was told of another place for the item: a change notice is due.
    await db
      .insertInto('announcements')
      .values({
        workspace_id: workspaceId,
        number: item,
        chat_id: groupId,
        announced_at: now,
        snapshot: JSON.stringify({
          subject: 'agenda',
          status: 'terjadwal',
          allDay: false,
          start: friday('09:00'),
          end: null,
          location: 'Aula lama',
        }),
      })
      .execute()
    await db
      .updateTable('agenda_items')
      .set({ updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .execute()
    const text = [paragraph('Grup ini terhubung.')]
    await enqueueNotice(db, {
      key: 'notice:1',
      chatId: groupId,
      workspaceId,
      text,
      dueAt: now,
      expiresAt: now,
    })

    const range = validityRange(now, DEFAULT_PLANNER_OPTIONS.lookaheadMs)
    const state = await loadWorkspaceState(db, workspaceId, now, range)
    const planned = deriveAll(state!, range)
    await enqueue(db, planned)

    const rows = await db.selectFrom('outbox').select(['idempotency_key', 'kind', 'payload']).execute()
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(KINDS.map((kind) => kind.name)))
    expect(new Set(planned.map((message) => message.kind))).toEqual(new Set(PRODUCED_KINDS))
    for (const row of rows) {
      const payload = kindNamed(row.kind).payload.parse(row.payload)
      const derived = planned.find((message) => message.key === row.idempotency_key)
      expect(payload).toEqual(derived?.payload ?? { text })
    }
  })
})
