import pino from 'pino'
import { expect, it } from 'vitest'
import { OutboxWorker } from '../../src/scheduler/outbox/worker.js'
import { Planner } from '../../src/scheduler/producers/planner.js'
import type { Inline, Mention } from '../../src/text/rich-text.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'
import { FakeDelivery, outboxRows, platformDown, scheduledRun } from './support.js'

const ZONE = 'Asia/Jakarta'

/** The people a delivered message mentions (so the platform notifies them), by name. */
function mentioned(text: readonly { kind: string; children?: Inline[] }[]): string[] {
  const inlines = text.flatMap((block) => block.children ?? [])
  return inlines
    .filter((node): node is Mention => typeof node !== 'string' && node.kind === 'mention')
    .map((m) => m.name)
}

// Wednesday 7 January 2026, 10.00 WIB; briefs off so that only amplification messages show.
describeWithDatabase('amplification reminders and recap', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-01-07 10:00', ZONE).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
        { code: 'DISKOMINFO', name: 'Diskominfo' },
      ],
      members: [
        { name: 'Dewi Admin', agency: 'DINKES', role: 'admin' },
        { name: 'Budi Anggota', agency: 'DINKES' },
        { name: 'Rina Polres', agency: 'POLRES' },
      ],
    })
    await chat.send(seeded.group, seeded.coordinator, '/brief mati')
    // Andi was only named by the coordinator (never wrote to the bot): he is never mentioned.
    const andi = await chat.db
      .insertInto('people')
      .values({ display_name: 'Andi Kominfo' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await chat.db
      .insertInto('identities')
      .values({
        person_id: andi.id,
        platform: 'console',
        external_id: 'orang-andi',
        display_name: 'Andi Kominfo',
      })
      .execute()
    await chat.db
      .insertInto('memberships')
      .values({
        workspace_id: seeded.workspaceId,
        person_id: andi.id,
        role: 'admin',
        agency_id: seeded.agencies.DISKOMINFO!,
      })
      .execute()
    const delivery = new FakeDelivery(chat.clock)
    const run = scheduledRun(chat.db, chat.clock, delivery, { zone: ZONE })
    const sent = () => delivery.delivered.filter((d) => d.chatExternalId === seeded.group.externalId)
    return {
      chat,
      run,
      sent,
      delivery,
      ...seeded,
      rina: seeded.people['Rina Polres']!,
      budi: seeded.people['Budi Anggota']!,
    }
  }

  it('reminds half-way and an hour before, mentioning admins (or members) who wrote, once per request', async () => {
    const { chat, run, sent, group, coordinator, rina } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara')
    await run.at('2026-01-07 15:29')
    expect(sent()).toEqual([])
    await run.at('2026-01-07 15:30')
    expect(sent()).toHaveLength(1)
    const midpoint = sent()[0]!
    expect(midpoint.text).toContain('Sebar #1: Hari Bela Negara — waktu tinggal separuh, batas 21.00 WIB')
    expect(midpoint.text).toContain('Belum lapor (3): DINKES, DISKOMINFO, POLRES')
    // DINKES has an admin: the admin, not the member; POLRES has none: its member; Andi never wrote.
    expect(mentioned(midpoint.message.text)).toEqual(['Dewi Admin', 'Rina Polres'])

    await chat.send(group, rina, '/lapor 1 instagram.com/p/polres1')
    await run.at('2026-01-07 19:59')
    expect(sent()).toHaveLength(1)
    await run.at('2026-01-07 20:00')
    const lastHour = sent()[1]!
    expect(lastHour.text).toContain('batas 1 jam lagi (21.00 WIB)')
    expect(lastHour.text).toContain('Belum lapor (2): DINKES, DISKOMINFO')
    expect(mentioned(lastHour.message.text)).toEqual([])
    expect(lastHour.text).not.toContain('Mohon segera lapor')
  })

  it('sends the recap at the deadline: reported x/y, links per platform, late ones, belum lapor', async () => {
    const { chat, run, sent, group, coordinator, rina, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara sampai 12.00')
    await chat.send(group, rina, '/lapor 1 instagram.com/p/polres1 fb.watch/polres')
    await run.at('2026-01-07 11:30')
    chat.clock.set(instantOf('2026-01-07 11:45', ZONE))
    await run.at('2026-01-07 12:00')
    const recap = sent().at(-1)!
    expect(recap.text).toContain('Rekap sebar #1: Hari Bela Negara')
    expect(recap.text).toContain('Sudah lapor: 1/3 instansi')
    expect(recap.text).toContain('Tautan: 2 (Instagram 1, Facebook 1)')
    expect(recap.text).toContain('Belum lapor (2): DINKES, DISKOMINFO')
    chat.clock.set(instantOf('2026-01-07 12:30', ZONE))
    await chat.send(group, budi, '/lapor 1 instagram.com/p/dinkes1')
    expect((await chat.send(group, coordinator, '/sebar 1')).text).toContain('DINKES (terlambat)')
    const keys = (await outboxRows(chat.db)).map((row) => row.idempotency_key)
    expect(keys).toContain(`w1:sebar#1:recap:${instantOf('2026-01-07 12:00', ZONE).toISOString()}:c1`)
  })

  it('names in a recap sent late the agencies whose every link came after the deadline', async () => {
    const { chat, run, sent, group, coordinator, rina, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/HBN Hari Bela Negara sampai 12.00')
    await run.at('2026-01-07 11:00')
    chat.clock.set(instantOf('2026-01-07 11:45', ZONE))
    await chat.send(group, rina, '/lapor 1 instagram.com/p/polres1')
    // The scheduler is down at the deadline; meanwhile POLRES adds a link and DINKES reports, both late.
    chat.clock.set(instantOf('2026-01-07 12:10', ZONE))
    await chat.send(group, rina, '/lapor 1 fb.watch/polres2')
    await chat.send(group, budi, '/lapor 1 instagram.com/p/dinkes1')
    await run.at('2026-01-07 12:20')
    const recap = sent().at(-1)!
    expect(recap.text).toContain('Rekap sebar #1: Hari Bela Negara')
    expect(recap.text).toContain('Sudah lapor: 2/3 instansi')
    expect(recap.text).toContain('Terlambat (1): DINKES')
    expect((await chat.send(group, coordinator, '/sebar 1')).text).toMatch(/POLRES \(2\): /)
  })

  it('withdraws what is pending when the request is closed, and skips a reminder when everyone reported', async () => {
    const { chat, run, sent, group, coordinator, rina, budi } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu')
    await chat.send(group, coordinator, '/sebar instagram.com/p/B Dua untuk DINKES POLRES')
    await run.at('2026-01-07 10:01')
    await chat.send(group, coordinator, '/sebar 1 tutup')
    await chat.send(group, rina, '/lapor 2 instagram.com/p/r')
    await chat.send(group, budi, '/lapor 2 instagram.com/p/b')
    await run.at('2026-01-07 15:30')
    await run.at('2026-01-07 20:00')
    expect(sent()).toEqual([])
    await run.at('2026-01-07 21:00')
    expect(sent().map((d) => d.text)).toEqual([expect.stringContaining('Semua instansi sudah lapor')])
    const statuses = (await outboxRows(chat.db)).map((row) => `${row.kind}:${row.status}`)
    expect(statuses).toContain('amplify_midpoint:withdrawn')
    expect(statuses).toContain('amplify_midpoint:skipped')
  })

  it('keeps the mentions of a reminder whose send failed for its retry', async () => {
    const { chat, run, sent, group, coordinator, delivery } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu')
    delivery.failNext(platformDown())
    await run.at('2026-01-07 15:30')
    expect(sent()).toEqual([])
    await run.at('2026-01-07 16:30')
    expect(sent()).toHaveLength(1)
    expect(mentioned(sent()[0]!.message.text)).toEqual(['Dewi Admin', 'Rina Polres'])
  })

  it('mentions in the next reminder the people of a reminder that was never sent', async () => {
    const { chat, run, sent, group, coordinator, delivery } = await forum()
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu')
    delivery.failAlways = platformDown()
    for (const at of ['15:30', '16:30', '17:30', '18:30', '19:30']) await run.at(`2026-01-07 ${at}`)
    delivery.failAlways = undefined
    await run.at('2026-01-07 20:00')
    const statuses = (await outboxRows(chat.db)).map((row) => `${row.kind}:${row.status}`)
    expect(statuses).not.toContain('amplify_midpoint:sent')
    const lastHour = sent().find((d) => d.text.includes('batas 1 jam lagi'))!
    expect(mentioned(lastHour.message.text)).toEqual(['Dewi Admin', 'Rina Polres'])
  })

  it('mentions a person once per request, though they can be mentioned in a Telegram group and a WhatsApp one', async () => {
    const { chat, group, coordinator, workspaceId } = await forum()
    const dewi = await chat.db
      .selectFrom('people')
      .select('id')
      .where('display_name', '=', 'Dewi Admin')
      .executeTakeFirstOrThrow()
    await chat.db
      .insertInto('identities')
      .values({
        person_id: dewi.id,
        platform: 'telegram',
        external_id: '7001',
        display_name: 'Dewi Admin',
        wrote_at: new Date(),
      })
      .execute()
    await chat.db
      .insertInto('chats')
      .values({ platform: 'telegram', external_id: '-100700', kind: 'group', workspace_id: workspaceId })
      .execute()
    const consoleDelivery = new FakeDelivery(chat.clock)
    const telegramDelivery = new FakeDelivery(chat.clock, 'telegram')
    const planner = new Planner({ db: chat.db, clock: chat.clock, logger: pino({ level: 'silent' }) })
    const worker = new OutboxWorker({
      db: chat.db,
      clock: chat.clock,
      deliveries: new Map([
        ['console', consoleDelivery],
        ['telegram', telegramDelivery],
      ]),
      logger: pino({ level: 'silent' }),
      options: { random: () => 0.5 },
    })
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu untuk DINKES')
    chat.clock.set(instantOf('2026-01-07 15:30', ZONE))
    await planner.tick()
    await worker.drain()
    const sent = [...consoleDelivery.delivered, ...telegramDelivery.delivered]
    expect(sent).toHaveLength(2)
    expect(sent.flatMap((d) => mentioned(d.message.text))).toEqual(['Dewi Admin'])
  })

  it('mentions at most 25 people in one reminder, and the others in the next one', async () => {
    const { chat, run, sent, group, coordinator, workspaceId, agencies } = await forum()
    for (let n = 1; n <= 30; n += 1) {
      const person = await chat.db
        .insertInto('people')
        .values({ display_name: `Anggota ${String(n).padStart(2, '0')}` })
        .returning('id')
        .executeTakeFirstOrThrow()
      await chat.db
        .insertInto('identities')
        .values({
          person_id: person.id,
          platform: 'console',
          external_id: `anggota-${n}`,
          display_name: `Anggota ${String(n).padStart(2, '0')}`,
          wrote_at: new Date(),
        })
        .execute()
      await chat.db
        .insertInto('memberships')
        .values({
          workspace_id: workspaceId,
          person_id: person.id,
          role: 'anggota',
          agency_id: agencies.POLRES!,
        })
        .execute()
    }
    await chat.send(group, coordinator, '/sebar instagram.com/p/A Satu untuk POLRES')
    await run.at('2026-01-07 15:30')
    await run.at('2026-01-07 20:00')
    const [midpoint, lastHour] = sent()
    expect(mentioned(midpoint!.message.text)).toHaveLength(25)
    const later = mentioned(lastHour!.message.text)
    expect(later).toHaveLength(6)
    expect(later.filter((name) => mentioned(midpoint!.message.text).includes(name))).toEqual([])
  })
})
