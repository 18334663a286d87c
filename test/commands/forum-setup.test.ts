import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'

describeWithDatabase('forum set-up commands', (get) => {
  const harness = () => new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })

  it('activates a forum in a group and makes the group admin its coordinator', async () => {
    const chat = harness()
    const grup = chat.group('Humas Wonosobo')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    const answer = await chat.send(grup, sari, '/aktifkan Bakohumas Kabupaten Wonosobo')
    expect(answer.text).toContain('Forum Bakohumas Kabupaten Wonosobo aktif di grup ini')
    const membership = await chat.db.selectFrom('memberships').selectAll().executeTakeFirstOrThrow()
    expect(membership.role).toBe('koordinator')
    const audit = await chat.db.selectFrom('audit_log').select('action').execute()
    expect(audit.map((a) => a.action)).toEqual(['workspace.activated'])
  })

  it('refuses /aktifkan from someone who is not a group admin, saving nothing', async () => {
    const chat = harness()
    const grup = chat.group('Humas Wonosobo')
    const budi = chat.person('Budi', { in: [grup] })
    const answer = await chat.send(grup, budi, '/aktifkan Bakohumas Wonosobo')
    expect(answer.text).toContain('hanya untuk admin grup')
    expect(await chat.db.selectFrom('workspaces').selectAll().execute()).toEqual([])
  })

  it('refuses a forum name that is missing, with an example', async () => {
    const chat = harness()
    const grup = chat.group('Humas Wonosobo')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    const answer = await chat.send(grup, sari, '/aktifkan')
    expect(answer.text).toContain('Tulis nama forumnya')
    expect(answer.text).toContain('Contoh:\n/aktifkan Bakohumas Kabupaten Wonosobo')
  })

  it('refuses to activate a group twice', async () => {
    const chat = harness()
    const grup = chat.group('Humas Wonosobo')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    const again = await chat.send(grup, sari, '/aktifkan Bakohumas Lain')
    expect(again.text).toContain('sudah terhubung')
    expect(await chat.db.selectFrom('workspaces').selectAll().execute()).toHaveLength(1)
  })

  it('links a second group with a one-time code sent privately, and joins the coordinator identities', async () => {
    const chat = harness()
    const grupWa = chat.group('Bakohumas WA')
    const grupTg = chat.group('Bakohumas TG')
    const sari = chat.person('Sari', { in: [grupWa], groupAdmin: true })
    await chat.send(grupWa, sari, '/aktifkan Bakohumas Wonosobo')
    const kode = await chat.send(grupWa, sari, '/kode')
    expect(kode.messages[0]?.target).toEqual({ kind: 'person', personId: expect.any(Number) })
    expect(kode.messages[1]?.target).toEqual({ kind: 'reply' })
    const code = kode.text.match(/`?([A-Z0-9]{4}-[A-Z0-9]{4})`?/)?.[1]
    expect(code).toBeDefined()

    const sariDiTg = chat.person('Sari TG', { in: [grupTg], groupAdmin: true })
    const linked = await chat.send(grupTg, sariDiTg, `/hubungkan ${code!.toLowerCase()}`)
    expect(linked.text).toContain('terhubung ke forum Bakohumas Wonosobo')
    const reused = await chat.send(grupTg, sariDiTg, `/hubungkan ${code}`)
    expect(reused.text).toContain('sudah terhubung')

    const people = await chat.db.selectFrom('identities').select('person_id').distinct().execute()
    expect(people).toHaveLength(1)
    const coordinatorInTg = await chat.send(grupTg, sariDiTg, '/zona WITA')
    expect(coordinatorInTg.text).toContain('WITA')
  })

  it('refuses an unknown or expired link code', async () => {
    const chat = harness()
    const grupWa = chat.group('Bakohumas WA')
    const sari = chat.person('Sari', { in: [grupWa], groupAdmin: true })
    await chat.send(grupWa, sari, '/aktifkan Bakohumas Wonosobo')
    const kode = await chat.send(grupWa, sari, '/kode')
    const code = kode.text.match(/([A-Z0-9]{4}-[A-Z0-9]{4})/)![1]!
    const grupTg = chat.group('Bakohumas TG')
    const admin = chat.person('Admin TG', { in: [grupTg], groupAdmin: true })
    expect((await chat.send(grupTg, admin, '/hubungkan ZZZZ-ZZZZ')).text).toContain('tidak dikenal')
    chat.clock.advance(25 * 3600_000)
    expect((await chat.send(grupTg, admin, `/hubungkan ${code}`)).text).toContain('kedaluwarsa')
    const chatRow = await chat.db
      .selectFrom('chats')
      .selectAll()
      .where('external_id', '=', grupTg.externalId)
      .executeTakeFirstOrThrow()
    expect(chatRow.workspace_id).toBeNull()
  })

  it('lets a group admin take over only when no coordinator is in the group', async () => {
    const chat = harness()
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    const budi = chat.person('Budi', { in: [grup], groupAdmin: true })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    expect((await chat.send(grup, budi, '/ambilalih')).text).toContain(
      'masih punya koordinator di grup ini (Sari)',
    )
    chat.platform.leave(grup.externalId, sari.externalId)
    expect((await chat.send(grup, budi, '/ambilalih')).text).toContain('Anda sekarang koordinator')
  })

  it('changes zone and language only for the coordinator', async () => {
    const chat = harness()
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    const budi = chat.person('Budi', { in: [grup] })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    expect((await chat.send(grup, budi, '/zona')).text).toContain('Zona waktu forum: WIB (Asia/Jakarta)')
    expect((await chat.send(grup, budi, '/zona WITA')).text).toContain('hanya untuk koordinator')
    expect((await chat.send(grup, sari, '/zona Asia/Mars')).text).toContain('Zona "Asia/Mars" tidak dikenal')
    expect((await chat.send(grup, sari, '/timezone wit')).text).toContain('WIT (Asia/Jayapura)')
    expect((await chat.send(grup, sari, '/bahasa en')).text).toContain('now English')
    expect((await chat.send(grup, budi, '/help')).text).toContain('Sinergi commands')
  })

  it('answers in a private chat for the sender’s only forum, and asks which when there are several', async () => {
    const chat = harness()
    const grupA = chat.group('Bakohumas A')
    const grupB = chat.group('Bakohumas B')
    const sari = chat.person('Sari', { in: [grupA, grupB], groupAdmin: true })
    await chat.send(grupA, sari, '/aktifkan Bakohumas Wonosobo')
    const pribadi = chat.privateChat(sari)
    expect((await chat.send(pribadi, sari, '/zona')).text).toContain('WIB')
    await chat.send(grupB, sari, '/aktifkan Bakohumas Banjarnegara')
    const ask = await chat.send(pribadi, sari, '/zona')
    expect(ask.text).toContain('Pilih dulu dengan /forum')
    expect(ask.text).toContain('Bakohumas Banjarnegara')
    expect((await chat.send(pribadi, sari, '/forum banjar')).text).toContain(
      'memakai forum Bakohumas Banjarnegara',
    )
    await chat.send(pribadi, sari, '/zona WITA')
    const zones = await chat.db
      .selectFrom('workspaces')
      .select(['name', 'timezone'])
      .orderBy('name')
      .execute()
    expect(zones).toEqual([
      { name: 'Bakohumas Banjarnegara', timezone: 'Asia/Makassar' },
      { name: 'Bakohumas Wonosobo', timezone: 'Asia/Jakarta' },
    ])
  })

  it('ignores chatter and other bots’ commands, but suggests a command for a near miss', async () => {
    const chat = harness()
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    expect((await chat.send(grup, sari, 'selamat pagi semua')).messages).toEqual([])
    expect((await chat.send(grup, sari, '/start')).messages).toEqual([])
    expect((await chat.send(grup, sari, '/zonna')).text).toContain('Maksud Anda /zona?')
    expect((await chat.send(grup, sari, '/entahlah@SinergiBot')).text).toContain('tidak dikenal')
    expect((await chat.send(grup, sari, '/zona@BotLain')).messages).toEqual([])
    expect((await chat.send(grup, sari, '/ZONA@sinergibot')).text).toContain('WIB')
  })

  it('answers a redelivered message only once', async () => {
    const chat = harness()
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    expect((await chat.send(grup, sari, '/zona', { messageId: 'dup-1' })).text).toContain('WIB')
    expect((await chat.send(grup, sari, '/zona', { messageId: 'dup-1' })).messages).toEqual([])
  })

  it('carries out late changes up to 24 hours and says so, but drops stale read-only commands', async () => {
    const chat = harness()
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    const threeHoursAgo = new Date(chat.clock.now().getTime() - 3 * 3600_000)
    const late = await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo', { sentAt: threeHoursAgo })
    expect(late.text).toContain('diterima terlambat, 3 jam')
    expect((await chat.send(grup, sari, '/bantuan', { sentAt: threeHoursAgo })).messages).toEqual([])
    expect((await chat.send(grup, sari, '/zona', { sentAt: threeHoursAgo })).messages).toEqual([])
    expect((await chat.send(grup, sari, '/zona WITA', { sentAt: threeHoursAgo })).text).toContain(
      'diterima terlambat',
    )
    const twoDaysAgo = new Date(chat.clock.now().getTime() - 48 * 3600_000)
    expect((await chat.send(grup, sari, '/zona WITA', { sentAt: twoDaysAgo })).text).toContain(
      'lebih dari 24 jam',
    )
    const workspace = await chat.db.selectFrom('workspaces').select('timezone').executeTakeFirstOrThrow()
    expect(workspace.timezone).toBe('Asia/Makassar')
  })
})
