import { expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { DINKES_ADMIN, ISSUE_DESK_MEMBERS, issueDeskForum } from '../support/issue-desk-forum.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/isu', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const [budi, rina] = ISSUE_DESK_MEMBERS
    const seeded = await issueDeskForum(chat, [budi!, DINKES_ADMIN, rina!])
    return { chat, ...seeded, dewi: seeded.people['Dewi Admin']! }
  }

  it('opens an issue with its own number, its kind and level, and mentions the coordinator', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(
      group,
      budi,
      '/isu Beredar hoaks vaksin mengandung chip https://facebook.com/share/p/abc?mibextid=x\nJenis: hoaks\nTingkat: tinggi',
      { attachments: [{ media: 'photo', fileRef: 'foto-1', mimeType: 'image/jpeg' }] },
    )
    expect(answer.text).toBe(
      '🚨 Isu #1 dicatat — hoaks, tingkat tinggi.\nTangkapan layar dilampirkan.\n@Sari Koordinator: mohon tugaskan dengan /isu 1 tugaskan KODE.',
    )
    const row = await chat.db.selectFrom('issues').selectAll().executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      number: 1,
      text: 'Beredar hoaks vaksin mengandung chip https://facebook.com/share/p/abc?mibextid=x',
      links: ['https://facebook.com/share/p/abc'],
      category: 'hoaks',
      level: 'tinggi',
      status: 'terbuka',
      screenshot_platform: 'console',
      screenshot_ref: 'foto-1',
      screenshot_media: 'photo',
    })
    const kind = await chat.db.selectFrom('item_numbers').select('kind').executeTakeFirstOrThrow()
    expect(kind.kind).toBe('isu')
  })

  it('reads Jenis and Tingkat written on the first line, and defaults to pemberitaan, sedang', async () => {
    const { chat, group, budi } = await forum()
    const inline = await chat.send(
      group,
      budi,
      '/isu Antrean BPJS viral di TikTok Jenis: keluhan publik Tingkat: rendah',
    )
    expect(inline.text).toContain('Isu #1 dicatat — keluhan publik, tingkat rendah.')
    const plain = await chat.send(group, budi, '/isu Wartawan Tribun menanyakan data stunting')
    expect(plain.text).toContain('Isu #2 dicatat — pemberitaan, tingkat sedang.')
    const texts = await chat.db.selectFrom('issues').select('text').orderBy('number').execute()
    expect(texts.map((row) => row.text)).toEqual([
      'Antrean BPJS viral di TikTok',
      'Wartawan Tribun menanyakan data stunting',
    ])
  })

  it('opens from text written only on the next line, and refuses punctuation alone', async () => {
    const { chat, group, budi } = await forum()
    const below = await chat.send(group, budi, '/isu\nVideo antrean puskesmas viral')
    expect(below.text).toContain('Isu #1 dicatat — pemberitaan, tingkat sedang.')
    const bare = await chat.send(group, budi, '/isu\n! ')
    expect(bare.text).toContain('Tulis isunya setelah /isu: teks, tautan, atau keduanya.')
    const texts = await chat.db.selectFrom('issues').select('text').execute()
    expect(texts.map((row) => row.text)).toEqual(['Video antrean puskesmas viral'])
  })

  it('refuses a mistyped level with the closest one and saves nothing', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/isu Hoaks banjir\nTingkat: tingi')
    expect(answer.text).toContain('Tingkat tingi? Maksud Anda tinggi? Belum ada yang disimpan.')
    const unknown = await chat.send(group, budi, '/isu Hoaks banjir\nJenis: gosip')
    expect(unknown.text).toContain(
      'Jenis gosip tidak dikenal. Pilih: hoaks, disinformasi, pemberitaan negatif, keluhan publik, pertanyaan media, pemberitaan.',
    )
    expect(await chat.db.selectFrom('issues').select('id').execute()).toEqual([])
  })

  it('is for members: a guest cannot open one', async () => {
    const { chat, group } = await forum()
    const guest = chat.person('Tamu', { in: [group] })
    const answer = await chat.send(group, guest, '/isu Ada hoaks')
    expect(answer.text).toContain('Perintah ini hanya untuk anggota instansi di forum ini.')
    expect(await chat.db.selectFrom('issues').select('id').execute()).toEqual([])
  })

  it('assigns with the default deadline by level and mentions the agency admins in every group', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin\nTingkat: tinggi')
    await chat.send(group, budi, '/isu Pertanyaan media soal DBD\nTingkat: rendah')
    chat.clock.set('2026-01-07T10:15:00+07:00')
    const answer = await chat.send(group, coordinator, '/isu 1 tugaskan dinkes')
    expect(answer.text).toBe(
      '📌 Isu #1 ditugaskan ke DINKES — tenggat 12.15 WIB (2 jam lagi).\n@Dewi Admin: mohon siapkan klarifikasi dan kirim dengan /isu 1 tanggapan.\nRincian isu: /isu 1 di chat pribadi dengan bot.',
    )
    const low = await chat.send(group, coordinator, '/isu tugaskan 2 PLN')
    expect(low.text).toContain(
      'Isu #2 ditugaskan ke PLN — tenggat Kamis, 8 Januari 2026 pukul 10.15 WIB (24 jam lagi).',
    )
    expect(low.text).toContain('@Rina: mohon siapkan klarifikasi')
    const rows = await chat.db
      .selectFrom('issues')
      .select(['status', 'deadline_at'])
      .orderBy('number')
      .execute()
    expect(rows.map((row) => [row.status, row.deadline_at?.toISOString()])).toEqual([
      ['ditugaskan', '2026-01-07T05:15:00.000Z'],
      ['ditugaskan', '2026-01-08T03:15:00.000Z'],
    ])
  })

  it('takes a written deadline, as a span or a time, and refuses a past one', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    const span = await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 90 menit')
    expect(span.text).toContain('tenggat 11.30 WIB (90 menit lagi)')
    const time = await chat.send(group, coordinator, '/isu 1 tugaskan PLN besok 09.00')
    expect(time.text).toContain(
      'Isu #1 ditugaskan ke PLN — tenggat Kamis, 8 Januari 2026 pukul 09.00 WIB (23 jam lagi).\nSebelumnya ditugaskan ke DINKES.',
    )
    const past = await chat.send(group, coordinator, '/isu 1 tugaskan PLN 08.00')
    expect(past.text).toContain('Batas 08.00 sudah lewat. Tulis waktu yang akan datang.')
    const row = await chat.db.selectFrom('issues').select('deadline_at').executeTakeFirstOrThrow()
    expect(row.deadline_at?.toISOString()).toBe('2026-01-08T02:00:00.000Z')
  })

  it('lets only the coordinator assign, and names a mistyped agency code', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    const denied = await chat.send(group, budi, '/isu 1 tugaskan DINKES')
    expect(denied.text).toContain('Perintah ini hanya untuk koordinator forum.')
    const typo = await chat.send(group, coordinator, '/isu 1 tugaskan DINKESS')
    expect(typo.text).toContain('DINKES')
    const missing = await chat.send(group, coordinator, '/isu 1 tugaskan')
    expect(missing.text).toContain('Tulis kode instansi pemiliknya: /isu 1 tugaskan DINKES.')
    const row = await chat.db.selectFrom('issues').select('status').executeTakeFirstOrThrow()
    expect(row.status).toBe('terbuka')
  })

  it('shows groups only counts, and members in private the list with age, owner and time left', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(
      group,
      budi,
      '/isu Hoaks chip vaksin di grup WhatsApp warga\nJenis: hoaks\nTingkat: tinggi',
    )
    await chat.send(group, budi, '/isu Wartawan menanyakan data stunting\nJenis: pertanyaan media')
    await chat.send(group, budi, '/isu Keluhan jalan rusak\nJenis: keluhan publik\nTingkat: rendah')
    chat.clock.set('2026-01-07T10:30:00+07:00')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    await chat.send(group, coordinator, '/isu 3 selesai tidak perlu tanggapan')
    chat.clock.set('2026-01-07T13:00:00+07:00')
    const inGroup = await chat.send(group, budi, '/isu')
    expect(inGroup.text).toBe(
      '2 isu terbuka (1 tingkat tinggi).\nRinciannya hanya di chat pribadi dengan bot: /isu.',
    )
    const guest = chat.person('Tamu', { in: [group] })
    expect((await chat.send(group, guest, '/isu')).text).toBe('2 isu terbuka (1 tingkat tinggi).')
    const inPrivate = await chat.send(chat.privateChat(budi), budi, '/isu')
    expect(inPrivate.text).toBe(
      [
        'Isu terbuka (2):',
        '• #1 [tinggi] hoaks: Hoaks chip vaksin di grup WhatsApp warga — dibuka 3 jam lalu — DINKES, terlambat 30 menit',
        '• #2 [sedang] pertanyaan media: Wartawan menanyakan data stunting — dibuka 3 jam lalu — belum ditugaskan',
        'Rinciannya: /isu nomor.',
      ].join('\n'),
    )
  })

  it('lists twenty open issues in private and counts the newer rest, so the answer fits one message', async () => {
    const { chat, group, budi } = await forum()
    for (let n = 1; n <= 23; n += 1)
      await chat.send(group, budi, `/isu Hoaks nomor ${n} tentang banjir bandang`)
    const inPrivate = await chat.send(chat.privateChat(budi), budi, '/isu')
    const lines = inPrivate.text.split('\n')
    expect(lines[0]).toBe('Isu terbuka (23):')
    expect(lines.filter((line) => line.startsWith('•'))).toHaveLength(20)
    expect(lines[20]).toMatch(/^• #20 \[sedang\] pemberitaan: Hoaks nomor 20 /)
    expect(lines.slice(21)).toEqual([
      '… dan 3 isu terbuka lainnya, yang lebih baru.',
      'Rinciannya: /isu nomor.',
    ])
  })

  it('opened privately with a long text, repeats only its start to the reporter and all of it to the coordinator', async () => {
    const { chat, budi } = await forum()
    const long = `Wartawan minta data DBD ${'per kecamatan dan per bulan, '.repeat(60)}tahun 2025`
    const answer = await chat.send(chat.privateChat(budi), budi, `/isu ${long}`)
    const [toReporter, toCoordinator] = answer.messages.map((message) => renderPlain(message.text))
    expect(toReporter).not.toContain('tahun 2025')
    expect(toReporter).toContain('Wartawan minta data DBD per kecamatan')
    expect(toReporter!.length).toBeLessThan(800)
    expect(toCoordinator).toContain(long)
  })

  it('shows the timeline privately, and in a group, to members and guests alike, only whether the issue is open', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin https://x.com/warga/status/9\nJenis: hoaks', {
      attachments: [{ media: 'photo', fileRef: 'foto-1', mimeType: 'image/jpeg' }],
    })
    chat.clock.set('2026-01-07T10:20:00+07:00')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES 2 jam')
    const inGroup = await chat.send(group, budi, '/isu 1')
    expect(inGroup.text).toBe(
      'Isu #1 masih terbuka. Di grup yang juga dibaca tamu, rincian isu hanya ditampilkan di chat pribadi: kirim /isu 1 ke Sinergi secara pribadi.',
    )
    const guest = chat.person('Tamu', { in: [group] })
    expect((await chat.send(group, guest, '/isu 1')).text).toBe(inGroup.text)
    for (const detail of ['hoaks', 'sedang', 'DINKES', '12.20', 'Budi', 'chip'])
      expect(inGroup.text).not.toContain(detail)
    const inPrivate = await chat.send(chat.privateChat(budi), budi, '/isu #1')
    expect(inPrivate.text).toBe(
      [
        'Isu #1 — hoaks, tingkat sedang',
        'Status: ditugaskan ke DINKES, tenggat 12.20 WIB',
        'Pelapor: Budi, 10.00 WIB',
        '',
        'Hoaks chip vaksin https://x.com/warga/status/9',
        'Tautan: https://x.com/warga/status/9',
        'Lampiran: tangkapan layar (console).',
        '',
        'Riwayat',
        '• 10.00 WIB dibuka oleh Budi',
        '• 10.20 WIB ditugaskan ke DINKES oleh Sari Koordinator',
      ].join('\n'),
    )
    await chat.send(group, coordinator, '/isu 1 selesai tidak perlu tanggapan')
    expect((await chat.send(group, guest, '/isu 1')).text).toBe(
      'Isu #1 sudah selesai. Di grup yang juga dibaca tamu, rincian isu hanya ditampilkan di chat pribadi: kirim /isu 1 ke Sinergi secara pribadi.',
    )
  })

  it('closes by the coordinator or the owning agency with an outcome, and not twice', async () => {
    const { chat, group, coordinator, budi, rina } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    const other = await chat.send(group, rina, '/isu 1 selesai klarifikasi terbit')
    expect(other.text).toContain('Isu #1 hanya bisa ditutup oleh koordinator atau instansi yang ditugaskan.')
    const noNote = await chat.send(group, budi, '/isu 1 selesai lainnya')
    expect(noNote.text).toContain('Untuk hasil lainnya, tulis catatannya')
    const done = await chat.send(group, budi, '/isu 1 selesai lainnya: diselesaikan lewat telepon')
    expect(done.text).toBe('✅ Isu #1 selesai: lainnya: diselesaikan lewat telepon.')
    const again = await chat.send(group, coordinator, '/isu 1 selesai klarifikasi terbit')
    expect(again.text).toContain('Isu #1 sudah selesai.')
    const row = await chat.db
      .selectFrom('issues')
      .select(['status', 'outcome', 'outcome_note'])
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'selesai', outcome: 'lainnya', outcome_note: 'diselesaikan lewat telepon' })
  })

  it('closes with a known outcome followed by a link or a note, and lainnya only with its note', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin')
    await chat.send(group, budi, '/isu Akun palsu dinkes')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    const linked = await chat.send(
      group,
      budi,
      '/isu 1 selesai klarifikasi terbit https://example.go.id/klarifikasi',
    )
    expect(linked.text).toBe('✅ Isu #1 selesai: klarifikasi terbit: https://example.go.id/klarifikasi.')
    const noted = await chat.send(
      group,
      coordinator,
      '/isu 2 selesai dilaporkan ke platform: akun sudah diblokir',
    )
    expect(noted.text).toBe('✅ Isu #2 selesai: dilaporkan ke platform: akun sudah diblokir.')
    const rows = await chat.db
      .selectFrom('issues')
      .select(['outcome', 'outcome_note'])
      .orderBy('number')
      .execute()
    expect(rows).toEqual([
      { outcome: 'klarifikasi terbit', outcome_note: 'https://example.go.id/klarifikasi' },
      { outcome: 'dilaporkan ke platform', outcome_note: 'akun sudah diblokir' },
    ])
    await chat.send(group, budi, '/isu Hoaks banjir')
    const typo = await chat.send(group, coordinator, '/isu 3 selesai dilaporkn ke platform')
    expect(typo.text).toContain('Hasil dilaporkn ke platform? Maksud Anda dilaporkan ke platform?')
  })

  it('runs in an English forum, taking back every kind, level and outcome label it shows', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/bahasa en')
    const opened = await chat.send(
      group,
      budi,
      '/issue Slow service at the clinic\nJenis: negative coverage\nTingkat: high',
    )
    expect(opened.text).toBe(
      '🚨 Issue #1 logged — negative coverage, level high.\n@Sari Koordinator: please assign it with /issue 1 assign CODE.',
    )
    const plain = await chat.send(
      group,
      budi,
      '/issue Reporter asks about dengue\nKind: coverage\nLevel: low',
    )
    expect(plain.text).toContain('Issue #2 logged — coverage, level low.')
    const assigned = await chat.send(group, coordinator, '/issue assign 1 DINKES')
    expect(assigned.text).toBe(
      '📌 Issue #1 assigned to DINKES — due 12:00 WIB (in 2 hours).\n@Dewi Admin: please prepare a clarification and send it with /issue 1 answer.\nIssue details: /issue 1 in a private chat with the bot.',
    )
    const closed = await chat.send(group, budi, '/issue 1 close reported to the platform')
    expect(closed.text).toBe('✅ Issue #1 closed: reported to the platform.')
    await chat.send(group, coordinator, '/issue 2 assign PLN')
    const published = await chat.send(
      group,
      coordinator,
      '/issue close 2 clarification published https://example.go.id/clarification',
    )
    expect(published.text).toBe(
      '✅ Issue #2 closed: clarification published: https://example.go.id/clarification.',
    )
    const labels = [
      [
        'Kind',
        ['hoax', 'disinformation', 'negative coverage', 'public complaint', 'media question', 'coverage'],
      ],
      ['Level', ['low', 'medium', 'high']],
    ] as const
    for (const [key, names] of labels)
      for (const name of names) {
        const answer = await chat.send(group, budi, `/issue Something\n${key}: ${name}`)
        expect(answer.text).toContain(key === 'Kind' ? `— ${name},` : `level ${name}.`)
      }
    for (const outcome of ['clarification published', 'no response needed', 'reported to the platform']) {
      const { number } = await chat.db
        .selectFrom('issues')
        .select('number')
        .where('status', '!=', 'selesai')
        .orderBy('number')
        .executeTakeFirstOrThrow()
      const answer = await chat.send(group, coordinator, `/issue ${number} close ${outcome}`)
      expect(answer.text).toBe(`✅ Issue #${number} closed: ${outcome}.`)
    }
  })

  it('opened privately, sends the details to the sender and to the coordinator', async () => {
    const { chat, budi } = await forum()
    const answer = await chat.send(chat.privateChat(budi), budi, '/isu Wartawan Kompas minta data DBD')
    expect(answer.messages.map((message) => message.target)).toEqual([
      { kind: 'reply' },
      { kind: 'person', personId: expect.any(Number) },
    ])
    expect(answer.text).toContain('Isu #1 dicatat — pemberitaan, tingkat sedang.')
    expect(answer.text).toContain('Wartawan Kompas minta data DBD')
    expect(answer.text).toContain('Isu baru #1 dari Budi:')
  })

  it('opened in a group, tells privately a coordinator who cannot be mentioned on its platform', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    const tono = await chat.db
      .insertInto('people')
      .values({ display_name: 'Tono Koordinator' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await chat.db
      .insertInto('identities')
      .values({ person_id: tono.id, platform: 'telegram', external_id: '777', wrote_at: new Date(NOW) })
      .execute()
    await chat.db
      .insertInto('memberships')
      .values({ workspace_id: workspaceId, person_id: tono.id, role: 'koordinator', agency_id: null })
      .execute()
    const answer = await chat.send(group, budi, '/isu Hoaks pemadaman listrik\nTingkat: rendah')
    expect(answer.messages.map((message) => message.target)).toEqual([
      { kind: 'reply' },
      { kind: 'person', personId: tono.id },
    ])
    expect(answer.text).toContain('@Sari Koordinator: mohon tugaskan dengan /isu 1 tugaskan KODE.')
    expect(answer.text).toContain('Isu baru #1 dari Budi:')
    expect(answer.text).toContain('Hoaks pemadaman listrik')
  })

  it('names the other kind of a number that is not an issue', async () => {
    const { chat, group, budi } = await forum()
    await chat.send(group, budi, '/konten tambah\nJudul: Video DBD\nPlatform: IG\nTayang: besok 09.00')
    const answer = await chat.send(group, budi, '/isu 1')
    expect(answer.text).toContain('#1 adalah konten — lihat dengan /konten 1.')
  })

  it('puts open issues at the top of the brief: a count in groups, the list in private', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/agenda tambah hari ini 14.00 Rapat koordinasi DBD @ Aula')
    await chat.send(group, budi, '/isu Hoaks chip vaksin\nJenis: hoaks\nTingkat: tinggi')
    await chat.send(group, coordinator, '/isu 2 tugaskan DINKES')
    const inGroup = await chat.send(group, budi, '/brief')
    expect(inGroup.text.split('\n').slice(2, 5)).toEqual(['', '1 isu terbuka (1 tingkat tinggi).', ''])
    const inPrivate = await chat.send(chat.privateChat(coordinator), coordinator, '/brief')
    expect(inPrivate.text.split('\n').slice(2, 6)).toEqual([
      '',
      '🚨 Isu terbuka (1):',
      '• #2 [tinggi] hoaks: Hoaks chip vaksin — dibuka 0 menit lalu — DINKES, sisa 2 jam',
      '',
    ])
  })

  it('does not call a day empty in the brief while an issue is open', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/isu Hoaks chip vaksin\nJenis: hoaks')
    const brief = await chat.send(chat.privateChat(coordinator), coordinator, '/brief')
    expect(brief.text).toContain('🚨 Isu terbuka (1):')
    expect(brief.text).not.toContain('Hari ini tidak ada agenda')
  })
})
