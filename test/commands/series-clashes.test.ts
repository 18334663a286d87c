import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { setdaDinkesForum } from '../support/setda-dinkes-forum.js'

// Thursday 3 December 2026, 10.00 WIB: the first Monday is 7 December.
describeWithDatabase('clash warnings on the later dates of a recurring item', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-12-03T10:00:00+07:00' })
    const seeded = await setdaDinkesForum(chat)
    const setda = (text: string) => chat.send(seeded.group, seeded.budi, text)
    const dinkes = (text: string) => chat.send(seeded.group, seeded.dina, text)
    return { setda, dinkes, sari: (text: string) => chat.send(seeded.group, seeded.coordinator, text) }
  }

  const warningOf = (text: string) => text.slice(text.indexOf('⚠️ Bentrok'))

  it('warns when a new weekly series meets another agency’s item on a later date, naming that date', async () => {
    const { setda, dinkes } = await forum()
    await dinkes('/agenda tambah 14 Desember 07.00-09.00 Senam Sehat @ Halaman Setda')
    const added = await setda('/agenda tambah setiap Senin 07.00-08.00 Apel Pagi @ Halaman Setda')
    expect(added.text).toContain('Agenda #2 tercatat')
    expect(warningOf(added.text)).toBe(
      '⚠️ Bentrok dengan agenda instansi lain pada jadwal berikut (diperiksa sampai Min 31/1; agenda tetap tercatat):\n' +
        '• #1 · Sen 14/12 07.00–09.00 WIB · Senam Sehat @ Halaman Setda · DINKES — tempat sama\n' +
        'Koordinasikan dengan instansi itu, atau pindahkan: /agenda ubah 2 Waktu: …',
    )
  })

  it('warns when an edit moves a series’ place into a clash, and names every date two series meet', async () => {
    const { setda, dinkes, sari } = await forum()
    await dinkes(
      '/agenda tambah\nKegiatan: Senam Pagi\nWaktu: 07.30\nTempat: Halaman Setda\nUlangi: setiap Senin sampai 28 Desember 2026',
    )
    await setda('/agenda tambah setiap Senin 07.00-08.00 Apel Pagi @ Aula Setda')
    const moved = await setda('/agenda ubah 2 Tempat: Halaman Setda')
    expect(moved.text).toContain('Agenda #2 diubah')
    expect(warningOf(moved.text)).toContain(
      '• #1 · Sen 7/12 07.30 WIB · Senam Pagi @ Halaman Setda · DINKES · rutin — tempat sama; juga Sen 14/12, Sen 21/12, Sen 28/12\n',
    )
    // /kalender bentrok tells the same, from the same reckoning.
    expect((await sari('/kalender bentrok bulan ini')).text).toContain(
      '• Sen 7/12: #2 Apel Pagi (SETDA, 07.00–08.00 WIB) ↔ #1 Senam Pagi (DINKES, 07.30 WIB) — tempat sama; juga Sen 14/12, Sen 21/12, Sen 28/12',
    )
  })

  it('counts the further dates two daily series meet on beyond the first few', async () => {
    const { setda, dinkes } = await forum()
    await dinkes(
      '/agenda tambah\nKegiatan: Senam Pagi\nWaktu: 07.30\nTempat: Halaman Setda\nUlangi: setiap hari sampai 20 Desember 2026',
    )
    const added = await setda('/agenda tambah setiap hari 07.00-08.00 Apel Pagi @ Halaman Setda')
    expect(warningOf(added.text)).toContain(
      '• #1 · Jum 4/12 07.30 WIB · Senam Pagi @ Halaman Setda · DINKES · rutin — tempat sama; ' +
        'juga Sab 5/12, Min 6/12, Sen 7/12, Sel 8/12, Rab 9/12, Kam 10/12 dan 10 tanggal lainnya\n',
    )
  })

  it('looks no further than the series’ last date', async () => {
    const { setda, dinkes } = await forum()
    await dinkes('/agenda tambah 14 Desember 07.00-09.00 Senam Sehat @ Halaman Setda')
    const added = await setda(
      '/agenda tambah\nKegiatan: Apel Pagi\nWaktu: 07.00-08.00\nTempat: Halaman Setda\nUlangi: setiap Senin sampai 10 Desember 2026',
    )
    expect(added.text).toContain('Agenda #2 tercatat')
    expect(added.text).not.toContain('Bentrok')
  })

  it('warns when one date of a series is detached into a clash', async () => {
    const { setda, dinkes } = await forum()
    await setda('/agenda tambah setiap Senin 07.30 Apel Pagi @ Halaman Setda')
    await dinkes('/agenda tambah 14 Desember 09.00-11.00 Rapat Stunting @ Aula Setda')
    const detached = await setda('/agenda ubah 1 tanggal 14 Desember\nWaktu: 09.30\nTempat: Aula Setda')
    expect(detached.text).toContain('diubah tersendiri menjadi agenda #3')
    expect(warningOf(detached.text)).toBe(
      '⚠️ Bentrok dengan agenda instansi lain pada waktu yang sama (agenda tetap tercatat):\n' +
        '• #2 · Sen 14/12 09.00–11.00 WIB · Rapat Stunting @ Aula Setda · DINKES — tempat sama\n' +
        'Koordinasikan dengan instansi itu, atau pindahkan: /agenda ubah 3 Waktu: …',
    )
    const elsewhere = await setda('/agenda ubah 1 tanggal 21 Desember\nKegiatan: Apel Besar')
    expect(elsewhere.text).not.toContain('Bentrok')
  })

  it('keeps the officials of a detached date, so it still warns of the same official elsewhere', async () => {
    const { setda, dinkes } = await forum()
    await setda(
      '/agenda tambah\nKegiatan: Apel Pagi\nWaktu: 07.30\nTempat: Halaman Setda\nPimpinan: Bupati\nUlangi: setiap Senin',
    )
    await dinkes(
      '/agenda tambah 14 Desember 10.00 Pencanangan Imunisasi @ Puskesmas Kertek\nPimpinan: Bupati',
    )
    const detached = await setda('/agenda ubah 1 tanggal 14 Desember\nWaktu: 10.30')
    expect(detached.text).toContain('Pimpinan: Bupati')
    expect(warningOf(detached.text)).toContain(
      '• #2 · Sen 14/12 10.00 WIB · Pencanangan Imunisasi @ Puskesmas Kertek · DINKES — Bupati hadir di keduanya',
    )
  })
})
