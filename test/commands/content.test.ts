import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import type { Database } from '../../src/db/database.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

const SUBMISSION = [
  '/konten tambah',
  'Judul: Infografis Imunisasi Anak',
  'Platform: IG, fb dan Twitter',
  'Tayang: Jumat 09.00',
  'Naskah: Ayo lengkapi imunisasi si kecil.',
  'Datang ke puskesmas terdekat.',
  'Tagar: SehatBersama #Wonosobo #sehatbersama',
].join('\n')

async function forum(get: () => { db: Kysely<Database> }) {
  const chat = new ChatHarness(get().db, { now: NOW })
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
    ],
    members: [
      { name: 'Budi Santoso', agency: 'DINKES' },
      { name: 'Rina Polres', agency: 'POLRES' },
    ],
  })
  const tamu = chat.person('Tamu', { in: [seeded.group] })
  return { chat, ...seeded, budi: seeded.people['Budi Santoso']!, rina: seeded.people['Rina Polres']!, tamu }
}

const drafts = (db: Kysely<Database>) =>
  db.selectFrom('content_drafts').selectAll().orderBy('number').execute()

/** Puts an agenda item straight in the database, to check that its number is not taken for a draft. */
async function insertAgendaItem(
  db: Kysely<Database>,
  workspaceId: number,
  agencyId: number,
  createdBy: number,
) {
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'agenda')
    await trx
      .insertInto('agenda_items')
      .values({
        workspace_id: workspaceId,
        number,
        agency_id: agencyId,
        title: 'Rapat koordinasi',
        all_day: true,
        starts_at: null,
        ends_at: null,
        start_date: '2026-01-08',
        end_date: null,
        stated_zone: 'Asia/Jakarta',
        location: null,
        notes: null,
        created_by: createdBy,
      })
      .execute()
    return number
  })
}

