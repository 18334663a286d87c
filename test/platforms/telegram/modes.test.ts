import pg from 'pg'
import { afterEach, expect, it } from 'vitest'
import { pollerLockKey } from '../../../src/platforms/telegram/poller-election.js'
import {
  derivedWebhookSecret,
  TELEGRAM_WEBHOOK_PATH,
} from '../../../src/platforms/telegram/telegram-adapter.js'
import { FakeTelegram } from '../../fakes/telegram-bot-api.js'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, NOW, type RunningBot, startBot } from './telegram-bot.js'

describeWithDatabase('Telegram by webhook and by polling', (get) => {
  const running: RunningBot[] = []
  afterEach(async () => {
    for (const bot of running.splice(0).reverse()) await bot.stop()
  })
  const start = async (options: Parameters<typeof startBot>[1] = {}) => {
    const bot = await startBot(get().db, options)
    running.push(bot)
    return bot
  }

  it('derives the same webhook secret for every replica of one bot, and another for another bot', () => {
    const secret = derivedWebhookSecret('123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/)
    expect(derivedWebhookSecret('123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe(secret)
    expect(derivedWebhookSecret('654321:ABCDEFGHIJKLMNOPQRSTUVWXYZ')).not.toBe(secret)
    expect(secret).not.toContain('ABCDEFGHIJ')
  })

  it('in webhook mode, registers the webhook with a secret and refuses requests without it', async () => {
    const bot = await start({ mode: 'webhook' })
    const { fake, app } = bot
    await fake.waitFor('the webhook', () => bot.adapter.state().state === 'webhook')
    expect(fake.webhook!.url).toBe(`https://sinergi.example.go.id${TELEGRAM_WEBHOOK_PATH}`)
    expect(fake.webhook!.secretToken).toMatch(/^[A-Za-z0-9_-]{32,256}$/)
    expect(bot.adapter.state()).toEqual({ state: 'webhook', detail: fake.webhook!.url })

    const sari = fake.user('Sari')
    const group = fake.group('Bakohumas Wonosobo', { admins: [sari] })
    const update = JSON.stringify({
      update_id: 1,
      message: {
        message_id: 1,
        date: Math.floor(Date.parse(NOW) / 1000),
        chat: group,
        from: sari,
        text: '/bantuan',
      },
    })
    const post = (headers: Record<string, string>) =>
      app.request(TELEGRAM_WEBHOOK_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: update,
      })
    expect((await post({})).status).toBe(401)
    expect(
      (await post({ 'x-telegram-bot-api-secret-token': 'not-the-secret-token-0123456789' })).status,
    ).toBe(401)
    expect(fake.sentTo(group)).toHaveLength(0)

    expect((await post({ 'x-telegram-bot-api-secret-token': fake.webhook!.secretToken! })).status).toBe(200)
    expect(fake.sentTo(group)).toHaveLength(1)
  })

  it('in webhook mode, gives up on a URL Telegram refuses, without asking again', async () => {
    const plain = await start({ mode: 'webhook', publicUrl: 'http://sinergi.example.go.id' })
    await plain.fake.waitFor('the refusal', () => plain.adapter.state().state === 'error')
    expect(plain.adapter.state()).toEqual({ state: 'error', detail: 'webhook URL refused' })
    const wrongPort = await start({ mode: 'webhook', publicUrl: 'https://sinergi.example.go.id:3000' })
    await wrongPort.fake.waitFor('the refusal', () => wrongPort.adapter.state().state === 'error')
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    for (const bot of [plain, wrongPort]) {
      expect(bot.fake.calls.filter((c) => c.method === 'setWebhook')).toHaveLength(1)
      expect(bot.fake.webhook).toBeUndefined()
    }
  })

  it('in webhook mode, keeps registering the webhook through network errors and server errors', async () => {
    const fake = await FakeTelegram.start({ now: () => new Date(NOW) })
    try {
      // More failures in a row than one call's own retries: the registration itself must try again.
      fake.dropNext('setWebhook', 4)
      fake.failNext('setWebhook', { error_code: 502, description: 'Bad Gateway' }, 2)
      const bot = await start({ mode: 'webhook', fake })
      await fake.waitFor('the webhook set', () => bot.adapter.state().state === 'webhook', 20_000)
      expect(fake.webhook).toBeDefined()
      expect(fake.calls.filter((c) => c.method === 'setWebhook')).toHaveLength(7)
    } finally {
      for (const bot of running.splice(0).reverse()) await bot.stop()
      await fake.close()
    }
  }, 30_000)

  it('in webhook mode, runs commands and ignores a retried delivery of the same update', async () => {
    const bot = await start({ mode: 'webhook', webhookSecret: 'configured_secret_0123456789' })
    const { fake } = bot
    await fake.waitFor('the webhook', () => fake.webhook !== undefined)
    expect(fake.webhook!.secretToken).toBe('configured_secret_0123456789')
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)

    const command = fake.send(group, budi, '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula')
    await fake.waitForSent(group, sentSoFar + 1)
    // Telegram did not get our 200 in time and posts the same update again.
    fake.redeliver({ update_id: 999_999, message: command })
    fake.redeliver({ update_id: 999_999, message: command })
    const later = fake.send(group, budi, '/agenda besok')
    await fake.waitFor('the later answer', () =>
      fake.sentTo(group).some((s) => s.replyToMessageId === later.message_id),
    )
    await fake.waitFor('every webhook response', () => fake.webhookResponses.length >= sentSoFar + 4)
    expect(fake.webhookResponses.every((status) => status === 200)).toBe(true)
    expect(await get().db.selectFrom('agenda_items').select('title').execute()).toEqual([
      { title: 'Rapat Koordinasi' },
    ])
    expect(fake.sentTo(group).filter((s) => s.replyToMessageId === command.message_id)).toHaveLength(1)
  })

  it('with several replicas on PostgreSQL, exactly one polls and another takes over when it stops or dies', async (context) => {
    if (get().backend !== 'postgres') context.skip()
    const fake = await FakeTelegram.start({ now: () => new Date(NOW) })
    try {
      const pollerLock = { connectionString: process.env.DATABASE_URL!, retryMs: 200, checkMs: 200 }
      const a = await start({ fake, pollerLock })
      const b = await start({ fake, pollerLock })
      const states = () => [a.adapter.state().state, b.adapter.state().state].sort()
      await fake.waitFor('one poller and one standby', () => states().join() === 'polling,standby')
      const { budi, group, sentSoFar } = await forumOnTelegram(a, get().db)
      const [holder, other] = a.adapter.state().state === 'polling' ? [a, b] : [b, a]

      await holder.adapter.stop()
      await fake.waitFor('the other replica polling', () => other.adapter.state().state === 'polling')
      const asked = fake.send(group, budi, '/agenda')
      await fake.waitForSent(group, sentSoFar + 1)
      expect(fake.sentTo(group).at(-1)!.replyToMessageId).toBe(asked.message_id)
      expect(fake.conflicts).toBe(0)

      // The poller dies without a clean stop: PostgreSQL drops its lock connection.
      const c = await start({ fake, pollerLock })
      await fake.waitFor('the newcomer standing by', () => c.adapter.state().state === 'standby')
      const seen = other.states.length
      const key = BigInt(pollerLockKey(fake.bot.id))
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
      await admin.connect()
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND classid = $1::bigint::oid AND objid = $2::bigint::oid`,
        [String(BigInt.asUintN(32, key >> 32n)), String(BigInt.asUintN(32, key))],
      )
      await admin.end()
      expect(killed.rowCount).toBe(1)
      await fake.waitFor('the dead poller stopping', () =>
        other.states.slice(seen).some((s) => s.state !== 'polling'),
      )
      await fake.waitFor('a poller again', () =>
        [other, c].some((r) => r.adapter.state().state === 'polling'),
      )
      const again = fake.send(group, budi, '/agenda besok')
      await fake.waitForSent(group, sentSoFar + 2)
      expect(fake.sentTo(group).at(-1)!.replyToMessageId).toBe(again.message_id)
    } finally {
      for (const bot of running.splice(0).reverse()) await bot.stop()
      await fake.close()
    }
  })
})
