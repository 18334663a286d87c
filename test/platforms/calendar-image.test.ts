import { afterEach, expect, it, vi } from 'vitest'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../fixtures/whatsapp/messages.js'
import { insertAgenda } from '../support/calendar-items.js'
import { describeWithDatabase } from '../support/databases.js'
import { readPng } from '../support/png.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram/telegram-bot.js'
import { whatsappTestbed } from './whatsapp/testbed.js'

describeWithDatabase('/kalender gambar through the platforms', (get) => {
  let bot: RunningBot | undefined
  let bed: ReturnType<typeof whatsappTestbed> | undefined
  afterEach(async () => {
    await bot?.stop()
    await bed?.adapter.stop()
    bot = undefined
    bed = undefined
  })

  it('sends the week to Telegram as a photo, uploaded as a PNG with its caption, quoting the command', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, workspaceId, sentSoFar } = await forumOnTelegram(bot, get().db)
    // Thursday 8 January 2026, in the week the bot's clock stands in.
    await insertAgenda(get().db, workspaceId, {
      agency: 'DINKES',
      title: 'Posyandu Serentak Kabupaten',
      startsAt: '2026-01-08T01:00:00Z',
      location: 'Balai Desa Kalibeber',
    })
    const command = fake.send(group, budi, '/kalender@SinergiBot gambar')
    const [photo] = (await fake.waitForSent(group, sentSoFar + 1)).slice(-1)
    expect(photo!.method).toBe('sendPhoto')
    expect(photo!.replyToMessageId).toBe(command.message_id)
    expect(photo!.message.caption).toBe('Kalender 5–11 Januari 2026 — Bakohumas Kabupaten Wonosobo')
    expect(photo!.file?.name).toBe('kalender-2026-01-05.png')
    const png = readPng(photo!.file!.bytes)
    expect(png.width).toBe(1080)
    expect(png.colours).toBeGreaterThan(10)
    // What Telegram keeps of it: a thumbnail and the photo itself at its own size.
    expect(photo!.message.photo?.at(-1)).toMatchObject({ width: png.width, height: png.height })
  })

  it('sends the week to WhatsApp as one image message with the caption', async () => {
    bed = whatsappTestbed(get().db, { now: '2026-01-07T09:00:00+07:00' })
    bed.world.groups.set(GROUP, groupMetadata())
    bed.adapter.start()
    const socket = await bed.world.socket(1)
    socket.open(BOT)
    await vi.waitFor(() => expect(bed!.adapter.canDeliver()).toBe(true))
    const { adapter, clock } = bed
    const say = async (text: string) => {
      const before = socket.sent.length
      socket.deliver(
        [groupMessage({ from: BUDI, at: clock.now(), content: content.conversation(text) })],
        'notify',
      )
      await adapter.settled()
      return socket.sent.slice(before)
    }
    await say('/aktifkan Bakohumas Kabupaten Wonosobo')
    await say('/instansi tambah DINKES Dinas Kesehatan opd')
    const workspace = await get().db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()
    await insertAgenda(get().db, workspace.id, {
      agency: 'DINKES',
      title: 'Posyandu Serentak Kabupaten',
      startsAt: '2026-01-08T01:00:00Z',
      location: 'Balai Desa Kalibeber',
    })
    const sent = await say('/kalender gambar')
    expect(sent).toHaveLength(1)
    const image = sent[0]!.content as { image: Buffer; mimetype: string; caption: string }
    expect(image.mimetype).toBe('image/png')
    expect(image.caption).toBe('Kalender 5–11 Januari 2026 — Bakohumas Kabupaten Wonosobo')
    expect(Number(sent[0]!.message.message?.imageMessage?.fileLength)).toBe(image.image.length)
    const png = readPng(image.image)
    expect(png.width).toBe(1080)
    expect(png.colours).toBeGreaterThan(10)
  })
})
