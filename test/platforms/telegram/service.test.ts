import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config.js'
import { type RunningSinergi, startSinergi } from '../../../src/main.js'
import { FakeTelegram } from '../../fakes/telegram-bot-api.js'

describe('Sinergi started with TELEGRAM_BOT_TOKEN', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function run(env: Record<string, string>): Promise<{ fake: FakeTelegram; service: RunningSinergi }> {
    const fake = await FakeTelegram.start()
    cleanups.push(() => fake.close())
    const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-telegram-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      CONSOLE: 'off',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      ...env,
    })
    const service = await startSinergi(config, pino({ level: 'silent' }))
    cleanups.push(() => service.stop())
    return { fake, service }
  }

  const readiness = async (port: number) =>
    (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as {
      platforms: Record<string, { state: string }>
    }

  it('polls Telegram, answers in the group and reports the platform state in /readyz', async () => {
    const { fake, service } = await run({})
    await fake.waitFor('polling', () => fake.calls.some((c) => c.method === 'getUpdates'))
    const sari = fake.user('Sari')
    const group = fake.group('Bakohumas Wonosobo', { admins: [sari] })
    fake.send(group, sari, '/bantuan@SinergiBot')
    const [help] = await fake.waitForSent(group, 1)
    expect(help!.message.text).toContain('/aktifkan')
    expect((await readiness(service.port)).platforms.telegram?.state).toBe('polling')
  })

  it('gives links on the port it really listens on when PORT=0 and no PUBLIC_URL is set', async () => {
    const { fake, service } = await run({})
    const sari = fake.user('Sari')
    const group = fake.group('Bakohumas Wonosobo', { admins: [sari] })
    fake.send(group, sari, '/aktifkan@SinergiBot Bakohumas Uji')
    await fake.waitForSent(group, 1)
    fake.send(group, sari, '/kalender@SinergiBot web')
    const [, link] = await fake.waitForSent(group, 2)
    expect(link!.message.text).toContain(`http://localhost:${service.port}/kalender/`)
  })

  it('serves the webhook on its HTTP port and refuses a request without the secret', async () => {
    const { fake, service } = await run({
      TELEGRAM_MODE: 'webhook',
      PUBLIC_URL: 'https://sinergi.example.go.id',
    })
    await fake.waitFor('the webhook', () => fake.webhook !== undefined)
    const sari = fake.user('Sari')
    const group = fake.group('Bakohumas Wonosobo', { admins: [sari] })
    const url = `http://127.0.0.1:${service.port}/telegram/webhook`
    const body = JSON.stringify({
      update_id: 7,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: group,
        from: sari,
        text: '/bantuan',
      },
    })
    const post = (secret?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body,
      })
    expect((await post('wrong-secret-wrong-secret-000')).status).toBe(401)
    expect((await post(fake.webhook!.secretToken)).status).toBe(200)
    expect(fake.sentTo(group)).toHaveLength(1)
    expect((await readiness(service.port)).platforms.telegram?.state).toBe('webhook')
  })
})
