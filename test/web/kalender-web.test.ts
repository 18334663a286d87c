import { expect, it } from 'vitest'
import { webLinkSecret } from '../../src/domain/calendar/link-secret.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { FixedClock, harnessWithLinks, NOW, seededForum, webApp } from './fixture.js'

const LINK = /https:\/\/sinergi\.example\.go\.id(\/kalender\/[^\s]+)/
const LOCAL_LINK = /http:\/\/localhost:3000(\/kalender\/[^\s]+)/

describeWithDatabase('/kalender web', (get) => {
  async function setup() {
    const chat = harnessWithLinks(get())
    const forum = await seededForum(chat)
    const tamu = chat.person('Tamu', { in: [forum.group] })
    const clock = new FixedClock(NOW)
    return { ...forum, chat, tamu, clock, app: webApp(get(), clock) }
  }

  it('gives anyone in the group a link that opens the calendar without drafts and expires in 7 days', async () => {
    const { chat, group, tamu, app, clock } = await setup()
    const answer = await chat.send(group, tamu, '/kalender web')
    expect(answer.text).toContain('Kalender web Bakohumas Kabupaten Wonosobo (hanya-baca):')
    expect(answer.text).toContain('Berlaku sampai Rabu, 14 Januari 2026 pukul 10.00 WIB.')
    const path = LINK.exec(answer.text)![1]!
    const response = await app.request(path)
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('Infografis imunisasi')
    expect(page).not.toContain('Draf video patroli')
    clock.set('2026-01-14T09:59:00+07:00')
    expect((await app.request(path)).status).toBe(200)
    clock.set('2026-01-14T10:00:00+07:00')
    expect((await app.request(path)).status).toBe(410)
  })

  it('gives a link that opens on the week in view when followed: made on Friday, the coming week on Saturday', async () => {
    const { chat, group, tamu, app, clock } = await setup()
    chat.clock.set('2026-01-09T16:00:00+07:00')
    const answer = await chat.send(group, tamu, '/kalender web')
    const path = LINK.exec(answer.text)![1]!
    clock.set('2026-01-09T16:00:00+07:00')
    expect(await (await app.request(path)).text()).toContain('5–11 Januari 2026')
    clock.set('2026-01-10T07:00:00+07:00')
    const saturday = await (await app.request(path)).text()
    expect(saturday).toContain('12–18 Januari 2026')
    expect(saturday).not.toContain('5–11 Januari 2026')
  })

  it('gives the coordinator a drafts link only in a private chat, and says so in the group', async () => {
    const { chat, group, coordinator, app } = await setup()
    const inGroup = await chat.send(group, coordinator, '/kalender web')
    expect(inGroup.text).toContain(
      'Untuk tautan yang juga menampilkan draf, kirim /kalender web di chat pribadi',
    )
    const groupPage = await (await app.request(LINK.exec(inGroup.text)![1]!)).text()
    expect(groupPage).not.toContain('Draf video patroli')

    const privately = await chat.send(chat.privateChat(coordinator), coordinator, '/kalender web')
    expect(privately.text).toContain('draf yang belum disetujui ikut tampil. Jangan dibagikan.')
    const privatePage = await (await app.request(LINK.exec(privately.text)![1]!)).text()
    expect(privatePage).toContain('Draf video patroli')
  })

  it('gives a member a link without drafts, even privately', async () => {
    const { chat, people, app } = await setup()
    const budi = people.Budi!
    const answer = await chat.send(chat.privateChat(budi), budi, '/kalender web')
    const page = await (await app.request(LINK.exec(answer.text)![1]!)).text()
    expect(page).not.toContain('Draf video patroli')
    expect(answer.text).not.toContain('draf')
  })

  it('signs with a secret kept in the database when none is configured, shared by every instance', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, coordinator } = await seededForum(chat)
    const answer = await chat.send(group, coordinator, '/kalender web')
    const path = LOCAL_LINK.exec(answer.text)![1]!
    const stored = await webLinkSecret(get().db)
    expect(await webLinkSecret(get().db)).toBe(stored)
    expect(await webLinkSecret(get().db, 'dari-konfigurasi-yang-cukup-panjang-sekali')).toBe(
      'dari-konfigurasi-yang-cukup-panjang-sekali',
    )
    // A second instance (another replica, or the next start) reads the same secret and accepts the link.
    const replica = webApp(get(), new FixedClock(NOW), { linkSecret: await webLinkSecret(get().db) })
    expect((await replica.request(path)).status).toBe(200)
  })

  it('is listed in the help of /kalender', async () => {
    const { chat, group, tamu } = await setup()
    const help = await chat.send(group, tamu, '/bantuan kalender')
    expect(help.text).toContain('/kalender web')
    expect(help.text).toContain('/kalender ics baru')
  })
})
