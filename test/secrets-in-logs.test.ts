import { Writable } from 'node:stream'
import { afterEach, expect, it, vi } from 'vitest'
import { createLogger } from '../src/logger.js'
import { createWebApp } from '../src/web/app.js'
import { BOT, content, privateMessage, SARI } from './fixtures/whatsapp/messages.js'
import { startBot } from './platforms/telegram/telegram-bot.js'
import { whatsappTestbed } from './platforms/whatsapp/testbed.js'
import { describeWithDatabase } from './support/databases.js'

/** Everything a logger at `debug` writes, as the service's JSON lines. */
function capturedLogger() {
  let text = ''
  const destination = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    },
  })
  return { logger: createLogger('debug', destination), text: () => text }
}

/** The forms a key could take in a log line: base64, hex, and a Buffer serialised as JSON. */
function formsOf(key: Uint8Array | string): string[] {
  if (typeof key === 'string') return [key]
  const bytes = Buffer.from(key)
  return [bytes.toString('base64'), bytes.toString('hex'), [...bytes.subarray(0, 8)].join(',')]
}

describeWithDatabase('logs at debug', (get) => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('never contain the bot token, ADMIN_TOKEN or WhatsApp key material', async () => {
    const { logger, text } = capturedLogger()

    // A Telegram exchange, with a send lost on the network on the way.
    const telegram = await startBot(get().db, { logger })
    cleanups.push(() => telegram.stop())
    const { fake } = telegram
    const sari = fake.user('Sari')
    const chat = fake.privateChat(sari)
    fake.dropNext('sendMessage')
    fake.send(chat, sari, '/bantuan')
    await fake.waitForSent(chat, 1)
    fake.send(chat, sari, '/agenda')
    await fake.waitForSent(chat, 2)

    // Linking WhatsApp by QR code, then a command in a private chat.
    const whatsapp = whatsappTestbed(get().db, { logger })
    cleanups.push(() => whatsapp.adapter.stop())
    whatsapp.adapter.start()
    const first = await whatsapp.world.socket(1)
    first.showQr()
    expect(first.scan(whatsapp.adapter.linkStatus().qr!, BOT)).toBe(true)
    const second = await whatsapp.world.socket(2)
    second.open()
    await vi.waitFor(() => expect(whatsapp.adapter.linkStatus().state).toBe('open'))
    second.deliver([
      privateMessage({ from: SARI, at: whatsapp.clock.now(), content: content.conversation('!bantuan') }),
    ])
    await vi.waitFor(() => expect(second.sent.length).toBeGreaterThan(0))

    // The operator signs in to the admin page, once with a wrong token.
    const adminToken = 'admin-token-for-the-log-test'
    const app = createWebApp({
      logger,
      pingDatabase: async () => {},
      platformStates: () => ({ whatsapp: whatsapp.adapter.state() }),
      adminToken,
      whatsappLinkStatus: () => whatsapp.adapter.linkStatus(),
    })
    expect((await app.request('/admin/whatsapp?token=wrong-token-wrong-token')).status).toBe(401)
    expect((await app.request(`/admin/whatsapp?token=${adminToken}`)).status).toBe(303)
    const page = await app.request('/admin/whatsapp', { headers: { authorization: `Bearer ${adminToken}` } })
    expect(page.status).toBe(200)

    const creds = first.config.auth.creds
    const secrets = [
      fake.token,
      fake.token.split(':')[1]!,
      adminToken,
      ...formsOf(creds.noiseKey.private),
      ...formsOf(creds.signedIdentityKey.private),
      ...formsOf(creds.signedPreKey.keyPair.private),
      ...formsOf(creds.advSecretKey),
    ]
    const logs = text()
    expect(logger.isLevelEnabled('debug')).toBe(true)
    expect(logs).toContain('"platform":"telegram"')
    expect(logs).toContain('WhatsApp connection open')
    for (const secret of secrets) expect(logs).not.toContain(secret)
  }, 60_000)
})
