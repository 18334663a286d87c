import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { activeKeyMessages } from '../../src/domain/key-messages/queries.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Thursday 5 November 2026, 10.00 WIB.
const NOW = '2026-11-05T10:00:00+07:00'

const HKN = [
  '/narasi tambah',
  'Tema: Hari Kesehatan Nasional',
  'Pesan: Keluarga sehat, Indonesia kuat.',
  'Poin:',
  '- Imunisasi lengkap',
  '• Gizi seimbang',
  '3. Cek kesehatan gratis',
  'Tagar: HKN2026, #SehatBersama',
  'Berlaku: 1-12 November 2026',
].join('\n')

async function forum(get: () => { db: Kysely<Database> }, timezone?: string) {
  const chat = new ChatHarness(get().db, { now: NOW })
  const seeded = await seedForum(chat, {
    members: [{ name: 'Budi Santoso', agency: 'DINKES' }],
    ...(timezone && { timezone }),
  })
  const tamu = chat.person('Tamu', { in: [seeded.group] })
  return { chat, ...seeded, budi: seeded.people['Budi Santoso']!, tamu }
}

const keyMessages = (db: Kysely<Database>) =>
  db.selectFrom('key_messages').selectAll().orderBy('number').execute()

describeWithDatabase('/narasi (key messages)', (get) => {
  it('saves a key message from the key form, with bullets stripped and hashtags normalised', async () => {
    const { chat, group, coordinator } = await forum(get)
    const answer = await chat.send(group, coordinator, HKN)
    expect(answer.text).toContain('Pesan kunci #1 disimpan.')
    expect(answer.text).toContain('Berlaku: 1–12 November 2026')
    expect(answer.text).toContain('Poin:\n• Imunisasi lengkap\n• Gizi seimbang\n• Cek kesehatan gratis')
    expect(answer.text).toContain('Pesan kunci: 1')
    const [row] = await keyMessages(chat.db)
    expect(row).toMatchObject({
      number: 1,
      theme: 'Hari Kesehatan Nasional',
      message: 'Keluarga sehat, Indonesia kuat.',
      talking_points: ['Imunisasi lengkap', 'Gizi seimbang', 'Cek kesehatan gratis'],
      hashtags: ['#HKN2026', '#SehatBersama'],
      valid_from: '2026-11-01',
      valid_to: '2026-11-12',
      archived_at: null,
    })
    const audit = await chat.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'like', 'key_message.%')
      .execute()
    expect(audit).toEqual([{ action: 'key_message.added', subject: 'narasi#1' }])
  })

  it.each([
    ['1/11 - 10/11', '2026-11-01', '2026-11-10'],
    ['1 s.d. 10 November 2026', '2026-11-01', '2026-11-10'],
    ['20-30 Des', '2026-12-20', '2026-12-30'],
  ])('reads the validity "%s"', async (written, from, to) => {
    const { chat, group, coordinator } = await forum(get)
    await chat.send(group, coordinator, `/narasi tambah\nTema: Waspada hoaks\nBerlaku: ${written}`)
    const [row] = await keyMessages(chat.db)
    expect([row?.valid_from, row?.valid_to]).toEqual([from, to])
  })

  it('shows everyone the key messages in force today, and the next ones coming up', async () => {
    const { chat, group, coordinator, tamu } = await forum(get)
    await chat.send(group, coordinator, HKN)
    await chat.send(group, coordinator, '/narasi tambah\nTema: Pemilu damai\nBerlaku: 20-30 November 2026')
    await chat.send(group, coordinator, '/narasi tambah\nTema: Hari Pahlawan\nBerlaku: 1-4 November 2026\n')
    const answer = await chat.send(group, tamu, '/narasi')
    expect(answer.text).toContain('Pesan kunci yang berlaku — Kamis, 5 November 2026')
    expect(answer.text).toContain('Pesan kunci #1 — Hari Kesehatan Nasional')
    expect(answer.text).toContain('Keluarga sehat, Indonesia kuat.')
    expect(answer.text).toContain('Segera berlaku\n• #2 Pemilu damai — 20–30 November 2026')
    expect(answer.text).not.toContain('Hari Pahlawan')
  })

  it('says so when none is in force', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(group, budi, '/keymessage')
    expect(answer.text).toContain('Tidak ada pesan kunci yang berlaku hari ini.')
  })

  it('judges "today" in the workspace zone', async () => {
    const { chat, group, coordinator, workspaceId } = await forum(get, 'Asia/Jayapura')
    await chat.send(group, coordinator, '/narasi tambah\nTema: Hari Guru\nBerlaku: 6-7 November 2026')
    // 23.30 WIB on 5 November is already 01.30 WIT on 6 November.
    chat.clock.set('2026-11-05T23:30:00+07:00')
    const answer = await chat.send(group, coordinator, '/narasi')
    expect(answer.text).toContain('Hari Guru')
    expect(await activeKeyMessages(chat.db, workspaceId, '2026-11-05')).toEqual([])
  })

  it('refuses anyone but the coordinator, saving nothing', async () => {
    const { chat, group, budi, tamu } = await forum(get)
    for (const who of [budi, tamu]) {
      const answer = await chat.send(group, who, HKN)
      expect(answer.text).toContain('hanya untuk koordinator forum')
    }
    const remove = await chat.send(group, budi, '/narasi hapus 1')
    expect(remove.text).toContain('hanya untuk koordinator forum')
    expect(await keyMessages(chat.db)).toEqual([])
  })

  it('refuses a validity it cannot read, one already over, or none, saving nothing', async () => {
    const { chat, group, coordinator } = await forum(get)
    const impossible = await chat.send(group, coordinator, '/narasi tambah\nTema: A\nBerlaku: 31/2 - 3/3')
    expect(impossible.text).toContain('Tanggal 31/2 di masa berlaku tidak ada di kalender')
    expect(impossible.text).toContain('Contoh:\n/narasi tambah')
    const past = await chat.send(group, coordinator, '/narasi tambah\nTema: A\nBerlaku: 1-10 Oktober 2026')
    expect(past.text).toContain('Masa berlaku itu (1–10 Oktober 2026) sudah lewat')
    const missing = await chat.send(group, coordinator, '/narasi tambah\nTema: A')
    expect(missing.text).toContain('Masa berlaku belum ditulis')
    const noTheme = await chat.send(group, coordinator, '/narasi tambah\nBerlaku: 1-10 November 2026')
    expect(noTheme.text).toContain('Tema belum ditulis')
    const typo = await chat.send(
      group,
      coordinator,
      '/narasi tambah\nTema: A\nBerlaku: 1-10 November 2026\nTagr: #a',
    )
    expect(typo.text).toContain('Tagr? Maksud Anda Tagar?')
    expect(await keyMessages(chat.db)).toEqual([])
    expect(await chat.db.selectFrom('item_numbers').selectAll().execute()).toEqual([])
  })

  it('archives a key message: it leaves the list, drafts keep their link, and new drafts cannot cite it', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(group, coordinator, HKN)
    await chat.send(group, budi, '/konten tambah\nJudul: Poster HKN\nPesan kunci: 1')
    const archived = await chat.send(group, coordinator, '/narasi hapus 1')
    expect(archived.text).toContain('Pesan kunci #1 Hari Kesehatan Nasional dihapus dari daftar (diarsipkan)')
    expect((await keyMessages(chat.db))[0]!.archived_at).not.toBeNull()
    expect((await chat.send(group, budi, '/narasi')).text).toContain('Tidak ada pesan kunci yang berlaku')
    const details = await chat.send(group, budi, '/narasi 1')
    expect(details.text).toContain('Pesan kunci ini sudah dihapus')
    expect((await chat.send(chat.privateChat(budi), budi, '/konten 2')).text).toContain(
      'Pesan kunci: #1 Hari Kesehatan Nasional',
    )
    const cite = await chat.send(group, budi, '/konten tambah\nJudul: Poster lain\nPesan kunci: 1')
    expect(cite.text).toContain('Pesan kunci #1 sudah dihapus')
    const again = await chat.send(group, coordinator, '/narasi hapus 1')
    expect(again.text).toContain('sudah dihapus sebelumnya')
  })

  it('answers "#N adalah konten" when the number is a draft', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(group, budi, '/konten tambah besok 09.00 Poster')
    const details = await chat.send(group, budi, '/narasi 1')
    expect(details.text).toContain('#1 adalah konten')
    expect(details.text).toContain('/konten 1')
    const remove = await chat.send(group, coordinator, '/narasi hapus 1')
    expect(remove.text).toContain('#1 adalah konten')
    expect((await chat.send(group, budi, '/narasi 9')).text).toContain('Tidak ada pesan kunci #9')
  })
})
