import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
describeWithDatabase('clash warnings on /agenda tambah and /agenda ubah', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
      ],
      members: [
        { name: 'Budi Dinkes', agency: 'DINKES' },
        { name: 'Agus Polres', agency: 'POLRES' },
      ],
    })
    const budi = seeded.people['Budi Dinkes']!
    const agus = seeded.people['Agus Polres']!
    const send = (who: typeof budi, text: string) => chat.send(seeded.group, who, text)
    const count = async () =>
      Number(
        (
          await chat.db
            .selectFrom('agenda_items')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return { chat, budi, agus, send, count, sari: seeded.coordinator }
  }

  const warningOf = (text: string) => text.slice(text.indexOf('⚠️ Bentrok'))

  it('warns, and still saves, when another agency is at the same place at an overlapping time', async () => {
    const { budi, agus, send, count } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat Stunting @ Aula Setda')
    const added = await send(agus, '/agenda tambah besok 10.00 Apel Siaga @ aula SETDA.')
    expect(added.text).toContain('Agenda #2 tercatat')
    expect(warningOf(added.text)).toBe(
      '⚠️ Bentrok dengan agenda instansi lain pada waktu yang sama (agenda tetap tercatat):\n' +
        '• #1 · Kam 8/1 09.00–11.00 WIB · Rapat Stunting @ Aula Setda · DINKES — tempat sama\n' +
        'Koordinasikan dengan instansi itu, atau pindahkan: /agenda ubah 2 Waktu: …',
    )
    expect(await count()).toBe(2)
  })

  it('says nothing for the same agency, another place, or a time that only touches', async () => {
    const { budi, agus, send } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat Stunting @ Aula Setda')
    expect((await send(budi, '/agenda tambah besok 10.00-10.30 Jumpa Pers @ Aula Setda')).text).not.toContain(
      'Bentrok',
    )
    expect((await send(agus, '/agenda tambah besok 10.00 Apel @ Aula Polres')).text).not.toContain('Bentrok')
    expect((await send(agus, '/agenda tambah besok 11.00 Apel Siang @ Aula Setda')).text).not.toContain(
      'Bentrok',
    )
    // "Aula" alone names no place.
    expect((await send(agus, '/agenda tambah besok 09.30 Sosialisasi @ Aula')).text).not.toContain('Bentrok')
  })

  it('compares places as words: letter case, punctuation, order and abbreviations', async () => {
    const { budi, agus, send } = await forum()
    await send(budi, '/agenda tambah besok 09.00 Rapat A @ R. Rapat Bupati')
    await send(budi, '/agenda tambah besok 13.00 Rapat B @ Pendopo Kab. Wonosobo')
    const first = await send(agus, '/agenda tambah besok 09.30 Rapat C @ Ruang Rapat Bupati')
    expect(first.text).toContain(
      '• #1 · Kam 8/1 09.00 WIB · Rapat A @ R. Rapat Bupati · DINKES — tempat sama',
    )
    const second = await send(agus, '/agenda tambah besok 14.00 Rapat D @ Pendopo Kabupaten')
    expect(second.text).toContain(
      '• #2 · Kam 8/1 13.00 WIB · Rapat B @ Pendopo Kab. Wonosobo · DINKES — tempat sama',
    )
  })

  it('warns when the same official attends both, naming the official', async () => {
    const { budi, agus, send } = await forum()
    const first = await send(
      budi,
      '/agenda tambah\nKegiatan: Pencanangan Imunisasi\nTanggal: besok\nWaktu: 09.00-10.30\nTempat: Puskesmas Kertek\nPimpinan: Bupati',
    )
    expect(first.text).toContain('Pimpinan: Bupati')
    const second = await send(
      agus,
      '/agenda tambah besok 10.00 Peresmian Pos Polisi @ Alun-alun\nDihadiri: Bapak Bupati Wonosobo dan Sekda',
    )
    expect(second.text).toContain('Pimpinan: Bupati, Sekda')
    expect(warningOf(second.text)).toBe(
      '⚠️ Bentrok dengan agenda instansi lain pada waktu yang sama (agenda tetap tercatat):\n' +
        '• #1 · Kam 8/1 09.00–10.30 WIB · Pencanangan Imunisasi @ Puskesmas Kertek · DINKES — Bupati hadir di keduanya\n' +
        'Koordinasikan dengan instansi itu, atau pindahkan: /agenda ubah 2 Waktu: …',
    )
    const deputy = await send(
      agus,
      '/agenda tambah besok 09.30 Patroli @ Pasar Kertek\nPimpinan: Wakil Bupati',
    )
    expect(deputy.text).not.toContain('Bentrok')
  })

  it('warns when an edit moves an item into a clash, not when it changes only the title', async () => {
    const { budi, agus, send } = await forum()
    await send(budi, '/agenda tambah besok 09.00-11.00 Rapat Stunting @ Aula Setda')
    await send(agus, '/agenda tambah besok 13.00 Apel Siaga @ Aula Setda')
    const moved = await send(agus, '/agenda ubah 2 Waktu: 10.00')
    expect(moved.text).toContain('Agenda #2 diubah')
    expect(moved.text).toContain(
      '• #1 · Kam 8/1 09.00–11.00 WIB · Rapat Stunting @ Aula Setda · DINKES — tempat sama',
    )
    expect((await send(agus, '/agenda ubah 2 Kegiatan: Apel Siaga Bencana')).text).not.toContain('Bentrok')
    const away = await send(agus, '/agenda ubah 2 Tempat: Mapolres')
    expect(away.text).not.toContain('Bentrok')
  })

  it('takes an all-day item as its whole day, and leaves cancelled items out', async () => {
    const { budi, agus, send } = await forum()
    await send(budi, '/agenda tambah besok Pameran Kesehatan @ GOR Indoor')
    expect((await send(agus, '/agenda tambah besok 19.00 Konser Kamtibmas @ GOR Indoor')).text).toContain(
      '• #1 · Kam 8/1 sepanjang hari · Pameran Kesehatan @ GOR Indoor · DINKES — tempat sama',
    )
    await send(budi, '/agenda batal 1')
    expect((await send(agus, '/agenda ubah 2 Waktu: 20.00')).text).not.toContain('Bentrok')
  })

  it('refuses a Pimpinan line naming no official it knows, and saves nothing', async () => {
    const { budi, send, count } = await forum()
    const answer = await send(budi, '/agenda tambah besok 09.00 Rapat @ Aula\nPimpinan: Kepala Seksi')
    expect(answer.text).toContain(
      'Pimpinan "Kepala Seksi" tidak dikenal. Tulis pejabat yang hadir, misalnya Pimpinan: Bupati atau Pimpinan: Wakil Bupati, Sekda',
    )
    expect(await count()).toBe(0)
  })
})
