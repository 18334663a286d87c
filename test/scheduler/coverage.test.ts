import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'

// Sunday 11 January 2026, noon WIB; items on Tuesday 13 January.
describeWithDatabase('the coverage desk in scheduled messages', (get) => {
  async function forum(options: { briefs?: boolean } = {}) {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-11 12:00', WIB).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika' },
      ],
      members: [
        { name: 'Budi Dinkes', agency: 'DINKES' },
        { name: 'Dian Kominfo', agency: 'DISKOMINFO' },
      ],
    })
    const { group } = seeded
    if (!options.briefs) await chat.send(group, seeded.coordinator, '/brief mati')
    const budi = seeded.people['Budi Dinkes']!
    const dian = seeded.people['Dian Kominfo']!
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB })
    const send = (who: typeof budi, text: string) => chat.send(group, who, text)
    await send(budi, '/agenda tambah Selasa 13.00 Penyuluhan Gizi @ Balai Desa\nLiputan: ya')
    await send(budi, '/agenda tambah Selasa 09.00 Rapat Internal @ Aula Dinkes')
    await send(budi, '/agenda tambah Selasa 10.00 Pencanangan Imunisasi @ Pendopo\nLiputan: ya')
    const coverageTexts = () => delivery.textsIn(group.externalId).filter((text) => text.startsWith('📣'))
    return { chat, run, send, budi, dian, coverageTexts, delivery, group, coordinator: seeded.coordinator }
  }

  it('tells the groups the day before which items nobody covers yet', async () => {
    const { run, send, dian, coverageTexts } = await forum()
    await send(dian, '/liput 1')
    await run.at('2026-01-12 15:59')
    expect(coverageTexts()).toEqual([])
    await run.at('2026-01-12 16:00')
    expect(coverageTexts()).toEqual([
      '📣 Besok belum ada peliput (Selasa, 13 Januari 2026):\n' +
        '• #3 · 10.00 WIB · Pencanangan Imunisasi @ Pendopo · DINKES · liputan: belum ada peliput\n' +
        'Klaim dengan /liput nomor, misalnya /liput 3.',
    ])
  })

  it('says nothing when every item has been claimed by the time it is due', async () => {
    const { chat, run, send, dian, coverageTexts } = await forum()
    await run.at('2026-01-12 12:00')
    await send(dian, '/liput 1')
    await send(dian, '/liput 3')
    await run.at('2026-01-12 16:00')
    expect(coverageTexts()).toEqual([])
    const rows = (await outboxRows(chat.db)).filter((row) => row.kind === 'coverage_day_before')
    expect(rows.map((row) => row.status)).toEqual(['skipped'])
  })

  it('is switched off with the day-before reminders', async () => {
    const { run, send, coordinator, coverageTexts } = await forum()
    await send(coordinator, '/pengingat agenda H-1 mati')
    await run.at('2026-01-12 16:00')
    await run.at('2026-01-12 23:00')
    expect(coverageTexts()).toEqual([])
  })

  it('puts the day’s uncovered items first in the morning brief and names them below', async () => {
    const { run, send, dian, delivery, group } = await forum({ briefs: true })
    await send(dian, '/liput 1')
    await run.at('2026-01-13 07:00')
    const brief = delivery.textsIn(group.externalId).find((text) => text.includes('Agenda hari ini'))
    expect(brief).toContain(
      'Agenda hari ini (3)\n' +
        '• #3 · 10.00 WIB · Pencanangan Imunisasi @ Pendopo · DINKES · liputan: belum ada peliput\n' +
        '• #2 · 09.00 WIB · Rapat Internal @ Aula Dinkes · DINKES\n' +
        '• #1 · 13.00 WIB · Penyuluhan Gizi @ Balai Desa · DINKES · liputan: DISKOMINFO\n' +
        '📣 Belum ada peliput: #3. Klaim dengan /liput 3.',
    )
  })
})
