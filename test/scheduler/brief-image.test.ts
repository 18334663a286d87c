import { expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readPng } from '../support/png.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, scheduledRun } from './support.js'

describeWithDatabase('the Monday brief as a picture', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, {
      now: instantOf('2026-01-11 12:00', 'Asia/Jakarta').toISOString(),
    })
    const seeded = await seedForum(chat, { agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }] })
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: 'Asia/Jakarta' })
    const at = (wall: string) => instantOf(wall, 'Asia/Jakarta').toISOString()
    await insertAgenda(chat.db, seeded.workspaceId, {
      agency: 'DINKES',
      title: 'Pencanangan imunisasi campak',
      startsAt: at('2026-01-12 09:00'),
    })
    await insertAgenda(chat.db, seeded.workspaceId, {
      agency: 'DINKES',
      title: 'Rilis data',
      startsAt: at('2026-01-14 10:00'),
    })
    await insertDraft(chat.db, seeded.workspaceId, {
      agency: 'DINKES',
      title: 'Draf rahasia',
      plannedAt: at('2026-01-13 10:00'),
      status: 'diajukan',
    })
    return { chat, delivery, run, ...seeded }
  }

  it('is off by default: Monday brings the text brief', async () => {
    const { delivery, run, group } = await forum()
    await run.at('2026-01-12 07:00')
    const [brief] = delivery.delivered.filter((d) => d.chatExternalId === group.externalId)
    expect(brief!.text).toContain('Brief Senin, 12 Januari 2026')
    expect(brief!.message.files).toBeUndefined()
  })

  it('sends the week as a picture on Mondays once turned on, and text on other days', async () => {
    const { chat, delivery, run, group, coordinator } = await forum()
    const on = await chat.send(group, coordinator, '/brief gambar hidup')
    expect(on.text).toBe(
      'Brief pagi hari Senin di grup ini kini berupa gambar agenda sepekan. Matikan dengan /brief gambar mati.',
    )
    await run.at('2026-01-12 07:00')
    const [monday] = delivery.delivered.filter((d) => d.chatExternalId === group.externalId)
    expect(monday!.text).toBe('')
    const [picture] = monday!.message.files!
    expect(picture!.mimeType).toBe('image/png')
    expect(renderPlain(picture!.caption!)).toBe(
      'Brief Senin, 12 Januari 2026 — Bakohumas Kabupaten Wonosobo. Agenda pekan ini dalam gambar; teks lengkap: /brief',
    )
    expect(readPng(picture!.content).width).toBe(1080)
    delivery.clear()

    await run.at('2026-01-13 07:00')
    const tuesday = delivery.delivered.find((d) => d.text.includes('Brief Selasa, 13 Januari 2026'))
    expect(tuesday).toBeDefined()
    expect(tuesday!.message.files).toBeUndefined()
  })

  it('goes back to text when turned off, and only the coordinator may switch it', async () => {
    const { chat, delivery, run, group, coordinator } = await forum()
    const guest = chat.person('Tamu', { in: [group] })
    const refused = await chat.send(group, guest, '/brief gambar hidup')
    expect(refused.text).toContain('koordinator')
    await chat.send(group, coordinator, '/brief image on')
    const off = await chat.send(group, coordinator, '/brief gambar mati')
    expect(off.text).toBe('Brief pagi hari Senin di grup ini kembali berupa teks.')
    await run.at('2026-01-12 07:00')
    const [monday] = delivery.delivered.filter((d) => d.chatExternalId === group.externalId)
    expect(monday!.text).toContain('Brief Senin, 12 Januari 2026')
    expect(monday!.message.files).toBeUndefined()
  })
})
