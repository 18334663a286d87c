import { afterEach, expect, it, vi } from 'vitest'
import { BUDI, content, GROUP, groupMessage, SARI, TONO } from '../fixtures/whatsapp/messages.js'
import { bothPlatforms as startBothPlatforms, waText } from '../support/both-platforms.js'
import { describeWithDatabase } from '../support/databases.js'
import { forumOnTelegram, startBot } from './telegram/telegram-bot.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('amplification across Telegram and WhatsApp, end to end', (get) => {
  let stop: (() => Promise<void>) | undefined
  afterEach(async () => {
    await stop?.()
    stop = undefined
  })

  /** One Sinergi instance serving both platforms, stopped after the test. */
  async function bothPlatforms() {
    const platforms = await startBothPlatforms(get().db, NOW)
    stop = platforms.stop
    return platforms
  }

  it('takes a request made on Telegram to the WhatsApp group, its reports from WhatsApp, and the recap to both groups', async () => {
    const { db, clock, fake, socket, runAt, onWhatsApp } = await bothPlatforms()

    // The forum starts on Telegram, with three agencies.
    const sari = fake.user('Sari', { lastName: 'Koordinator', username: 'sari_humas' })
    const andi = fake.user('Andi', { username: 'andi_kominfo' })
    const tgGroup = fake.group('Bakohumas Wonosobo', { admins: [sari], members: [andi] })
    let tgCount = 0
    const onTelegram = async (text: string) => {
      fake.send(tgGroup, sari, text)
      return (await fake.waitForSent(tgGroup, ++tgCount)).at(-1)!.message.text ?? ''
    }
    await onTelegram('/aktifkan Bakohumas Kabupaten Wonosobo')
    await onTelegram('/instansi tambah DINKES Dinas Kesehatan opd')
    await onTelegram('/instansi tambah POLRES Polres Wonosobo vertikal')
    await onTelegram('/instansi tambah KOMINFO Diskominfo opd')
    fake.send(tgGroup, andi, '/gabung KOMINFO')
    await fake.waitForSent(tgGroup, ++tgCount)

    // The WhatsApp group joins the same forum with a code the coordinator asked for privately.
    const privately = fake.privateChat(sari)
    fake.send(privately, sari, '/kode')
    const [codeMessage] = await fake.waitForSent(privately, 1)
    const code = /\b([A-Z0-9]{4,}-?[A-Z0-9]{2,})\b/.exec(codeMessage!.message.text ?? '')?.[1]
    expect(code).toBeDefined()
    const linked = await onWhatsApp(
      groupMessage({ from: BUDI, at: clock.now(), content: content.conversation(`/hubungkan ${code}`) }),
    )
    expect(waText(linked[0]!)).toContain('Bakohumas Kabupaten Wonosobo')
    await onWhatsApp(
      groupMessage({ from: SARI, at: clock.now(), content: content.conversation('/gabung DINKES') }),
    )
    await onWhatsApp(
      groupMessage({ from: TONO, at: clock.now(), content: content.conversation('/gabung POLRES') }),
    )

    // The coordinator asks on Telegram; the request shows in both groups.
    const request = await onTelegram('/sebar instagram.com/p/HBN2026?igsh=abc Hari Bela Negara sampai 12.00')
    expect(request).toContain('Sebar #1: Hari Bela Negara')
    expect(request).toContain('Batas: 12.00 WIB')
    await vi.waitFor(() =>
      expect(socket.sent.some((s) => waText(s).includes('Sebar #1: Hari Bela Negara'))).toBe(true),
    )
    const onWa = socket.sent.find((s) => waText(s).includes('Sebar #1'))!
    expect(onWa.jid).toBe(GROUP)
    expect(waText(onWa)).toContain('https://instagram.com/p/HBN2026')
    expect(waText(onWa)).toContain('/lapor 1 <tautan>')

    // DINKES reports on WhatsApp by replying to the request; the bot says what it counted.
    const dinkes = await onWhatsApp(
      groupMessage({
        from: SARI,
        at: clock.now(),
        content: content.extended('/lapor instagram.com/p/dinkes1/?igsh=zz fb.watch/dinkes1', {
          quoting: onWa.message,
        }),
      }),
    )
    expect(waText(dinkes[0]!)).toContain('DINKES: 2 tautan (Instagram, Facebook) — terima kasih')

    // An hour before the deadline both groups are reminded; WhatsApp mentions POLRES's member, who wrote before.
    await runAt('2026-01-07T11:00:00+07:00')
    const waReminder = socket.sent.find((s) => waText(s).includes('batas 1 jam lagi'))!
    expect(waText(waReminder)).toMatch(/Belum lapor\*? \(2\): KOMINFO, POLRES/)
    expect((waReminder.content as { mentions?: string[] }).mentions).toContain(TONO.lid)
    const tgReminder = fake.sentTo(tgGroup).find((s) => s.message.text?.includes('batas 1 jam lagi'))!
    expect(tgReminder.message.text).toMatch(/Belum lapor\*? \(2\): KOMINFO, POLRES/)
    expect(tgReminder.message.text).toContain('Andi')

    // POLRES reports by number on WhatsApp, after its reminder.
    clock.set('2026-01-07T11:30:00+07:00')
    const polres = await onWhatsApp(
      groupMessage({
        from: TONO,
        at: clock.now(),
        content: content.conversation('/lapor 1 vt.tiktok.com/ZS123/'),
      }),
    )
    expect(waText(polres[0]!)).toContain('POLRES: 1 tautan (TikTok)')

    // At the deadline the recap goes to both groups.
    await runAt('2026-01-07T12:00:00+07:00')
    const tgRecap = fake.sentTo(tgGroup).find((s) => s.message.text?.includes('Rekap sebar #1'))!.message
      .text!
    const waRecap = waText(socket.sent.find((s) => waText(s).includes('Rekap sebar #1'))!)
    for (const recap of [tgRecap, waRecap]) {
      expect(recap).toContain('Hari Bela Negara')
      expect(recap).toMatch(/Sudah lapor: \*?2\/3\*? instansi/)
      expect(recap).toContain('Tautan: 3 (Instagram 1, Facebook 1, TikTok 1)')
      expect(recap).toMatch(/Belum lapor\*? \(1\): KOMINFO/)
    }
    const reports = await db
      .selectFrom('amplification_reports')
      .select(['url', 'platform'])
      .orderBy('id')
      .execute()
    expect(reports).toEqual([
      { url: 'https://instagram.com/p/dinkes1', platform: 'instagram' },
      { url: 'https://fb.watch/dinkes1', platform: 'facebook' },
      { url: 'https://vt.tiktok.com/ZS123', platform: 'tiktok' },
    ])
  })

  it('counts a /lapor that replies to the request message on Telegram', async () => {
    const bot = await startBot(get().db)
    stop = () => bot.stop()
    const { fake } = bot
    const { sari, budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, sari, '/sebar instagram.com/p/A Hari Ibu')
    const request = (await fake.waitForSent(group, sentSoFar + 1)).at(-1)!
    expect(request.message.text).toContain('Sebar #1: Hari Ibu')
    fake.send(group, budi, '/lapor@SinergiBot instagram.com/p/dinkes', { replyTo: request.message })
    const answer = (await fake.waitForSent(group, sentSoFar + 2)).at(-1)!
    expect(answer.message.text).toContain('#1 — DINKES: 1 tautan (Instagram) — terima kasih!')
  })
})
