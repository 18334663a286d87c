import pino from 'pino'
import { expect, it } from 'vitest'
import { Planner } from '../../src/scheduler/producers/planner.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/ingatkan', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
      members: [
        { name: 'Budi', agency: 'DINKES' },
        { name: 'Ani', agency: 'DINKES' },
      ],
    })
    return { chat, ...seeded, budi: seeded.people.Budi!, ani: seeded.people.Ani! }
  }
  const reminders = (chat: ChatHarness) =>
    chat.db.selectFrom('reminders').selectAll().orderBy('number').execute()

  it('stores a reminder for this chat and repeats its time and message', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan besok 09.00 Kirim rilis HUT kabupaten')
    expect(answer.text).toContain('Pengingat #1 tersimpan.')
    expect(answer.text).toContain('Waktu: Kamis, 8 Januari 2026, 09.00 WIB')
    expect(answer.text).toContain('Pesan: Kirim rilis HUT kabupaten')
    expect(answer.text).toContain('Dikirim ke: grup ini')
    expect(answer.text).toContain('/ingatkan batal 1')
    const [row] = await reminders(chat)
    const groupChat = await chat.db
      .selectFrom('chats')
      .select('id')
      .where('external_id', '=', group.externalId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      number: 1,
      chat_id: groupChat.id,
      status: 'menunggu',
      message: 'Kirim rilis HUT kabupaten',
    })
    expect(row!.due_at.toISOString()).toBe('2026-01-08T02:00:00.000Z')
    const number = await chat.db.selectFrom('item_numbers').selectAll().executeTakeFirstOrThrow()
    expect(number.kind).toBe('pengingat')
    const audit = await chat.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'like', 'reminder.%')
      .execute()
    expect(audit).toEqual([{ action: 'reminder.created', subject: '#1' }])
  })

  it('sends a reminder given only a date at 08.00, and says so', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan Jumat Kumpulkan laporan kegiatan')
    expect(answer.text).toContain('Waktu: Jumat, 9 Januari 2026, 08.00 WIB')
    expect(answer.text).toContain('Tanpa jam, jadi dikirim pukul 08.00.')
    expect((await reminders(chat))[0]!.due_at.toISOString()).toBe('2026-01-09T01:00:00.000Z')
  })

  it('reads a time without a date as today', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan 15.00 Rapat redaksi')
    expect(answer.text).toContain('Waktu: Rabu, 7 Januari 2026, 15.00 WIB')
    expect((await reminders(chat))[0]!.due_at.toISOString()).toBe('2026-01-07T08:00:00.000Z')
  })

  it('shows a time stated in another zone in both zones', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan besok 14.00 WITA Siaran langsung')
    expect(answer.text).toContain('Waktu: Kamis, 8 Januari 2026, 14.00 WITA (13.00 WIB)')
    expect((await reminders(chat))[0]!.due_at.toISOString()).toBe('2026-01-08T06:00:00.000Z')
  })

  it('accepts a relative time and a message on the following lines', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(
      group,
      budi,
      '/ingatkan 30 menit lagi\nCek rilis di situs\nlalu bagikan ke grup',
    )
    expect(answer.text).toContain('Waktu: Rabu, 7 Januari 2026, 10.30 WIB')
    expect((await reminders(chat))[0]!.message).toBe('Cek rilis di situs\nlalu bagikan ke grup')
  })

  it('asks to check a time before 06.00 written without pagi or malam', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan besok jam 5 Berangkat ke lokasi')
    expect(answer.text).toContain('05.00 WIB')
    expect(answer.text).toContain('sebelum 06.00')
  })

  it('refuses a time already past and saves nothing', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/ingatkan 09.00 Rapat pagi')
    expect(answer.text).toContain('sudah lewat')
    expect(answer.text).toContain('Contoh:\n/ingatkan besok 09.00')
    const today = await chat.send(group, budi, '/ingatkan hari ini Kirim laporan')
    expect(today.text).toContain('dikirim pukul 08.00')
    expect(await reminders(chat)).toEqual([])
    expect(await chat.db.selectFrom('item_numbers').selectAll().execute()).toEqual([])
  })

  it('names the part of an impossible date, and refuses a missing message', async () => {
    const { chat, group, budi } = await forum()
    const impossible = await chat.send(group, budi, '/ingatkan 31/2 09.00 Rapat')
    expect(impossible.text).toContain('Tanggal 31/2 tidak ada di kalender.')
    const noMessage = await chat.send(group, budi, '/ingatkan besok 09.00')
    expect(noMessage.text).toContain('Pesan pengingatnya belum ditulis')
    const wrongDay = await chat.send(group, budi, '/ingatkan Senin, 13 Januari 2026 09.00 Rapat')
    expect(wrongDay.text).toContain('jatuh pada hari Selasa')
    const noTime = await chat.send(group, budi, '/ingatkan Rapat redaksi')
    expect(noTime.text).toContain('Rapat tidak bisa dibaca sebagai tanggal')
    expect(await reminders(chat)).toEqual([])
  })

  it('refuses a span of days rather than reminding on its first day only', async () => {
    const { chat, group, budi } = await forum()
    for (const text of [
      '/ingatkan 9-10 Januari 2026 Kirim laporan',
      '/ingatkan Jumat-Sabtu 09.00 Kirim laporan',
    ]) {
      const answer = await chat.send(group, budi, text)
      expect(answer.text).toContain('Pengingat dikirim sekali')
    }
    expect(await reminders(chat)).toEqual([])
  })

  it('refuses a guest with no agency, and lets a coordinator without one', async () => {
    const { chat, group, coordinator } = await forum()
    const tamu = chat.person('Tamu', { in: [group] })
    const refused = await chat.send(group, tamu, '/ingatkan besok 09.00 Halo')
    expect(refused.text).toContain('belum tergabung di instansi')
    expect(await reminders(chat)).toEqual([])
    const allowed = await chat.send(group, coordinator, '/ingatkan besok 09.00 Rapat koordinasi')
    expect(allowed.text).toContain('Pengingat #1 tersimpan.')
  })

  it('lists the waiting reminders of this chat only, soonest first, bounded', async () => {
    const { chat, group, budi, coordinator } = await forum()
    await chat.send(group, budi, '/ingatkan Jumat 10.00 Kedua')
    await chat.send(group, budi, '/ingatkan besok 10.00 Pertama')
    const privately = chat.privateChat(coordinator)
    await chat.send(privately, coordinator, '/ingatkan besok 11.00 Pribadi')
    const listing = await chat.send(group, budi, '/ingatkan')
    expect(listing.text).toContain('Pengingat menunggu di chat ini (2):')
    expect(listing.text.indexOf('Pertama')).toBeLessThan(listing.text.indexOf('Kedua'))
    expect(listing.text).toContain('#2 Kamis, 8 Januari 2026 pukul 10.00 WIB — Pertama')
    expect(listing.text).not.toContain('Pribadi')

    for (let i = 0; i < 16; i += 1)
      await chat.send(group, budi, `/ingatkan 12/2 ${String(8 + (i % 10)).padStart(2, '0')}.00 Tugas ${i}`)
    const long = await chat.send(group, budi, '/ingatkan')
    expect(long.text).toContain('Pengingat menunggu di chat ini (18):')
    expect(long.text).toContain('… dan 3 lainnya.')
    expect(long.text.match(/^• /gm)).toHaveLength(15)
  })

  it('says so when nothing is waiting', async () => {
    const { chat, group } = await forum()
    const tamu = chat.person('Tamu', { in: [group] })
    const answer = await chat.send(group, tamu, '/ingatkan')
    expect(answer.text).toContain('Belum ada pengingat yang menunggu di chat ini.')
  })

  it('cancels a reminder for its creator and withdraws its scheduled delivery', async () => {
    const { chat, group, budi } = await forum()
    await chat.send(group, budi, '/ingatkan besok 09.00 Kirim rilis')
    const [row] = await reminders(chat)
    await chat.db
      .insertInto('outbox')
      .values({
        idempotency_key: 'pengingat#1:2026-01-08T02:00',
        kind: 'reminder',
        chat_id: row!.chat_id,
        workspace_id: row!.workspace_id,
        subject_number: 1,
        payload: JSON.stringify({}),
        due_at: row!.due_at,
        expires_at: row!.due_at,
      })
      .execute()
    const answer = await chat.send(group, budi, '/ingatkan batal #1')
    expect(answer.text).toContain(
      'Pengingat #1 (Kamis, 8 Januari 2026 pukul 09.00 WIB) dibatalkan: Kirim rilis',
    )
    expect((await reminders(chat))[0]!.status).toBe('batal')
    // The dispatcher pokes the scheduler's planner after a command that changed data.
    await new Planner({ db: chat.db, clock: chat.clock, logger: pino({ level: 'silent' }) }).tick()
    const outbox = await chat.db
      .selectFrom('outbox')
      .select('status')
      .where('idempotency_key', '=', 'pengingat#1:2026-01-08T02:00')
      .executeTakeFirstOrThrow()
    expect(outbox.status).toBe('withdrawn')
    const again = await chat.send(group, budi, '/ingatkan batal 1')
    expect(again.text).toContain('sudah dibatalkan')
    expect(await chat.send(group, budi, '/ingatkan').then((a) => a.text)).toContain('Belum ada pengingat')
  })

  it('lets the creator, anyone of the same agency or the coordinator cancel, and no one else', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, people, coordinator } = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'DISHUB', name: 'Dinas Perhubungan' },
      ],
      members: [
        { name: 'Budi', agency: 'DINKES' },
        { name: 'Admin Dinkes', agency: 'DINKES', role: 'admin' },
        { name: 'Ani', agency: 'DINKES' },
        { name: 'Dedi', agency: 'DISHUB', role: 'admin' },
      ],
    })
    const budi = people.Budi!
    await chat.send(group, budi, '/ingatkan besok 09.00 Kirim rilis')
    await chat.send(group, budi, '/ingatkan besok 10.00 Rapat redaksi')
    await chat.send(group, coordinator, '/ingatkan besok 11.00 Rapat koordinasi')

    const otherAgency = await chat.send(group, people.Dedi!, '/ingatkan batal 1')
    expect(otherAgency.text).toContain(
      'hanya bisa dibatalkan oleh pembuatnya, rekan seinstansinya, atau koordinator',
    )
    const byAdmin = await chat.send(group, people['Admin Dinkes']!, '/ingatkan batal 1')
    expect(byAdmin.text).toContain('dibatalkan: Kirim rilis')
    const byColleague = await chat.send(group, people.Ani!, '/ingatkan batal 2')
    expect(byColleague.text).toContain('dibatalkan: Rapat redaksi')
    const coordinatorsOwn = await chat.send(group, budi, '/ingatkan batal 3')
    expect(coordinatorsOwn.text).toContain('rekan seinstansinya, atau koordinator')
    expect((await reminders(chat)).map((r) => r.status)).toEqual(['batal', 'batal', 'menunggu'])

    await chat.send(group, budi, '/ingatkan besok 12.00 Kirim foto')
    const byCoordinator = await chat.send(group, coordinator, '/ingatkan batal 4')
    expect(byCoordinator.text).toContain('dibatalkan: Kirim foto')
  })

  it('answers which kind a number is when it is not a reminder', async () => {
    const { chat, group, budi, workspaceId } = await forum()
    await chat.db
      .insertInto('item_numbers')
      .values({ workspace_id: workspaceId, number: 7, kind: 'agenda' })
      .execute()
    const other = await chat.send(group, budi, '/ingatkan batal 7')
    expect(other.text).toContain('#7 adalah agenda')
    const missing = await chat.send(group, budi, '/ingatkan batal 99')
    expect(missing.text).toContain('Tidak ada item #99')
    const bad = await chat.send(group, budi, '/ingatkan batal besok')
    expect(bad.text).toContain('Nomor item harus angka')
  })

  it('speaks English in an English forum', async () => {
    const { chat, group, budi, coordinator } = await forum()
    await chat.send(group, coordinator, '/bahasa en')
    const answer = await chat.send(group, budi, '/remind tomorrow 09.00 Send the press release')
    expect(answer.text).toContain('Reminder #1 saved.')
    expect(answer.text).toContain('When: Thursday, 8 January 2026, 09:00 WIB')
  })
})
