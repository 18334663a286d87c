import { afterEach, expect, it } from 'vitest'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram-bot.js'

const FAULT = 'terjadi kesalahan di sisi Sinergi'

describeWithDatabase('Telegram with odd input', (get) => {
  const running: RunningBot[] = []
  afterEach(async () => {
    for (const bot of running.splice(0).reverse()) await bot.stop()
  })

  it('echoes half an emoji as a replacement character, which the Bot API accepts', async () => {
    const bot = await startBot(get().db)
    running.push(bot)
    const { fake } = bot
    const { sari, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, sari, '/peran Budi adm\uD83Din')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.message.text).toContain('adm\uFFFDin')
  })

  it('takes a NUL byte in a title without an internal fault', async () => {
    const bot = await startBot(get().db)
    running.push(bot)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, budi, '/agenda tambah besok 10.00 Rapat\u0000 koordinasi')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.message.text).not.toContain(FAULT)
    expect(sent.at(-1)!.message.text).toContain('Rapat koordinasi')
  })
})
