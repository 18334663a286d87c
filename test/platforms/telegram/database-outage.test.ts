import { afterEach, describe, expect, it } from 'vitest'
import { type DatabaseBehindProxy, databaseBehindProxy } from '../../support/database-behind-proxy.js'
import { type RunningBot, startBot } from './telegram-bot.js'

describe.skipIf(!process.env.DATABASE_URL)('Telegram through a database outage [postgres]', () => {
  let database: DatabaseBehindProxy | undefined
  let bot: RunningBot | undefined
  afterEach(async () => {
    database?.proxy.restore()
    await bot?.stop()
    await database?.drop()
  })

  it('holds the command sent during the outage unconfirmed, and answers it once the database is back', async () => {
    database = await databaseBehindProxy()
    bot = await startBot(database.db, { database: database.availability })
    const { fake } = bot
    const sari = fake.user('Sari')
    const chat = fake.privateChat(sari)
    fake.send(chat, sari, '/bantuan')
    await fake.waitForSent(chat, 1)

    database.proxy.cut()
    await database.noticeOutage()
    const asked = fake.send(chat, sari, '/bantuan agenda')
    // Telegram still keeps it: were this process to stop now, the next poller would get it.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(fake.pendingUpdates).toBe(1)
    expect(fake.sentTo(chat)).toHaveLength(1)

    database.proxy.restore()
    const sent = await fake.waitForSent(chat, 2, 20_000)
    expect(sent[1]!.replyToMessageId).toBe(asked.message_id)
    await fake.waitFor('the update confirmed', () => fake.pendingUpdates === 0)
  }, 60_000)
})
