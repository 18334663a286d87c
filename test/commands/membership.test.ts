import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum, setMembership } from '../support/seed.js'

describeWithDatabase('/gabung, /keluar, /keluarkan, /peran', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' },
        { code: 'BPS', name: 'Badan Pusat Statistik', kind: 'vertikal' },
      ],
      members: [
        { name: 'Budi Dinkes', agency: 'DINKES' },
        { name: 'Rina Dinkes', agency: 'DINKES', role: 'admin' },
        { name: 'Agus BPS', agency: 'BPS', role: 'admin' },
      ],
    })
    const { group } = seeded
    const sari = seeded.coordinator
    const budi = seeded.people['Budi Dinkes']!
    const rina = seeded.people['Rina Dinkes']!
    const agus = seeded.people['Agus BPS']!
    const tamu = chat.person('Tono Tamu', { in: [group] })
    const send = (who: typeof sari, text: string, extra?: Parameters<typeof chat.send>[3]) =>
      chat.send(group, who, text, extra)
    const memberships = () =>
      chat.db
        .selectFrom('memberships')
        .innerJoin('people', 'people.id', 'memberships.person_id')
        .leftJoin('agencies', 'agencies.id', 'memberships.agency_id')
        .select(['people.display_name as name', 'memberships.role', 'agencies.code'])
        .orderBy('people.display_name')
        .execute()
    const placeOf = async (name: string) => (await memberships()).find((m) => m.name === name)
    const auditActions = async () =>
      (await chat.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((a) => a.action)
    return {
      chat,
      group,
      sari,
      budi,
      rina,
      agus,
      tamu,
      send,
      memberships,
      placeOf,
      auditActions,
      workspaceId: seeded.workspaceId,
    }
  }

  // ── /gabung ───────────────────────────────────────────────────────────────────────────────

  it('lets a guest join an agency as anggota and tells its admins and the coordinator', async () => {
    const { send, tamu, placeOf, auditActions } = await forum()
    const answer = await send(tamu, '/gabung dinkes')
    expect(answer.text).toContain('@Tono Tamu sekarang anggota DINKES — Dinas Kesehatan.')
    expect(answer.text).toContain('Untuk diketahui: @Sari Koordinator, @Rina Dinkes')
    expect(answer.text).not.toContain('@Agus BPS')
    const told = answer.messages[0]!.text.flatMap((block) =>
      block.kind === 'paragraph' ? block.children : [],
    )
    expect(told).toContainEqual(expect.objectContaining({ kind: 'mention', externalId: 'orang-rina-dinkes' }))
    expect(await placeOf('Tono Tamu')).toEqual({ name: 'Tono Tamu', role: 'anggota', code: 'DINKES' })
    expect(await auditActions()).toContain('membership.joined')
  })

  it('moves someone who joins another agency, and says so', async () => {
    const { send, rina, memberships, placeOf } = await forum()
    const before = (await memberships()).length
    const answer = await send(rina, '/join BPS')
    expect(answer.text).toContain('@Rina Dinkes sekarang anggota BPS — Badan Pusat Statistik.')
    expect(answer.text).toContain('Pindah dari DINKES (di sana sebagai admin)')
    expect(answer.text).toContain('@Agus BPS')
    expect(await placeOf('Rina Dinkes')).toEqual({ name: 'Rina Dinkes', role: 'anggota', code: 'BPS' })
    expect(await memberships()).toHaveLength(before)
  })

  it('keeps a joining coordinator a coordinator, now with an agency', async () => {
    const { send, sari, placeOf } = await forum()
    const answer = await send(sari, '/gabung DINKES')
    expect(answer.text).toContain('tetap koordinator forum dan sekarang juga tergabung di DINKES')
    expect(await placeOf('Sari Koordinator')).toEqual({
      name: 'Sari Koordinator',
      role: 'koordinator',
      code: 'DINKES',
    })
  })

  it('accepts the agency’s full name, and says when someone is already in it', async () => {
    const { send, tamu, budi, placeOf } = await forum()
    await send(tamu, '/gabung dinas kesehatan')
    expect(await placeOf('Tono Tamu')).toMatchObject({ code: 'DINKES' })
    expect((await send(budi, '/gabung DINKES')).text).toContain(
      'Anda sudah tergabung di DINKES — Dinas Kesehatan.',
    )
  })

  it.each([
    ['/gabung', 'Tulis kode instansi Anda'],
    ['/gabung DINKESS', 'Instansi DINKESS tidak ada di forum ini. Maksud Anda DINKES?'],
    ['/gabung Dinas Pariwisata', 'Instansi Dinas Pariwisata tidak ada di forum ini'],
    ['/gabung 123', 'Kode "123" tidak bisa dipakai'],
  ])('refuses %s and saves nothing', async (command, message) => {
    const { send, tamu, memberships, auditActions } = await forum()
    const before = { memberships: await memberships(), audit: await auditActions() }
    const answer = await send(tamu, command)
    expect(answer.text).toContain(message)
    expect(answer.text).toContain('Contoh:\n/gabung DINKES')
    expect(await memberships()).toEqual(before.memberships)
    expect(await auditActions()).toEqual(before.audit)
  })

  // ── /keluar ───────────────────────────────────────────────────────────────────────────────

  it('lets an anggota leave their agency and become a guest', async () => {
    const { send, budi, placeOf, auditActions } = await forum()
    const answer = await send(budi, '/keluar')
    expect(answer.text).toContain('Anda keluar dari DINKES — Dinas Kesehatan.')
    expect(await placeOf('Budi Dinkes')).toBeUndefined()
    expect(await auditActions()).toContain('membership.left')
  })

  it('refuses /keluar from a guest', async () => {
    const { send, tamu } = await forum()
    expect((await send(tamu, '/leave')).text).toContain('hanya untuk anggota instansi')
  })

  it('keeps a coordinator who leaves their agency a coordinator', async () => {
    const { send, sari, placeOf } = await forum()
    await send(sari, '/gabung BPS')
    const answer = await send(sari, '/keluar')
    expect(answer.text).toContain('Anda keluar dari BPS — Badan Pusat Statistik dan tetap koordinator forum.')
    expect(await placeOf('Sari Koordinator')).toEqual({
      name: 'Sari Koordinator',
      role: 'koordinator',
      code: null,
    })
  })

  it('never lets the last coordinator step down, but lets one of two', async () => {
    const { chat, send, sari, agus, workspaceId, placeOf } = await forum()
    const refused = await send(sari, '/keluar')
    expect(refused.text).toContain('Anda satu-satunya koordinator forum ini')
    expect(await placeOf('Sari Koordinator')).toMatchObject({ role: 'koordinator' })

    await setMembership(chat.db, workspaceId, agus, 'koordinator', null)
    const answer = await send(sari, '/keluar')
    expect(answer.text).toContain('Anda tidak lagi koordinator forum ini')
    expect(await placeOf('Sari Koordinator')).toBeUndefined()
  })

  // ── /keluarkan ────────────────────────────────────────────────────────────────────────────

  it('lets an agency admin remove a member of their own agency, named by mention', async () => {
    const { send, rina, budi, placeOf, auditActions } = await forum()
    const answer = await send(rina, '/keluarkan @Budi Dinkes', { mentions: [budi] })
    expect(answer.text).toContain('@Budi Dinkes dikeluarkan dari DINKES — Dinas Kesehatan.')
    expect(answer.text).toContain('/gabung DINKES')
    expect(await placeOf('Budi Dinkes')).toBeUndefined()
    expect(await auditActions()).toContain('membership.removed')
  })

  it('refuses an admin removing someone of another agency, or a coordinator', async () => {
    const { send, agus, sari, placeOf } = await forum()
    const other = await send(agus, '/keluarkan @budidinkes')
    expect(other.text).toContain('Budi Dinkes tergabung di DINKES, bukan di instansi Anda (BPS)')
    expect(await placeOf('Budi Dinkes')).toMatchObject({ code: 'DINKES' })

    await send(sari, '/gabung BPS')
    expect((await send(agus, '/keluarkan @sarikoordinator')).text).toContain(
      'hanya koordinator yang bisa mengeluarkannya',
    )
    expect(await placeOf('Sari Koordinator')).toMatchObject({ code: 'BPS' })
  })

  it('refuses /keluarkan from an anggota', async () => {
    const { send, budi, placeOf } = await forum()
    expect((await send(budi, '/keluarkan @rinadinkes')).text).toContain(
      'hanya untuk admin instansi atau koordinator',
    )
    expect(await placeOf('Rina Dinkes')).toMatchObject({ role: 'admin' })
  })

  it('lets the coordinator remove anyone, named by replying to their message', async () => {
    const { send, sari, agus, placeOf } = await forum()
    const answer = await send(sari, '/remove', {
      replyTo: { messageId: 'm-agus', fromBot: false, sender: agus, attachments: [] },
    })
    expect(answer.text).toContain('@Agus BPS dikeluarkan dari BPS — Badan Pusat Statistik.')
    expect(await placeOf('Agus BPS')).toBeUndefined()
  })

  it('says so when the person named belongs to no agency', async () => {
    const { send, sari, tamu, memberships } = await forum()
    await send(tamu, '/gabung DINKES')
    await send(tamu, '/keluar')
    const before = await memberships()
    expect((await send(sari, '/keluarkan tonotamu')).text).toContain(
      'Tono Tamu tidak tergabung di instansi mana pun.',
    )
    expect(await memberships()).toEqual(before)
  })

  // ── naming people ─────────────────────────────────────────────────────────────────────────

  it('finds a person by a username the bot has seen, in any letter case, with or without @', async () => {
    const { send, sari, placeOf } = await forum()
    expect((await send(sari, '/peran @BUDIDINKES admin')).text).toContain(
      '@Budi Dinkes sekarang admin instansi DINKES',
    )
    expect((await send(sari, '/peran budidinkes anggota')).text).toContain(
      '@Budi Dinkes sekarang anggota instansi DINKES',
    )
    expect(await placeOf('Budi Dinkes')).toMatchObject({ role: 'anggota' })
  })

  it('finds a person by a display name only when it is unique in the workspace', async () => {
    const { chat, group, send, sari, placeOf } = await forum()
    expect((await send(sari, '/peran Budi admin')).text).toContain('@Budi Dinkes sekarang admin')
    const budiLain = chat.person('Budi Santoso', { in: [group], username: 'bsantoso' })
    await send(budiLain, '/gabung BPS')
    const ambiguous = await send(sari, '/peran Budi anggota')
    expect(ambiguous.text).toContain('Ada 2 orang yang cocok dengan "Budi"')
    expect(await placeOf('Budi Dinkes')).toMatchObject({ role: 'admin' })
    expect((await send(sari, '/peran budi santoso admin')).text).toContain(
      '@Budi Santoso sekarang admin instansi BPS',
    )
  })

  it('does not find people the workspace does not know', async () => {
    const { chat, send, sari, memberships } = await forum()
    const otherGroup = chat.group('Forum Lain')
    const joko = chat.person('Joko Luar', { in: [otherGroup], groupAdmin: true })
    await chat.send(otherGroup, joko, '/aktifkan Bakohumas Kota Lain')
    const before = await memberships()
    const answer = await send(sari, '/peran @jokoluar koordinator')
    expect(answer.text).toContain('Sinergi belum mengenal "@jokoluar" di forum ini')
    expect(answer.text).toContain('Contoh:\n/peran @budi admin')
    expect(await memberships()).toEqual(before)
  })

  it('asks for one person when several are mentioned, and for someone when nobody is named', async () => {
    const { send, sari, budi, rina } = await forum()
    expect((await send(sari, '/peran @budi @rina admin', { mentions: [budi, rina] })).text).toContain(
      'Sebut satu orang saja.',
    )
    expect((await send(sari, '/peran admin')).text).toContain('Sebut orangnya')
  })

  // ── /peran ────────────────────────────────────────────────────────────────────────────────

  it('lets the coordinator make an agency member its admin, named by mention', async () => {
    const { send, sari, budi, placeOf, auditActions } = await forum()
    const answer = await send(sari, '/peran @Budi Dinkes admin', { mentions: [budi] })
    expect(answer.text).toContain('@Budi Dinkes sekarang admin instansi DINKES — Dinas Kesehatan.')
    expect(answer.text).toContain('Sebelumnya: anggota.')
    expect(await placeOf('Budi Dinkes')).toEqual({ name: 'Budi Dinkes', role: 'admin', code: 'DINKES' })
    expect(await auditActions()).toContain('role.changed')
  })

  it('refuses admin or anggota for someone without an agency', async () => {
    const { send, sari, tamu, placeOf } = await forum()
    const answer = await send(sari, '/peran admin', {
      replyTo: { messageId: 'm-tono', fromBot: false, sender: tamu, attachments: [] },
    })
    expect(answer.text).toContain('Tono Tamu belum tergabung di instansi')
    expect(await placeOf('Tono Tamu')).toBeUndefined()
  })

  it('lets the coordinator name another coordinator, who keeps their agency', async () => {
    const { send, sari, agus, placeOf } = await forum()
    const answer = await send(sari, '/role @agusbps coordinator')
    expect(answer.text).toContain('@Agus BPS sekarang koordinator forum Bakohumas Kabupaten Wonosobo.')
    expect(answer.text).toContain('Tetap tergabung di BPS — Badan Pusat Statistik.')
    expect(await placeOf('Agus BPS')).toEqual({ name: 'Agus BPS', role: 'koordinator', code: 'BPS' })
    // Now the new coordinator may do coordinator things.
    expect((await send(agus, '/peran @rinadinkes anggota')).text).toContain('@Rina Dinkes sekarang anggota')
  })

  it('never demotes the last coordinator', async () => {
    const { send, sari, placeOf } = await forum()
    await send(sari, '/gabung DINKES')
    const answer = await send(sari, '/peran @sarikoordinator anggota')
    expect(answer.text).toContain('Sari Koordinator adalah satu-satunya koordinator forum ini')
    expect(await placeOf('Sari Koordinator')).toMatchObject({ role: 'koordinator' })
  })

  it('lets a coordinator be demoted when another one remains', async () => {
    const { send, sari, agus, placeOf } = await forum()
    await send(sari, '/peran @agusbps koordinator')
    await send(sari, '/gabung DINKES')
    const answer = await send(agus, '/peran @sarikoordinator admin')
    expect(answer.text).toContain('@Sari Koordinator sekarang admin instansi DINKES')
    expect(await placeOf('Sari Koordinator')).toEqual({
      name: 'Sari Koordinator',
      role: 'admin',
      code: 'DINKES',
    })
  })

  it('says when the person already has the role, changing nothing', async () => {
    const { send, sari, auditActions } = await forum()
    const before = await auditActions()
    expect((await send(sari, '/peran @rinadinkes admin')).text).toContain('@Rina Dinkes memang sudah admin.')
    expect(await auditActions()).toEqual(before)
  })

  it.each([
    ['/peran', 'Tulis perannya'],
    ['/peran @budidinkes', 'Tulis perannya'],
    ['/peran @budidinkes ketua', 'Peran "ketua" tidak dikenal'],
  ])('refuses %s with an example', async (command, message) => {
    const { send, sari, placeOf } = await forum()
    const answer = await send(sari, command)
    expect(answer.text).toContain(message)
    expect(answer.text).toContain('Contoh:\n/peran @budi admin')
    expect(await placeOf('Budi Dinkes')).toMatchObject({ role: 'anggota' })
  })

  it('lets only the coordinator set roles', async () => {
    const { send, rina, budi, placeOf } = await forum()
    expect((await send(rina, '/peran @budidinkes admin', { mentions: [budi] })).text).toContain(
      'hanya untuk koordinator',
    )
    expect(await placeOf('Budi Dinkes')).toMatchObject({ role: 'anggota' })
  })
})
