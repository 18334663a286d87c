import type { Kysely } from 'kysely'
import nodeIcal, { type VEvent } from 'node-ical'
import { expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { insertAgenda } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readIcs } from '../support/ics-reader.js'
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

  it('lists a whole year written alone, as the help shows', async () => {
    const { chat, group, tamu } = await forum(get)
    const lines = (await chat.send(group, tamu, '/hari 2027')).text.split('\n')
    expect(lines[0]).toBe('Hari peringatan — 2027')
    // A year lists its days with short dates, so all of it fits one message.
    expect(lines[1]).toBe('• Jum 1/1 — Tahun Baru 2027 Masehi (libur nasional)')
    expect(lines).toContain('• Rab 22/12 — Hari Ibu')
    expect(lines.filter((line) => line.includes('2026'))).toEqual([])
    expect((await chat.send(group, tamu, '/hari tahun 2027')).text.split('\n')[0]).toBe(
      'Hari peringatan — 2027',
    )
  })

  it('cuts a year that does not fit one message, naming how many days are left and where to see them', async () => {
    const { chat, group, coordinator, tamu } = await forum(get)
    for (let day = 1; day <= 28; day += 1)
      await chat.send(
        group,
        coordinator,
        `/hari tambah ${day} Maret Hari Jadi Desa Wisata ke-${day} di Kabupaten Wonosobo`,
      )
    const answer = await chat.send(group, tamu, '/hari 2026')
    expect(answer.text.length).toBeLessThanOrEqual(3500)
    const lines = answer.text.split('\n')
    expect(lines.at(-1)).toMatch(/^… dan \d+ hari lainnya, mulai \w+, \d+ \w+ 2026: \/hari \w+ 2026\.$/)
    const month = /\/hari (\w+ 2026)\.$/.exec(lines.at(-1)!)![1]!
    const rest = await chat.send(group, tamu, `/hari ${month}`)
    expect(rest.text.split('\n')[0]).toBe(`Hari peringatan — ${month}`)
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

describeWithDatabase('/hari tambah, sembunyikan, tampilkan (forum days)', (get) => {
  const forumDays = (db: Kysely<Database>) =>
    db.selectFrom('forum_days').select(['workspace_id', 'month', 'day', 'name']).execute()

  it('adds a yearly forum day that the list shows every year', async () => {
    const { chat, group, coordinator, tamu } = await forum(get)
    const added = await chat.send(group, coordinator, '/hari tambah 15 Februari Hari Jadi Kabupaten')
    expect(added.text).toBe(
      'Hari forum Hari Jadi Kabupaten disimpan: setiap 15 Februari. Berikutnya Senin, 15 Februari 2027.',
    )
    expect((await chat.send(group, tamu, '/hari Februari 2027')).text).toContain(
      '• Senin, 15 Februari 2027 — Hari Jadi Kabupaten (hari forum)',
    )
    expect((await chat.send(group, tamu, '/hari 15 Februari 2028')).text).toContain(
      '• Selasa, 15 Februari 2028 — Hari Jadi Kabupaten (hari forum)',
    )
    const audit = await chat.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'like', 'day.%')
      .execute()
    expect(audit).toEqual([{ action: 'day.added', subject: 'hari:Hari Jadi Kabupaten' }])
  })

  it('keeps forum days to their own forum', async () => {
    const { chat, group, coordinator } = await forum(get)
    await chat.send(group, coordinator, '/hari tambah 15/2 - Hari Jadi Kabupaten')
    const other = chat.group('Bakohumas Lain')
    const lead = chat.person('Lain', { in: [other], groupAdmin: true })
    await chat.send(other, lead, '/aktifkan Bakohumas Lain')
    const elsewhere = await chat.send(other, lead, '/hari 15 Februari 2027')
    expect(elsewhere.text.split('\n')[0]).toBe('Tidak ada hari peringatan pada Senin, 15 Februari 2027.')
  })

  it('refuses a second day of the same name, an impossible date, or a missing name, saving nothing more', async () => {
    const { chat, group, coordinator } = await forum(get)
    await chat.send(group, coordinator, '/hari tambah 15 Februari Hari Jadi Kabupaten')
    const twice = await chat.send(group, coordinator, '/hari tambah 16 Februari hari jadi kabupaten!')
    expect(twice.text).toContain('Hari forum hari jadi kabupaten! sudah ada.')
    expect((await chat.send(group, coordinator, '/hari tambah 31 Februari Hari Jadi')).text).toBe(
      'Tanggal 31 Februari tidak ada di kalender.\nContoh:\n/hari tambah 15 Februari Hari Jadi Kabupaten',
    )
    expect((await chat.send(group, coordinator, '/hari tambah 17 Agustus')).text).toContain(
      'Nama harinya belum ditulis; tulis setelah tanggal.',
    )
    expect((await chat.send(group, coordinator, '/hari tambah Hari Jadi')).text).toContain(
      'Tulis tanggalnya dulu, lalu namanya.',
    )
    expect(await forumDays(chat.db)).toEqual([
      { workspace_id: expect.anything(), month: 2, day: 15, name: 'Hari Jadi Kabupaten' },
    ])
  })

  it('lets only the coordinator add or hide days', async () => {
    const { chat, group, budi } = await forum(get)
    const refused = await chat.send(group, budi, '/hari tambah 15 Februari Hari Jadi Kabupaten')
    expect(refused.text).toContain('koordinator')
    expect(await forumDays(chat.db)).toEqual([])
    await chat.send(group, budi, '/hari sembunyikan Hari Ibu')
    expect((await chat.send(group, budi, '/hari 22 Desember 2026')).text).toContain('Hari Ibu')
  })

  it('hides a national day from this forum in every year, and shows it again', async () => {
    const { chat, group, coordinator, tamu } = await forum(get)
    const hidden = await chat.send(group, coordinator, '/hari sembunyikan bakti pekerjaan umum')
    expect(hidden.text).toBe(
      'Hari Bakti Pekerjaan Umum tidak ditampilkan lagi di forum ini (daftar, brief, kalender). Tampilkan lagi dengan /hari tampilkan Hari Bakti Pekerjaan Umum.',
    )
    expect((await chat.send(group, tamu, '/hari 3 Desember 2027')).text).toBe(
      'Tidak ada hari peringatan pada Jumat, 3 Desember 2027.',
    )
    expect(
      (await chat.send(group, coordinator, '/hari sembunyikan Hari Bakti Pekerjaan Umum')).text,
    ).toContain('Hari Bakti Pekerjaan Umum sudah disembunyikan.')
    expect((await chat.send(group, coordinator, '/hari tampilkan hari bakti pekerjaan umum')).text).toBe(
      'Hari Bakti Pekerjaan Umum ditampilkan lagi di forum ini.',
    )
    expect((await chat.send(group, tamu, '/hari 3 Desember 2027')).text).toContain(
      '• Jumat, 3 Desember 2027 — Hari Bakti Pekerjaan Umum',
    )
  })

  it('removes a forum day when it is hidden', async () => {
    const { chat, group, coordinator } = await forum(get)
    await chat.send(group, coordinator, '/hari tambah 15 Februari Hari Jadi Kabupaten')
    expect((await chat.send(group, coordinator, '/days hide hari jadi')).text).toBe(
      'Hari forum Hari Jadi Kabupaten dihapus.',
    )
    expect(await forumDays(chat.db)).toEqual([])
  })

  it('asks for more of a name that fits several days, and suggests a close one', async () => {
    const { chat, group, coordinator } = await forum(get)
    expect((await chat.send(group, coordinator, '/hari sembunyikan Natal')).text).toContain(
      'Natal cocok dengan beberapa hari: Cuti Bersama Hari Raya Natal; Hari Raya Natal. Tulis namanya lebih lengkap.',
    )
    expect((await chat.send(group, coordinator, '/hari sembunyikan Hari Pahlwan')).text).toContain(
      'Tidak ada hari bernama Hari Pahlwan. Maksud Anda Hari Pahlawan?',
    )
    expect((await chat.send(group, coordinator, '/hari tampilkan Hari Ibu')).text).toContain(
      'Belum ada hari yang disembunyikan di forum ini.',
    )
    expect(await chat.db.selectFrom('hidden_days').selectAll().execute()).toEqual([])
  })

  it('answers a pasted page of text as a name it does not know, echoing only its start', async () => {
    const { chat, group, coordinator } = await forum(get)
    // Found by fuzzing: finding the closest name compared the whole text with every name and ran out of memory.
    const pasted = 'Hari jadi, '.repeat(2_000)
    const answer = await chat.send(group, coordinator, `/hari sembunyikan ${pasted}`)
    expect(answer.text).toMatch(/^Tidak ada hari bernama Hari jadi, Hari jadi, .{0,100}…/)
    expect(answer.text.length).toBeLessThan(400)
    expect(await chat.db.selectFrom('hidden_days').selectAll().execute()).toEqual([])
  })
})

describeWithDatabase('commemoration days in the morning brief', (get) => {
  it('names the days of today and the coming week with a prompt for key messages, without hidden ones', async () => {
    const { chat, group, coordinator, tamu } = await forum(get)
    chat.clock.set('2026-11-05T07:00:00+07:00')
    await chat.send(group, coordinator, '/hari tambah 7 November Hari Jadi Kabupaten')
    await chat.send(group, coordinator, '/hari sembunyikan Hari Kesehatan Nasional')
    const brief = await chat.send(group, tamu, '/brief')
    expect(brief.text).toContain(
      [
        'Hari peringatan sepekan ke depan',
        '• Sabtu, 7 November 2026 — Hari Jadi Kabupaten (hari forum)',
        '• Selasa, 10 November 2026 — Hari Pahlawan',
        'Siapkan pesan kunci untuk hari-hari ini dengan /narasi tambah (contoh: /bantuan narasi).',
      ].join('\n'),
    )
    expect(brief.text).not.toContain('Hari Kesehatan Nasional')
  })

  it('counts a day of today as something to tell, and leaves the section out of a week without days', async () => {
    const { chat, group, tamu } = await forum(get)
    chat.clock.set('2026-11-10T07:00:00+07:00')
    const today = await chat.send(group, tamu, '/brief')
    expect(today.text).toContain('• Selasa, 10 November 2026 — Hari Pahlawan')
    expect(today.text).not.toContain('Hari ini tidak ada agenda')
    chat.clock.set('2026-07-27T07:00:00+07:00')
    const quiet = await chat.send(group, tamu, '/brief')
    expect(quiet.text).toContain('Hari ini tidak ada agenda')
    expect(quiet.text).not.toContain('Hari peringatan')
  })
})

describeWithDatabase('commemoration days in /kalender', (get) => {
  it('shows each day’s commemorations above its items, and on days with nothing else', async () => {
    const { chat, group, coordinator, tamu, workspaceId } = await forum(get)
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Peringatan Hari Ibu',
      startsAt: '2026-12-22T01:00:00Z',
      location: 'Pendopo',
    })
    await chat.send(group, coordinator, '/hari tambah 23 Desember Hari Jadi Kabupaten')
    const answer = await chat.send(group, tamu, '/kalender 21-27 Desember 2026')
    expect(answer.text).toBe(
      [
        'Kalender 21–27 Desember 2026',
        '',
        'Selasa, 22 Desember 2026',
        'Hari Ibu',
        '• #1 · 08.00 WIB · Peringatan Hari Ibu @ Pendopo · DINKES',
        '',
        'Rabu, 23 Desember 2026',
        'Hari Jadi Kabupaten (hari forum)',
        '',
        'Kamis, 24 Desember 2026',
        'Cuti Bersama Hari Raya Natal (cuti bersama)',
        '',
        'Jumat, 25 Desember 2026',
        'Hari Raya Natal (libur nasional)',
        '',
        '1 agenda, 0 konten. Hari tanpa kegiatan tidak ditampilkan.',
      ].join('\n'),
    )
  })

  it('lists the days under the empty line of a period without items', async () => {
    const { chat, group, tamu } = await forum(get)
    const answer = await chat.send(group, tamu, '/kalender 20 Desember 2026')
    expect(answer.text).toBe('Tidak ada agenda maupun konten pada Minggu, 20 Desember 2026.')
    const christmas = await chat.send(group, tamu, '/kalender 24-25 Desember 2026')
    expect(christmas.text).toBe(
      [
        'Tidak ada agenda maupun konten pada 24–25 Desember 2026.',
        '',
        'Hari peringatan',
        '• Kamis, 24 Desember 2026 — Cuti Bersama Hari Raya Natal (cuti bersama)',
        '• Jumat, 25 Desember 2026 — Hari Raya Natal (libur nasional)',
      ].join('\n'),
    )
  })
})

