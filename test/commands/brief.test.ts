import { expect, it } from 'vitest'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Monday 12 January 2026, 07.30 WIB.
const NOW = '2026-01-12T07:30:00+07:00'

describeWithDatabase('/brief', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'BPS', name: 'Badan Pusat Statistik' },
      ],
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    return { chat, ...seeded, budi: seeded.people.Budi! }
  }
  const groupRow = (chat: ChatHarness, externalId: string) =>
    chat.db
      .selectFrom('chats')
      .select(['brief_at', 'brief_days', 'brief_enabled'])
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow()

  it('shows today’s brief now, with the group’s schedule under it', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi',
      startsAt: '2026-01-12T02:00:00Z',
      location: 'Aula',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Poster kesehatan',
      plannedAt: '2026-01-13T02:00:00Z',
    })
    const answer = await chat.send(group, budi, '/brief')
    expect(answer.text).toContain('Brief Senin, 12 Januari 2026')
    expect(answer.text).toContain('• #1 · 09.00 WIB · Rapat koordinasi @ Aula · DINKES')
    // Guests read along in groups: drafts under review show there only as a count (SPEC §1).
    expect(answer.text).toContain('1 draf menunggu tinjauan — lihat /konten di chat pribadi dengan Sinergi.')
    expect(answer.text).not.toContain('Poster kesehatan')
    expect(answer.text).toContain('Belum mengisi agenda pekan ini (1)\nBPS')
    expect(answer.text).toContain('Jadwal brief pagi grup ini: 07.00 WIB, Senin–Jumat.')

    const privately = await chat.send(chat.privateChat(budi), budi, '/brief')
    expect(privately.text).toContain('Draf menunggu tinjauan (1)')
    expect(privately.text).toContain('Poster kesehatan')
  })

  it('keeps drafts waiting for review out of a guest’s brief', async () => {
    const { chat, group, workspaceId } = await forum()
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Poster kesehatan',
      plannedAt: '2026-01-12T05:00:00Z',
    })
    const tamu = chat.person('Tamu', { in: [group] })
    const answer = await chat.send(group, tamu, '/brief')
    expect(answer.text).not.toContain('Poster kesehatan')
    expect(answer.text).toContain('1 draf menunggu tinjauan — lihat /konten di chat pribadi')
  })

  it('refuses words that are not a subcommand', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/brief besok')
    expect(answer.text).toContain('/brief besok tidak dikenal')
    expect(answer.text).toContain('Contoh:\n/brief')
  })

  it('lets the coordinator set the time and confirms the schedule in words', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/brief jam 06.30')
    expect(answer.text).toBe('Brief pagi grup ini: 06.30 WIB, Senin–Jumat.')
    expect(await groupRow(chat, group.externalId)).toEqual({
      brief_at: '06:30',
      brief_days: [1, 2, 3, 4, 5],
      brief_enabled: true,
    })
    const audit = await chat.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'chat.brief_schedule_changed')
      .execute()
    expect(audit).toHaveLength(1)
    expect((await chat.send(group, coordinator, '/brief jam 7 pagi')).text).toContain('07.00 WIB')
  })

  it('reads days as ranges, lists and every day', async () => {
    const { chat, group, coordinator } = await forum()
    expect((await chat.send(group, coordinator, '/brief hari setiap hari')).text).toBe(
      'Brief pagi grup ini: 07.00 WIB, setiap hari.',
    )
    expect((await groupRow(chat, group.externalId)).brief_days).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect((await chat.send(group, coordinator, '/brief hari senin,rabu,jumat')).text).toBe(
      'Brief pagi grup ini: 07.00 WIB, Senin, Rabu dan Jumat.',
    )
    expect((await groupRow(chat, group.externalId)).brief_days).toEqual([1, 3, 5])
    expect((await chat.send(group, coordinator, "/brief hari Senin s.d. Jum'at")).text).toContain(
      'Senin–Jumat',
    )
    expect((await chat.send(group, coordinator, '/brief hari sabtu, minggu')).text).toContain(
      'Sabtu dan Minggu',
    )
    expect((await groupRow(chat, group.externalId)).brief_days).toEqual([6, 7])
  })

  it('turns the brief off and on, keeping its schedule', async () => {
    const { chat, group, coordinator, budi } = await forum()
    await chat.send(group, coordinator, '/brief jam 08.00')
    const off = await chat.send(group, coordinator, '/brief mati')
    expect(off.text).toContain('Brief pagi grup ini: mati (jadwal tersimpan 08.00 WIB, Senin–Jumat)')
    expect((await groupRow(chat, group.externalId)).brief_enabled).toBe(false)
    expect((await chat.send(group, budi, '/brief')).text).toContain('Brief pagi grup ini sedang mati')
    const on = await chat.send(group, coordinator, '/brief hidup')
    expect(on.text).toBe('Brief pagi grup ini: 08.00 WIB, Senin–Jumat.')
    expect(await groupRow(chat, group.externalId)).toEqual({
      brief_at: '08:00',
      brief_days: [1, 2, 3, 4, 5],
      brief_enabled: true,
    })
  })

  it('refuses schedule changes from anyone but the coordinator, and outside a group', async () => {
    const { chat, group, budi, coordinator } = await forum()
    const refused = await chat.send(group, budi, '/brief jam 05.00')
    expect(refused.text).toContain('hanya untuk koordinator')
    const privately = await chat.send(chat.privateChat(coordinator), coordinator, '/brief mati')
    expect(privately.text).toContain('hanya bisa dipakai di grup')
    expect(await groupRow(chat, group.externalId)).toEqual({
      brief_at: '07:00',
      brief_days: [1, 2, 3, 4, 5],
      brief_enabled: true,
    })
  })

  it('refuses a bad time, a time in another zone and an unknown day, changing nothing', async () => {
    const { chat, group, coordinator } = await forum()
    const badTime = await chat.send(group, coordinator, '/brief jam 25.00')
    expect(badTime.text).toContain('Jam 25.00 tidak bisa dipakai')
    expect(badTime.text).toContain('Contoh:\n/brief jam 07.00')
    const range = await chat.send(group, coordinator, '/brief jam 07.00-08.00')
    expect(range.text).toContain('tidak bisa dipakai')
    const otherZone = await chat.send(group, coordinator, '/brief jam 07.00 WITA')
    expect(otherZone.text).toContain('Tulis jamnya dalam WIB')
    const badDay = await chat.send(group, coordinator, '/brief hari senen-jumat')
    expect(badDay.text).toContain('senen bukan nama hari')
    const noDays = await chat.send(group, coordinator, '/brief hari')
    expect(noDays.text).toContain('Tulis harinya')
    expect(await groupRow(chat, group.externalId)).toEqual({
      brief_at: '07:00',
      brief_days: [1, 2, 3, 4, 5],
      brief_enabled: true,
    })
    expect(
      await chat.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'chat.brief_schedule_changed')
        .execute(),
    ).toEqual([])
  })

  /** Saturday 17 and Sunday 18 January 2026 have their own events; the coming week starts Monday 19. */
  async function seedWeekend(chat: ChatHarness, workspaceId: number) {
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Senam pagi',
      startsAt: '2026-01-17T00:00:00Z',
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Hari bebas kendaraan',
      startsAt: '2026-01-18T00:00:00Z',
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat Senin',
      startsAt: '2026-01-19T02:00:00Z',
      location: 'Aula',
    })
    await insertAgenda(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat yang batal',
      startsAt: '2026-01-20T02:00:00Z',
      status: 'batal',
    })
    await insertDraft(chat.db, workspaceId, {
      agency: 'DINKES',
      title: 'Poster kesehatan',
      plannedAt: '2026-01-21T03:00:00Z',
      status: 'disetujui',
    })
  }

  for (const [day, now, today, todays, other] of [
    ['Saturday', '2026-01-17T07:30:00+07:00', 'Sabtu, 17 Januari 2026', 'Senam pagi', 'Hari bebas kendaraan'],
    ['Sunday', '2026-01-18T07:30:00+07:00', 'Minggu, 18 Januari 2026', 'Hari bebas kendaraan', 'Senam pagi'],
  ] as const) {
    it(`on ${day} shows today’s items and the coming week by day, and who has no agenda for it`, async () => {
      const { chat, group, budi, workspaceId } = await forum()
      await seedWeekend(chat, workspaceId)
      chat.clock.set(now)
      const answer = await chat.send(group, budi, '/brief')
      expect(answer.text).toContain(`Brief ${today}`)
      expect(answer.text).toMatch(
        new RegExp(`Agenda hari ini \\(1\\)\\n• #\\d+ · 07\\.00 WIB · ${todays} · DINKES`),
      )
      expect(answer.text).not.toContain(other)
      expect(answer.text).toMatch(
        /\n\nPekan depan, 19–25 Januari 2026 \(2\)\nSenin, 19 Januari 2026\n• #3 · 09\.00 WIB · Rapat Senin @ Aula · DINKES\nRabu, 21 Januari 2026\n• #5 · 10\.00 WIB · Konten: Poster kesehatan · DINKES · .*disetujui\n/,
      )
      expect(answer.text).not.toContain('Rapat yang batal')
      expect(answer.text).toContain('Belum mengisi agenda pekan depan (1)\nBPS')
    })
  }

  it('adds no coming week on a weekday, and asks for next week’s agenda from Friday on', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await seedWeekend(chat, workspaceId)
    chat.clock.set('2026-01-15T07:30:00+07:00')
    const thursday = await chat.send(group, budi, '/brief')
    expect(thursday.text).toContain('Brief Kamis, 15 Januari 2026')
    expect(thursday.text).not.toContain('Pekan depan')
    expect(thursday.text).toContain('Belum mengisi agenda pekan ini (1)\nBPS')
    chat.clock.set('2026-01-16T07:30:00+07:00')
    const friday = await chat.send(group, budi, '/brief')
    expect(friday.text).not.toContain('Pekan depan')
    expect(friday.text).not.toContain('Rapat Senin')
    expect(friday.text).toContain('Belum mengisi agenda pekan depan (1)\nBPS')
  })

  it('speaks English in an English forum', async () => {
    const { chat, group, coordinator } = await forum()
    await chat.send(group, coordinator, '/bahasa en')
    expect((await chat.send(group, coordinator, '/brief days monday-friday')).text).toBe(
      'This group’s morning brief: 07:00 WIB, Monday–Friday.',
    )
    expect((await chat.send(group, coordinator, '/brief time 06:45')).text).toContain('06:45 WIB')
    expect((await chat.send(group, coordinator, '/brief off')).text).toContain('off')
  })
})
