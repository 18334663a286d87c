import { expect, it } from 'vitest'
import type { Inline, Mention } from '../../src/text/rich-text.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { DINKES_ADMIN, ISSUE_DESK_MEMBERS, issueDeskForum } from '../support/issue-desk-forum.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows, scheduledRun } from './support.js'

const ZONE = 'Asia/Jakarta'

/** The people a delivered message mentions (so the platform notifies them), by name. */
function mentioned(text: readonly { kind: string; children?: Inline[] }[]): string[] {
  return text
    .flatMap((block) => block.children ?? [])
    .filter((node): node is Mention => typeof node !== 'string' && node.kind === 'mention')
    .map((m) => m.name)
}

// Wednesday 7 January 2026, 10.00 WIB; briefs off so that only issue reminders show.
describeWithDatabase('issue reminders', (get) => {
  async function forum(now = '2026-01-07 10:00') {
    const chat = new ChatHarness(get().db, { now: instantOf(now, ZONE).toISOString() })
    const seeded = await issueDeskForum(chat, [DINKES_ADMIN, ...ISSUE_DESK_MEMBERS])
    await chat.send(seeded.group, seeded.coordinator, '/brief mati')
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: ZONE })
    const sent = () => delivery.delivered.filter((d) => d.chatExternalId === seeded.group.externalId)
    return { chat, run, sent, ...seeded }
  }

  it('reminds the owning agency half-way and at the deadline, then tells the coordinator it is 30 minutes late', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin\nTingkat: tinggi')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await run.at('2026-01-07 10:59')
    expect(sent()).toEqual([])
    await run.at('2026-01-07 11:00')
    expect(sent().map((d) => d.text)).toEqual([
      '⏳ Isu #1 (DINKES) — waktu tinggal separuh: tenggat 12.00 WIB (60 menit lagi).\n@Dewi Admin: mohon kirim klarifikasi dengan /isu 1 tanggapan.',
    ])
    expect(mentioned(sent()[0]!.message.text)).toEqual(['Dewi Admin'])
    await run.at('2026-01-07 11:59')
    expect(sent()).toHaveLength(1)
    await run.at('2026-01-07 12:00')
    expect(sent()[1]!.text).toBe(
      '⏰ Isu #1 (DINKES) — tenggat sekarang (12.00 WIB), klarifikasi belum masuk.\n@Dewi Admin: mohon kirim klarifikasi dengan /isu 1 tanggapan.',
    )
    await run.at('2026-01-07 12:29')
    expect(sent()).toHaveLength(2)
    await run.at('2026-01-07 12:30')
    expect(sent()[2]!.text).toBe(
      '🔴 Isu #1 terlambat 30 menit: DINKES belum mengirim klarifikasi (tenggat 12.00 WIB).\n@Sari Koordinator: tugaskan dengan /isu 1 tugaskan KODE [tenggat].',
    )
    await run.at('2026-01-07 16:00')
    expect(sent()).toHaveLength(3)
  })

  it('stops reminding once the agency sends its clarification', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 2 jam')
    await run.at('2026-01-07 10:30')
    expect((await outboxRows(chat.db)).map((row) => [row.kind, row.status])).toEqual([
      ['issue_halfway', 'pending'],
      ['issue_deadline', 'pending'],
      ['issue_overdue', 'pending'],
    ])
    await chat.send(group, budi, '/isu 1 tanggapan\nNaskah: Tidak benar.')
    await run.at('2026-01-07 10:31')
    expect((await outboxRows(chat.db)).map((row) => [row.kind, row.status])).toEqual([
      ['issue_halfway', 'withdrawn'],
      ['issue_deadline', 'withdrawn'],
      ['issue_overdue', 'withdrawn'],
    ])
    await run.at('2026-01-07 13:00')
    expect(sent()).toEqual([])
  })

  it('reminds again once the clarification is rejected, and stops when a new one is sent', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 2 jam')
    await chat.send(group, budi, '/isu 1 tanggapan\nNaskah: Tidak benar.')
    await run.at('2026-01-07 10:20')
    expect((await outboxRows(chat.db)).filter((row) => row.status === 'pending')).toEqual([])
    await chat.send(chat.privateChat(coordinator), coordinator, '/tolak 2 data belum lengkap')
    await run.at('2026-01-07 10:30')
    const pendingKinds = async () =>
      (await outboxRows(chat.db)).filter((row) => row.status === 'pending').map((row) => row.kind)
    expect(await pendingKinds()).toEqual(['issue_halfway', 'issue_deadline', 'issue_overdue'])
    await run.at('2026-01-07 11:00')
    expect(sent().map((d) => d.text.split('\n')[0])).toEqual([
      '⏳ Isu #1 (DINKES) — waktu tinggal separuh: tenggat 12.00 WIB (60 menit lagi).',
    ])
    await chat.send(group, budi, '/isu 1 tanggapan\nNaskah: Tidak benar, ini datanya.')
    await run.at('2026-01-07 13:00')
    expect(sent()).toHaveLength(1)
    expect(await pendingKinds()).toEqual([])
  })

  it('withdraws the old agency’s reminders on reassigning and reminds the new one on the new times', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Pemadaman listrik disebut sabotase')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 2 jam')
    await run.at('2026-01-07 10:30')
    await chat.send(group, coordinator, '/isu 1 tugaskan PLN 1 jam')
    await run.at('2026-01-07 11:00')
    await run.at('2026-01-07 11:30')
    expect(sent().map((d) => d.text.split('\n')[0])).toEqual([
      '⏳ Isu #1 (PLN) — waktu tinggal separuh: tenggat 11.30 WIB (30 menit lagi).',
      '⏰ Isu #1 (PLN) — tenggat sekarang (11.30 WIB), klarifikasi belum masuk.',
    ])
    expect(mentioned(sent()[0]!.message.text)).toEqual(['Rina'])
    await chat.send(group, coordinator, '/isu 1 selesai dilaporkan ke platform')
    await run.at('2026-01-07 12:30')
    expect(sent()).toHaveLength(2)
    const pending = (await outboxRows(chat.db)).filter((row) => row.status === 'pending')
    expect(pending).toEqual([])
  })

  it('reminds the new agency after reassigning an issue the old agency had sent or had approved a clarification for', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Pemadaman listrik disebut sabotase')
    await chat.send(group, budi, '/isu Gardu meledak disebut akibat vaksin')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 2 jam')
    await chat.send(group, coordinator, '/isu 2 tugaskan DINKES 2 jam')
    await chat.send(group, budi, '/isu 1 tanggapan\nNaskah: Bukan sabotase.')
    await chat.send(group, budi, '/isu 2 tanggapan\nNaskah: Tidak ada kaitannya.')
    await chat.send(chat.privateChat(coordinator), coordinator, '/setujui 4')
    chat.clock.set(instantOf('2026-01-07 10:30', ZONE).toISOString())
    await chat.send(group, coordinator, '/isu 1 tugaskan PLN 1 jam')
    await chat.send(group, coordinator, '/isu 2 tugaskan PLN 1 jam')
    await run.at('2026-01-07 11:00')
    // Both are due at 11.00: PostgreSQL may send either first.
    expect(
      sent()
        .map((d) => d.text.split('\n')[0])
        .sort(),
    ).toEqual([
      '⏳ Isu #1 (PLN) — waktu tinggal separuh: tenggat 11.30 WIB (30 menit lagi).',
      '⏳ Isu #2 (PLN) — waktu tinggal separuh: tenggat 11.30 WIB (30 menit lagi).',
    ])
    chat.clock.set(instantOf('2026-01-07 11:40', ZONE).toISOString())
    const list = await chat.send(chat.privateChat(coordinator), coordinator, '/isu')
    expect(list.text).toContain('— PLN, terlambat 10 menit\n• #2')
    expect(list.text).toMatch(/#2 .* — PLN, terlambat 10 menit\n/)
  })

  it('shows an issue whose clarification was rejected as late again in the list', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 1 jam')
    await chat.send(group, budi, '/isu 1 tanggapan\nNaskah: Tidak benar.')
    const answered = await chat.send(chat.privateChat(coordinator), coordinator, '/isu')
    expect(answered.text).toContain('— DINKES, sudah ditanggapi')
    await chat.send(chat.privateChat(coordinator), coordinator, '/tolak 2 data belum lengkap')
    chat.clock.set(instantOf('2026-01-07 11:20', ZONE).toISOString())
    const late = await chat.send(chat.privateChat(coordinator), coordinator, '/isu')
    expect(late.text).toContain('— DINKES, terlambat 20 menit')
  })

  it('calls the coordinator every 30 minutes about an unassigned high issue, only from 06.00 to 22.00', async () => {
    const { chat, run, sent, group, coordinator, budi } = await forum('2026-01-07 21:10')
    await chat.send(group, budi, '/isu Video hoaks banjir bandang\nTingkat: tinggi')
    await chat.send(group, budi, '/isu Keluhan jalan rusak')
    await run.at('2026-01-07 21:40')
    expect(sent().map((d) => d.text)).toEqual([
      '🚨 Isu #1 tingkat tinggi belum ditugaskan (dibuka 30 menit lalu).\n@Sari Koordinator: tugaskan dengan /isu 1 tugaskan KODE [tenggat].',
    ])
    await run.at('2026-01-07 22:10')
    await run.at('2026-01-08 05:40')
    expect(sent()).toHaveLength(1)
    await run.at('2026-01-08 06:10')
    expect(sent()[1]!.text).toBe(
      '🚨 Isu #1 tingkat tinggi belum ditugaskan (dibuka 9 jam lalu).\n@Sari Koordinator: tugaskan dengan /isu 1 tugaskan KODE [tenggat].',
    )
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await run.at('2026-01-08 06:40')
    expect(sent()).toHaveLength(2)
    const unassigned = (await outboxRows(chat.db)).filter(
      (row) => row.kind === 'issue_unassigned' && row.status === 'pending',
    )
    expect(unassigned).toEqual([])
  })
})
