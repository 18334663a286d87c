import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
describeWithDatabase('/liput, the coverage desk', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika' },
        { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
      ],
      members: [
        { name: 'Budi Dinkes', agency: 'DINKES' },
        { name: 'Dian Kominfo', agency: 'DISKOMINFO' },
        { name: 'Agus Polres', agency: 'POLRES' },
      ],
    })
    const { group } = seeded
    const budi = seeded.people['Budi Dinkes']!
    const dian = seeded.people['Dian Kominfo']!
    const agus = seeded.people['Agus Polres']!
    const sari = seeded.coordinator
    const send = (who: typeof budi, text: string) => chat.send(group, who, text)
    const claim = async (number: number) =>
      (
        await chat.db
          .selectFrom('agenda_items as a')
          .leftJoin('agencies as g', 'g.id', 'a.coverage_agency_id')
          .select(['g.code', 'a.coverage_claimed_at'])
          .where('a.number', '=', number)
          .executeTakeFirstOrThrow()
      ).code
    return { chat, group, budi, dian, agus, sari, send, claim }
  }

  async function withCoverageItem(f: Awaited<ReturnType<typeof forum>>) {
    const added = await f.send(
      f.budi,
      '/agenda tambah\nKegiatan: Pencanangan Imunisasi\nTanggal: besok\nWaktu: 09.00\nTempat: Aula Dinkes\nLiputan: ya',
    )
    expect(added.text).toContain('Liputan: ya, belum ada peliput')
  }

  it('shows "belum ada peliput" until an agency claims the item, then the agency', async () => {
    const f = await forum()
    await withCoverageItem(f)
    expect((await f.send(f.budi, '/agenda')).text).toContain(
      '• #1 · 09.00 WIB · Pencanangan Imunisasi @ Aula Dinkes · DINKES · liputan: belum ada peliput',
    )
    const claimed = await f.send(f.dian, '/liput 1')
    expect(claimed.text).toBe(
      'Agenda #1 diliput oleh DISKOMINFO. Lepaskan dengan /liput batal 1.\n' +
        '#1 · Kam 8/1 09.00 WIB · Pencanangan Imunisasi @ Aula Dinkes · DINKES · liputan: DISKOMINFO',
    )
    expect(await f.claim(1)).toBe('DISKOMINFO')
    expect((await f.send(f.agus, '/agenda 1')).text).toContain('Liputan: ya, diliput DISKOMINFO')
  })

  it('shows a series by its next date when it is claimed or given up, not by its first', async () => {
    const f = await forum()
    // Friday 2 January: the series' first date is past by Wednesday 7 January.
    f.chat.clock.set('2026-01-02T06:00:00+07:00')
    await f.send(
      f.budi,
      '/agenda tambah\nKegiatan: Senam Sehat\nWaktu: 07.00\nTempat: Alun-alun\nLiputan: ya\nUlangi: setiap Jumat',
    )
    f.chat.clock.set('2026-01-07T10:00:00+07:00')
    const claimed = await f.send(f.dian, '/liput 1')
    expect(claimed.text).toBe(
      'Agenda #1 diliput oleh DISKOMINFO. Lepaskan dengan /liput batal 1.\n' +
        '#1 · Jum 9/1 07.00 WIB · Senam Sehat @ Alun-alun · DINKES · liputan: DISKOMINFO · rutin',
    )
    const released = await f.send(f.dian, '/liput batal 1')
    expect(released.text).toContain('#1 · Jum 9/1 07.00 WIB · Senam Sehat')
  })

  it('keeps the series’ coverage and its claim on a date edited on its own, unless the edit drops coverage', async () => {
    const f = await forum()
    await f.send(
      f.budi,
      '/agenda tambah\nKegiatan: Posyandu Balita\nWaktu: 09.00\nTempat: Balai Desa\nLiputan: ya\nUlangi: setiap Senin',
    )
    await f.send(f.dian, '/liput 1')
    const detached = await f.send(f.budi, '/agenda ubah 1 tanggal 19 Januari\nWaktu: 10.00')
    expect(detached.text).toContain('diubah tersendiri menjadi agenda #2')
    expect(detached.text).toContain('Liputan: ya, diliput DISKOMINFO')
    expect(await f.claim(2)).toBe('DISKOMINFO')
    expect((await f.send(f.agus, '/liput 2')).text).toContain('Agenda #2 sudah diliput oleh DISKOMINFO.')
    expect((await f.send(f.dian, '/liput batal 2')).text).toContain(
      'Liputan agenda #2 oleh DISKOMINFO dilepas',
    )
    expect(await f.claim(1)).toBe('DISKOMINFO')
    await f.send(f.budi, '/agenda ubah 1 tanggal 26 Januari\nLiputan: tidak')
    expect((await f.send(f.budi, '/agenda 3')).text).toContain('Liputan: tidak')
    expect(await f.claim(3)).toBeNull()
  })

  it('refuses a second agency while one covers the item, and lets the claimant or the coordinator give it up', async () => {
    const f = await forum()
    await withCoverageItem(f)
    await f.send(f.dian, '/liput 1')
    const second = await f.send(f.agus, '/liput #1')
    expect(second.text).toContain(
      'Agenda #1 sudah diliput oleh DISKOMINFO. Bila batal, DISKOMINFO atau koordinator melepasnya dengan /liput batal 1.',
    )
    expect((await f.send(f.dian, '/liput 1')).text).toContain('Agenda #1 sudah diliput instansi Anda.')
    const notTheirs = await f.send(f.agus, '/liput batal 1')
    expect(notTheirs.text).toContain(
      'Liputan agenda #1 dipegang DISKOMINFO; hanya DISKOMINFO atau koordinator yang bisa melepasnya.',
    )
    expect(await f.claim(1)).toBe('DISKOMINFO')
    const released = await f.send(f.sari, '/liput batal 1')
    expect(released.text).toBe(
      'Liputan agenda #1 oleh DISKOMINFO dilepas: belum ada peliput lagi.\n' +
        '#1 · Kam 8/1 09.00 WIB · Pencanangan Imunisasi @ Aula Dinkes · DINKES · liputan: belum ada peliput',
    )
    expect(await f.claim(1)).toBeNull()
    expect((await f.send(f.agus, '/liput 1')).text).toContain('Agenda #1 diliput oleh POLRES.')
    expect((await f.send(f.agus, '/liput batal 1')).text).toContain('dilepas')
    expect((await f.send(f.agus, '/liput batal 1')).text).toContain(
      'Agenda #1 belum ada peliputnya; klaim dengan /liput 1.',
    )
  })

  it('refuses items that ask for no coverage or were cancelled, and senders without an agency', async () => {
    const f = await forum()
    await f.send(f.budi, '/agenda tambah besok 13.00 Rapat Internal @ Ruang Rapat Dinkes')
    const notAsked = await f.send(f.dian, '/liput 1')
    expect(notAsked.text).toContain(
      'Agenda #1 tidak minta liputan. Pemiliknya bisa menandainya: /agenda ubah 1 Liputan: ya.',
    )
    await withCoverageItem(f)
    const guest = f.chat.person('Tamu', { in: [f.group] })
    expect((await f.send(guest, '/liput 2')).text).toContain(
      'Liputan diklaim atas nama instansi: gabung dulu, misalnya /gabung DISKOMINFO.',
    )
    await f.send(f.budi, '/agenda batal 2')
    expect((await f.send(f.dian, '/liput 2')).text).toContain(
      'Agenda #2 sudah dibatalkan, jadi tidak perlu diliput.',
    )
    expect((await f.send(f.dian, '/liput 9')).text).toContain('#9')
    expect(await f.claim(2)).toBeNull()
  })

  it('lists the coming week’s items nobody covers yet', async () => {
    const f = await forum()
    await withCoverageItem(f)
    await f.send(f.budi, '/agenda tambah Senin 08.00 Apel Pagi @ Halaman Setda\nLiputan: ya')
    await f.send(f.budi, '/agenda tambah Jumat 10.00 Senam Bersama\nLiputan: ya')
    await f.send(f.budi, '/agenda tambah besok 13.00 Rapat Internal')
    await f.send(f.dian, '/liput 3')
    expect((await f.send(f.agus, '/liput')).text).toBe(
      'Belum ada peliput (Rabu, 7 Januari 2026 – Selasa, 13 Januari 2026):\n' +
        '• #1 · Kam 8/1 09.00 WIB · Pencanangan Imunisasi @ Aula Dinkes · DINKES · liputan: belum ada peliput\n' +
        '• #2 · Sen 12/1 08.00 WIB · Apel Pagi @ Halaman Setda · DINKES · liputan: belum ada peliput\n' +
        'Klaim dengan /liput nomor, misalnya /liput 1.',
    )
    await f.send(f.dian, '/liput 1')
    await f.send(f.dian, '/liput 2')
    expect((await f.send(f.agus, '/liput')).text).toBe(
      'Semua agenda 7 hari ke depan yang minta liputan sudah ada peliputnya.',
    )
  })

  it('drops the claim when the owner says the item needs no coverage after all', async () => {
    const f = await forum()
    await withCoverageItem(f)
    await f.send(f.dian, '/liput 1')
    const edited = await f.send(f.budi, '/agenda ubah 1 Liputan: tidak')
    expect(edited.text).toContain('Liputan: tidak')
    expect(await f.claim(1)).toBeNull()
    await f.send(f.budi, '/agenda ubah 1 Liputan: ya')
    expect((await f.send(f.budi, '/agenda 1')).text).toContain('Liputan: ya, belum ada peliput')
  })

  it('answers /cover in English', async () => {
    const f = await forum()
    await withCoverageItem(f)
    await f.chat.db.updateTable('workspaces').set({ language: 'en' }).execute()
    expect((await f.send(f.dian, '/cover 1')).text).toContain(
      'Event #1 is covered by DISKOMINFO. Give it up with /cover cancel 1.',
    )
    expect((await f.send(f.dian, '/cover cancel 1')).text).toContain(
      'Coverage of event #1 by DISKOMINFO given up: nobody covers it now.',
    )
  })
})
