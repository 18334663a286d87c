import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows, scheduledRun } from './support.js'

const WIB = 'Asia/Jakarta'

describeWithDatabase('reminders of a recurring item', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-12-03 10:00', WIB).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'SETDA', name: 'Sekretariat Daerah' }],
      members: [{ name: 'Budi Setda', agency: 'SETDA' }],
    })
    await chat.send(seeded.group, seeded.coordinator, '/brief mati')
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: WIB })
    const budi = seeded.people['Budi Setda']!
    const say = (wall: string, text: string) => {
      chat.clock.set(instantOf(wall, WIB).toISOString())
      return chat.send(seeded.group, budi, text)
    }
    const texts = () => delivery.textsIn(seeded.group.externalId)
    const agendaKeys = async () =>
      (await outboxRows(chat.db))
        .filter((row) => row.kind.startsWith('agenda'))
        .map((row) => [row.idempotency_key.replace(/:c\d+$/, ''), row.status])
    return { chat, run, say, texts, agendaKeys }
  }

  it('reminds of each occurrence once, each with a key of its own date', async () => {
    const { run, say, texts, agendaKeys } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin dan Kamis 07.30 Apel Pagi @ Halaman Setda')
    await run.at('2026-12-06 16:00')
    await run.at('2026-12-06 16:05')
    await run.at('2026-12-07 06:30')
    await run.at('2026-12-09 16:00')
    await run.at('2026-12-10 06:30')
    expect(texts()).toEqual([
      'Besok, Senin, 7 Desember 2026:\n#1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin\nDetail: /agenda 1',
      expect.stringMatching(/^Segera dimulai \(60 menit lagi\):\n#1 · 07\.30 WIB · Apel Pagi/),
      'Besok, Kamis, 10 Desember 2026:\n#1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin\nDetail: /agenda 1',
      expect.stringMatching(/^Segera dimulai \(60 menit lagi\):\n#1 · 07\.30 WIB · Apel Pagi/),
    ])
    expect((await agendaKeys()).filter(([, status]) => status === 'sent')).toEqual([
      ['w1:agenda#1:H-1:2026-12-07', 'sent'],
      ['w1:agenda#1:60m:2026-12-07T00:30:00.000Z', 'sent'],
      ['w1:agenda#1:H-1:2026-12-10', 'sent'],
      ['w1:agenda#1:60m:2026-12-10T00:30:00.000Z', 'sent'],
    ])
  })

  it('tells the group when the series’ time changes after it was reminded of an occurrence', async () => {
    const { run, say, texts } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin 07.30 Apel Pagi')
    await run.at('2026-12-06 16:00')
    await say('2026-12-06 17:00', '/agenda ubah 1 Waktu: 08.00')
    await run.at('2026-12-06 17:01')
    expect(texts()[1]).toContain('Senin, 7 Desember 2026, 07.30 WIB')
    expect(texts()[1]).toContain('Senin, 7 Desember 2026, 08.00 WIB')
  })

  it('withdraws the reminders of a cancelled date and tells the group that was reminded of it', async () => {
    const { run, say, texts, agendaKeys } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin 07.30 Apel Pagi')
    await run.at('2026-12-06 16:00')
    await say('2026-12-06 18:00', '/agenda batal 1 tanggal 7 Desember')
    await run.at('2026-12-06 18:01')
    await run.at('2026-12-07 06:30')
    expect(texts()).toEqual([
      expect.stringMatching(/^Besok, Senin, 7 Desember 2026:/),
      'Perubahan #1: Apel Pagi dibatalkan.\nHanya jadwal Senin, 7 Desember 2026, 07.30 WIB; jadwal lainnya tetap.',
    ])
    expect(await agendaKeys()).toEqual([
      ['w1:agenda#1:H-1:2026-12-07', 'sent'],
      ['w1:agenda#1:60m:2026-12-07T00:30:00.000Z', 'withdrawn'],
    ])
  })

  it('tells the group reminded of a date that a series ended before it is stopped from that date on', async () => {
    const { run, say, texts } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin dan Kamis 07.30 Apel Pagi')
    await run.at('2026-12-09 16:00')
    await say('2026-12-09 18:00', '/agenda batal 1 semua')
    await run.at('2026-12-09 18:01')
    expect(texts()).toEqual([
      expect.stringMatching(/^Besok, Kamis, 10 Desember 2026:/),
      'Perubahan #1: Apel Pagi dibatalkan.\nJadwal Kamis, 10 Desember 2026, 07.30 WIB dan seterusnya dihentikan.',
    ])
  })

  it('tells the group reminded of a detached date that cancelling the whole series cancelled it too', async () => {
    const { run, say, texts, agendaKeys } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin dan Kamis 07.30 Apel Pagi')
    await say('2026-12-03 10:05', '/agenda ubah 1 tanggal 10 Desember\nWaktu: 08.00')
    await run.at('2026-12-09 16:00')
    await say('2026-12-09 18:00', '/agenda batal 1 semua')
    await run.at('2026-12-09 18:01')
    await run.at('2026-12-10 07:00')
    expect(texts()).toEqual([
      expect.stringMatching(/^Besok, Kamis, 10 Desember 2026:\n#2 · 08\.00 WIB · Apel Pagi/),
      'Perubahan #2: Apel Pagi dibatalkan.',
    ])
    expect((await agendaKeys()).filter(([key]) => key!.includes('#2'))).toEqual([
      ['w1:agenda#2:H-1:2026-12-10', 'sent'],
      ['w1:agenda#2:60m:2026-12-10T01:00:00.000Z', 'withdrawn'],
    ])
  })

  it('tells the group the new time and place of a date edited on its own', async () => {
    const { run, say, texts } = await forum()
    await say('2026-12-03 10:00', '/agenda tambah setiap Senin 07.30 Apel Pagi @ Halaman')
    await run.at('2026-12-06 16:00')
    await say('2026-12-06 18:00', '/agenda ubah 1 tanggal 7 Desember\nWaktu: 08.00\nTempat: Aula')
    await run.at('2026-12-06 18:01')
    expect(texts()[1]).toContain('Senin, 7 Desember 2026, 08.00 WIB')
    expect(texts()[1]).toContain('Aula')
  })
})
