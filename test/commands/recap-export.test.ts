import { expect, it } from 'vitest'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readCsv } from '../support/read-csv.js'
import { seedForum } from '../support/seed.js'

// Tuesday 20 January 2026, 10.00 WIB.
const NOW = '2026-01-20T10:00:00+07:00'

describeWithDatabase('/rekap and /ekspor', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
        { code: 'BPS', name: 'Badan Pusat Statistik' },
        { code: 'LAMA', name: 'Instansi lama' },
        { code: 'BEKAS', name: 'Instansi bekas' },
      ],
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    await chat.db
      .updateTable('agencies')
      .set({ archived_at: new Date('2026-01-02T00:00:00Z') })
      .where('code', 'in', ['LAMA', 'BEKAS'])
      .execute()
    return { chat, ...seeded, budi: seeded.people.Budi! }
  }

  /** January 2026 (and a little of December) of a forum, in WIB. */
  async function seedMonth(chat: ChatHarness, workspaceId: number) {
    const db = chat.db
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi',
      startsAt: '2026-01-05T02:00:00Z',
      location: 'Aula',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Posyandu keliling',
      startDate: '2026-01-21',
      endDate: '2026-01-22',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Yang batal',
      startsAt: '2026-01-07T02:00:00Z',
      status: 'batal',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startsAt: '2026-01-19T01:00:00Z',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'BEKAS',
      title: 'Sebelum diarsipkan',
      startsAt: '2026-01-01T02:00:00Z',
    })
    await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Bulan lalu',
      startsAt: '2025-12-15T02:00:00Z',
    })

    // On time: published on the planned day, even late in the evening (WIB).
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Tepat hari',
      plannedAt: '2026-01-05T03:00:00Z',
      status: 'terbit',
      publishedAt: '2026-01-05T16:59:00Z',
    })
    // Late: planned 23.30 WIB on 31 January, published 00.30 WIB on 1 February (both 31 January in UTC).
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Lewat tengah malam',
      plannedAt: '2026-01-31T16:30:00Z',
      status: 'terbit',
      publishedAt: '2026-01-31T17:30:00Z',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Lebih awal',
      plannedAt: '2026-01-20T03:00:00Z',
      status: 'terbit',
      publishedAt: '2026-01-19T03:00:00Z',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Disetujui',
      plannedAt: '2026-01-25T03:00:00Z',
      status: 'disetujui',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Ditolak',
      plannedAt: '2026-01-10T03:00:00Z',
      status: 'ditolak',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Ditarik',
      plannedAt: '2026-01-11T03:00:00Z',
      status: 'dibatalkan',
    })
    await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Belum dijadwalkan',
      createdAt: '2026-01-15T03:00:00Z',
      status: 'revisi',
    })
    await insertDraft(db, workspaceId, {
      agency: 'POLRES',
      title: 'Desember',
      plannedAt: '2025-12-30T03:00:00Z',
      status: 'terbit',
      publishedAt: '2026-01-02T03:00:00Z',
    })
  }

  it('recaps this month per agency, busiest first, with idle agencies on one line and totals', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedMonth(chat, workspaceId)
    const answer = await chat.send(group, budi, '/rekap')
    expect(answer.text).toBe(
      [
        'Rekap Januari 2026',
        '• DINKES — 2 agenda · konten 6 diajukan → 4 disetujui → 3 terbit · tepat waktu 2/3 (67%)',
        '• BEKAS (diarsipkan) — 1 agenda · konten 0 diajukan → 0 disetujui → 0 terbit · tepat waktu –',
        '• POLRES — 1 agenda · konten 0 diajukan → 0 disetujui → 0 terbit · tepat waktu –',
        'Tanpa agenda dan konten (1): BPS',
        'Total: 4 agenda · konten 6 diajukan → 4 disetujui → 3 terbit · tepat waktu 2/3 (67%)',
        'Konten dihitung menurut hari rencana tayangnya; tepat waktu = terbit paling lambat pada hari itu.',
      ].join('\n'),
    )
  })

  it('recaps a past month named without a year as the most recent one', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedMonth(chat, workspaceId)
    const answer = await chat.send(group, budi, '/rekap Desember')
    expect(answer.text).toContain('Rekap Desember 2025')
    expect(answer.text).toContain(
      '• POLRES — 1 agenda · konten 1 diajukan → 1 disetujui → 1 terbit · tepat waktu 0/1 (0%)',
    )
    const week = await chat.send(group, budi, '/rekap minggu ini')
    expect(week.text).toContain('Rekap 19–25 Januari 2026')
    expect(week.text).toContain(
      '• DINKES — 1 agenda · konten 2 diajukan → 2 disetujui → 1 terbit · tepat waktu 1/1 (100%)',
    )
  })

  it('stays within one message for a large forum, counting the agencies it leaves out', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const agencies = Array.from({ length: 45 }, (_, i) => ({
      code: `OPD${String(i + 1).padStart(2, '0')}`,
      name: `Organisasi ${i + 1}`,
    }))
    const { group, coordinator, workspaceId } = await seedForum(chat, { agencies })
    for (const agency of agencies) {
      await insertAgenda(chat.db, workspaceId, {
        agency: agency.code,
        title: 'Kegiatan',
        startsAt: '2026-01-12T02:00:00Z',
      })
    }
    const answer = await chat.send(group, coordinator, '/rekap')
    expect(answer.text.length).toBeLessThanOrEqual(3500)
    expect(answer.text.match(/^• /gm)).toHaveLength(30)
    expect(answer.text).toContain('… dan 15 instansi lain.')
    expect(answer.text).toContain('Total: 45 agenda')
  })

  it('refuses a period it cannot read', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/rekap kuartal dua')
    expect(answer.text).toContain('kuartal dua tidak bisa dibaca')
    expect(answer.text).toContain('Contoh:\n/rekap')
  })

  it('exports the month as a semicolon CSV with a byte-order mark that reads back field by field', async () => {
    const { chat, group, coordinator, workspaceId } = await forum()
    await seedMonth(chat, workspaceId)
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: '=HYPERLINK("http://x";"klik")',
      startsAt: '2026-01-09T06:00:00Z',
      endsAt: '2026-01-09T08:00:00Z',
      statedZone: 'Asia/Makassar',
      location: 'Mapolres; ruang "Rupatama"\nlantai 2',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Video, patroli',
      plannedAt: '2026-01-09T05:00:00Z',
      status: 'terbit',
      platforms: ['instagram', 'tiktok'],
      links: ['https://instagram.com/p/1', 'https://tiktok.com/@polres/2'],
    })
    const answer = await chat.send(group, coordinator, '/ekspor')
    expect(answer.text).toContain('Ekspor Januari 2026: 6 agenda, 8 konten.')
    const file = answer.messages[0]!.files![0]!
    expect(file.fileName).toBe('bakohumas-kabupaten-wonosobo-2026-01.csv')
    expect(file.mimeType).toBe('text/csv')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.content)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = readCsv(text.slice(1))
    expect(rows[0]).toEqual([
      'Nomor',
      'Jenis',
      'Tanggal',
      'Sampai tanggal',
      'Jam (WIB)',
      'Judul',
      'Instansi',
      'Nama instansi',
      'Tempat',
      'Status',
      'Platform',
      'Tautan',
    ])
    expect(rows).toHaveLength(1 + 6 + 8)
    const byTitle = Object.fromEntries(rows.slice(1).map((row) => [row[5], row]))
    expect(byTitle['Rapat koordinasi']).toEqual([
      '1',
      'agenda',
      '2026-01-05',
      '',
      '09.00',
      'Rapat koordinasi',
      'DINKES',
      'Dinas Kesehatan',
      'Aula',
      'selesai',
      '',
      '',
    ])
    expect(byTitle['Posyandu keliling']).toEqual([
      '2',
      'agenda',
      '2026-01-21',
      '2026-01-22',
      '',
      'Posyandu keliling',
      'DINKES',
      'Dinas Kesehatan',
      '',
      'terjadwal',
      '',
      '',
    ])
    expect(byTitle['Yang batal']![9]).toBe('batal')
    expect(byTitle['\'=HYPERLINK("http://x";"klik")']).toEqual([
      '15',
      'agenda',
      '2026-01-09',
      '',
      '13.00–15.00',
      '\'=HYPERLINK("http://x";"klik")',
      'POLRES',
      'Polres Wonosobo',
      'Mapolres; ruang "Rupatama"\nlantai 2',
      'selesai',
      '',
      '',
    ])
    expect(byTitle['Video, patroli']).toEqual([
      '16',
      'konten',
      '2026-01-09',
      '',
      '12.00',
      'Video, patroli',
      'POLRES',
      'Polres Wonosobo',
      '',
      'terbit',
      'Instagram, TikTok',
      'https://instagram.com/p/1 https://tiktok.com/@polres/2',
    ])
    expect(byTitle['Belum dijadwalkan']!.slice(2, 5)).toEqual(['2026-01-15', '', ''])
    expect(byTitle.Ditarik![9]).toBe('dibatalkan')
    expect(byTitle.Desember).toBeUndefined()
    const dates = rows.slice(1).map((row) => row[2]!)
    expect(dates).toEqual([...dates].sort())
  })

  it('exports an item with daily times as one row with its days and the hours of one day', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/agenda tambah 22-23 Januari 2026 08.00 Bimtek @ Aula')
    await chat.send(group, budi, '/agenda tambah 26-27 Januari 2026 08.00-16.00 Pelatihan @ Aula')
    const file = (await chat.send(group, coordinator, '/ekspor')).messages[0]!.files![0]!
    const rows = readCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.content).slice(1))
    const byTitle = Object.fromEntries(rows.slice(1).map((row) => [row[5], row]))
    expect(byTitle.Bimtek!.slice(2, 5)).toEqual(['2026-01-22', '2026-01-23', '08.00 setiap hari'])
    expect(byTitle.Pelatihan!.slice(2, 5)).toEqual(['2026-01-26', '2026-01-27', '08.00–16.00 setiap hari'])
  })

  it('exports only for the coordinator', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedMonth(chat, workspaceId)
    const answer = await chat.send(group, budi, '/ekspor')
    expect(answer.text).toContain('hanya untuk koordinator')
    expect(answer.messages[0]!.files).toBeUndefined()
  })

  it('says so when the period is empty, and refuses a period it cannot read', async () => {
    const { chat, group, coordinator } = await forum()
    const empty = await chat.send(group, coordinator, '/ekspor Maret 2025')
    expect(empty.text).toBe('Tidak ada agenda maupun konten pada Maret 2025, jadi tidak ada file.')
    expect(empty.messages[0]!.files).toBeUndefined()
    const bad = await chat.send(group, coordinator, '/ekspor 31/2')
    expect(bad.text).toContain('Tanggal 31/2 tidak ada di kalender.')
    expect(bad.text).toContain('Contoh:\n/ekspor')
  })
})