describeWithDatabase('/konten', (get) => {
  it('submits a draft from the key form and repeats what it understood', async () => {
    const { chat, group, budi, agencies } = await forum(get)
    const answer = await chat.send(group, budi, SUBMISSION)

    expect(answer.text).toContain('Draf konten #1 diajukan dan menunggu tinjauan koordinator')
    expect(answer.text).toContain('Judul: Infografis Imunisasi Anak')
    expect(answer.text).toContain('Instansi: DINKES (Dinas Kesehatan)')
    expect(answer.text).toContain('Platform: Instagram, Facebook, X')
    expect(answer.text).toContain('Tayang: Jumat, 9 Januari 2026 pukul 09.00 WIB')
    expect(answer.text).toContain('Tagar: #SehatBersama #Wonosobo')
    expect(answer.text).toContain('/konten ubah 1')

    const [draft] = await drafts(chat.db)
    expect(draft).toMatchObject({
      number: 1,
      agency_id: agencies.DINKES,
      title: 'Infografis Imunisasi Anak',
      body: 'Ayo lengkapi imunisasi si kecil.\nDatang ke puskesmas terdekat.',
      platforms: ['instagram', 'facebook', 'x'],
      hashtags: ['#SehatBersama', '#Wonosobo'],
      status: 'diajukan',
      published_at: null,
    })
    expect(draft!.planned_at).toEqual(new Date('2026-01-09T02:00:00Z'))
    const reviews = await chat.db.selectFrom('content_reviews').select(['action', 'actor_id']).execute()
    expect(reviews).toEqual([{ action: 'diajukan', actor_id: draft!.created_by }])
    const audit = await chat.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'like', 'content.%')
      .execute()
    expect(audit).toEqual([{ action: 'content.submitted', subject: 'konten#1' }])
  })

  it('attaches the photo the command was the caption of and the document it replied to', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(group, budi, '/konten tambah besok 09.00 Poster Hari Gizi', {
      attachments: [{ media: 'photo', fileRef: 'foto-1', mimeType: 'image/jpeg' }],
      replyTo: {
        messageId: 'm-lama',
        fromBot: false,
        sender: budi,
        attachments: [{ media: 'document', fileRef: 'dok-1', fileName: 'naskah.docx' }],
      },
    })
    expect(answer.text).toContain('Lampiran: 2 berkas')
    const files = await chat.db
      .selectFrom('content_attachments')
      .select(['media', 'platform', 'file_ref', 'file_name'])
      .orderBy('id')
      .execute()
    expect(files).toEqual([
      { media: 'photo', platform: 'console', file_ref: 'foto-1', file_name: null },
      { media: 'document', platform: 'console', file_ref: 'dok-1', file_name: 'naskah.docx' },
    ])
  })

  it('reads the one-line form: the leading time, the title, and the caption below', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(
      group,
      budi,
      '/konten tambah besok 09.00 Poster Hari Gizi\nGizi seimbang untuk keluarga.\nPlatform: ig',
    )
    expect(answer.text).toContain('Tayang: Kamis, 8 Januari 2026 pukul 09.00 WIB')
    const [draft] = await drafts(chat.db)
    expect(draft).toMatchObject({
      title: 'Poster Hari Gizi',
      body: 'Gizi seimbang untuk keluarga.',
      platforms: ['instagram'],
    })
  })

  it('shows a time written in another zone both ways', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Siaran langsung\nTayang: besok 14.00 WITA',
    )
    expect(answer.text).toContain('Tayang: Kamis, 8 Januari 2026 pukul 13.00 WIB')
    expect(answer.text).toContain('14.00 WITA (13.00 WIB)')
    const [draft] = await drafts(chat.db)
    expect(draft!.planned_at).toEqual(new Date('2026-01-08T06:00:00Z'))
  })

  it('reads formats as their platform (IG Reels, story, YouTube Shorts, portal) and takes a press release', async () => {
    const { chat, group, budi } = await forum(get)
    const release = Array.from({ length: 150 }, (_, i) => `Paragraf ${i + 1} siaran pers yang panjang.`).join(
      '\n',
    )
    const answer = await chat.send(
      group,
      budi,
      `/konten tambah\nJudul: Siaran Pers Hari Kesehatan\nPlatform: IG Reels, story, YouTube Shorts, portal\nTayang: 9/1 09.00\nNaskah: ${release}`,
    )
    expect(answer.text).toContain('Platform: Instagram, YouTube, Website')
    const [draft] = await drafts(chat.db)
    expect(draft).toMatchObject({ platforms: ['instagram', 'youtube', 'website'] })
    expect(draft!.body.length).toBeGreaterThan(5_000)
  })

  it('keeps unknown keys as a note of the submission and lists them', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Video Posyandu\nNarahubung: Bu Ani 0812\nTayang: Jumat 10.00',
    )
    expect(answer.text).toContain('Disimpan sebagai catatan:\n• Narahubung: Bu Ani 0812')
    const review = await chat.db.selectFrom('content_reviews').select('note').executeTakeFirstOrThrow()
    expect(review.note).toBe('Narahubung: Bu Ani 0812')
  })

  it('refuses a guest, saving nothing', async () => {
    const { chat, group, tamu } = await forum(get)
    const answer = await chat.send(group, tamu, SUBMISSION)
    expect(answer.text).toContain('belum tergabung di instansi')
    expect(await drafts(chat.db)).toEqual([])
  })

  it('refuses a misspelt key with a suggestion and saves nothing, not even a number', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Infografis\nPlatfrom: IG\nTayang: Jumat 09.00',
    )
    expect(answer.text).toContain('Platfrom? Maksud Anda Platform? Belum ada yang disimpan.')
    expect(answer.text).toContain('Contoh:\n/konten tambah')
    expect(await drafts(chat.db)).toEqual([])
    expect(await chat.db.selectFrom('item_numbers').selectAll().execute()).toEqual([])
  })

  it('names the platform, hashtag or date it could not accept', async () => {
    const { chat, group, budi } = await forum(get)
    const platform = await chat.send(group, budi, '/konten tambah\nJudul: A\nPlatform: IG, Friendster')
    expect(platform.text).toContain('Platform Friendster tidak dikenal')
    const tag = await chat.send(group, budi, '/konten tambah\nJudul: A\nTagar: #sehat-bersama')
    expect(tag.text).toContain('Tagar #sehat-bersama tidak bisa dipakai')
    const date = await chat.send(group, budi, '/konten tambah\nJudul: A\nTayang: 31/2 09.00')
    expect(date.text).toContain('Tanggal tayang 31/2 tidak ada di kalender')
    const span = await chat.send(group, budi, '/konten tambah\nJudul: A\nTayang: 9-10 Januari 2026 09.00')
    expect(span.text).toContain('Konten tayang pada satu waktu, bukan 9-10 Januari 2026 09.00')
    const noTime = await chat.send(group, budi, '/konten tambah\nJudul: A\nTayang: Jumat')
    expect(noTime.text).toContain('Tulis juga jam tayangnya, misalnya Tayang: Jumat 09.00')
    const noTitle = await chat.send(group, budi, '/konten tambah\nPlatform: IG')
    expect(noTitle.text).toContain('Judul draf belum ditulis')
    expect(await drafts(chat.db)).toEqual([])
  })

  it('lets the coordinator name any agency, but a member only their own', async () => {
    const { chat, group, coordinator, budi, agencies } = await forum(get)
    const other = await chat.send(group, budi, '/konten tambah\nJudul: Patroli\nInstansi: POLRES')
    expect(other.text).toContain('hanya bisa mengajukan draf untuk instansi Anda sendiri, bukan POLRES')
    const missing = await chat.send(group, coordinator, '/konten tambah\nJudul: Patroli')
    expect(missing.text).toContain('Tulis instansi pemilik draf')
    expect(await drafts(chat.db)).toEqual([])

    const done = await chat.send(
      group,
      coordinator,
      '/konten tambah\nJudul: Patroli\nInstansi: polres\nTayang: Jumat 08.00',
    )
    expect(done.text).toContain('Instansi: POLRES (Polres Wonosobo)')
    expect(done.text).toContain('Tinjau: /setujui 1')
    expect((await drafts(chat.db))[0]!.agency_id).toBe(agencies.POLRES)
  })

  it('links a key message by number and refuses a number that is another kind of item', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(
      group,
      coordinator,
      '/narasi tambah\nTema: Hari Gizi Nasional\nBerlaku: 20-31 Januari 2026',
    )
    const linked = await chat.send(group, budi, '/konten tambah\nJudul: Poster Gizi\nPesan kunci: #1')
    expect(linked.text).toContain('Pesan kunci: #1 Hari Gizi Nasional')
    const wrong = await chat.send(group, budi, '/konten tambah\nJudul: Poster Gizi\nPesan kunci: 2')
    expect(wrong.text).toContain('#2 bukan pesan kunci')
    expect(await drafts(chat.db)).toHaveLength(1)
  })

  it('lists drafts by status for members privately, only approved ones for guests, and a count in groups', async () => {
    const { chat, group, coordinator, budi, tamu } = await forum(get)
    await chat.send(group, budi, '/konten tambah besok 09.00 Poster Gizi')
    await chat.send(group, budi, '/konten tambah Jumat 09.00 Video Posyandu')
    await chat.send(group, coordinator, '/setujui 2')

    const member = await chat.send(chat.privateChat(budi), budi, '/konten')
    expect(member.text).toContain('Menunggu tinjauan (1)\n• #1 Poster Gizi — DINKES · Kam 8/1 09.00 WIB')
    expect(member.text).toContain('Disetujui, belum terbit (1)\n• #2 Video Posyandu')

    // Guests read along in groups: there a member too sees drafts under review only as a count.
    for (const asker of [tamu, budi]) {
      const inGroup = await chat.send(group, asker, '/konten')
      expect(inGroup.text).toContain('#2 Video Posyandu')
      expect(inGroup.text).not.toContain('Poster Gizi')
      expect(inGroup.text).toContain('1 draf menunggu tinjauan — lihat /konten di chat pribadi')
      const hidden = await chat.send(group, asker, '/konten 1')
      expect(hidden.text).toContain('Draf #1 belum disetujui')
      expect(hidden.text).not.toContain('Poster Gizi')
      const hiddenStatus = await chat.send(group, asker, '/konten diajukan')
      expect(hiddenStatus.text).not.toContain('Poster Gizi')
    }
  })

  it('shows a draft under review privately only to its own agency and the coordinator', async () => {
    const { chat, group, coordinator, budi, rina } = await forum(get)
    await chat.send(group, budi, '/konten tambah besok 09.00 Poster Gizi')
    await chat.send(group, rina, '/konten tambah besok 10.00 Video Tertib Lalu Lintas')

    const other = await chat.send(chat.privateChat(rina), rina, '/konten')
    expect(other.text).toContain('Video Tertib Lalu Lintas')
    expect(other.text).not.toContain('Poster Gizi')
    const otherDetails = await chat.send(chat.privateChat(rina), rina, '/konten 1')
    expect(otherDetails.text).toContain('Draf #1 milik DINKES belum disetujui')
    expect(otherDetails.text).not.toContain('Poster Gizi')
    const otherCalendar = await chat.send(chat.privateChat(rina), rina, '/kalender')
    expect(otherCalendar.text).not.toContain('Poster Gizi')
    expect(otherCalendar.text).toContain('Video Tertib Lalu Lintas')
    const otherBrief = await chat.send(chat.privateChat(rina), rina, '/brief')
    expect(otherBrief.text).not.toContain('Poster Gizi')

    const own = await chat.send(chat.privateChat(budi), budi, '/konten 1')
    expect(own.text).toContain('Poster Gizi')
    const reviewer = await chat.send(chat.privateChat(coordinator), coordinator, '/konten diajukan')
    expect(reviewer.text).toContain('Poster Gizi')
    expect(reviewer.text).toContain('Video Tertib Lalu Lintas')
  })

  it('keeps the list bounded and points to the rest', async () => {
    const { chat, group, budi } = await forum(get)
    for (let i = 1; i <= 11; i++) await chat.send(group, budi, `/konten tambah Jumat 09.00 Draf ke-${i}`)
    const privately = chat.privateChat(budi)
    const overview = await chat.send(privately, budi, '/konten')
    expect(overview.text).toContain('Menunggu tinjauan (11)')
    expect(overview.text).toContain('Draf ke-8')
    expect(overview.text).not.toContain('Draf ke-9')
    expect(overview.text).toContain('… dan 3 lagi: /konten diajukan')
    const all = await chat.send(privately, budi, '/konten diajukan')
    expect(all.text).toContain('Konten diajukan (11)')
    expect(all.text).toContain('Draf ke-11')
  })

  it('shows a draft in full with its history, and says so when the number is an agenda item', async () => {
    const { chat, group, coordinator, budi, workspaceId, agencies } = await forum(get)
    await chat.send(group, budi, SUBMISSION)
    await chat.send(group, coordinator, '/revisi 1 Tambahkan logo Pemkab')
    const details = await chat.send(chat.privateChat(budi), budi, '/konten #1')
    expect(details.text).toContain('Draf konten #1 — perlu revisi')
    expect(details.text).toContain('Naskah:\nAyo lengkapi imunisasi si kecil.\nDatang ke puskesmas terdekat.')
    expect(details.text).toContain('diajukan oleh Budi Santoso')
    expect(details.text).toContain('Sari Koordinator meminta revisi: Tambahkan logo Pemkab')
    expect(details.text).toContain('/konten ubah 1')

    const personId = (await drafts(chat.db))[0]!.created_by
    const agendaNumber = await insertAgendaItem(chat.db, workspaceId, agencies.DINKES!, personId)
    const other = await chat.send(group, budi, `/konten ${agendaNumber}`)
    expect(other.text).toContain(`#${agendaNumber} adalah agenda`)
    expect(other.text).toContain(`/agenda ${agendaNumber}`)
    const unused = await chat.send(group, budi, '/konten 99')
    expect(unused.text).toContain('Tidak ada draf konten #99')
  })

  it('resubmits an approved draft when it is edited, keeping the planned date when only the time changes', async () => {
    const { chat, group, coordinator, budi } = await forum(get)
    await chat.send(group, budi, SUBMISSION)
    await chat.send(group, coordinator, '/setujui 1')
    const edited = await chat.send(group, budi, '/konten ubah 1 Tayang: 15.30')
    expect(edited.text).toContain(
      'Draf #1 diperbarui dan diajukan ulang untuk ditinjau koordinator (sebelumnya: disetujui)',
    )
    expect(edited.text).toContain('Tayang: Jumat, 9 Januari 2026 pukul 15.30 WIB')
    const [draft] = await drafts(chat.db)
    expect(draft).toMatchObject({ status: 'diajukan', title: 'Infografis Imunisasi Anak' })
    expect(draft!.planned_at).toEqual(new Date('2026-01-09T08:30:00Z'))

    const more = await chat.send(group, budi, '/konten ubah 1\nJudul: Infografis Imunisasi Dasar\nTagar: -')
    expect(more.text).toContain('Draf #1 diperbarui dan masih menunggu tinjauan')
    expect((await drafts(chat.db))[0]).toMatchObject({ title: 'Infografis Imunisasi Dasar', hashtags: [] })
    const actions = await chat.db.selectFrom('content_reviews').select('action').orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['diajukan', 'disetujui', 'diubah', 'diubah'])
  })

  it('refuses edits from another agency and edits of a published draft', async () => {
    const { chat, group, coordinator, budi, rina } = await forum(get)
    await chat.send(group, budi, SUBMISSION)
    const foreign = await chat.send(group, rina, '/konten ubah 1\nJudul: Diganti')
    expect(foreign.text).toContain('Draf #1 milik DINKES')
    await chat.send(group, coordinator, '/setujui 1')
    await chat.send(group, budi, '/terbit 1 https://instagram.com/p/abc')
    const published = await chat.send(group, budi, '/konten ubah 1\nJudul: Diganti')
    expect(published.text).toContain('Draf #1 sudah terbit, jadi tidak bisa diubah lagi')
    const nothing = await chat.send(group, budi, '/konten ubah 1 judul baru tanpa kunci')
    expect(nothing.text).toContain('Tulis perubahan sebagai kunci')
    expect((await drafts(chat.db))[0]!.title).toBe('Infografis Imunisasi Anak')
  })

  it('withdraws a draft and keeps it, refusing a second withdrawal', async () => {
    const { chat, group, budi } = await forum(get)
    await chat.send(group, budi, SUBMISSION)
    const cancelled = await chat.send(group, budi, '/konten batal 1 jadwal bergeser')
    expect(cancelled.text).toContain('Draf #1 Infografis Imunisasi Anak dibatalkan')
    const again = await chat.send(group, budi, '/konten batal 1')
    expect(again.text).toContain('Draf #1 sudah dibatalkan, jadi tidak bisa dibatalkan')
    expect((await drafts(chat.db))[0]!.status).toBe('dibatalkan')
    const reviews = await chat.db
      .selectFrom('content_reviews')
      .select(['action', 'note'])
      .orderBy('id')
      .execute()
    expect(reviews).toEqual([
      { action: 'diajukan', note: null },
      { action: 'dibatalkan', note: 'jadwal bergeser' },
    ])
  })

  it('reminds a sender who forgot the subcommand', async () => {
    const { chat, group, budi } = await forum(get)
    const answer = await chat.send(group, budi, '/konten\nJudul: Poster\nTayang: Jumat 09.00')
    expect(answer.text).toContain('tulis /konten tambah di baris pertama')
    expect(await drafts(chat.db)).toEqual([])
  })
})
