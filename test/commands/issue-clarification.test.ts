import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { issueDeskForum } from '../support/issue-desk-forum.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/isu tanggapan', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await issueDeskForum(chat)
    const { group, coordinator, budi } = seeded
    await chat.send(group, budi, '/isu Hoaks chip dalam vaksin\nJenis: hoaks\nTingkat: tinggi')
    await chat.send(group, coordinator, '/isu 1 tugaskan DINKES')
    return { chat, ...seeded }
  }
  const CLARIFICATION =
    '/isu 1 tanggapan\nJudul: Vaksin tidak mengandung chip\nNaskah: Informasi itu tidak benar.\nVaksin sudah diuji BPOM.\nTautan: https://dinkes.wonosobokab.go.id/klarifikasi\nPlatform: IG, FB'

  it('submits the clarification as an urgent draft linked to the issue and mentions the coordinator', async () => {
    const { chat, group, budi } = await forum()
    chat.clock.set('2026-01-07T10:40:00+07:00')
    const answer = await chat.send(group, budi, CLARIFICATION)
    expect(answer.text).toBe(
      '📝 Klarifikasi isu #1 diajukan sebagai konten #2 (mendesak): Vaksin tidak mengandung chip.\n@Sari Koordinator: mohon tinjau segera dengan /setujui 2; naskahnya: /konten 2 di chat pribadi.',
    )
    expect(answer.messages[0]!.buttons?.[0]?.map((button) => button.label)).toEqual([
      'Setujui',
      'Revisi',
      'Tolak',
    ])
    const draft = await chat.db
      .selectFrom('content_drafts')
      .select(['number', 'title', 'body', 'platforms', 'status', 'issue_id'])
      .executeTakeFirstOrThrow()
    const issue = await chat.db
      .selectFrom('issues')
      .select(['id', 'status', 'first_answer_at'])
      .executeTakeFirstOrThrow()
    expect(draft).toEqual({
      number: 2,
      title: 'Vaksin tidak mengandung chip',
      body: 'Informasi itu tidak benar.\nVaksin sudah diuji BPOM.\n\nhttps://dinkes.wonosobokab.go.id/klarifikasi',
      platforms: ['instagram', 'facebook'],
      status: 'diajukan',
      issue_id: issue.id,
    })
    expect(issue.status).toBe('ditugaskan')
    expect(issue.first_answer_at?.toISOString()).toBe('2026-01-07T03:40:00.000Z')
  })

  it('puts the clarification first in the review queue, marked urgent', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, '/konten tambah\nJudul: Video DBD\nPlatform: IG\nTayang: besok 09.00')
    await chat.send(group, budi, CLARIFICATION)
    const queue = await chat.send(chat.privateChat(coordinator), coordinator, '/konten diajukan')
    const lines = queue.text.split('\n').filter((line) => line.startsWith('•'))
    expect(lines[0]).toMatch(/^• 🚨 #3 Vaksin tidak mengandung chip — DINKES/)
    expect(lines[1]).toMatch(/^• #2 Video DBD — DINKES/)
  })

  it('marks the issue answered when the coordinator approves the clarification', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, CLARIFICATION)
    chat.clock.set('2026-01-07T10:50:00+07:00')
    const approval = await chat.send(group, coordinator, '/setujui 2')
    expect(approval.text).toContain('Isu #1 kini ditanggapi.')
    const issue = await chat.db.selectFrom('issues').select('status').executeTakeFirstOrThrow()
    expect(issue.status).toBe('ditanggapi')
    const timeline = await chat.send(chat.privateChat(budi), budi, '/isu 1')
    expect(timeline.text).toContain(
      [
        'Riwayat',
        '• 10.00 WIB dibuka oleh Budi',
        '• 10.00 WIB ditugaskan ke DINKES oleh Sari Koordinator',
        '• 10.00 WIB klarifikasi #2 dikirim Budi (DINKES)',
        '• 10.50 WIB klarifikasi #2 disetujui Sari Koordinator',
      ].join('\n'),
    )
    expect(timeline.text).toContain('Status: ditanggapi oleh DINKES')
  })

  it('approving a clarification after the issue was closed does not call it answered now', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, CLARIFICATION)
    await chat.send(group, coordinator, '/isu 1 selesai tidak perlu tanggapan')
    const approval = await chat.send(group, coordinator, '/setujui 2')
    expect(approval.text).toContain('Draf #2')
    expect(approval.text).not.toContain('kini ditanggapi')
    expect(approval.text).toContain('Isu #1 sudah selesai')
    const issue = await chat.db.selectFrom('issues').select('status').executeTakeFirstOrThrow()
    expect(issue.status).toBe('selesai')
  })

  it('refuses a clarification from another agency, without the text, or on an unassigned issue', async () => {
    const { chat, group, budi, rina } = await forum()
    const other = await chat.send(group, rina, CLARIFICATION)
    expect(other.text).toContain(
      'Klarifikasi isu #1 dikirim oleh DINKES (instansi yang ditugaskan) atau koordinator.',
    )
    const empty = await chat.send(group, budi, '/isu 1 tanggapan\nJudul: Klarifikasi')
    expect(empty.text).toContain('Tulis naskah klarifikasinya di bawah perintah, misalnya:')
    await chat.send(group, budi, '/isu Pertanyaan wartawan soal DBD')
    const unassigned = await chat.send(group, budi, '/isu 2 tanggapan\nNaskah: Data DBD turun.')
    expect(unassigned.text).toContain('Isu #2 belum ditugaskan.')
    expect(await chat.db.selectFrom('content_drafts').select('id').execute()).toEqual([])
    const issue = await chat.db
      .selectFrom('issues')
      .select('first_answer_at')
      .where('number', '=', 1)
      .executeTakeFirstOrThrow()
    expect(issue.first_answer_at).toBeNull()
  })

  it('sent privately, sends the coordinator the clarification with the review buttons', async () => {
    const { chat, budi } = await forum()
    const answer = await chat.send(chat.privateChat(budi), budi, CLARIFICATION)
    const toCoordinator = answer.messages.find((message) => message.target.kind === 'person')
    expect(toCoordinator?.buttons?.[0]?.map((button) => button.label)).toEqual(['Setujui', 'Revisi', 'Tolak'])
    expect(answer.text).toContain(
      'Klarifikasi isu #1 dari Budi (DINKES) menunggu tinjauan — konten #2: Vaksin tidak mengandung chip\nInformasi itu tidak benar.',
    )
  })

  it('amplifies the approved clarification through a /sebar request naming the issue', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, CLARIFICATION)
    const early = await chat.send(group, coordinator, '/isu 1 sebar')
    expect(early.text).toContain('Isu #1 belum punya klarifikasi yang disetujui.')
    const denied = await chat.send(group, budi, '/isu 1 sebar')
    expect(denied.text).toContain('Perintah ini hanya untuk koordinator forum.')
    await chat.send(group, coordinator, '/setujui 2')
    const answer = await chat.send(group, coordinator, '/isu 1 sebar')
    expect(answer.text).toContain('Sebar #3: Klarifikasi isu #1: Vaksin tidak mengandung chip')
    expect(answer.text).toContain('Untuk: semua instansi (2)')
    const request = await chat.db
      .selectFrom('amplification_requests')
      .select(['number', 'content_number'])
      .executeTakeFirstOrThrow()
    expect(request).toEqual({ number: 3, content_number: 2 })
    const timeline = await chat.send(chat.privateChat(budi), budi, '/isu 1')
    expect(timeline.text).toContain('• 10.00 WIB disebar (#3) oleh Sari Koordinator')
  })

  it('amplifies only the clarification of the agency the issue is assigned to now', async () => {
    const { chat, group, coordinator, budi, rina } = await forum()
    await chat.send(group, budi, CLARIFICATION)
    await chat.send(group, coordinator, '/setujui 2')
    await chat.send(group, coordinator, '/isu 1 tugaskan PLN')
    const refused = await chat.send(group, coordinator, '/isu 1 sebar')
    expect(refused.text).toContain(
      'Isu #1 kini ditugaskan ke PLN, dan klarifikasi PLN belum disetujui; klarifikasi #2 dari DINKES tidak disebar. Setujui dulu klarifikasi PLN dengan /setujui <nomor konten>.',
    )
    await chat.send(group, rina, '/isu 1 tanggapan\nJudul: Bukan sabotase\nNaskah: Pemadaman karena cuaca.')
    await chat.send(group, coordinator, '/setujui 3')
    const answer = await chat.send(group, coordinator, '/isu 1 sebar')
    expect(answer.text).toContain('Klarifikasi isu #1: Bukan sabotase')
    const request = await chat.db
      .selectFrom('amplification_requests')
      .select('content_number')
      .executeTakeFirstOrThrow()
    expect(request.content_number).toBe(3)
  })

  it('does not mark the issue answered when the approved clarification is from the agency it was taken from', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, budi, CLARIFICATION)
    await chat.send(group, coordinator, '/isu 1 tugaskan PLN')
    const approval = await chat.send(group, coordinator, '/setujui 2')
    expect(approval.text).toContain('Draf #2 Vaksin tidak mengandung chip disetujui.')
    expect(approval.text).not.toContain('kini ditanggapi')
    expect(approval.text).toContain(
      'Klarifikasi ini dari DINKES; isu #1 kini ditugaskan ke PLN dan masih menunggu klarifikasi PLN.',
    )
    const issue = await chat.db.selectFrom('issues').select('status').executeTakeFirstOrThrow()
    expect(issue.status).toBe('ditugaskan')
  })
})