describeWithDatabase('commemoration days in the .ics file', (get) => {
  it('carries the forum’s days as all-day events that block no time, without hidden ones', async () => {
    const { chat, group, coordinator, tamu, workspaceId } = await forum(get)
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Peringatan Hari Ibu',
      startsAt: '2026-12-22T01:00:00Z',
    })
    await chat.send(group, coordinator, '/hari tambah 15 Februari Hari Jadi Kabupaten')
    await chat.send(group, coordinator, '/hari sembunyikan Hari Bakti Pekerjaan Umum')
    const answer = await chat.send(group, tamu, '/kalender ics')
    const raw = new TextDecoder().decode(answer.messages[0]!.files![0]!.content)

    const byUid = new Map(readIcs(raw).events.map((event) => [event.UID!.value, event]))
    const ibu = byUid.get(`hari-${workspaceId}-2026-12-22-hari-ibu@sinergi`)!
    expect(ibu.SUMMARY!.value).toBe('Hari Ibu')
    expect(ibu.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20261222' })
    expect(ibu.DTEND).toEqual({ params: { VALUE: 'DATE' }, value: '20261223' })
    expect(ibu.TRANSP!.value).toBe('TRANSPARENT')
    expect(ibu.DESCRIPTION!.value).toBe('Hari nasional (bukan hari libur)')
    const lebaran = byUid.get(`hari-${workspaceId}-2027-03-10-idul-fitri-1448-h@sinergi`)!
    expect(lebaran.DESCRIPTION!.value).toBe(
      'Hari libur nasional\nPerkiraan: tanggalnya ditetapkan SKB 3 Menteri untuk tahun itu.',
    )
    expect(byUid.has(`hari-${workspaceId}-2027-02-15-hari-jadi-kabupaten@sinergi`)).toBe(true)
    expect([...byUid.keys()].filter((uid) => uid.includes('bakti-pekerjaan-umum'))).toEqual([])

    const parsed = nodeIcal.sync.parseICS(raw)
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[]
    const jadi = events.filter((event) => event.summary === 'Hari Jadi Kabupaten')
    expect(
      jadi.map((event) => [
        event.datetype,
        event.start.getFullYear(),
        event.start.getMonth() + 1,
        event.start.getDate(),
      ]),
    ).toEqual([
      ['date', 2026, 2, 15],
      ['date', 2027, 2, 15],
      ['date', 2028, 2, 15],
    ])
  })

  it('leaves the days out of one agency’s file', async () => {
    const { chat, group, tamu, workspaceId } = await forum(get)
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat',
      startsAt: '2026-12-22T01:00:00Z',
    })
    const answer = await chat.send(group, tamu, '/kalender ics DINKES')
    const raw = new TextDecoder().decode(answer.messages[0]!.files![0]!.content)
    expect(readIcs(raw).events.map((event) => event.SUMMARY!.value)).toEqual(['Rapat'])
  })
})

describeWithDatabase('/days in an English forum', (get) => {
  it('tags days off and estimates in English, keeping the official names', async () => {
    const chat = new ChatHarness(get().db, { now: NOW, language: 'en' })
    const { group, coordinator } = await seedForum(chat, { members: [] })
    const answer = await chat.send(group, coordinator, '/days 9-10 March 2027')
    expect(answer.text.split('\n').slice(0, 3)).toEqual([
      'Commemoration days — 9–10 March 2027',
      '• Tuesday, 9 March 2027 — Hari Suci Nyepi Tahun Baru Saka 1949 (public holiday) estimate',
      '• Wednesday, 10 March 2027 — Idul Fitri 1448 H (public holiday) estimate',
    ])
  })
})
