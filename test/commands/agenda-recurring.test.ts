import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { wallClock } from '../time/clock.js'

const ZONE = 'Asia/Jakarta'

describeWithDatabase('/agenda tambah with a repetition', (get) => {
  // Thursday 3 December 2026, 10.00 WIB.
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-12-03T10:00:00+07:00' })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'SETDA', name: 'Sekretariat Daerah', kind: 'opd' }],
      members: [{ name: 'Budi Setda', agency: 'SETDA' }],
    })
    const budi = seeded.people['Budi Setda']!
    const send = (text: string) => chat.send(seeded.group, budi, text)
    const rows = () => chat.db.selectFrom('agenda_items').selectAll().orderBy('number').execute()
    return { chat, send, rows }
  }

  it('reads the one-line form `setiap Senin 07.30 …` as a weekly series from the next Monday', async () => {
    const { send, rows } = await forum()
    const answer = await send('/agenda tambah setiap Senin 07.30 Apel Pagi @ Halaman Setda')
    expect(answer.text).toContain('Agenda #1 tercatat')
    expect(answer.text).toContain('Tanggal: Senin, 7 Desember 2026')
    expect(answer.text).toContain('Waktu: 07.30 WIB')
    expect(answer.text).toContain('Tempat: Halaman Setda')
    expect(answer.text).toContain('🔁 Ulangi: setiap Senin')
    const [row] = await rows()
    expect(row).toMatchObject({
      title: 'Apel Pagi',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      recurs_until: null,
      skip_holidays: false,
      excluded_dates: [],
    })
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-12-07 07:30')
  })

  it('reads a last date written after the place of the one-line form', async () => {
    const { send, rows } = await forum()
    const answer = await send(
      '/agenda tambah setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai 31 Desember 2026',
    )
    expect(answer.text).toContain('Tempat: Halaman Setda\n')
    expect(answer.text).toContain('Ulangi: setiap Senin, sampai Kamis, 31 Desember 2026')
    const untitled = await send('/agenda tambah setiap Kamis 13.00 Rapat Staf s.d. 24/12/2026')
    expect(untitled.text).toContain('Agenda #2 tercatat')
    // A `s.d.` between the times is no last date.
    const open = await send('/agenda tambah setiap Jumat 13.00 s.d. selesai Jumat Bersih @ Alun-alun')
    expect(open.text).toContain('Agenda #3 tercatat')
    expect((await rows()).map((row) => [row.title, row.location, row.recurs_until])).toEqual([
      ['Apel Pagi', 'Halaman Setda', '2026-12-31'],
      ['Rapat Staf', null, '2026-12-24'],
      ['Jumat Bersih', 'Alun-alun', null],
    ])
  })

  it('refuses a trailing `sampai` that is not a date, naming it, and saves nothing', async () => {
    const { send, rows } = await forum()
    const answer = await send(
      '/agenda tambah setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai akhir tahun',
    )
    expect(answer.text).toContain(
      '"sampai akhir tahun" di akhir agenda berulang tidak terbaca sebagai tanggal terakhirnya.',
    )
    expect(answer.text).toContain('sampai 31 Desember 2026')
    const impossible = await send('/agenda tambah setiap Senin 07.30 Apel Pagi sampai 31 Februari 2027')
    expect(impossible.text).toContain('"sampai 31 Februari 2027"')
    const twice = await send(
      '/agenda tambah setiap Senin sampai 28 Desember 2026 07.30 Apel Pagi sampai 31 Desember 2026',
    )
    expect(twice.text).toContain('Tanggal sampai ditulis dua kali')
    expect(await rows()).toEqual([])
  })

  it('reads `Ulangi:` in the key form, with several days and a last date', async () => {
    const { send, rows } = await forum()
    const answer = await send(
      [
        '/agenda tambah',
        'Kegiatan: Senam Bersama',
        'Waktu: 07.00-08.00',
        'Tempat: Alun-alun',
        'Ulangi: setiap Senin dan Kamis sampai 31 Desember 2026',
      ].join('\n'),
    )
    // Thursday's 07.00 has passed: the series begins on Monday.
    expect(answer.text).toContain('Tanggal: Senin, 7 Desember 2026')
    expect(answer.text).toContain('Waktu: 07.00–08.00 WIB')
    expect(answer.text).toContain('Ulangi: setiap Senin dan Kamis, sampai Kamis, 31 Desember 2026')
    const [row] = await rows()
    expect(row).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH', recurs_until: '2026-12-31' })
  })

  it('starts today when today fits and its time is still ahead', async () => {
    const { send, rows } = await forum()
    const answer = await send('/agenda tambah setiap hari kerja 15.00 Piket Humas')
    expect(answer.text).toContain('Tanggal: Kamis, 3 Desember 2026')
    expect(answer.text).toContain('Ulangi: setiap hari kerja (Senin–Jumat)')
    expect((await rows())[0]!.recurrence).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')
  })

  it('reads a day of the month, the first Monday, and `setiap bulan` on the date given', async () => {
    const { send, rows } = await forum()
    const fifth = await send('/agenda tambah setiap tanggal 5 09.00 Rakor Bulanan')
    expect(fifth.text).toContain('Tanggal: Sabtu, 5 Desember 2026')
    expect(fifth.text).toContain('Ulangi: setiap tanggal 5')
    const first = await send('/agenda tambah setiap Senin pertama sampai 30/6/2027 08.00 Rapat Humas')
    expect(first.text).toContain('Ulangi: setiap Senin pertama, sampai Rabu, 30 Juni 2027')
    const monthly = await send(
      [
        '/agenda tambah',
        'Kegiatan: Coffee Morning',
        'Tanggal: 15 Desember 2026',
        'Waktu: 09.00',
        'Ulangi: setiap bulan',
      ].join('\n'),
    )
    expect(monthly.text).toContain('Tanggal: Selasa, 15 Desember 2026')
    expect(monthly.text).toContain('Ulangi: setiap tanggal 15')
    expect((await rows()).map((row) => [row.recurrence, row.recurs_until])).toEqual([
      ['FREQ=MONTHLY;BYMONTHDAY=5', null],
      ['FREQ=MONTHLY;BYDAY=+1MO', '2027-06-30'],
      ['FREQ=MONTHLY;BYMONTHDAY=15', null],
    ])
  })

  it('refuses what it is unsure of, naming the part, and saves nothing', async () => {
    const { send, rows } = await forum()
    const week = await send('/agenda tambah setiap minggu 08.00 Senam')
    expect(week.text).toContain('"minggu" bisa berarti setiap pekan atau setiap hari Minggu')
    expect(week.text).toContain('setiap hari Minggu')
    const odd = await send('/agenda tambah\nKegiatan: Apel\nWaktu: 07.30\nUlangi: setiap Senin kadang-kadang')
    expect(odd.text).toContain('Pengulangan "kadang-kadang" tidak terbaca')
    expect(odd.text).toContain('setiap Senin dan Kamis')
    const late = await send('/agenda tambah setiap tanggal 31 09.00 Tutup Buku')
    expect(late.text).toContain('"tanggal 31" tidak ada di setiap bulan')
    const mismatch = await send(
      '/agenda tambah\nKegiatan: Apel\nTanggal: 8 Desember 2026\nWaktu: 07.30\nUlangi: setiap Senin',
    )
    expect(mismatch.text).toContain('Tanggal Selasa, 8 Desember 2026 tidak cocok dengan pengulangannya')
    const before = await send('/agenda tambah setiap Senin sampai 1 Desember 2026 07.30 Apel')
    expect(before.text).toContain('Tidak ada jadwal sampai Selasa, 1 Desember 2026')
    const span = await send(
      '/agenda tambah\nKegiatan: Bimtek\nTanggal: 7-8 Desember 2026\nUlangi: setiap Senin',
    )
    expect(span.text).toContain('Agenda berulang hanya untuk kegiatan satu hari')
    expect(await rows()).toEqual([])
  })
})
