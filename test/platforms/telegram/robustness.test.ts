import { Writable } from 'node:stream'
import { afterEach, expect, it } from 'vitest'
import { createLogger } from '../../../src/logger.js'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, NOW, type RunningBot, startBot } from './telegram-bot.js'

/** A logger whose JSON lines are kept in memory, to read what would reach the log. */
function capturedLogger() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { logger: createLogger('debug', stream), lines }
}

describeWithDatabase('Telegram under failure', (get) => {
  const running: RunningBot[] = []
  afterEach(async () => {
    for (const bot of running.splice(0).reverse()) await bot.stop()
  })
  const start = async (options: Parameters<typeof startBot>[1] = {}) => {
    const bot = await startBot(get().db, options)
    running.push(bot)
    return bot
  }

  it('waits out a 429 and then sends the answer once', async () => {
    const bot = await start()
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    })
    const command = fake.send(group, budi, '/agenda')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.replyToMessageId).toBe(command.message_id)
    const attempts = fake.calls.filter((c) => c.method === 'sendMessage' && c.params.reply_parameters)
    expect(
      attempts.filter(
        (c) => (c.params.reply_parameters as { message_id: number }).message_id === command.message_id,
      ),
    ).toHaveLength(2)
    expect(fake.sentTo(group)).toHaveLength(sentSoFar + 1)
  })

  it('polls again within seconds of the network coming back after an outage', async () => {
    const bot = await start()
    const { fake } = bot
    const { sari, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.networkDown()
    // Seven seconds without network: long enough for growing retry gaps to leave the bot deaf for
    // several more seconds after it returns.
    await new Promise((resolve) => setTimeout(resolve, 7_000))
    fake.networkUp()
    const back = Date.now()
    fake.send(group, sari, '/agenda')
    await fake.waitForSent(group, sentSoFar + 1)
    const firstPollAfter = fake.pollsAt.find((at) => at >= back)!
    expect(firstPollAfter - back).toBeLessThan(3_000)
  }, 30_000)

  it('retries a Bot API server error and then answers', async () => {
    const bot = await start()
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' })
    const command = fake.send(group, budi, '/agenda')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.replyToMessageId).toBe(command.message_id)
  })

  it('does not save an item twice when an update is delivered again after a restart', async () => {
    const first = await start()
    const { fake } = first
    const { budi, group, sentSoFar } = await forumOnTelegram(first, get().db)
    const command = fake.send(
      group,
      budi,
      '/agenda tambah besok 09.00 Rapat Koordinasi Stunting @ Aula Dinkes',
    )
    await fake.waitForSent(group, sentSoFar + 1)
    await first.adapter.stop()

    // The process died before confirming the update: Telegram hands it to the next poller again.
    const update = { update_id: 1, message: command }
    fake.redeliver(update)
    const second = await start({ fake })
    const later = fake.send(group, budi, '/agenda besok')
    await fake.waitFor('the answer to the later command', () =>
      fake.sentTo(group).some((s) => s.replyToMessageId === later.message_id),
    )
    const items = await get().db.selectFrom('agenda_items').select('title').execute()
    expect(items).toEqual([{ title: 'Rapat Koordinasi Stunting' }])
    expect(fake.sentTo(group).filter((s) => s.replyToMessageId === command.message_id)).toHaveLength(1)
    expect(second.adapter.state().state).toBe('polling')
  })

  it('keeps handling other updates when one update cannot be handled', async () => {
    const bot = await start()
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.inject({ message: { message_id: 999, date: 0, chat: null, from: budi, text: '/agenda' } })
    const command = fake.send(group, budi, '/agenda')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.replyToMessageId).toBe(command.message_id)
  })

  it('never writes the bot token into the log, even when the Bot API cannot be reached', async () => {
    const { logger, lines } = capturedLogger()
    const bot = await start({ logger, apiRoot: 'http://127.0.0.1:9' })
    await bot.fake.waitFor('an error state', () => bot.adapter.state().state === 'error')
    await bot.fake.waitFor('a logged failure', () =>
      lines.some((line) => line.includes('cannot identify the bot')),
    )
    await bot.adapter.stop()
    const secretPart = bot.fake.token.split(':')[1]!
    expect(lines.join('')).not.toContain(secretPart)
  })

  it('after downtime, carries out a late change with a note and leaves a stale question unanswered', async () => {
    const bot = await start()
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const threeHoursAgo = new Date(Date.parse(NOW) - 3 * 60 * 60_000)
    const stale = fake.send(group, budi, '/agenda', { date: threeHoursAgo })
    const change = fake.send(group, budi, '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula', {
      date: threeHoursAgo,
    })
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.replyToMessageId).toBe(change.message_id)
    expect(sent.at(-1)!.message.text).toMatch(/terlambat, 3 jam/)
    expect(fake.sentTo(group).some((s) => s.replyToMessageId === stale.message_id)).toBe(false)
  })
})
