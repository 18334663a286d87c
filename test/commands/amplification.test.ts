import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readCsv } from '../support/read-csv.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/sebar and /lapor', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
        { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika' },
      ],
      members: [
        { name: 'Budi', agency: 'DINKES' },
        { name: 'Rina', agency: 'POLRES' },
      ],
    })
    return { chat, ...seeded, budi: seeded.people.Budi!, rina: seeded.people.Rina! }
  }
  const requests = (chat: ChatHarness) =>
    chat.db.selectFrom('amplification_requests').selectAll().orderBy('number').execute()
  const reports = (chat: ChatHarness) =>
    chat.db.selectFrom('amplification_reports').select(['url', 'platform', 'late']).orderBy('id').execute()

  it('opens a request for a link with its own number, to every agency, due today 21.00', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(
      group,
      coordinator,
      '/sebar https://www.instagram.com/p/HBN2026/?igsh=abc Hari Bela Negara',
    )
    expect(answer.text).toContain('Sebar #1: Hari Bela Negara')
    expect(answer.text).toContain('https://instagram.com/p/HBN2026')
    expect(answer.text).not.toContain('igsh')
    expect(answer.text).toContain('Batas: 21.00 WIB')
    expect(answer.text).toContain('Untuk: semua instansi (3)')
    expect(answer.text).toContain('/lapor 1 <tautan>')
    const [row] = await requests(chat)
    expect(row).toMatchObject({ number: 1, title: 'Hari Bela Negara', status: 'terbuka' })
    expect(row!.deadline_at.toISOString()).toBe('2026-01-07T14:00:00.000Z')
    const kind = await chat.db.selectFrom('item_numbers').select('kind').executeTakeFirstOrThrow()
    expect(kind.kind).toBe('sebar')
    const targets = await chat.db.selectFrom('amplification_targets').selectAll().execute()
    expect(targets).toHaveLength(3)
    const audit = await chat.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'amplification.%')
      .execute()
    expect(audit).toEqual([{ action: 'amplification.opened' }])
  })

  it('gives at least six hours when 21.00 is nearer, and reads a written deadline and agencies', async () => {
    const { chat, group, coordinator } = await forum()
    chat.clock.set('2026-01-07T18:00:00+07:00')
    await chat.send(group, coordinator, '/sebar fb.watch/abc')
    chat.clock.set(NOW)
    const answer = await chat.send(
      group,
      coordinator,
      '/sebar x.com/humas/status/1 sampai besok 12.00 untuk dinkes POLRES',
    )
    expect(answer.text).toContain('Batas: Kamis, 8 Januari 2026 pukul 12.00 WIB')
    expect(answer.text).toContain('Untuk: DINKES, POLRES')
    expect(answer.text).toContain('Sebar #2: Unggahan X')
    const [evening, written] = await requests(chat)
    expect(evening!.deadline_at.toISOString()).toBe('2026-01-07T17:00:00.000Z')
    expect(written!.deadline_at.toISOString()).toBe('2026-01-08T05:00:00.000Z')
  })

  it('amplifies an approved draft with its title and its key message’s hashtags', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(
      group,
      coordinator,
      '/narasi tambah\nTema: Bela Negara\nPesan: Cinta tanah air.\nTagar: #BelaNegara\nBerlaku: hari ini s.d. 31 Januari',
    )
    await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Video Bela Negara\nPlatform: IG\nTayang: besok 09.00\nTagar: #Wonosobo\nPesan kunci: 1',
    )
    const early = await chat.send(group, coordinator, '/sebar 2')
    expect(early.text).toContain('Konten #2 masih berstatus diajukan')
    await chat.send(group, coordinator, '/setujui 2')
    const answer = await chat.send(group, coordinator, '/sebar 2')
    expect(answer.text).toContain('Sebar #3: Video Bela Negara')
    expect(answer.text).toContain('Konten #2')
    expect(answer.text).toContain('Tagar: #Wonosobo #BelaNegara')
    expect((await requests(chat)).map((r) => r.number)).toEqual([3])
  })

  it('shows the caption of an approved draft not yet published, since it has no link to share', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Ajakan Vaksin\nPlatform: IG\nTayang: besok 09.00\nNaskah: Ayo vaksinasi anak di puskesmas terdekat, gratis setiap Sabtu. Bawa kartu keluarga.',
    )
    await chat.send(group, coordinator, '/setujui 1')
    const answer = await chat.send(group, coordinator, '/sebar 1')
    expect(answer.text).toContain('Sebar #2: Ajakan Vaksin')
    expect(answer.text).toContain('Ayo vaksinasi anak di puskesmas terdekat')
    expect(answer.text).toContain('/konten 1')
  })

  it('shares a published draft’s links in the one normal form, and refuses them as reports', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(
      group,
      budi,
      '/konten tambah\nJudul: Ajakan Vaksin\nPlatform: IG\nTayang: besok 09.00\nNaskah: Ayo vaksin.',
    )
    await chat.send(group, coordinator, '/setujui 1')
    await chat.send(group, budi, '/terbit 1 https://www.instagram.com/p/VAKSIN/?igsh=MWQ1&utm_source=ig')
    const answer = await chat.send(group, coordinator, '/sebar 1')
    expect(answer.text).toContain('https://instagram.com/p/VAKSIN')
    expect(answer.text).not.toContain('igsh')
    const original = await chat.send(group, budi, '/lapor 2 instagram.com/p/VAKSIN?igsh=other')
    expect(original.text).toContain('Itu tautan unggahan aslinya')
  })

  it('posts the request into the other linked groups of the forum too', async () => {
    const { chat, group, coordinator, workspaceId } = await forum()
    const other = chat.group('Bakohumas Telegram')
    const otherChat = await chat.db
      .insertInto('chats')
      .values({
        platform: 'console',
        external_id: other.externalId,
        kind: 'group',
        workspace_id: workspaceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const answer = await chat.send(group, coordinator, '/sebar youtu.be/xyz Pidato Bupati')
    const elsewhere = answer.messages.filter((m) => m.target.kind === 'chat')
    expect(elsewhere.map((m) => m.target)).toEqual([{ kind: 'chat', chatId: otherChat.id }])
    expect(answer.messages[0]!.target).toEqual({ kind: 'reply' })
  })

  it('asked privately, confirms to the coordinator and posts the request into every group', async () => {
    const { chat, group, coordinator } = await forum()
    const groupChat = await chat.db
      .selectFrom('chats')
      .select('id')
      .where('external_id', '=', group.externalId)
      .executeTakeFirstOrThrow()
    const answer = await chat.send(
      chat.privateChat(coordinator),
      coordinator,
      '/sebar instagram.com/p/A Hari Ibu',
    )
    expect(answer.messages[0]!.target).toEqual({ kind: 'reply' })
    expect(answer.text).toContain('Permintaan #1 dikirim ke 1 grup forum.')
    expect(answer.messages.slice(1).map((m) => m.target)).toEqual([{ kind: 'chat', chatId: groupChat.id }])
  })

  it('speaks English in an English forum, with the English alias and words', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/bahasa en')
    const opened = await chat.send(
      group,
      coordinator,
      '/amplify instagram.com/p/A Heroes Day until tomorrow 12:00 for DINKES',
    )
    expect(opened.text).toContain('Amplify #1: Heroes Day')
    expect(opened.text).toContain('Deadline: Thursday, 8 January 2026 at 12:00 WIB')
    expect(opened.text).toContain('For: DINKES')
    const reported = await chat.send(group, budi, '/report 1 youtu.be/abc?si=q')
    expect(reported.text).toContain('DINKES: 1 link (YouTube) — thank you!')
  })

  it('keeps “untuk” and “sampai” in a one-line title when what follows is not agencies or a time', async () => {
    const { chat, group, coordinator } = await forum()
    const child = await chat.send(group, coordinator, '/sebar ig.com/p/x Vaksin untuk Anak')
    expect(child.text).toContain('Sebar #1: Vaksin untuk Anak')
    expect(child.text).toContain('Untuk: semua instansi (3)')
    const journey = await chat.send(
      group,
      coordinator,
      '/sebar instagram.com/p/y Semangat sampai Akhir untuk DINKES sampai besok 12.00',
    )
    expect(journey.text).toContain('Sebar #2: Semangat sampai Akhir')
    expect(journey.text).toContain('Untuk: DINKES')
    expect(journey.text).toContain('Batas: Kamis, 8 Januari 2026 pukul 12.00 WIB')
    await chat.send(group, coordinator, '/bahasa en')
    const run = await chat.send(group, coordinator, '/amplify instagram.com/p/z Run for Health')
    expect(run.text).toContain('Amplify #3: Run for Health')
    expect(run.text).toContain('For: every agency (3)')
  })

  it('keeps a title word with a dot in the title: only an address with a scheme, path or platform is a link', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/sebar instagram.com/p/A Festival Kab.Wonosobo Ceria')
    expect(answer.text).toContain('Sebar #1: Festival Kab.Wonosobo Ceria')
    const [row] = await requests(chat)
    expect(row!.links).toEqual(['https://instagram.com/p/A'])
  })

  it('leaves nothing saved when an agency code is unknown, and suggests the closest', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/sebar instagram.com/p/a untuk DINKESS')
    expect(answer.text).toContain('DINKES')
    expect(answer.text).toContain('Contoh')
    expect(await requests(chat)).toEqual([])
    const numbers = await chat.db
      .selectFrom('workspaces')
      .select('last_item_number')
      .executeTakeFirstOrThrow()
    expect(numbers.last_item_number).toBe(0)
  })

  it('keeps an archived agency in the requests it was asked in, and leaves it out of new ones', async () => {
    const { chat, group, coordinator } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu')
    await chat.send(group, coordinator, '/instansi hapus POLRES')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Dua')
    expect((await chat.send(group, coordinator, '/sebar 1')).text).toContain(
      'Belum lapor (3): DINKES, DISKOMINFO, POLRES',
    )
    expect((await chat.send(group, coordinator, '/sebar 2')).text).toContain(
      'Belum lapor (2): DINKES, DISKOMINFO',
    )
    const refused = await chat.send(group, coordinator, '/sebar instagram.com/p/C Tiga untuk POLRES')
    expect(refused.text).toContain('POLRES sudah diarsipkan')
  })

  it('lets only the coordinator open a request', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/sebar instagram.com/p/a')
    expect(answer.text).toContain('koordinator')
    // Told it is not theirs to do before being corrected on how to write it.
    const mistyped = await chat.send(group, budi, '/sebar\nJudul: Hari Ibu\nTautan: bukan-tautan')
    expect(mistyped.text).toContain('koordinator')
    expect(mistyped.text).not.toContain('bukan tautan')
    expect(await requests(chat)).toEqual([])
  })

  it('records an agency’s links, normalised and by platform, and says what was counted', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    const answer = await chat.send(
      group,
      budi,
      '/lapor 1 https://www.instagram.com/p/DK1/?igsh=zz&utm_source=wa facebook.com/dinkes/posts/9?fbclid=IwAR',
    )
    expect(answer.text).toContain('DINKES: 2 tautan (Instagram, Facebook) — terima kasih')
    expect(await reports(chat)).toEqual([
      { url: 'https://instagram.com/p/DK1', platform: 'instagram', late: false },
      { url: 'https://facebook.com/dinkes/posts/9', platform: 'facebook', late: false },
    ])
    const again = await chat.send(group, budi, '/lapor 1 instagram.com/p/DK1/')
    expect(again.text).toContain('sudah tercatat')
    expect(again.text).toContain('/lapor 1 <tautan>')
    expect(await reports(chat)).toHaveLength(2)
  })

  it('reads the links among labels and words, and refuses an address it cannot read, naming it', async () => {
    const { chat, group, coordinator, budi, rina } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN')
    const labelled = await chat.send(group, budi, '/lapor 1 IG: instagram.com/p/DK1 FB: fb.watch/dk1')
    expect(labelled.text).toContain('DINKES: 2 tautan (Instagram, Facebook)')
    const chatty = await chat.send(group, rina, '/lapor 1 sudah pak, instagram.com/p/PR1 terima kasih.')
    expect(chatty.text).toContain('POLRES: 1 tautan (Instagram)')
    for (const typo of ['instagram,com/p/PR2', 'htps://instagram.com/p/PR2']) {
      const refused = await chat.send(group, rina, `/lapor 1 sudah ${typo}`)
      expect(refused.text).toContain(`Tautan ini tidak terbaca: ${typo}`)
      expect(refused.text).toContain('instagram.com/p/abc')
    }
    const nothing = await chat.send(group, rina, '/lapor 1 sudah pak')
    expect(nothing.text).toContain('Tulis tautan unggahan ulang instansi Anda untuk #1')
    expect(await reports(chat)).toHaveLength(3)
  })

  it('counts a /lapor that replies to the request message', async () => {
    const { chat, group, coordinator, rina } = await forum()
    const posted = await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    const answer = await chat.send(group, rina, '/lapor tiktok.com/@polres/video/1', {
      replyTo: { messageId: 'b1', fromBot: true, attachments: [], text: posted.text },
    })
    expect(answer.text).toContain('POLRES: 1 tautan (TikTok)')
    const without = await chat.send(group, rina, '/lapor tiktok.com/@polres/video/2')
    expect(without.text).toContain('Untuk permintaan nomor berapa?')
  })

  it('refuses the original post’s link as a repost, and names the agency that already reported a link', async () => {
    const { chat, group, coordinator, budi, rina } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    const original = await chat.send(group, budi, '/lapor 1 https://www.instagram.com/p/HBN/?igsh=abc')
    expect(original.text).toContain('Itu tautan unggahan aslinya')
    expect(original.text).toContain('akun DINKES')
    expect(original.text).toContain('/lapor 1 instagram.com/p/abc')
    expect(await reports(chat)).toEqual([])
    await chat.send(group, rina, '/lapor 1 instagram.com/p/polres1')
    const taken = await chat.send(group, budi, '/lapor 1 instagram.com/p/polres1')
    expect(taken.text).toContain('sudah dilaporkan oleh POLRES')
    expect(taken.text).toContain('akun DINKES sendiri')
    const mixed = await chat.send(group, budi, '/lapor 1 instagram.com/p/dinkes1 instagram.com/p/polres1')
    expect(mixed.text).toContain('DINKES: 1 tautan (Instagram)')
    expect(mixed.text).toContain('sudah dilaporkan oleh POLRES')
    expect(await reports(chat)).toHaveLength(2)
  })

  it('accepts reports after the deadline and marks them late', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN sampai 12.00')
    chat.clock.set('2026-01-07T13:00:00+07:00')
    const answer = await chat.send(group, budi, '/lapor 1 instagram.com/p/late')
    expect(answer.text).toContain('terlambat')
    expect(await reports(chat)).toEqual([
      { url: 'https://instagram.com/p/late', platform: 'instagram', late: true },
    ])
  })

  it('counts a report sent before the deadline as on time, though it is processed after it', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN sampai 12.00')
    chat.clock.set('2026-01-07T12:20:00+07:00')
    const answer = await chat.send(group, budi, '/lapor 1 instagram.com/p/queued', {
      sentAt: new Date('2026-01-07T11:58:00+07:00'),
    })
    expect(answer.text).not.toContain('Dicatat terlambat')
    expect(await reports(chat)).toEqual([
      { url: 'https://instagram.com/p/queued', platform: 'instagram', late: false },
    ])
    const at = await chat.db
      .selectFrom('amplification_reports')
      .select('reported_at')
      .executeTakeFirstOrThrow()
    expect(at.reported_at.toISOString()).toBe('2026-01-07T04:58:00.000Z')
  })

  it('refuses a report that came while the request was being closed', async () => {
    const { chat, group, coordinator, budi } = await forum()
    // Two transactions at once need a server; PGlite runs one at a time.
    if (get().backend !== 'postgres') return
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN')
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let updated = () => {}
    const closedInTransaction = new Promise<void>((resolve) => {
      updated = resolve
    })
    const closing = chat.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('amplification_requests')
        .set({ status: 'ditutup', closed_at: new Date() })
        .execute()
      updated()
      await held
    })
    await closedInTransaction
    const reporting = chat.send(group, budi, '/lapor 1 instagram.com/p/x')
    const waitsForClose = async () => {
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE '%amplification_requests%for share%'`.execute(
          chat.db,
        )
        if (rows[0]!.n > 0) return
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    // Without the lock the report is taken at once, before the close commits.
    await Promise.race([reporting, waitsForClose()])
    release()
    await closing
    expect((await reporting).text).toContain('sudah ditutup')
    expect(await reports(chat)).toEqual([])
  })

  it('counts a link two agencies report at once for one of them, and names it to the other', async () => {
    const { chat, group, coordinator, budi, rina } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN')
    const [fromBudi, fromRina] = await Promise.all([
      chat.send(group, budi, '/lapor 1 instagram.com/p/shared'),
      chat.send(group, rina, '/lapor 1 instagram.com/p/shared'),
    ])
    const rows = await chat.db.selectFrom('amplification_reports').select('agency_id').execute()
    expect(rows).toHaveLength(1)
    const texts = [fromBudi.text, fromRina.text]
    expect(texts.filter((text) => text.includes('1 tautan (Instagram)'))).toHaveLength(1)
    expect(texts.filter((text) => /sudah dilaporkan oleh (DINKES|POLRES)/.test(text))).toHaveLength(1)
  })

  it('reads and shows deadlines in the forum’s own zone (WITA)', async () => {
    const { chat, group, coordinator } = await forum()
    await chat.send(group, coordinator, '/zona WITA')
    const answer = await chat.send(group, coordinator, '/sebar instagram.com/p/A Hari Ibu sampai 12.00')
    expect(answer.text).toContain('Batas: 12.00 WITA')
    const [row] = await requests(chat)
    expect(row!.deadline_at.toISOString()).toBe('2026-01-07T04:00:00.000Z')
  })

  it('shows a deadline written in another zone in both zones, the written one first', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/sebar instagram.com/p/A Hari Ibu sampai 15.00 WITA')
    expect(answer.text).toContain('Batas: 15.00 WITA (14.00 WIB)')
    expect((await chat.send(group, coordinator, '/sebar')).text).toContain('batas 15.00 WITA (14.00 WIB)')
  })

  it('refuses a member whose agency is not asked', async () => {
    const { chat, group, coordinator, rina } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN untuk DINKES')
    const answer = await chat.send(group, rina, '/lapor 1 instagram.com/p/x')
    expect(answer.text).toContain('tidak ditujukan kepada POLRES')
    expect(await reports(chat)).toEqual([])
  })

  it('lists open requests with progress and shows who reported and who has not', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    await chat.send(group, budi, '/lapor 1 instagram.com/p/DK1')
    const listed = await chat.send(group, budi, '/sebar')
    expect(listed.text).toContain('#1 Hari Bela Negara — 1/3 instansi, batas 21.00 WIB')
    const shown = await chat.send(group, budi, '/sebar 1')
    expect(shown.text).toContain('Sudah lapor: 1/3 instansi')
    expect(shown.text).toContain('DINKES: https://instagram.com/p/DK1')
    expect(shown.text).toContain('Belum lapor (2): DISKOMINFO, POLRES')
  })

  it('treats showing a request as reading: no re-planning, and no answer to a view an hour late', async () => {
    const changes: unknown[] = []
    const chat = new ChatHarness(get().db, { now: NOW, onDataChanged: (change) => changes.push(change) })
    const { group, coordinator, people } = await seedForum(chat, {
      agencies: [{ code: 'DINKES', name: 'Dinkes' }],
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    const before = changes.length
    expect((await chat.send(group, coordinator, '/sebar 1')).text).toContain('Belum lapor (1): DINKES')
    expect(changes).toHaveLength(before)
    const late = await chat.send(group, coordinator, '/sebar 1', {
      sentAt: new Date(new Date(NOW).getTime() - 3600_000),
    })
    expect(late.text).toBe('')
    // Opening one from a number (a draft) still counts as a change.
    await chat.send(group, people.Budi!, '/konten tambah\nJudul: Video\nPlatform: IG\nTayang: besok 09.00')
    await chat.send(group, coordinator, '/setujui 2')
    const changed = changes.length
    expect((await chat.send(group, coordinator, '/sebar 2')).text).toContain('Sebar #3: Video')
    expect(changes).toHaveLength(changed + 1)
  })

  it('lists privately the open requests of the sender’s agency', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Ajakan untuk Dinkes untuk DINKES')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Ajakan Polres untuk POLRES')
    const answer = await chat.send(chat.privateChat(budi), budi, '/lapor')
    expect(answer.text).toContain('Permintaan sebar untuk DINKES (1)')
    expect(answer.text).toContain('#1 Ajakan untuk Dinkes')
    expect(answer.text).not.toContain('Ajakan Polres')
    expect(answer.text).not.toContain('sudah lapor')
    await chat.send(group, coordinator, '/sebar instagram.com/p/C Ajakan Ketiga')
    await chat.send(group, budi, '/lapor 1 instagram.com/p/dinkes1')
    const listed = await chat.send(chat.privateChat(budi), budi, '/lapor')
    expect(listed.text).toMatch(/#1 Ajakan untuk Dinkes .* ✓ sudah lapor/)
    expect(listed.text).not.toMatch(/#3 Ajakan Ketiga .* ✓ sudah lapor/)
  })

  it('closes a request: no more reports are taken', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN')
    expect((await chat.send(group, budi, '/sebar 1 tutup')).text).toContain('koordinator')
    const closed = await chat.send(group, coordinator, '/sebar 1 tutup')
    expect(closed.text).toContain('#1 (Unggahan Instagram) ditutup: 0/3 instansi lapor')
    const late = await chat.send(group, budi, '/lapor 1 instagram.com/p/x')
    expect(late.text).toContain('sudah ditutup')
    expect((await chat.send(group, coordinator, '/sebar batal 1')).text).toContain('sudah ditutup')
    expect((await chat.send(group, budi, '/sebar')).text).toContain('Tidak ada permintaan sebar yang terbuka')
  })

  it('announces a close (with its recap) and a cancel in every group of the forum', async () => {
    const { chat, group, coordinator, budi, workspaceId } = await forum()
    const other = chat.group('Bakohumas Telegram')
    const otherChat = await chat.db
      .insertInto('chats')
      .values({
        platform: 'console',
        external_id: other.externalId,
        kind: 'group',
        workspace_id: workspaceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Hari Ibu')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Hari Guru')
    await chat.send(group, budi, '/lapor 1 instagram.com/p/dinkes1')
    const closed = await chat.send(group, coordinator, '/sebar 1 tutup')
    const elsewhere = closed.messages.filter((m) => m.target.kind === 'chat')
    expect(elsewhere.map((m) => m.target)).toEqual([{ kind: 'chat', chatId: otherChat.id }])
    const otherText = renderPlain(elsewhere[0]!.text)
    expect(otherText).toContain('#1 (Hari Ibu) ditutup: 1/3 instansi lapor')
    expect(otherText).toContain('Rekap sebar #1: Hari Ibu')
    expect(otherText).toContain('Belum lapor (2): DISKOMINFO, POLRES')
    expect(otherText).not.toContain('tetap dicatat')
    expect(closed.text).toContain('Rekap sebar #1')
    const cancelled = await chat.send(chat.privateChat(coordinator), coordinator, '/sebar 2 batal')
    expect(cancelled.messages.map((m) => m.target.kind)).toEqual(['reply', 'chat', 'chat'])
    expect(renderPlain(cancelled.messages[2]!.text)).toContain('#2 (Hari Guru) dibatalkan')
  })

  it('refuses a title or notes too long, naming the field and its limit', async () => {
    const { chat, group, coordinator } = await forum()
    const notes = await chat.send(
      group,
      coordinator,
      `/sebar instagram.com/p/A Hari Ibu\nCatatan: ${'panjang '.repeat(260)}`,
    )
    expect(notes.text).toContain('Catatan terlalu panjang (paling banyak 2000 huruf)')
    const title = await chat.send(group, coordinator, `/sebar instagram.com/p/A\nJudul: ${'J'.repeat(301)}`)
    expect(title.text).toContain('Judul terlalu panjang (paling banyak 300 huruf)')
    expect(title.text).toContain('Contoh')
    expect(await requests(chat)).toEqual([])
  })

  it('reads the key form and refuses a link it cannot read, naming it', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(
      group,
      coordinator,
      '/sebar\nJudul: Hari Ibu\nTautan: instagram.com/p/IBU\nyoutu.be/ibu?si=x\nTagar: HariIbu\nCatatan: Mohon dibagikan sore ini\nBatas: besok 10.00\nInstansi: DINKES',
    )
    expect(answer.text).toContain('Sebar #1: Hari Ibu')
    expect(answer.text).toContain('https://youtu.be/ibu')
    expect(answer.text).toContain('Tagar: #HariIbu')
    expect(answer.text).toContain('Catatan: Mohon dibagikan sore ini')
    expect(answer.text).toContain('Untuk: DINKES')
    const refused = await chat.send(group, coordinator, '/sebar\nJudul: Salah\nTautan: bukan-tautan')
    expect(refused.text).toContain('bukan-tautan bukan tautan')
    expect(await requests(chat)).toHaveLength(1)
  })
})

describeWithDatabase('open amplification requests in the brief', (get) => {
  it('lists open requests with their progress, and leaves out closed ones', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, coordinator } = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
      ],
    })
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Hari Bela Negara')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Hari Ibu')
    await chat.send(group, coordinator, '/sebar 2 batal')
    const brief = await chat.send(group, coordinator, '/brief')
    expect(brief.text).toContain('Permintaan sebar terbuka (1)')
    expect(brief.text).toContain('#1 Hari Bela Negara — 0/2 instansi, batas 21.00 WIB')
    expect(brief.text).not.toContain('Hari Ibu')
  })
})

describeWithDatabase('amplification in /rekap and /ekspor', (get) => {
  async function month() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
      ],
      members: [
        { name: 'Budi', agency: 'DINKES' },
        { name: 'Rina', agency: 'POLRES' },
      ],
    })
    const { group, coordinator } = seeded
    const budi = seeded.people.Budi!
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Hari Bela Negara sampai 12.00')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Hari Ibu sampai 15.00')
    await chat.send(group, coordinator, '/instansi tambah DISKOMINFO Dinas Komunikasi dan Informatika')
    await chat.send(group, budi, '/lapor 1 instagram.com/p/d1 fb.watch/d1')
    chat.clock.set('2026-01-07T16:00:00+07:00')
    await chat.send(group, budi, '/lapor 2 x.com/dinkes/status/2')
    return { chat, ...seeded }
  }

  it('adds per-agency amplification to the recap: requests, reported, on time, links', async () => {
    const { chat, group, coordinator } = await month()
    const recap = await chat.send(group, coordinator, '/rekap Januari 2026')
    expect(recap.text).toContain('DINKES — 0 agenda')
    expect(recap.text).toMatch(/DINKES — .* · sebar 2\/2 dilaporkan, 1 tepat waktu, 3 tautan/)
    // POLRES was asked twice and shared nothing: it gets its line, to show it ignored the requests.
    expect(recap.text).toMatch(/POLRES — .* · sebar 0\/2 dilaporkan, 0 tepat waktu, 0 tautan/)
    // DISKOMINFO was never asked (it joined later): idle, with no "sebar 0/0" noise.
    expect(recap.text).toContain('Tanpa agenda dan konten (1): DISKOMINFO')
    expect(recap.text).not.toContain('sebar 0/0')
    expect(recap.text).toMatch(/Total: .* · sebar 2\/4 dilaporkan, 1 tepat waktu, 3 tautan/)
  })

  it('exports an amplification CSV: request, agency, platform, link, reported at, late', async () => {
    const { chat, group, coordinator } = await month()
    const answer = await chat.send(group, coordinator, '/ekspor Januari 2026')
    expect(answer.text).toContain('Sebar Januari 2026: 2 permintaan, 3 tautan.')
    const file = answer.messages[0]!.files!.find((f) => f.fileName.endsWith('-sebar.csv'))!
    expect(file.fileName).toBe('bakohumas-kabupaten-wonosobo-2026-01-sebar.csv')
    const rows = readCsv(new TextDecoder().decode(file.content).replace(/^\uFEFF/, ''))
    expect(rows[0]).toEqual([
      'Permintaan',
      'Judul',
      'Batas',
      'Instansi',
      'Platform',
      'Tautan',
      'Dilaporkan',
      'Terlambat',
    ])
    expect(rows.slice(1)).toEqual([
      [
        '1',
        'Hari Bela Negara',
        '2026-01-07 12.00',
        'DINKES',
        'Instagram',
        'https://instagram.com/p/d1',
        '2026-01-07 10.00',
        'tidak',
      ],
      [
        '1',
        'Hari Bela Negara',
        '2026-01-07 12.00',
        'DINKES',
        'Facebook',
        'https://fb.watch/d1',
        '2026-01-07 10.00',
        'tidak',
      ],
      ['1', 'Hari Bela Negara', '2026-01-07 12.00', 'POLRES', '', '', '', ''],
      [
        '2',
        'Hari Ibu',
        '2026-01-07 15.00',
        'DINKES',
        'X',
        'https://x.com/dinkes/status/2',
        '2026-01-07 16.00',
        'ya',
      ],
      ['2', 'Hari Ibu', '2026-01-07 15.00', 'POLRES', '', '', '', ''],
    ])
  })
})
