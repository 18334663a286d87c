import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readIcs } from '../support/ics-reader.js'
import { seedForum } from '../support/seed.js'
import { FixedClock, harnessWithLinks, NOW, seededForum, webApp } from './fixture.js'

// node-ical is the independent parser of the feed; without it the feed is still checked by readIcs.
type NodeIcal = typeof import('node-ical')
const nodeIcal: NodeIcal | undefined = await import('node-ical')
  .then((module) => ((module as { default?: NodeIcal }).default ?? module) as NodeIcal)
  .catch(() => undefined)
if (!nodeIcal) console.warn("node-ical is not installed: the feed is checked with the tests' own reader only")

const FEED_URL = /https:\/\/sinergi\.example\.go\.id(\/ical\/[A-Za-z0-9_-]{43}\.ics)/

describeWithDatabase('live iCal feeds', (get) => {
  async function setup() {
    const chat = harnessWithLinks(get())
    const forum = await seededForum(chat)
    const tamu = chat.person('Tamu', { in: [forum.group] })
    const app = webApp(get(), new FixedClock(NOW))
    const feedPath = async (command: string, as = tamu) => {
      const answer = await chat.send(forum.group, as, command)
      return { answer, path: FEED_URL.exec(answer.text)?.[1] }
    }
    return { ...forum, chat, tamu, app, feedPath }
  }

  it('gives the file and a secret subscription address that serves the live calendar', async () => {
    const { app, feedPath, workspaceId, numbers: n } = await setup()
    const { answer, path } = await feedPath('/kalender ics')
    expect(answer.messages[0]!.files![0]!.fileName).toBe('bakohumas-kabupaten-wonosobo.ics')
    expect(answer.text).toContain('Langganan otomatis')
    expect(answer.text).toContain('Koordinator dapat menggantinya dengan /kalender ics baru')
    expect(path).toBeDefined()
    const response = await app.request(path!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('private')
    const raw = await response.text()

    const { calendar, events, physicalLines } = readIcs(raw)
    expect(physicalLines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(calendar.VERSION).toBe('2.0')
    expect(calendar['X-WR-CALNAME']).toBe('Agenda Bakohumas Kabupaten Wonosobo')
    expect(calendar['X-WR-TIMEZONE']).toBe('Asia/Jakarta')
    // Commemoration days ride along in the forum's feed; /hari's tests check them.
    const items = events.filter((event) => !event.UID!.value.startsWith('hari-'))
    const byUid = Object.fromEntries(items.map((event) => [event.UID!.value, event]))
    const uid = (kind: string, number: number) => `${kind}-${workspaceId}-${number}@sinergi`
    expect(Object.keys(byUid).sort()).toEqual(
      [
        uid('agenda', n.rapat),
        uid('agenda', n.operasi),
        uid('agenda', n.apel),
        uid('agenda', n.depan),
        uid('agenda', n.skrip),
        uid('agenda', n.februari),
        uid('konten', n.infografis),
        uid('konten', n.rilis),
      ].sort(),
    )
    const rapat = byUid[uid('agenda', n.rapat)]!
    expect(rapat.SUMMARY!.value).toBe('Rapat koordinasi imunisasi')
    expect(rapat.DTSTART!.value).toBe('20260105T020000Z')
    expect(rapat.DTEND!.value).toBe('20260105T040000Z')
    expect(rapat.LOCATION!.value).toBe('Aula Dinkes')
    expect(rapat.STATUS!.value).toBe('CONFIRMED')
    expect(rapat.DESCRIPTION!.value).toContain('Instansi: DINKES — Dinas Kesehatan')
    const operasi = byUid[uid('agenda', n.operasi)]!
    expect(operasi.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20260108' })
    expect(operasi.DTEND).toEqual({ params: { VALUE: 'DATE' }, value: '20260110' })
    const apel = byUid[uid('agenda', n.apel)]!
    expect(apel.STATUS!.value).toBe('CANCELLED')
    expect(apel.DESCRIPTION!.value).toContain('Dibatalkan: Hujan deras')
    expect(byUid[uid('agenda', n.skrip)]!.SUMMARY!.value).toBe('<script>alert("x")</script> & "kutip"')
    expect(byUid[uid('konten', n.infografis)]!.SUMMARY!.value).toBe('Konten: Infografis imunisasi')
    expect(raw).not.toContain('Draf video patroli')
    expect(raw).not.toContain('Draf ditolak')
  })

  it.skipIf(!nodeIcal)(
    'is read back by node-ical with the same instants, zone, days and cancellation',
    async () => {
      const { app, feedPath, workspaceId, numbers: n } = await setup()
      const { path } = await feedPath('/kalender ics')
      const parsed = nodeIcal!.sync.parseICS(await (await app.request(path!)).text())
      const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as import('node-ical').VEvent[]
      const byUid = new Map(events.map((event) => [event.uid, event]))
      const rapat = byUid.get(`agenda-${workspaceId}-${n.rapat}@sinergi`)!
      expect(rapat.summary).toBe('Rapat koordinasi imunisasi')
      expect(rapat.start.toISOString()).toBe('2026-01-05T02:00:00.000Z')
      expect(rapat.end!.toISOString()).toBe('2026-01-05T04:00:00.000Z')
      expect(rapat.start.tz).toBe('Etc/UTC')
      expect(rapat.location).toBe('Aula Dinkes')
      expect(rapat.status).toBe('CONFIRMED')
      const operasi = byUid.get(`agenda-${workspaceId}-${n.operasi}@sinergi`)!
      expect(operasi.datetype).toBe('date')
      expect([operasi.start.getFullYear(), operasi.start.getMonth() + 1, operasi.start.getDate()]).toEqual([
        2026, 1, 8,
      ])
      expect([operasi.end!.getFullYear(), operasi.end!.getMonth() + 1, operasi.end!.getDate()]).toEqual([
        2026, 1, 10,
      ])
      expect(byUid.get(`agenda-${workspaceId}-${n.apel}@sinergi`)!.status).toBe('CANCELLED')
      const rilis = byUid.get(`konten-${workspaceId}-${n.rilis}@sinergi`)!
      expect(rilis.start.toISOString()).toBe('2026-01-06T01:00:00.000Z')
      expect(String(rilis.description)).toContain('Status: terbit')
      expect((parsed.vcalendar as unknown as Record<string, string>)['WR-TIMEZONE']).toBe('Asia/Jakarta')
    },
  )

  it('writes an item with daily times as one event repeated each day, with the first day’s hours', async () => {
    const { chat, group, people, app, feedPath } = await setup()
    await chat.send(
      group,
      people.Budi!,
      '/agenda tambah Jumat-Sabtu, 9-10 Januari 2026 08.00-16.00 Bimtek @ Aula',
    )
    const { path } = await feedPath('/kalender ics')
    const raw = await (await app.request(path!)).text()
    const bimtek = readIcs(raw).events.find((event) => event.SUMMARY?.value === 'Bimtek')!
    expect(bimtek.DTSTART!.value).toBe('20260109T010000Z')
    expect(bimtek.DTEND!.value).toBe('20260109T090000Z')
    expect(bimtek.RRULE!.value).toBe('FREQ=DAILY;COUNT=2')
    if (!nodeIcal) return
    const parsed = Object.values(nodeIcal.sync.parseICS(raw)).find(
      (component) => component?.type === 'VEVENT' && component.summary === 'Bimtek',
    ) as import('node-ical').VEvent
    const days = parsed.rrule!.between(new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'))
    expect(days.map((day) => day.toISOString())).toEqual([
      '2026-01-09T01:00:00.000Z',
      '2026-01-10T01:00:00.000Z',
    ])
  })

  it('gives the same address every time, stored only as a hash, with UIDs that stay the same', async () => {
    const { app, chat, feedPath } = await setup()
    const first = await feedPath('/kalender ics')
    const second = await feedPath('/kalender ics')
    expect(second.path).toBe(first.path)
    const token = first.path!.slice('/ical/'.length, -'.ics'.length)
    const rows = await chat.db.selectFrom('calendar_feeds').selectAll().execute()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(token)
    const uids = async () =>
      readIcs(await (await app.request(first.path!)).text()).events.map((e) => e.UID!.value)
    expect(await uids()).toEqual(await uids())
  })

  it("gives one agency's own feed with only its items", async () => {
    const { app, feedPath, workspaceId, numbers: n } = await setup()
    const whole = await feedPath('/kalender ics')
    const { answer, path } = await feedPath('/kalender ics polres')
    expect(answer.messages[0]!.files![0]!.fileName).toBe('bakohumas-kabupaten-wonosobo-polres.ics')
    expect(answer.text).toContain(
      'File kalender Bakohumas Kabupaten Wonosobo — POLRES: 3 agenda dan 0 konten',
    )
    expect(path).not.toBe(whole.path)
    const { calendar, events } = readIcs(await (await app.request(path!)).text())
    expect(calendar['X-WR-CALNAME']).toBe('Agenda Bakohumas Kabupaten Wonosobo — POLRES')
    expect(events.map((e) => e.UID!.value).sort()).toEqual(
      [n.operasi, n.apel, n.februari].map((number) => `agenda-${workspaceId}-${number}@sinergi`).sort(),
    )
    const unknown = await feedPath('/kalender ics DINKESS')
    expect(unknown.answer.text).toContain('DINKES')
    expect(unknown.path).toBeUndefined()
  })

  it('lets only the coordinator revoke the addresses; the old ones stop working at once', async () => {
    const { app, chat, feedPath, coordinator, tamu } = await setup()
    const whole = await feedPath('/kalender ics')
    const agency = await feedPath('/kalender ics DINKES')
    const refused = await feedPath('/kalender ics baru', tamu)
    expect(refused.answer.text).toContain('hanya untuk koordinator')
    expect((await app.request(whole.path!)).status).toBe(200)

    const renewed = await feedPath('/kalender ics baru', coordinator)
    expect(renewed.answer.text).toContain('Alamat langganan kalender yang lama (2) sudah dicabut')
    expect(renewed.path).toBeDefined()
    expect(renewed.path).not.toBe(whole.path)
    for (const old of [whole.path!, agency.path!]) {
      const response = await app.request(old)
      expect(response.status).toBe(404)
      expect(await response.text()).toContain('Halaman tidak ditemukan')
    }
    expect((await app.request(renewed.path!)).status).toBe(200)
    expect((await feedPath('/kalender ics')).path).toBe(renewed.path)
    const audit = await chat.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'calendar.%')
      .execute()
    expect(audit.map((row) => row.action)).toEqual([
      'calendar.feed_issued',
      'calendar.feed_issued',
      'calendar.feeds_revoked',
      'calendar.feed_issued',
    ])
  })

  it('gives the address even before anything is approved, so a calendar can subscribe early', async () => {
    const chat = harnessWithLinks(get())
    const { group, coordinator } = await seedForum(chat)
    const answer = await chat.send(group, coordinator, '/kalender ics')
    expect(answer.messages[0]!.files).toBeUndefined()
    expect(answer.text).toContain('Langganan di bawah bisa dipasang sekarang')
    expect(answer.text).toMatch(FEED_URL)
  })

  it('gives no address and stores nothing when PUBLIC_URL is not set', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, coordinator } = await seededForum(chat)
    const answer = await chat.send(group, coordinator, '/kalender ics')
    expect(answer.messages[0]!.files).toHaveLength(1)
    expect(answer.text).not.toContain('/ical/')
    expect(await chat.db.selectFrom('calendar_feeds').selectAll().execute()).toEqual([])
  })

  it('answers an unknown or malformed feed address with a plain 404', async () => {
    const { app } = await setup()
    for (const path of [`/ical/${'A'.repeat(43)}.ics`, '/ical/pendek.ics', '/ical/', '/ical/%3Cscript%3E']) {
      const response = await app.request(path)
      expect(response.status, path).toBe(404)
    }
  })
})
