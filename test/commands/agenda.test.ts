import { expect, it } from 'vitest'
import { addAgendaItem } from '../../src/domain/agenda/service.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { wallClock } from '../time/clock.js'

const ZONE = 'Asia/Jakarta'

describeWithDatabase('/agenda', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' },
        { code: 'POLRES', name: 'Kepolisian Resor Wonosobo', kind: 'vertikal' },
      ],
      members: [
        { name: 'Budi Dinkes', agency: 'DINKES' },
        { name: 'Rina Dinkes', agency: 'DINKES', role: 'admin' },
        { name: 'Agus Polres', agency: 'POLRES' },
      ],
    })
    const { group } = seeded
    const budi = seeded.people['Budi Dinkes']!
    const rina = seeded.people['Rina Dinkes']!
    const agus = seeded.people['Agus Polres']!
    const sari = seeded.coordinator
    const rows = () =>
      chat.db
        .selectFrom('agenda_items')
        .innerJoin('agencies', 'agencies.id', 'agenda_items.agency_id')
        .selectAll('agenda_items')
        .select('agencies.code')
        .orderBy('number')
        .execute()
    const audit = async () =>
      (await chat.db.selectFrom('audit_log').select(['action', 'subject']).orderBy('id').execute()).filter(
        (a) => a.action.startsWith('agenda.'),
      )
    const send = (who: typeof budi, text: string) => chat.send(group, who, text)
    return {
      chat,
      group,
      budi,
      rina,
      agus,
      sari,
      rows,
      audit,
      send,
      workspaceId: seeded.workspaceId,
      agencies: seeded.agencies,
    }
  }

  // ── tambah ────────────────────────────────────────────────────────────────────────────────

  it('records a one-line submission for the sender’s agency and repeats what it understood', async () => {
    const { budi, send, rows, audit } = await forum()
    const answer = await send(budi, '/agenda tambah besok 09.00 Rapat Koordinasi Stunting @ Aula Dinkes')
    expect(answer.text).toContain('Agenda #1 tercatat')
    expect(answer.text).toContain('Tanggal: Kamis, 8 Januari 2026')
    expect(answer.text).toContain('Waktu: 09.00 WIB')
    expect(answer.text).toContain('Tempat: Aula Dinkes')
    expect(answer.text).toContain('Instansi: DINKES (Dinas Kesehatan)')
    expect(answer.text).toContain('/agenda ubah 1')
    const [row] = await rows()
    expect(row).toMatchObject({
      number: 1,
      title: 'Rapat Koordinasi Stunting',
      location: 'Aula Dinkes',
      code: 'DINKES',
    })
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-08 09:00')
    expect(row!.stated_zone).toBe(ZONE)
    expect(await audit()).toEqual([{ action: 'agenda.added', subject: 'agenda#1' }])
  })

  it('accepts the English alias and answers in the workspace language', async () => {
    const { chat, budi, send, rows, workspaceId } = await forum()
    await chat.db.updateTable('workspaces').set({ language: 'en' }).where('id', '=', workspaceId).execute()
    const answer = await send(budi, '/events add besok 09.00 Rapat @ Aula')
    expect(answer.text).toContain('Event #1 recorded')
    expect(answer.text).toContain('Date: Thursday, 8 January 2026')
    expect(await rows()).toHaveLength(1)
  })

  it('shows a time stated in another zone in both zones, and stores the zone it was stated in', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(budi, '/agenda tambah besok 14.00 WITA Rapat Daring')
    expect(answer.text).toContain('Waktu: 14.00 WITA (13.00 WIB)')
    const [row] = await rows()
    expect(row!.stated_zone).toBe('Asia/Makassar')
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-08 13:00')
  })

  it('stores an all-day item as dates and shows it as all day', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(budi, '/agenda tambah 12-14 Januari Pameran UMKM @ GOR')
    expect(answer.text).toContain('Tanggal: Senin–Rabu, 12–14 Januari 2026')
    expect(answer.text).toContain('Waktu: sepanjang hari')
    const [row] = await rows()
    expect(row).toMatchObject({
      all_day: true,
      start_date: '2026-01-12',
      end_date: '2026-01-14',
      starts_at: null,
    })
  })

  it('asks to check an hour before 06.00 written without pagi/siang/sore/malam', async () => {
    const { budi, send } = await forum()
    const early = await send(budi, '/agenda tambah besok 04.30 Senam Bersama @ Alun-alun')
    expect(early.text).toContain('Jam 04.30 sebelum pukul 06.00')
    expect(early.text).toContain('/agenda ubah 1 Waktu: 04.30 sore')
    const qualified = await send(budi, '/agenda tambah besok jam 5 pagi Senam Bersama @ Alun-alun')
    expect(qualified.text).toContain('Waktu: 05.00 WIB')
    expect(qualified.text).not.toContain('sebelum pukul 06.00')
  })

  it('reads Hari and Tanggal written on separate lines together, with coverage and notes', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(
      budi,
      '/agenda tambah\nKegiatan: Bulan Imunisasi Anak\nHari: Senin\nTanggal: 12 Januari 2026\nJam: 08.00-11.00\nLokasi: Puskesmas Kertek\nLiputan: Ya, mohon diliput\nCatatan: bawa buku KIA\nmulai dari balita',
    )
    expect(answer.text).toContain('Agenda #1 tercatat')
    expect(answer.text).toContain('Liputan: ya, belum ada peliput')
    const [row] = await rows()
    expect(row).toMatchObject({
      coverage: true,
      location: 'Puskesmas Kertek',
      notes: 'bawa buku KIA\nmulai dari balita',
    })
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-12 11:00')
  })

  it('refuses a guest who belongs to no agency, telling them to join first', async () => {
    const { chat, group, rows } = await forum()
    const tamu = chat.person('Tamu', { in: [group] })
    const answer = await chat.send(group, tamu, '/agenda tambah besok 09.00 Rapat')
    expect(answer.text).toContain('/gabung KODE')
    expect(await rows()).toEqual([])
  })

  it('refuses an impossible date, naming it, and saves nothing (not even a number)', async () => {
    const { chat, budi, send, rows, audit } = await forum()
    const answer = await send(budi, '/agenda tambah 31/2 09.00 Rapat @ Aula')
    expect(answer.text).toContain('Tanggal "31/2" tidak ada di kalender')
    expect(answer.text).toContain('Contoh:')
    expect(await rows()).toEqual([])
    expect(await audit()).toEqual([])
    expect(await chat.db.selectFrom('item_numbers').selectAll().execute()).toEqual([])
  })

  it('refuses a date more than a day past, showing it and next year’s date, and saves nothing', async () => {
    const { budi, send, rows } = await forum()
    const typo = await send(budi, '/agenda tambah 5 Januari 2026 09.00 Rapat Evaluasi @ Aula')
    expect(typo.text).toContain('Senin, 5 Januari 2026 sudah lewat')
    expect(typo.text).toContain('tahun depan, Selasa, 5 Januari 2027?')
    expect(typo.text).toContain('Arsip: ya')
    const keyForm = await send(
      budi,
      '/agenda tambah\nKegiatan: Rapat Evaluasi\nHari/Tanggal: Jumat, 2 Januari 2026\nWaktu: 09.00',
    )
    expect(keyForm.text).toContain('Jumat, 2 Januari 2026 sudah lewat')
    const longAgo = await send(budi, '/agenda tambah 3/3/2024 Rapat Lama')
    expect(longAgo.text).toContain('Minggu, 3 Maret 2024 sudah lewat')
    expect(longAgo.text).not.toContain('tahun depan')
    expect(await rows()).toEqual([])
  })

  it('accepts yesterday, a late entry, without a word about the past', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(budi, '/agenda tambah kemarin 09.00 Apel Pagi @ Halaman Setda')
    expect(answer.text).toContain('Agenda #1 tercatat')
    expect(answer.text).not.toContain('arsip')
    expect(await rows()).toHaveLength(1)
  })

  it('records a past activity with Arsip: ya from the coordinator only, marked as an archive', async () => {
    const { budi, sari, send, rows } = await forum()
    const lines = '\nKegiatan: Bakti Sosial\nTanggal: 20 Desember 2025\nInstansi: DINKES\nArsip: ya'
    const refused = await send(budi, `/agenda tambah${lines}`)
    expect(refused.text).toContain('hanya untuk koordinator')
    expect(await rows()).toEqual([])
    const kept = await send(sari, `/agenda tambah${lines}`)
    expect(kept.text).toContain('Agenda #1 tercatat')
    expect(kept.text).toContain('Tanggal: Sabtu, 20 Desember 2025')
    expect(kept.text).toContain('Dicatat sebagai arsip')
    expect(kept.text).not.toContain('Disimpan di keterangan')
    expect(await rows()).toMatchObject([{ title: 'Bakti Sosial', start_date: '2025-12-20', notes: null }])
  })

  it('refuses moving an item into the past by an edit, unless Arsip: ya', async () => {
    const { sari, send, rows } = await forum()
    await send(sari, '/agenda tambah besok 09.00 Rapat @ Aula\nInstansi: DINKES')
    const refused = await send(sari, '/agenda ubah 1 Tanggal: 1/1/2026')
    expect(refused.text).toContain('Kamis, 1 Januari 2026 sudah lewat')
    expect(wallClock((await rows())[0]!.starts_at!, ZONE)).toBe('2026-01-08 09:00')
    await send(sari, '/agenda ubah 1\nTanggal: 1/1/2026\nArsip: ya')
    expect(wallClock((await rows())[0]!.starts_at!, ZONE)).toBe('2026-01-01 09:00')
  })

  it('does not record the same invitation twice, pointing to the number it has', async () => {
    const { budi, rina, agus, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat Koordinasi Stunting @ Aula Dinkes')
    const again = await send(
      rina,
      '/agenda tambah\nKegiatan: *Rapat koordinasi  stunting.*\nHari/Tanggal: Kamis, 8 Januari 2026\nWaktu: 09.00 WIB',
    )
    expect(again.text).toContain('sudah tercatat sebagai #1')
    expect(again.text).toContain('/agenda 1')
    // Another agency's meeting, another hour or another title is another item.
    await send(agus, '/agenda tambah besok 09.00 Rapat Koordinasi Stunting')
    await send(budi, '/agenda tambah besok 10.00 Rapat Koordinasi Stunting')
    await send(budi, '/agenda tambah besok 09.00 Rapat Koordinasi Stunting Lanjutan')
    // The refused copy gave its number back.
    expect((await rows()).map((row) => [row.number, row.code])).toEqual([
      [1, 'DINKES'],
      [2, 'POLRES'],
      [3, 'DINKES'],
      [4, 'DINKES'],
    ])
  })

  it('records an invitation again once its first copy was cancelled', async () => {
    const { budi, send, rows } = await forum()
    await send(budi, '/agenda tambah besok Jalan Sehat')
    await send(budi, '/agenda batal 1 salah tanggal')
    const again = await send(budi, '/agenda tambah besok Jalan Sehat')
    expect(again.text).toContain('Agenda #2 tercatat')
    expect(await rows()).toHaveLength(2)
  })

  it('names every mistyped key of a form in one reply and saves nothing', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(
      budi,
      '/agenda tambah\nKegiatn: Rapat\nHari/Tanggal: besok\nWakut: 09.00\nTempta: Aula',
    )
    expect(answer.text).toContain('3 kunci salah ketik: Kegiatn → Kegiatan, Wakut → Waktu, Tempta → Tempat')
    expect(await rows()).toEqual([])
  })

  it('shows examples dated from today, so copying one is never refused as past', async () => {
    const { budi, send, rows } = await forum()
    // 2026-01-07 is a Wednesday: the examples use next week's Monday and next month.
    const help = await send(budi, '/bantuan agenda')
    expect(help.text).toContain('Hari/Tanggal: Senin, 12 Januari 2026')
    const usage = await send(budi, '/agenda tambah\nKegiatan: Rapat')
    expect(usage.text).toContain('Hari/Tanggal: Senin, 12 Januari 2026')
    const narasi = await send(budi, '/bantuan narasi')
    expect(narasi.text).toContain('Berlaku: 1-10 Februari 2026')
    const copied = await send(
      budi,
      '/agenda tambah\nKegiatan: Rapat Koordinasi\nHari/Tanggal: Senin, 12 Januari 2026\nWaktu: 09.00 WIB',
    )
    expect(copied.text).toContain('Agenda #1 tercatat')
    expect(await rows()).toHaveLength(1)
  })

  it('moves the examples along with the calendar', async () => {
    const { chat, budi, send } = await forum()
    chat.clock.set(new Date('2026-12-06T10:00:00+07:00'))
    const help = await send(budi, '/bantuan agenda')
    expect(help.text).toContain('Hari/Tanggal: Senin, 7 Desember 2026')
    expect((await send(budi, '/bantuan kalender')).text).toContain('/kalender Januari 2027')
    expect((await send(budi, '/bantuan rekap')).text).toContain('/rekap Desember 2025')
  })

  it('refuses a weekday that does not match its date, naming the real weekday', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(
      budi,
      '/agenda tambah\nKegiatan: Rapat\nHari/Tanggal: Senin, 13 Januari 2026\nWaktu: 09.00',
    )
    expect(answer.text).toContain('"Senin" tidak cocok')
    expect(answer.text).toContain('hari Selasa')
    expect(await rows()).toEqual([])
  })

  it('refuses a one-line submission that does not start with its time, or has no title', async () => {
    const { budi, send, rows } = await forum()
    expect((await send(budi, '/agenda tambah Rapat besok 09.00')).text).toContain(
      '"Rapat" tidak terbaca sebagai tanggal',
    )
    expect((await send(budi, '/agenda tambah besok 09.00')).text).toContain('Judul agenda belum ada')
    expect((await send(budi, '/agenda tambah')).text).toContain('Tulis waktu dan judul')
    expect((await send(budi, '/agenda tambah 09.00 Rapat')).text).toContain('Tanggal agenda belum ada')
    expect((await send(budi, '/agenda tambah\nKegiatan: Rapat\nWaktu: 09.00')).text).toContain(
      'Tanggal agenda belum ada',
    )
    expect(await rows()).toEqual([])
  })

  it('refuses a member naming another agency, and one naming an agency that does not exist', async () => {
    const { budi, send, rows } = await forum()
    const other = await send(
      budi,
      '/agenda tambah\nInstansi: POLRES\nKegiatan: Apel\nTanggal: 12/1\nWaktu: 07.00',
    )
    expect(other.text).toContain('hanya bisa mencatat agenda untuk instansi Anda sendiri (DINKES)')
    const unknown = await send(
      budi,
      '/agenda tambah\nInstansi: KODIM\nKegiatan: Apel\nTanggal: 12/1\nWaktu: 07.00',
    )
    expect(unknown.text).toContain('Instansi KODIM tidak ada')
    expect(await rows()).toEqual([])
  })

  it('lets the coordinator add for any agency, and asks a coordinator without agency to name one', async () => {
    const { sari, send, rows } = await forum()
    const without = await send(sari, '/agenda tambah besok 07.00 Apel Pagi @ Alun-alun')
    expect(without.text).toContain('Instansi: KODE')
    expect(await rows()).toEqual([])
    const named = await send(sari, '/agenda tambah besok 07.00 Apel Pagi @ Alun-alun\nInstansi: polres')
    expect(named.text).toContain('Instansi: POLRES (Kepolisian Resor Wonosobo)')
    expect((await rows()).map((r) => r.code)).toEqual(['POLRES'])
  })

  it('gives two agencies adding at the same moment distinct numbers', async () => {
    const { budi, agus, send, rows } = await forum()
    const answers = await Promise.all([
      send(budi, '/agenda tambah besok 09.00 Rapat Dinkes @ Aula Dinkes'),
      send(agus, '/agenda tambah besok 09.00 Apel Polres @ Mapolres'),
    ])
    const numbers = answers.map((a) => a.text.match(/Agenda #(\d+) tercatat/)?.[1])
    expect(numbers.sort()).toEqual(['1', '2'])
    const stored = await rows()
    expect(stored.map((r) => r.number)).toEqual([1, 2])
    expect(stored.map((r) => r.code).sort()).toEqual(['DINKES', 'POLRES'])
  })

  // ── ubah ──────────────────────────────────────────────────────────────────────────────────

  it('edits one key written after the number, keeping everything else', async () => {
    const { budi, send, rows, audit } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula Dinkes')
    const answer = await send(budi, '/agenda ubah 1 Tempat: Aula Setda')
    expect(answer.text).toContain('Agenda #1 diubah')
    expect(answer.text).toContain('Tempat: Aula Setda')
    const [row] = await rows()
    expect(row).toMatchObject({ location: 'Aula Setda', title: 'Rapat Koordinasi' })
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-08 09:00')
    expect((await audit()).map((a) => a.action)).toEqual(['agenda.added', 'agenda.edited'])
  })

  it('moves only the time when only Waktu is given, and only the date when only Tanggal is given', async () => {
    const { budi, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat @ Aula')
    await send(budi, '/agenda ubah 1 Waktu: 13.00-15.30')
    let [row] = await rows()
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-08 13:00')
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-08 15:30')
    await send(budi, '/agenda ubah 1\nTanggal: 12/1\nLiputan: ya')
    ;[row] = await rows()
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-12 13:00')
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-12 15:30')
    expect(row!.coverage).toBe(true)
    await send(budi, '/agenda ubah 1 Waktu: -')
    ;[row] = await rows()
    expect(row).toMatchObject({ all_day: true, start_date: '2026-01-12', starts_at: null })
  })

  it('refuses an edit by another agency and leaves the item as it was', async () => {
    const { budi, agus, send, rows, audit } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes')
    const answer = await send(agus, '/agenda ubah 1 Tempat: Mapolres')
    expect(answer.text).toContain('Agenda #1 milik DINKES')
    expect((await rows())[0]!.location).toBe('Aula Dinkes')
    expect((await audit()).map((a) => a.action)).toEqual(['agenda.added'])
  })

  it('lets another member of the owner agency and the coordinator edit', async () => {
    const { budi, rina, sari, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes')
    expect((await send(rina, '/agenda ubah 1 Kegiatan: Rapat Evaluasi')).text).toContain('Agenda #1 diubah')
    expect((await send(sari, '/agenda ubah 1 Instansi: POLRES')).text).toContain('Instansi: POLRES')
    expect(await rows()).toMatchObject([{ title: 'Rapat Evaluasi', code: 'POLRES' }])
  })

  it('refuses a mistyped key or a line without a key in an edit, changing nothing', async () => {
    const { budi, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes')
    const typo = await send(budi, '/agenda ubah 1\nKegiatan: Rapat Besar\nTempta: Aula Setda')
    expect(typo.text).toContain('Tempta? Maksud Anda Tempat? Belum ada yang disimpan.')
    const noKey = await send(budi, '/agenda ubah 1 besok 10.00')
    expect(noKey.text).toContain('Baris "besok 10.00" tidak punya kunci')
    const badTime = await send(budi, '/agenda ubah 1 Waktu: jam 25')
    expect(badTime.text).toContain('tidak valid')
    expect(await rows()).toMatchObject([{ title: 'Rapat', location: 'Aula Dinkes' }])
  })

  it('keeps unknown keys of an edit in the notes and lists them', async () => {
    const { budi, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes\nKeterangan: undangan terbatas')
    const answer = await send(budi, '/agenda ubah 1 Pakaian: Batik')
    expect(answer.text).toContain('Disimpan di keterangan: Pakaian.')
    expect((await rows())[0]!.notes).toBe('undangan terbatas\nPakaian: Batik')
  })

  // ── batal ─────────────────────────────────────────────────────────────────────────────────

  it('cancels an item by its owner, keeping it marked batal with the reason', async () => {
    const { budi, send, rows, audit } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes')
    const answer = await send(budi, '/agenda batal 1 diundur ke minggu depan')
    expect(answer.text).toContain('Agenda #1 dibatalkan')
    expect(answer.text).toContain('Alasan batal: diundur ke minggu depan')
    expect(await rows()).toMatchObject([{ status: 'batal', cancel_reason: 'diundur ke minggu depan' }])
    expect((await audit()).map((a) => a.action)).toEqual(['agenda.added', 'agenda.cancelled'])
    expect((await send(budi, '/agenda 1')).text).toContain('Status: batal')
    expect((await send(budi, '/agenda batal 1')).text).toContain('sudah dibatalkan')
    expect((await send(budi, '/agenda ubah 1 Tempat: Aula')).text).toContain('tidak bisa diubah')
  })

  it('refuses a cancel by another agency; the coordinator may cancel any', async () => {
    const { budi, agus, sari, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula Dinkes')
    expect((await send(agus, '/agenda batal 1')).text).toContain('Agenda #1 milik DINKES')
    expect((await rows())[0]!.status).toBe('terjadwal')
    expect((await send(sari, '/agenda batal #1')).text).toContain('Agenda #1 dibatalkan')
    expect((await rows())[0]!.status).toBe('batal')
  })

  it('refuses a cancel without an item number', async () => {
    const { budi, send } = await forum()
    const answer = await send(budi, '/agenda batal')
    expect(answer.text).toContain('Nomor item harus angka')
    expect(answer.text).toContain('/agenda batal 12')
  })

  // ── numbers and details ───────────────────────────────────────────────────────────────────

  it('answers a number of another kind with the command that shows it', async () => {
    const { chat, budi, send, workspaceId } = await forum()
    await chat.db.transaction().execute((trx) => allocateItemNumber(trx, workspaceId, 'konten'))
    expect((await send(budi, '/agenda 1')).text).toContain('#1 adalah konten — lihat dengan /konten 1')
    expect((await send(budi, '/agenda ubah 1 Tempat: Aula')).text).toContain('#1 adalah konten')
    expect((await send(budi, '/agenda 7')).text).toContain('Tidak ada item #7')
  })

  it('shows the details of an item to a guest, with selesai once its time has passed', async () => {
    const { chat, group, budi, send } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat @ Aula Dinkes\nLiputan: ya')
    const tamu = chat.person('Tamu', { in: [group] })
    const details = await chat.send(group, tamu, '/agenda 1')
    expect(details.text).toContain('#1 Rapat')
    expect(details.text).toContain('Waktu: 09.00–11.00 WIB')
    expect(details.text).toContain('Status: terjadwal')
    chat.clock.set('2026-01-08T11:30:00+07:00')
    expect((await chat.send(group, tamu, '/agenda 1')).text).toContain('Status: selesai')
  })

  // ── lists ─────────────────────────────────────────────────────────────────────────────────

  it('lists the next 7 days by day, leaving out what lies outside them', async () => {
    const { budi, agus, send } = await forum()
    await send(budi, '/agenda tambah 20/1 09.00 Rapat Jauh @ Aula')
    await send(agus, '/agenda tambah besok 13.00 Apel Siang @ Mapolres')
    await send(budi, '/agenda tambah besok 09.00 Rapat Pagi @ Aula\nLiputan: ya')
    await send(budi, '/agenda tambah Senin Jalan Sehat @ Alun-alun')
    await send(budi, '/agenda tambah hari ini 08.00 Senam @ Halaman')
    const answer = await send(budi, '/agenda')
    const text = answer.text
    expect(text).toContain('Agenda 7 hari ke depan (Rabu, 7 Januari 2026 – Selasa, 13 Januari 2026)')
    expect(text).not.toContain('Rapat Jauh')
    const order = [
      'Rabu, 7 Januari 2026\n',
      'Senam',
      'Kamis, 8 Januari 2026',
      'Rapat Pagi',
      'Apel Siang',
      'Senin, 12 Januari 2026',
      'Jalan Sehat',
    ]
    const positions = order.map((part) => text.indexOf(part))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toContain('#5 · 08.00 WIB · Senam @ Halaman · DINKES · selesai')
    expect(text).toContain('#3 · 09.00 WIB · Rapat Pagi @ Aula · DINKES · liputan: belum ada peliput')
    expect(text).toContain('#4 · sepanjang hari · Jalan Sehat @ Alun-alun · DINKES')
  })

  it('lists a named period or a date, and says so when it is empty', async () => {
    const { budi, send } = await forum()
    await send(budi, '/agenda tambah Senin depan 09.00 Rapat Minggu Depan @ Aula')
    await send(budi, '/agenda tambah besok 09.00 Rapat Besok @ Aula')
    const nextWeek = await send(budi, '/agenda minggu depan')
    expect(nextWeek.text).toContain('Rapat Minggu Depan')
    expect(nextWeek.text).not.toContain('Rapat Besok')
    const tomorrow = await send(budi, '/agenda besok')
    expect(tomorrow.text).toContain('Agenda Kamis, 8 Januari 2026:')
    expect(tomorrow.text).toContain('Rapat Besok')
    expect((await send(budi, '/agenda 9/1')).text).toContain('Tidak ada agenda untuk Jumat, 9 Januari 2026.')
    expect((await send(budi, '/agenda kapan-kapan')).text).toContain('Periode "kapan-kapan" tidak dikenal')
  })

  it('shows at most 30 items and counts the rest', async () => {
    const { chat, budi, send, workspaceId, agencies } = await forum()
    const person = await chat.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()
    const dinkes = { role: 'anggota' as const, agencyId: agencies.DINKES!, agencyCode: 'DINKES' }
    const change = { workspaceId, actorId: person.id, chatId: null, now: chat.clock.now() }
    for (let i = 0; i < 35; i += 1) {
      const startsAt = new Date(Date.parse('2026-01-08T08:00:00+07:00') + i * 10 * 60_000)
      const time = { allDay: false as const, startsAt, endsAt: null, daily: false }
      await addAgendaItem(chat.db, change, dinkes, {
        title: `Kegiatan ${i + 1}`,
        time,
        statedZone: ZONE,
        location: null,
        notes: null,
        coverage: false,
      })
    }
    const answer = await send(budi, '/agenda')
    expect(answer.text).toContain('Kegiatan 30 ')
    expect(answer.text).not.toContain('Kegiatan 31 ')
    expect(answer.text).toContain('… dan 5 lainnya')
    expect(answer.text.length).toBeLessThan(4096)
  })

  // ── spans of days ─────────────────────────────────────────────────────────────────────────

  it('reads a weekday range with a date range and daily times as one item, shown on each of its days', async () => {
    const { chat, budi, send, rows } = await forum()
    const answer = await send(
      budi,
      '/agenda tambah\nKegiatan: Bimtek Media Sosial\nHari/Tanggal: Jumat-Sabtu, 9-10 Januari 2026\nWaktu: 08.00 - 16.00 WITA\nTempat: Aula Bappeda',
    )
    expect(answer.text).toContain('Agenda #1 tercatat')
    expect(answer.text).toContain('Tanggal: Jumat–Sabtu, 9–10 Januari 2026')
    expect(answer.text).toContain('Waktu: 08.00–16.00 WITA (07.00–15.00 WIB) setiap hari')
    const [row] = await rows()
    expect(row).toMatchObject({ all_day: false, daily: true, stated_zone: 'Asia/Makassar' })
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-09 07:00')
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-10 15:00')

    const line = '#1 · Jum 9/1–Sab 10/1 08.00–16.00 WITA (07.00–15.00 WIB) setiap hari · Bimtek Media Sosial'
    const week = (await send(budi, '/agenda')).text
    expect(week.indexOf('Jumat, 9 Januari 2026')).toBeLessThan(week.indexOf(line))
    expect(week.indexOf('Sabtu, 10 Januari 2026')).toBeLessThan(week.lastIndexOf(line))
    expect(week.split(line)).toHaveLength(3)
    expect((await send(budi, '/agenda 10/1')).text).toContain(line)
    expect((await send(budi, '/agenda 11/1')).text).not.toContain('Bimtek')
    const calendar = (await send(budi, '/kalender')).text
    expect(calendar.split('Bimtek Media Sosial')).toHaveLength(3)
    chat.clock.set('2026-01-10T06:00:00+07:00')
    expect((await send(budi, '/brief')).text).toContain(line)
  })

  it('reads a weekday range before a date range in the one-line form as an all-day span', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(
      budi,
      '/agenda tambah Sabtu-Minggu, 10-11 Januari 2026 Jambore Kehumasan @ Kalianget',
    )
    expect(answer.text).toContain('Tanggal: Sabtu–Minggu, 10–11 Januari 2026')
    expect(answer.text).toContain('Waktu: sepanjang hari')
    const [row] = await rows()
    expect(row).toMatchObject({
      title: 'Jambore Kehumasan',
      location: 'Kalianget',
      all_day: true,
      start_date: '2026-01-10',
      end_date: '2026-01-11',
    })
    expect((await send(budi, '/agenda 11/1')).text).toContain(
      '#1 · Sab 10/1–Min 11/1 sepanjang hari · Jambore Kehumasan @ Kalianget',
    )
  })

  it('refuses a weekday range that does not match its dates, naming the weekday, and saves nothing', async () => {
    const { budi, send, rows } = await forum()
    const answer = await send(budi, '/agenda tambah Sabtu-Minggu, 11-12 Januari 2026 Jambore')
    expect(answer.text).toContain('Hari "Sabtu" tidak cocok dengan tanggalnya: tanggal itu hari Minggu.')
    expect(await rows()).toEqual([])
  })

  it('spreads a meeting over a range of dates in an edit, keeping its times, and keeps the days when the time changes', async () => {
    const { budi, send, rows } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat @ Aula')
    const spread = await send(budi, '/agenda ubah 1 Tanggal: 12-13/1')
    expect(spread.text).toContain('Tanggal: Senin–Selasa, 12–13 Januari 2026')
    expect(spread.text).toContain('Waktu: 09.00–11.00 WIB setiap hari')
    let [row] = await rows()
    expect(row!.daily).toBe(true)
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-12 09:00')
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-13 11:00')
    await send(budi, '/agenda ubah 1 Waktu: 13.00')
    ;[row] = await rows()
    expect(wallClock(row!.starts_at!, ZONE)).toBe('2026-01-12 13:00')
    expect(wallClock(row!.ends_at!, ZONE)).toBe('2026-01-13 13:00')
    expect((await send(budi, '/agenda 1')).text).toContain('Waktu: 13.00 WIB setiap hari')
    await send(budi, '/agenda ubah 1 Waktu: -')
    ;[row] = await rows()
    expect(row).toMatchObject({
      all_day: true,
      daily: false,
      start_date: '2026-01-12',
      end_date: '2026-01-13',
    })
  })

  it('lists a timed item under its local day in the workspace zone', async () => {
    const { budi, send } = await forum()
    await send(budi, '/agenda tambah besok 23.30 Ronda Malam @ Pos')
    expect((await send(budi, '/agenda besok')).text).toContain('Ronda Malam')
    expect((await send(budi, '/agenda 9/1')).text).not.toContain('Ronda Malam')
  })
})
