import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { issueDeskForum } from '../support/issue-desk-forum.js'
import { readCsv } from '../support/read-csv.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'
const at = (time: string) => `2026-01-07T${time}:00+07:00`

type Forum = Awaited<ReturnType<typeof issueDeskForum>>

/** Budi's clarification of issue `number`, sent at `time`: the number of its draft. */
async function clarify(chat: ChatHarness, { group, budi }: Forum, number: number, time: string) {
  chat.clock.set(at(time))
  const reply = await chat.send(group, budi, `/isu ${number} tanggapan\nNaskah: Klarifikasi isu ${number}.`)
  expect(reply.text).toContain(`Klarifikasi isu #${number} diajukan`)
  return Number(/konten #(\d+)/.exec(reply.text)![1])
}

describeWithDatabase('/rekap issue figures', (get) => {
  it('counts per agency the issues assigned, answered, the median time to the first answer and the overdue ones', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const forum = await issueDeskForum(chat)
    const { group, coordinator, budi } = forum
    for (const level of ['tinggi', 'sedang', 'rendah', 'tinggi', 'sedang', 'sedang'])
      await chat.send(group, budi, `/isu Isu tingkat ${level}\nTingkat: ${level}`)
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await chat.send(group, coordinator, '/isu 2 tugaskan DINKES')
    await chat.send(group, coordinator, '/isu 3 tugaskan DINKES')
    await chat.send(group, coordinator, '/isu 4 tugaskan PLN')
    await chat.send(group, coordinator, '/isu 5 tugaskan PLN 3 jam')
    await chat.send(group, coordinator, '/isu 6 tugaskan DINKES 30 menit')
    const answer = (number: number, time: string) => clarify(chat, forum, number, time)
    await answer(3, '10:30')
    await answer(1, '10:40')
    chat.clock.set(at('11:00'))
    await chat.send(group, coordinator, '/isu 5 selesai tidak perlu tanggapan')
    await answer(2, '11:10')
    // Past its 10.30 deadline: answered, and late.
    await answer(6, '11:10')
    chat.clock.set(at('13:00'))
    const recap = await chat.send(group, budi, '/rekap')
    expect(recap.text).toContain(
      [
        'Respons isu (ditugaskan dalam periode ini):',
        '• DINKES — ditugaskan 4, ditanggapi 4, median 55 menit, terlambat 1',
        '• PLN — ditugaskan 2, ditanggapi 0, median –, terlambat 1',
      ].join('\n'),
    )
  })

  it("times an agency's answer from its first clarification that stands, not one rejected or withdrawn", async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const forum = await issueDeskForum(chat)
    const { group, coordinator, budi } = forum
    await chat.send(group, budi, '/isu Hoaks pertama')
    await chat.send(group, budi, '/isu Hoaks kedua')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await chat.send(group, coordinator, '/isu 2 tugaskan DINKES')
    const rejected = await clarify(chat, forum, 1, '10:20')
    expect((await chat.send(group, coordinator, `/tolak ${rejected} Datanya keliru`)).text).toContain(
      'ditolak',
    )
    await clarify(chat, forum, 1, '11:40')
    const withdrawn = await clarify(chat, forum, 2, '10:10')
    expect((await chat.send(group, budi, `/konten batal ${withdrawn}`)).text).toContain('dibatalkan')
    chat.clock.set(at('13:00'))
    const recap = await chat.send(group, budi, '/rekap')
    expect(recap.text).toContain('• DINKES — ditugaskan 2, ditanggapi 1, median 100 menit, terlambat 0')
  })

  it('times the answer from when the agency was given the issue, whatever deadline it was given later', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const forum = await issueDeskForum(chat)
    const { group, coordinator, budi } = forum
    await chat.send(group, budi, '/isu Hoaks pertama')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await clarify(chat, forum, 1, '10:40')
    chat.clock.set(at('11:00'))
    expect((await chat.send(group, coordinator, '/isu 1 tugaskan DINKES besok 09.00')).text).toContain(
      'DINKES',
    )
    chat.clock.set(at('13:00'))
    const recap = await chat.send(group, budi, '/rekap')
    expect(recap.text).toContain('• DINKES — ditugaskan 1, ditanggapi 1, median 40 menit, terlambat 0')
  })

  it('leaves the issue section out when no issue was assigned in the period', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, people } = await seedForum(chat, { members: [{ name: 'Budi', agency: 'DINKES' }] })
    await chat.send(group, people.Budi!, '/isu Hoaks yang belum ditugaskan')
    const recap = await chat.send(group, people.Budi!, '/rekap')
    expect(recap.text).not.toContain('Respons isu')
  })

  it('exports the issues opened in the period as their own CSV file', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, coordinator, people } = await seedForum(chat, {
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    await chat.send(
      group,
      people.Budi!,
      '/isu =HYPERLINK("x") hoaks chip https://x.com/a/status/1\nJenis: hoaks\nTingkat: tinggi',
    )
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    chat.clock.set(at('10:45'))
    await chat.send(group, people.Budi!, '/isu 1 tanggapan\nNaskah: Tidak benar.')
    await chat.send(group, coordinator, '/isu 1 selesai klarifikasi terbit')
    const answer = await chat.send(chat.privateChat(coordinator), coordinator, '/ekspor')
    expect(answer.text).toContain('Isu Januari 2026: 1 isu.')
    const file = answer.messages[0]!.files!.find((f) => f.fileName.endsWith('-isu.csv'))!
    const rows = readCsv(new TextDecoder().decode(file.content).replace(/^\uFEFF/, ''))
    expect(rows).toEqual([
      [
        'Nomor',
        'Dibuka',
        'Jenis',
        'Tingkat',
        'Isu',
        'Tautan',
        'Pelapor',
        'Instansi',
        'Ditugaskan',
        'Tenggat',
        'Klarifikasi pertama',
        'Status',
        'Hasil',
        'Selesai',
      ],
      [
        '1',
        '2026-01-07 10.00',
        'hoaks',
        'tinggi',
        '\'=HYPERLINK("x") hoaks chip https://x.com/a/status/1',
        'https://x.com/a/status/1',
        'Budi',
        'DINKES',
        '2026-01-07 10.00',
        '2026-01-07 12.00',
        '2026-01-07 10.45',
        'selesai',
        'klarifikasi terbit',
        '2026-01-07 10.45',
      ],
    ])
  })
})
