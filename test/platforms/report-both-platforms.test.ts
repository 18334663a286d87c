import { afterEach, expect, it, vi } from 'vitest'
import type { FakeWaSocket } from '../fakes/fake-wa-socket.js'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../fixtures/whatsapp/messages.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { describeWithDatabase } from '../support/databases.js'
import { readPng } from '../support/png.js'
import { readWorkbook, rowOf } from '../support/read-workbook.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram/telegram-bot.js'
import { whatsappTestbed } from './whatsapp/testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** December 2025 for DINKES: the month both bots (clocks in January 2026) report by default. */
async function seedDecember(db: Parameters<typeof insertAgenda>[0], workspaceId: number) {
  await insertAgenda(db, workspaceId, {
    agency: 'DINKES',
    title: 'Rapat koordinasi akhir tahun',
    startsAt: '2025-12-15T02:00:00Z',
  })
  await insertDraft(db, workspaceId, {
    agency: 'DINKES',
    title: 'Refleksi 2025',
    plannedAt: '2025-12-30T03:00:00Z',
    status: 'terbit',
    publishedAt: '2025-12-30T05:00:00Z',
  })
}

describeWithDatabase('/laporan through both platforms', (get) => {
  let bot: RunningBot | undefined
  let bed: Testbed | undefined
  afterEach(async () => {
    await bot?.stop()
    await bed?.adapter.stop()
    bot = undefined
    bed = undefined
  })

  it('sends the charts as photos and the workbook as a document on Telegram', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, group, workspaceId, sentSoFar } = await forumOnTelegram(bot, get().db)
    await seedDecember(get().db, workspaceId)
    fake.send(group, sari, '/laporan')
    const sent = (await fake.waitForSent(group, sentSoFar + 4)).slice(-4)
    expect(sent.map((message) => message.method)).toEqual([
      'sendMessage',
      'sendPhoto',
      'sendPhoto',
      'sendDocument',
    ])
    expect(sent[0]!.message.text).toBe(
      'Laporan Desember 2025: 1 instansi, 0 perlu perhatian.\nGrafik terlampir; rinciannya di bakohumas-kabupaten-wonosobo-2025-12.xlsx.',
    )
    expect(readPng(sent[1]!.file!.bytes)).toMatchObject({ width: 1200, height: 170 + 72 + 70 })
    expect(readPng(sent[2]!.file!.bytes)).toMatchObject({ width: 1200, height: 820 })
    const document = sent[3]!.file!
    // grammY uploads without a content type, as Telegram needs none: the name's .xlsx is what counts.
    expect(document.name).toBe('bakohumas-kabupaten-wonosobo-2025-12.xlsx')
    const summary = (await readWorkbook(document.bytes)).getWorksheet('Ringkasan per instansi')!
    expect(summary.getCell(1, 1).value).toBe('Laporan Bakohumas Kabupaten Wonosobo')
    expect(rowOf(summary, 6).slice(0, 11)).toEqual(['DINKES', 'Dinas Kesehatan', 1, 0, 1, 0, 1, 1, 0, 1, 1])
  })

  it('sends the charts as images and the workbook as a document with its name on WhatsApp', async () => {
    bed = whatsappTestbed(get().db, { now: '2026-01-12T09:00:00+07:00' })
    bed.world.groups.set(GROUP, groupMetadata())
    bed.adapter.start()
    const socket = await bed.world.socket(1)
    socket.open(BOT)
    await vi.waitFor(() => expect(bed!.adapter.canDeliver()).toBe(true))
    const { adapter, clock } = bed
    const say = async (text: string): Promise<FakeWaSocket['sent']> => {
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
    await seedDecember(get().db, workspace.id)

    const sent = await say('/laporan')
    expect(sent.map((message) => Object.keys(message.content)[0])).toEqual([
      'text',
      'image',
      'image',
      'document',
    ])
    expect((sent[0]!.content as { text: string }).text).toContain('*Laporan Desember 2025*')
    const images = sent.slice(1, 3).map((message) => message.content as { image: Buffer; mimetype: string })
    expect(images.map((image) => image.mimetype)).toEqual(['image/png', 'image/png'])
    expect(readPng(images[0]!.image).width).toBe(1200)
    expect(readPng(images[1]!.image).height).toBe(820)
    const document = sent[3]!.content as { document: Buffer; mimetype: string; fileName: string }
    expect([document.fileName, document.mimetype]).toEqual([
      'bakohumas-kabupaten-wonosobo-2025-12.xlsx',
      XLSX_TYPE,
    ])
    expect(Number(sent[3]!.message.message?.documentMessage?.fileLength)).toBe(document.document.length)
    const agenda = (await readWorkbook(document.document)).getWorksheet('Agenda')!
    expect(rowOf(agenda, 6).slice(0, 5)).toEqual([
      1,
      new Date('2025-12-15T09:00:00Z'),
      null,
      'Rapat koordinasi akhir tahun',
      'DINKES',
    ])
  })
})
