import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Sunday 6 December 2026, 10.00 WIB.
const NOW = '2026-12-06T10:00:00+07:00'

async function forum(get: () => { db: Kysely<Database> }) {
  const chat = new ChatHarness(get().db, { now: NOW })
  const seeded = await seedForum(chat, { members: [{ name: 'Budi Santoso', agency: 'DINKES' }] })
  const tamu = chat.person('Tamu', { in: [seeded.group] })
  return { chat, ...seeded, budi: seeded.people['Budi Santoso']!, tamu }
}

describeWithDatabase('/hari (commemoration days)', (get) => {
  it('lists the national days and days off of the next 30 days to anyone', async () => {
    const { chat, group, tamu } = await forum(get)
    const answer = await chat.send(group, tamu, '/hari')
    expect(answer.text).toBe(
      [
        'Hari peringatan — 6 Desember 2026 – 4 Januari 2027',
        '• Minggu, 13 Desember 2026 — Hari Nusantara',
        '• Sabtu, 19 Desember 2026 — Hari Bela Negara',
        '• Selasa, 22 Desember 2026 — Hari Ibu',
        '• Kamis, 24 Desember 2026 — Cuti Bersama Hari Raya Natal (cuti bersama)',
        '• Jumat, 25 Desember 2026 — Hari Raya Natal (libur nasional)',
        '• Jumat, 1 Januari 2027 — Tahun Baru 2027 Masehi (libur nasional)',
        '• Minggu, 3 Januari 2027 — Hari Amal Bakti Kementerian Agama',
      ].join('\n'),
    )
  })

  it('lists a month asked for, marking the 2027 days off that are still estimates', async () => {
    const { chat, group, tamu } = await forum(get)
    const answer = await chat.send(group, tamu, '/days Maret 2027')
    expect(answer.text).toBe(
      [
        'Hari peringatan — Maret 2027',
        '• Senin, 1 Maret 2027 — Hari Penegakan Kedaulatan Negara',
        '• Selasa, 9 Maret 2027 — Hari Suci Nyepi Tahun Baru Saka 1949 (libur nasional) perkiraan',
        '• Rabu, 10 Maret 2027 — Idul Fitri 1448 H (libur nasional) perkiraan',
        '• Kamis, 11 Maret 2027 — Idul Fitri 1448 H (libur nasional) perkiraan',
        '• Jumat, 26 Maret 2027 — Wafat Yesus Kristus (libur nasional) perkiraan',
        '• Minggu, 28 Maret 2027 — Kebangkitan Yesus Kristus (Paskah) (libur nasional) perkiraan',
        '• Selasa, 30 Maret 2027 — Hari Film Nasional',
        'Perkiraan: tanggalnya ditetapkan SKB 3 Menteri untuk tahun itu.',
      ].join('\n'),
    )
  })

  it('lists every day on a date, marks days off, and shows a coordinator how to add days', async () => {
    const { chat, group, coordinator } = await forum(get)
    const answer = await chat.send(group, coordinator, '/hari 10 Agustus 2026')
    expect(answer.text).toBe(
      [
        'Hari peringatan — Senin, 10 Agustus 2026',
        '• Senin, 10 Agustus 2026 — Hari Veteran Nasional',
        '• Senin, 10 Agustus 2026 — Hari Kebangkitan Teknologi Nasional',
        'Tambah hari forum dengan /hari tambah 15 Februari Hari Jadi Kabupaten; sembunyikan dengan /hari sembunyikan <nama>.',
      ].join('\n'),
    )
    const offDay = await chat.send(group, coordinator, '/hari 1 Juni 2026')
    expect(offDay.text).toContain('• Senin, 1 Juni 2026 — Hari Lahir Pancasila (libur nasional)')
  })

  it('says so when a period has no day, and names a period it cannot read', async () => {
    const { chat, group, tamu } = await forum(get)
    expect((await chat.send(group, tamu, '/hari 7 Desember 2026')).text).toBe(
      'Tidak ada hari peringatan pada Senin, 7 Desember 2026.',
    )
    const wrong = await chat.send(group, tamu, '/hari 31 Februari')
    expect(wrong.text).toContain('31 Februari')
    expect(wrong.text).toContain('/hari Desember')
  })
})
