import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

describeWithDatabase('/instansi and /pengingat', (get) => {
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
      ],
    })
    const { group } = seeded
    const sari = seeded.coordinator
    const budi = seeded.people['Budi Dinkes']!
    const rina = seeded.people['Rina Dinkes']!
    const tamu = chat.person('Tono Tamu', { in: [group] })
    const send = (who: typeof sari, text: string) => chat.send(group, who, text)
    const agencies = () => chat.db.selectFrom('agencies').selectAll().orderBy('code').execute()
    const memberships = () =>
      chat.db
        .selectFrom('memberships')
        .innerJoin('people', 'people.id', 'memberships.person_id')
        .leftJoin('agencies', 'agencies.id', 'memberships.agency_id')
        .select(['people.display_name as name', 'memberships.role', 'agencies.code'])
        .orderBy('people.display_name')
        .execute()
    const auditActions = async () =>
      (await chat.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((a) => a.action)
    return {
      chat,
      group,
      sari,
      budi,
      rina,
      tamu,
      send,
      agencies,
      memberships,
      auditActions,
      workspaceId: seeded.workspaceId,
    }
  }

  // ── listing ───────────────────────────────────────────────────────────────────────────────

  it('lists the agencies with their member counts, even for a guest', async () => {
    const { send, tamu } = await forum()
    const answer = await send(tamu, '/instansi')
    expect(answer.text).toContain('Instansi Bakohumas Kabupaten Wonosobo (2):')
    expect(answer.text).toContain('• BPS — Badan Pusat Statistik (Vertikal) · 0 orang')
    expect(answer.text).toContain('• DINKES — Dinas Kesehatan (OPD) · 2 orang')
    expect(answer.text).toContain('/gabung BPS')
  })

  it('pages a long list of agencies instead of sending it all', async () => {
    const { chat, send, tamu, workspaceId } = await forum()
    const extra = Array.from({ length: 33 }, (_, i) => ({
      workspace_id: workspaceId,
      code: `OPD${String(i).padStart(2, '0')}`,
      name: `Dinas ${i}`,
    }))
    await chat.db.insertInto('agencies').values(extra).execute()
    const first = await send(tamu, '/instansi')
    expect(first.text).toContain('(35):')
    expect(first.text.match(/^• /gm)).toHaveLength(30)
    expect(first.text).toContain('Halaman 1 dari 2. Berikutnya: /instansi 2')
    const second = await send(tamu, '/agency 2')
    expect(second.text.match(/^• /gm)).toHaveLength(5)
    expect(second.text).toContain('Halaman 2 dari 2.')
    expect((await send(tamu, '/instansi 3')).text).toContain('Daftar instansi hanya 2 halaman.')
  })

  it('shows one agency with its people, admins first', async () => {
    const { send, tamu } = await forum()
    const answer = await send(tamu, '/instansi dinkes')
    expect(answer.text).toContain('DINKES — Dinas Kesehatan (OPD)')
    expect(answer.text).toContain('Anggota (2):\n• Rina Dinkes · admin\n• Budi Dinkes · anggota')
  })

  it('suggests the closest code for a mistyped one', async () => {
    const { send, tamu } = await forum()
    expect((await send(tamu, '/instansi DINKESS')).text).toContain(
      'Instansi DINKESS tidak ada di forum ini. Maksud Anda DINKES?',
    )
  })

  it('says how to start when the forum has no agencies yet', async () => {
    const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
    const { group, coordinator } = await seedForum(chat, { agencies: [] })
    expect((await chat.send(group, coordinator, '/instansi')).text).toContain(
      'Forum ini belum punya instansi',
    )
  })

  // ── tambah ────────────────────────────────────────────────────────────────────────────────

  it('adds an agency, upper-casing the code and reading the kind from the last word', async () => {
    const { send, sari, agencies, auditActions } = await forum()
    const answer = await send(sari, '/instansi tambah polres-wsb Kepolisian Resor Wonosobo vertikal')
    expect(answer.text).toContain('Instansi ditambahkan: POLRES-WSB — Kepolisian Resor Wonosobo (Vertikal).')
    expect(answer.text).toContain('/gabung POLRES-WSB')
    const row = (await agencies()).find((a) => a.code === 'POLRES-WSB')
    expect(row).toMatchObject({ name: 'Kepolisian Resor Wonosobo', kind: 'vertikal', archived_at: null })
    expect(await auditActions()).toContain('agency.added')
  })

  it('gives an agency without a kind the kind lainnya, and keeps a one-word name that looks like a kind', async () => {
    const { send, sari, agencies } = await forum()
    await send(sari, '/agency add PMI Palang Merah Indonesia')
    await send(sari, '/instansi tambah BANK bumd')
    const rows = await agencies()
    expect(rows.find((a) => a.code === 'PMI')).toMatchObject({
      name: 'Palang Merah Indonesia',
      kind: 'lainnya',
    })
    expect(rows.find((a) => a.code === 'BANK')).toMatchObject({ name: 'bumd', kind: 'lainnya' })
  })

  it('reads the Kunci: nilai form', async () => {
    const { send, sari, agencies } = await forum()
    const answer = await send(
      sari,
      '/instansi tambah\nKode: PLN\nNama: PT PLN (Persero) UP3 Wonosobo\nJenis: BUMN',
    )
    expect(answer.text).toContain('PLN — PT PLN (Persero) UP3 Wonosobo (BUMN)')
    expect((await agencies()).find((a) => a.code === 'PLN')?.kind).toBe('bumn')
  })

  it('refuses a mistyped key in the form and saves nothing', async () => {
    const { send, sari, agencies } = await forum()
    const answer = await send(sari, '/instansi tambah\nKode: PLN\nNama: PT PLN\nJenys: bumn')
    expect(answer.text).toContain('Jenys? Maksud Anda Jenis? Belum ada yang disimpan.')
    expect(await agencies()).toHaveLength(2)
  })

  it.each([
    ['/instansi tambah 1DINAS Dinas Satu', 'Kode "1DINAS" tidak bisa dipakai'],
    ['/instansi tambah D Dinas', 'Kode "D" tidak bisa dipakai'],
    ['/instansi tambah DINAS_SOSIAL Dinas Sosial', 'Kode "DINAS_SOSIAL" tidak bisa dipakai'],
    ['/instansi tambah ABCDEFGHIJKLMNOPQRSTU Terlalu Panjang', 'tidak bisa dipakai'],
    ['/instansi tambah DINSOS', 'Tulis nama lengkap instansinya setelah kode'],
    ['/instansi tambah', 'Tulis kode instansinya'],
    ['/instansi tambah DINSOS Dinas Sosial pemda', 'Jenis "pemda" tidak dikenal. Pilih opd, vertikal'],
  ])('refuses %s with an example and saves nothing', async (command, message) => {
    const { send, sari, agencies, auditActions } = await forum()
    const before = await auditActions()
    const answer = await send(sari, command)
    expect(answer.text).toContain(message)
    expect(answer.text).toContain('Contoh:\n/instansi tambah DINKES Dinas Kesehatan opd')
    expect(await agencies()).toHaveLength(2)
    expect(await auditActions()).toEqual(before)
  })

  it('refuses a code that already exists, in any letter case', async () => {
    const { send, sari, agencies } = await forum()
    const answer = await send(sari, '/instansi tambah dinkes Dinas Kesehatan Lain opd')
    expect(answer.text).toContain('Instansi DINKES sudah ada: Dinas Kesehatan.')
    expect((await agencies()).find((a) => a.code === 'DINKES')?.name).toBe('Dinas Kesehatan')
  })

  it('lets only the coordinator add or archive agencies', async () => {
    const { send, rina, budi, agencies } = await forum()
    expect((await send(rina, '/instansi tambah PLN PT PLN bumn')).text).toContain('hanya untuk koordinator')
    expect((await send(budi, '/instansi hapus DINKES')).text).toContain('hanya untuk koordinator')
    const rows = await agencies()
    expect(rows).toHaveLength(2)
    expect(rows.every((a) => a.archived_at === null)).toBe(true)
  })

  // ── hapus ─────────────────────────────────────────────────────────────────────────────────

  it('archives an agency: it leaves the list, its members become guests, the coordinator stays coordinator', async () => {
    const { send, sari, tamu, agencies, memberships, auditActions } = await forum()
    await send(sari, '/gabung DINKES')
    const answer = await send(sari, '/instansi hapus dinkes')
    expect(answer.text).toContain(
      'Instansi DINKES — Dinas Kesehatan diarsipkan. Agenda dan kontennya tetap tersimpan.',
    )
    expect(answer.text).toContain('3 orang dilepas dari instansi ini')
    expect(answer.text).toContain('/instansi tambah DINKES Dinas Kesehatan')
    expect((await agencies()).find((a) => a.code === 'DINKES')?.archived_at).toBeInstanceOf(Date)
    expect(await memberships()).toEqual([{ name: 'Sari Koordinator', role: 'koordinator', code: null }])
    expect(await auditActions()).toContain('agency.archived')

    const list = await send(tamu, '/instansi')
    expect(list.text).not.toContain('DINKES')
    expect(list.text).toContain('1 instansi yang diarsipkan tidak ditampilkan.')
    expect((await send(tamu, '/gabung DINKES')).text).toContain('Instansi DINKES sudah diarsipkan')
    expect((await send(sari, '/instansi hapus DINKES')).text).toContain('sudah diarsipkan sebelumnya')
  })

  it('restores an archived agency when its code is added again, with the people it released', async () => {
    const { send, sari, budi, memberships, agencies } = await forum()
    await send(sari, '/instansi hapus DINKES')
    const answer = await send(sari, '/instansi tambah DINKES Dinas Kesehatan Kabupaten opd')
    expect(answer.text).toContain('Instansi DINKES dipulihkan dari arsip: Dinas Kesehatan Kabupaten (OPD).')
    expect(answer.text).toContain('2 orang yang tergabung saat diarsipkan kembali menjadi anggotanya.')
    const row = (await agencies()).find((a) => a.code === 'DINKES')
    expect(row).toMatchObject({ archived_at: null, name: 'Dinas Kesehatan Kabupaten' })
    expect(await memberships()).toEqual([
      { name: 'Budi Dinkes', role: 'anggota', code: 'DINKES' },
      { name: 'Rina Dinkes', role: 'admin', code: 'DINKES' },
      { name: 'Sari Koordinator', role: 'koordinator', code: null },
    ])
    expect((await send(budi, '/instansi DINKES')).text).toContain('Anggota (2):')
  })

  it('does not pull back into a restored agency someone who has joined another one since', async () => {
    const { send, sari, budi, memberships } = await forum()
    await send(sari, '/instansi hapus DINKES')
    await send(budi, '/gabung BPS')
    await send(sari, '/instansi tambah DINKES Dinas Kesehatan opd')
    const rows = await memberships()
    expect(rows.find((m) => m.name === 'Budi Dinkes')).toEqual({
      name: 'Budi Dinkes',
      role: 'anggota',
      code: 'BPS',
    })
    expect(rows.find((m) => m.name === 'Rina Dinkes')).toEqual({
      name: 'Rina Dinkes',
      role: 'admin',
      code: 'DINKES',
    })
  })

  it('refuses to archive an unknown agency, suggesting the closest code', async () => {
    const { send, sari, agencies } = await forum()
    expect((await send(sari, '/instansi hapus DINKS')).text).toContain('Maksud Anda DINKES?')
    expect((await agencies()).every((a) => a.archived_at === null)).toBe(true)
  })

  // ── /pengingat ────────────────────────────────────────────────────────────────────────────

  it('shows the reminder offsets to anyone', async () => {
    const { send, tamu } = await forum()
    const answer = await send(tamu, '/pengingat')
    expect(answer.text).toContain('Pengingat agenda forum ini:')
    expect(answer.text).toContain('• Sehari sebelumnya (H-1) pukul 16.00 WIB')
    expect(answer.text).toContain('• 60 menit sebelum acara mulai')
  })

  it('lets the coordinator set the day-before time and the minutes before, and audits each change', async () => {
    const { chat, send, sari, workspaceId, auditActions } = await forum()
    const settings = () =>
      chat.db
        .selectFrom('workspaces')
        .select(['agenda_day_before_at', 'agenda_minutes_before'])
        .where('id', '=', workspaceId)
        .executeTakeFirstOrThrow()
    const dayBefore = await send(sari, '/pengingat agenda H-1 15.30')
    expect(dayBefore.text).toContain('Pengingat agenda diubah. Sekarang:')
    expect(dayBefore.text).toContain('pukul 15.30 WIB')
    expect(await settings()).toEqual({ agenda_day_before_at: '15:30', agenda_minutes_before: 60 })

    expect((await send(sari, '/pengingat agenda 90 menit')).text).toContain('90 menit sebelum acara mulai')
    expect((await send(sari, '/pengingat agenda 2 jam')).text).toContain('2 jam sebelum acara mulai')
    expect(await settings()).toEqual({ agenda_day_before_at: '15:30', agenda_minutes_before: 120 })

    expect((await send(sari, '/pengingat agenda H-1 jam 5 sore')).text).toContain('pukul 17.00 WIB')
    const off = await send(sari, '/pengingat agenda H-1 mati')
    expect(off.text).toContain('Sehari sebelumnya (H-1): mati')
    expect(await settings()).toEqual({ agenda_day_before_at: null, agenda_minutes_before: 120 })
    await send(sari, '/reminders agenda minutes off')
    expect(await settings()).toEqual({ agenda_day_before_at: null, agenda_minutes_before: null })
    await send(sari, '/pengingat agenda hidup')
    expect(await settings()).toEqual({ agenda_day_before_at: '16:00', agenda_minutes_before: 60 })
    expect((await auditActions()).filter((a) => a === 'workspace.settings_changed')).toHaveLength(7)
  })

  it.each([
    ['/pengingat agenda 3 menit', 'antara 5 menit dan 24 jam'],
    ['/pengingat agenda 25 jam', 'antara 5 menit dan 24 jam'],
    ['/pengingat agenda H-1 25.00', 'Jam "25.00" tidak bisa dipakai'],
    ['/pengingat agenda H-1 16.00 WITA', 'mengikuti zona forum (WIB)'],
    ['/pengingat agenda kadang-kadang', 'Bagian "kadang-kadang" tidak dimengerti'],
    ['/pengingat konten H-1 16.00', 'hanya pengingat agenda'],
  ])('refuses %s and keeps the offsets', async (command, message) => {
    const { chat, send, sari, workspaceId } = await forum()
    const answer = await send(sari, command)
    expect(answer.text).toContain(message)
    expect(answer.text).toContain('Contoh:\n/pengingat agenda H-1 16.00')
    const row = await chat.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ agenda_day_before_at: '16:00', agenda_minutes_before: 60 })
  })

  it('refuses to let anyone but the coordinator change the offsets', async () => {
    const { chat, send, rina, workspaceId } = await forum()
    expect((await send(rina, '/pengingat agenda H-1 18.00')).text).toContain('hanya untuk koordinator')
    const row = await chat.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow()
    expect(row.agenda_day_before_at).toBe('16:00')
  })
})
