import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import type { Outgoing } from '../../src/chat/types.js'
import type { Database } from '../../src/db/database.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import type { Inline } from '../../src/text/rich-text.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

async function forum(get: () => { db: Kysely<Database> }) {
  const chat = new ChatHarness(get().db, { now: NOW })
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
    ],
    members: [
      { name: 'Budi Santoso', agency: 'DINKES' },
      { name: 'Dewi Dinkes', agency: 'DINKES', role: 'admin' },
      { name: 'Rina Polres', agency: 'POLRES' },
    ],
  })
  const budi = seeded.people['Budi Santoso']!
  // Draft #1 by Budi (DINKES), planned for Friday 9 January 09.00 WIB.
  await chat.send(
    seeded.group,
    budi,
    '/konten tambah\nJudul: Infografis Imunisasi\nPlatform: IG\nTayang: Jumat 09.00',
  )
  return { chat, ...seeded, budi, dewi: seeded.people['Dewi Dinkes']!, rina: seeded.people['Rina Polres']! }
}

const draft = (db: Kysely<Database>) =>
  db.selectFrom('content_drafts').selectAll().where('number', '=', 1).executeTakeFirstOrThrow()
const reviews = (db: Kysely<Database>) =>
  db.selectFrom('content_reviews').select(['action', 'note']).orderBy('id').execute()

/** Every mention in the bot's answer, as the platform would notify them. */
function mentions(messages: readonly Outgoing[]): string[] {
  const found: string[] = []
  const visit = (node: Inline) => {
    if (typeof node === 'string') return
    if (node.kind === 'mention') found.push(node.externalId)
    if (node.kind === 'bold' || node.kind === 'italic') node.children.forEach(visit)
  }
  for (const message of messages) {
    for (const block of message.text) {
      if (block.kind === 'paragraph') block.children.forEach(visit)
      if (block.kind === 'list') block.items.flat().forEach(visit)
    }
  }
  return found
}

