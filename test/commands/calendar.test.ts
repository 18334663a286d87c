import { expect, it } from 'vitest'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readIcs } from '../support/ics-reader.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB: this week runs Monday 5 to Sunday 11 January.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/kalender', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
      ],
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    const tamu = chat.person('Tamu', { in: [seeded.group] })
    return { chat, ...seeded, budi: seeded.people.Budi!, tamu }
  }

  async function seedWeek(chat: ChatHarness, workspaceId: number) {
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi imunisasi',
      startsAt: '2026-01-05T02:00:00Z',
      endsAt: '2026-01-05T04:00:00Z',
      location: 'Aula Dinkes',
      coverage: true,
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startDate: '2026-01-08',
      endDate: '2026-01-09',
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel yang dibatalkan',
      startsAt: '2026-01-08T01:00:00Z',
      status: 'batal',
      cancelReason: 'Hujan deras',
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Pekan depan',
      startsAt: '2026-01-13T02:00:00Z',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: '2026-01-08T03:00:00Z',
      status: 'disetujui',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'POLRES',
      title: 'Draf video patroli',
      plannedAt: '2026-01-08T05:00:00Z',
      status: 'diajukan',
      platforms: ['tiktok'],
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rilis sudah terbit',
      plannedAt: '2026-01-06T01:00:00Z',
      status: 'terbit',
      publishedAt: '2026-01-06T01:30:00Z',
      links: ['https://instagram.com/p/abc', 'https://dinkes.example.go.id/rilis'],
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Draf ditolak',
      plannedAt: '2026-01-08T06:00:00Z',
      status: 'ditolak',
    })
  }

  it('shows this week by day, agenda and content merged, for a member in a private chat', async () => {
    const { chat, budi, coordinator, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    const answer = await chat.send(chat.privateChat(budi), budi, '/kalender')
    expect(answer.text).toBe(
      [
        'Kalender 5–11 Januari 2026',
        '',
        'Senin, 5 Januari 2026',
        '• #1 · 09.00–11.00 WIB · Rapat koordinasi imunisasi @ Aula Dinkes · DINKES · liputan: belum ada peliput · selesai',
        '',
        'Selasa, 6 Januari 2026',
        '• #7 · 08.00 WIB · Konten: Rilis sudah terbit · DINKES · Instagram · terbit',
        '',
        'Kamis, 8 Januari 2026',
        '• #2 · Kam 8/1–Jum 9/1 sepanjang hari · Operasi Lilin · POLRES',
        '• #3 · 08.00 WIB · Apel yang dibatalkan · POLRES · batal',
        '• #5 · 10.00 WIB · Konten: Infografis imunisasi · DINKES · Instagram · disetujui',
        '',
        'Jumat, 9 Januari 2026',
        '• #2 · Kam 8/1–Jum 9/1 sepanjang hari · Operasi Lilin · POLRES',
        '',
        '3 agenda, 2 konten. Hari tanpa kegiatan tidak ditampilkan.',
      ].join('\n'),
    )
    // POLRES's draft under review is POLRES's and the coordinator's to see.
    const reviewer = await chat.send(chat.privateChat(coordinator), coordinator, '/kalender')
    expect(reviewer.text).toContain(
      '• #6 · 12.00 WIB · Konten: Draf video patroli · POLRES · TikTok · diajukan',
    )
  })

  it('shows a group drafts under review only as a count, whoever asks, since guests read along', async () => {
    const { chat, group, tamu, budi, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    for (const asker of [tamu, budi]) {
      const answer = await chat.send(group, asker, '/kalender minggu ini')
      expect(answer.text).toContain('Infografis imunisasi')
      expect(answer.text).not.toContain('Draf video patroli')
      expect(answer.text).not.toContain('Draf ditolak')
      expect(answer.text).toContain('3 agenda, 2 konten.')
      expect(answer.text).toContain('1 draf menunggu tinjauan — lihat /konten di chat pribadi')
    }
  })

  it('reads next week, a month by name and a single date', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    const nextWeek = await chat.send(group, budi, '/kalender minggu depan')
    expect(nextWeek.text).toContain('Kalender 12–18 Januari 2026')
    expect(nextWeek.text).toContain('Selasa, 13 Januari 2026\n• #4 · 09.00 WIB · Pekan depan · DINKES')
    const month = await chat.send(chat.privateChat(budi), budi, '/kalender Januari')
    expect(month.text).toContain('Kalender Januari 2026')
    expect(month.text).toContain('4 agenda, 2 konten.')
    const day = await chat.send(group, budi, '/kalender 9/1')
    expect(day.text).toContain('Kalender Jumat, 9 Januari 2026')
    expect(day.text).toContain('Operasi Lilin')
    const empty = await chat.send(group, budi, '/kalender Maret 2026')
    expect(empty.text.split('\n')[0]).toBe('Tidak ada agenda maupun konten pada Maret 2026.')
  })

  it('takes a month named without a year as the coming one, and a written year as written', async () => {
    const { chat, group, budi } = await forum()
    expect((await chat.send(group, budi, '/kalender Desember')).text).toContain('Desember 2026')
    expect((await chat.send(group, budi, '/kalender Desember 2025')).text).toContain('Desember 2025')
    expect((await chat.send(group, budi, '/kalender bulan lalu')).text).toContain('Desember 2025')
  })

  it('summarises a busy month to stay within one message, counting every day', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    for (let day = 1; day <= 28; day += 1) {
      for (let i = 0; i < 4; i += 1) {
        await insertAgenda(chat.db, workspaceId, {
          agency: i % 2 ? 'DINKES' : 'POLRES',
          title: `Kegiatan ${i + 1} tanggal ${day} dengan judul yang cukup panjang`,
          startsAt: `2026-02-${String(day).padStart(2, '0')}T0${i + 1}:00:00Z`,
          location: 'Pendopo kabupaten',
        })
      }
    }
    const answer = await chat.send(group, budi, '/kalender Februari')
    expect(answer.text.length).toBeLessThanOrEqual(3500)
    expect(answer.text).toContain('Minggu, 1 Februari 2026\n• #1')
    expect(answer.text).toMatch(/\nSab 28\/2: 4 agenda\n/)
    expect(answer.text).toMatch(/Sebagian hari diringkas\. Lihat satu hari dengan \/kalender \d+\/2\./)
    expect(answer.text).toContain('112 agenda, 0 konten.')
  })

  // Saturday 10 and Sunday 11 January 2026: the week of 5 to 11 January is over.
  for (const [day, now] of [
    ['Saturday', '2026-01-10T09:00:00+07:00'],
    ['Sunday', '2026-01-11T20:00:00+07:00'],
  ] as const) {
    it(`on ${day} shows the coming week without a period, and the ending one only when asked`, async () => {
      const { chat, group, budi, workspaceId } = await forum()
      await seedWeek(chat, workspaceId)
      await insertAgenda(chat.db, workspaceId, {
        agency: 'POLRES',
        title: 'Apel Senin',
        startsAt: '2026-01-12T00:30:00Z',
      })
      chat.clock.set(now)
      const comingWeek = await chat.send(group, budi, '/kalender')
      expect(comingWeek.text).toMatch(/^Kalender pekan depan, 12–18 Januari 2026\n/)
      expect(comingWeek.text).toMatch(/\nSenin, 12 Januari 2026\n• #\d+ · 07\.30 WIB · Apel Senin · POLRES\n/)
      expect(comingWeek.text).toContain('Selasa, 13 Januari 2026\n• #4 · 09.00 WIB · Pekan depan · DINKES')
      expect(comingWeek.text).not.toContain('Operasi Lilin')
      expect(comingWeek.text).toContain(
        '2 agenda, 0 konten. Hari tanpa kegiatan tidak ditampilkan.\nSudah akhir pekan, jadi yang tampil pekan depan. Pekan ini: /kalender minggu ini.',
      )

      const endingWeek = await chat.send(group, budi, '/kalender minggu ini')
      expect(endingWeek.text).toMatch(/^Kalender pekan ini, 5–11 Januari 2026\n/)
      expect(endingWeek.text).toContain('Operasi Lilin')
      expect(endingWeek.text).not.toContain('Apel Senin')
      expect(endingWeek.text).not.toContain('Sudah akhir pekan')
      const nextWeek = await chat.send(group, budi, '/kalender minggu depan')
      expect(nextWeek.text).toMatch(/^Kalender pekan depan, 12–18 Januari 2026\n/)
    })
  }

  it('says on a weekend that the coming week is still empty, naming it', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    chat.clock.set('2026-01-17T08:00:00+07:00')
    const answer = await chat.send(group, budi, '/kalender')
    expect(answer.text).toBe(
      [
        'Tidak ada agenda maupun konten pada pekan depan, 19–25 Januari 2026.',
        '',
        'Hari peringatan',
        '• Minggu, 25 Januari 2026 — Hari Gizi Nasional',
        'Sudah akhir pekan, jadi yang tampil pekan depan. Pekan ini: /kalender minggu ini.',
      ].join('\n'),
    )
  })

  it('still shows this week on a Friday evening, without naming it', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    chat.clock.set('2026-01-09T21:00:00+07:00')
    const answer = await chat.send(group, budi, '/kalender')
    expect(answer.text).toMatch(/^Kalender 5–11 Januari 2026\n/)
    expect(answer.text).toContain('Operasi Lilin')
    expect(answer.text).not.toContain('Pekan depan · DINKES')
    expect(answer.text).not.toContain('akhir pekan')
  })

  it('refuses a period it cannot read, naming the part', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/kalender bulan depan lagi')
    expect(answer.text).toContain('tidak bisa dibaca sebagai tanggal, jam, atau periode')
    expect(answer.text).toContain('Contoh:\n/kalender')
    const impossible = await chat.send(group, budi, '/kalender 30/2')
    expect(impossible.text).toContain('Tanggal 30/2 tidak ada di kalender.')
  })

  it("names in the .ics the agency that claimed an item's coverage", async () => {
    const { chat, group, budi, tamu, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    const claimed = await chat.send(group, budi, '/liput 1')
    expect(claimed.text).toContain('DINKES')
    const answer = await chat.send(group, tamu, '/kalender ics')
    const { events } = readIcs(new TextDecoder().decode(answer.messages[0]!.files![0]!.content))
    const rapat = events.find((e) => e.UID!.value === `agenda-${workspaceId}-1@sinergi`)!
    expect(rapat.DESCRIPTION!.value).toBe(
      'Instansi: DINKES — Dinas Kesehatan\nPerlu liputan: diliput DINKES.\nNomor Sinergi: #1',
    )
  })

  it('sends an .ics file of agenda items and approved content, checked field by field', async () => {
    const { chat, group, tamu, workspaceId } = await forum()
    await seedWeek(chat, workspaceId)
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Siaran, "langsung"; bupati',
      startsAt: '2026-01-09T06:00:00Z',
      statedZone: 'Asia/Makassar',
      notes:
        'Baris satu\nBaris dua yang sangat panjang sehingga baris iCalendar harus dilipat lebih dari tujuh puluh lima oktet',
    })
    const answer = await chat.send(group, tamu, '/kalender ics')
    expect(answer.text).toContain('File kalender Bakohumas Kabupaten Wonosobo: 5 agenda dan 2 konten')
    const file = answer.messages[0]!.files![0]!
    expect(file.fileName).toBe('bakohumas-kabupaten-wonosobo.ics')
    expect(file.mimeType).toBe('text/calendar')
    const raw = new TextDecoder().decode(file.content)
    const { calendar, events, physicalLines } = readIcs(raw)
    expect(raw.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(physicalLines[0]).toBe('BEGIN:VCALENDAR')
    expect(calendar.VERSION).toBe('2.0')
    expect(calendar['X-WR-CALNAME']).toBe('Agenda Bakohumas Kabupaten Wonosobo')
    expect(calendar['X-WR-TIMEZONE']).toBe('Asia/Jakarta')

    // Commemoration days ride along in the forum's file; /hari's tests check them.
    const items = events.filter((e) => !e.UID!.value.startsWith('hari-'))
    const byUid = Object.fromEntries(items.map((e) => [e.UID!.value, e]))
    expect(Object.keys(byUid).sort()).toEqual(
      [
        `agenda-${workspaceId}-1@sinergi`,
        `agenda-${workspaceId}-2@sinergi`,
        `agenda-${workspaceId}-3@sinergi`,
        `agenda-${workspaceId}-4@sinergi`,
        `agenda-${workspaceId}-9@sinergi`,
        `konten-${workspaceId}-5@sinergi`,
        `konten-${workspaceId}-7@sinergi`,
      ].sort(),
    )

    const rapat = byUid[`agenda-${workspaceId}-1@sinergi`]!
    expect(rapat.SUMMARY!.value).toBe('Rapat koordinasi imunisasi')
    expect(rapat.DTSTART!.value).toBe('20260105T020000Z')
    expect(rapat.DTEND!.value).toBe('20260105T040000Z')
    expect(rapat.LOCATION!.value).toBe('Aula Dinkes')
    expect(rapat.DESCRIPTION!.value).toBe(
      'Instansi: DINKES — Dinas Kesehatan\nPerlu liputan.\nNomor Sinergi: #1',
    )
    expect(rapat.STATUS!.value).toBe('CONFIRMED')

    const operasi = byUid[`agenda-${workspaceId}-2@sinergi`]!
    expect(operasi.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20260108' })
    // DTEND of an all-day event is exclusive: the day after the last day (9 January).
    expect(operasi.DTEND).toEqual({ params: { VALUE: 'DATE' }, value: '20260110' })

    const apel = byUid[`agenda-${workspaceId}-3@sinergi`]!
    expect(apel.STATUS!.value).toBe('CANCELLED')
    expect(apel.DESCRIPTION!.value).toContain('Dibatalkan: Hujan deras')

    const siaran = byUid[`agenda-${workspaceId}-9@sinergi`]!
    expect(siaran.SUMMARY!.value).toBe('Siaran, "langsung"; bupati')
    expect(siaran.DTSTART!.value).toBe('20260109T060000Z')
    expect(siaran.DTEND).toBeUndefined()
    expect(siaran.DESCRIPTION!.value).toContain('Keterangan: Baris satu\nBaris dua yang sangat panjang')

    const terbit = byUid[`konten-${workspaceId}-7@sinergi`]!
    expect(terbit.SUMMARY!.value).toBe('Konten: Rilis sudah terbit')
    expect(terbit.DTSTART!.value).toBe('20260106T010000Z')
    expect(terbit.DESCRIPTION!.value).toBe(
      'Instansi: DINKES — Dinas Kesehatan\nPlatform: Instagram\nStatus: terbit\nTautan: https://instagram.com/p/abc https://dinkes.example.go.id/rilis\nNomor Sinergi: #7',
    )
    expect(raw).not.toContain('Draf video patroli')
    expect(raw).not.toContain('Draf ditolak')
  })

  it('keeps UIDs stable and raises SEQUENCE when an item changes, so a re-import updates it', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: '2026-01-08T02:00:00Z',
    })
    const first = readIcs(
      new TextDecoder().decode(
        (await chat.send(group, budi, '/kalender ics')).messages[0]!.files![0]!.content,
      ),
    )
    await chat.db
      .updateTable('agenda_items')
      .set({
        title: 'Rapat (pindah jam)',
        starts_at: new Date('2026-01-08T05:00:00Z'),
        updated_at: new Date('2027-01-01T00:00:00Z'),
      })
      .execute()
    chat.clock.advance(60_000)
    const second = readIcs(
      new TextDecoder().decode(
        (await chat.send(group, budi, '/kalender ics')).messages[0]!.files![0]!.content,
      ),
    )
    expect(second.events[0]!.UID).toEqual(first.events[0]!.UID)
    expect(Number(second.events[0]!.SEQUENCE!.value)).toBeGreaterThan(
      Number(first.events[0]!.SEQUENCE!.value),
    )
    expect(second.events[0]!.DTSTART!.value).toBe('20260108T050000Z')
  })

  it('says so when there is nothing to put in a calendar file', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Masih draf',
      plannedAt: '2026-01-08T02:00:00Z',
    })
    const answer = await chat.send(group, budi, '/kalender ics')
    expect(answer.text).toContain('Belum ada agenda maupun konten yang disetujui')
    expect(answer.messages[0]!.files).toBeUndefined()
  })
})