describeWithDatabase('reviewing drafts: /setujui, /revisi, /tolak, /terbit', (get) => {
  it('approves a draft with a note and tells its submitter by a mention', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    const answer = await chat.send(group, coordinator, '/setujui 1 tayangkan pagi')
    expect(answer.text).toContain('Draf #1 Infografis Imunisasi disetujui. @Budi Santoso, silakan tayangkan')
    expect(answer.text).toContain('Jadwal tayang: Jumat, 9 Januari 2026 pukul 09.00 WIB.')
    expect(answer.text).toContain('Catatan koordinator: tayangkan pagi')
    expect(mentions(answer.messages)).toEqual([budi.externalId])
    expect((await draft(chat.db)).status).toBe('disetujui')
    expect(await reviews(chat.db)).toEqual([
      { action: 'diajukan', note: null },
      { action: 'disetujui', note: 'tayangkan pagi' },
    ])
  })

  it('refuses reviews from anyone but the coordinator', async () => {
    const { chat, group, budi, dewi } = await forum(get)
    for (const [who, command] of [
      [budi, '/setujui 1'],
      [dewi, '/revisi 1 ganti foto'],
      [dewi, '/tolak 1 tidak sesuai'],
    ] as const) {
      const answer = await chat.send(group, who, command)
      expect(answer.text).toContain('hanya untuk koordinator forum')
    }
    expect((await draft(chat.db)).status).toBe('diajukan')
    expect(await reviews(chat.db)).toHaveLength(1)
  })

  it('sends a draft back with a note; the edit resubmits it and the coordinator can then approve it', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    const revise = await chat.send(group, coordinator, '/revisi 1 Tambahkan logo Pemkab\ndan sumber data')
    expect(revise.text).toContain(
      '@Budi Santoso, draf #1 Infografis Imunisasi perlu revisi:\nTambahkan logo Pemkab\ndan sumber data',
    )
    expect(revise.text).toContain('/konten ubah 1')
    expect(mentions(revise.messages)).toEqual([budi.externalId])
    expect((await draft(chat.db)).status).toBe('revisi')

    const early = await chat.send(group, coordinator, '/setujui 1')
    expect(early.text).toContain(
      'Draf #1 berstatus perlu revisi; yang bisa disetujui hanya draf yang menunggu tinjauan',
    )
    expect((await draft(chat.db)).status).toBe('revisi')

    await chat.send(group, budi, '/konten ubah 1\nNaskah: Dengan logo Pemkab. Sumber: Dinkes 2025.')
    expect((await draft(chat.db)).status).toBe('diajukan')
    await chat.send(group, coordinator, '/approve #1')
    expect((await draft(chat.db)).status).toBe('disetujui')
    expect((await reviews(chat.db)).map((r) => r.action)).toEqual([
      'diajukan',
      'revisi',
      'diubah',
      'disetujui',
    ])
  })

  it('asks for the revision note when none is given and takes the reply to that question', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    const question = await chat.send(group, coordinator, '/revisi 1')
    expect(question.text).toContain('Apa yang perlu direvisi di draf #1 Infografis Imunisasi?')
    expect(question.messages[0]?.asksReply).toBe(true)
    expect((await draft(chat.db)).status).toBe('diajukan')

    const replyToBot = { messageId: 'bot-1', fromBot: true, attachments: [] }
    const notCoordinator = await chat.send(group, budi, 'sudah saya perbaiki', { replyTo: replyToBot })
    expect(notCoordinator.text).toBe('')
    const answer = await chat.send(group, coordinator, 'Ganti foto utama', { replyTo: replyToBot })
    expect(answer.text).toContain('draf #1 Infografis Imunisasi perlu revisi:\nGanti foto utama')
    expect((await draft(chat.db)).status).toBe('revisi')
    expect((await reviews(chat.db)).at(-1)).toEqual({ action: 'revisi', note: 'Ganti foto utama' })
  })

  it('rejects with a reason, and asks for one when it is missing', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    const ask = await chat.send(group, coordinator, '/tolak 1')
    expect(ask.text).toContain('Apa alasan menolak draf #1')
    expect((await draft(chat.db)).status).toBe('diajukan')

    const rejected = await chat.send(group, coordinator, '/reject 1 tidak sesuai narasi tunggal')
    expect(rejected.text).toContain(
      '@Budi Santoso, draf #1 Infografis Imunisasi ditolak.\nAlasan: tidak sesuai narasi tunggal',
    )
    expect(mentions(rejected.messages)).toEqual([budi.externalId])
    expect((await draft(chat.db)).status).toBe('ditolak')

    const again = await chat.send(group, coordinator, '/setujui 1')
    expect(again.text).toContain('Draf #1 berstatus ditolak')
    const edit = await chat.send(group, budi, '/konten ubah 1\nJudul: Coba lagi')
    expect(edit.text).toContain('Draf #1 sudah ditolak, jadi tidak bisa diubah lagi')
  })

  it('answers "#N adalah agenda" when the number is an agenda item, and refuses a missing number', async () => {
    const { chat, group, coordinator, workspaceId, agencies } = await forum(get)
    const creator = (await draft(chat.db)).created_by
    const number = await chat.db.transaction().execute(async (trx) => {
      const allocated = await allocateItemNumber(trx, workspaceId, 'agenda')
      await trx
        .insertInto('agenda_items')
        .values({
          workspace_id: workspaceId,
          number: allocated,
          agency_id: agencies.DINKES!,
          title: 'Rapat',
          all_day: true,
          starts_at: null,
          ends_at: null,
          start_date: '2026-01-08',
          end_date: null,
          stated_zone: 'Asia/Jakarta',
          location: null,
          notes: null,
          created_by: creator,
        })
        .execute()
      return allocated
    })
    const answer = await chat.send(group, coordinator, `/setujui ${number}`)
    expect(answer.text).toContain(`#${number} adalah agenda`)
    expect(answer.text).toContain(`/agenda ${number}`)
    const missing = await chat.send(group, coordinator, '/tolak 77 salah')
    expect(missing.text).toContain('Tidak ada draf konten #77')
    const noNumber = await chat.send(group, coordinator, '/setujui')
    expect(noNumber.text).toContain('Nomor item harus angka')
    expect(noNumber.text).toContain('Contoh:\n/setujui 14')
  })

  it('records an approved draft as published with its links, and takes more links later', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(group, coordinator, '/setujui 1')
    chat.clock.set('2026-01-09T09:05:00+07:00')
    const published = await chat.send(group, budi, '/terbit 1 https://instagram.com/p/abc,')
    expect(published.text).toContain(
      'Draf #1 Infografis Imunisasi tercatat terbit pada Jumat, 9 Januari 2026 pukul 09.05 WIB',
    )
    expect(published.text).toContain('• https://instagram.com/p/abc')
    const row = await draft(chat.db)
    expect(row.status).toBe('terbit')
    expect(row.published_at).toEqual(new Date('2026-01-09T02:05:00Z'))

    const more = await chat.send(
      group,
      budi,
      '/published 1 https://instagram.com/p/abc https://facebook.com/dinkes/posts/9',
    )
    expect(more.text).toContain('Tautan baru dicatat untuk #1')
    expect(more.text).not.toContain('instagram')
    const links = await chat.db.selectFrom('content_links').select('url').orderBy('id').execute()
    expect(links.map((l) => l.url)).toEqual([
      'https://instagram.com/p/abc',
      'https://facebook.com/dinkes/posts/9',
    ])
    expect((await draft(chat.db)).published_at).toEqual(new Date('2026-01-09T02:05:00Z'))
  })

  it('refuses to publish a draft not yet approved, from another agency, or without a real link', async () => {
    const { chat, group, coordinator, budi, rina } = await forum(get)
    const early = await chat.send(group, budi, '/terbit 1 https://instagram.com/p/abc')
    expect(early.text).toContain(
      'Draf #1 berstatus diajukan; hanya draf yang sudah disetujui yang bisa dilaporkan terbit',
    )
    await chat.send(group, coordinator, '/setujui 1')
    const foreign = await chat.send(group, rina, '/terbit 1 https://instagram.com/p/abc')
    expect(foreign.text).toContain('Draf #1 milik DINKES')
    const noLink = await chat.send(group, budi, '/terbit 1')
    expect(noLink.text).toContain('Tulis tautan unggahannya')
    const badLink = await chat.send(group, budi, '/terbit 1 sudah-diunggah-di-ig')
    expect(badLink.text).toContain('sudah-diunggah-di-ig bukan tautan')
    const ftp = await chat.send(group, budi, '/terbit 1 ftp://files.example.org/a')
    expect(ftp.text).toContain('bukan tautan')
    expect((await draft(chat.db)).status).toBe('disetujui')
    expect(await chat.db.selectFrom('content_links').selectAll().execute()).toEqual([])
  })

  it('takes a link pasted without https://, as people copy it from the app', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(group, coordinator, '/setujui 1')
    const answer = await chat.send(
      group,
      budi,
      '/terbit 1 instagram.com/p/abc www.wonosobokab.go.id/berita/1',
    )
    expect(answer.text).toContain('tercatat terbit')
    const links = await chat.db.selectFrom('content_links').select('url').orderBy('id').execute()
    expect(links.map((l) => l.url)).toEqual([
      'https://instagram.com/p/abc',
      // The normal form /sebar and /lapor share: `www.` names the same site.
      'https://wonosobokab.go.id/berita/1',
    ])
  })

  it('lets the coordinator report publication of any agency’s draft', async () => {
    const { chat, group, coordinator } = await forum(get)
    await chat.send(group, coordinator, '/setujui 1')
    const answer = await chat.send(group, coordinator, '/terbit 1 https://dinkes.wonosobokab.go.id/berita/1')
    expect(answer.text).toContain('tercatat terbit')
    expect((await draft(chat.db)).status).toBe('terbit')
  })
})
