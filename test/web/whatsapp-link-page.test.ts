import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { FixedClock } from '../../src/clock.js'
import type { WhatsAppLinkStatus } from '../../src/platforms/link-status.js'
import { createWebApp } from '../../src/web/app.js'

const TOKEN = 'q7Vd2LxN9pR4tW8zK3mB6hJ1sF5gC0aE'
const AT = new Date('2026-01-07T03:00:00Z')

function appWith(
  options: { adminToken?: string; status?: () => WhatsAppLinkStatus | undefined; clock?: FixedClock } = {},
) {
  return createWebApp({
    logger: pino({ level: 'silent' }),
    clock: options.clock ?? new FixedClock(AT),
    pingDatabase: async () => {},
    platformStates: () => ({}),
    adminToken: options.adminToken,
    whatsappLinkStatus: options.status,
    defaults: { timezone: 'Asia/Jakarta', language: 'id' },
  })
}

const bearer = { Authorization: `Bearer ${TOKEN}` }

describe('WhatsApp link page', () => {
  it('does not exist when ADMIN_TOKEN is not set', async () => {
    const response = await appWith({ status: () => ({ state: 'open', updatedAt: AT }) }).request(
      '/admin/whatsapp',
      {
        headers: bearer,
      },
    )
    expect(response.status).toBe(404)
  })

  it('refuses without the token, or with a wrong one, in Indonesian', async () => {
    const app = appWith({ adminToken: TOKEN })
    const attempts: RequestInit[] = [
      {},
      { headers: { Authorization: 'Bearer salah' } },
      { headers: { Authorization: `Bearer ${TOKEN}x` } },
      { headers: { Authorization: `Basic ${TOKEN}` } },
      { headers: { Cookie: `sinergi_admin=${TOKEN}` } },
    ]
    for (const init of attempts) {
      const response = await app.request('/admin/whatsapp', init)
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toContain('Bearer')
      expect(await response.text()).toContain('Perlu token admin')
    }
    const wrongQuery = await app.request('/admin/whatsapp?token=salah')
    expect(wrongQuery.status).toBe(401)
    expect(wrongQuery.headers.get('set-cookie')).toBeNull()
  })

  it('shows the QR code as an image while waiting for a scan, and reloads itself', async () => {
    const app = appWith({
      adminToken: TOKEN,
      status: () => ({ state: 'waiting-for-qr-scan', qr: '2@abc,def,ghi==', updatedAt: AT }),
    })
    const response = await app.request('/admin/whatsapp', { headers: bearer })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const page = await response.text()
    expect(page).toContain('menunggu kode QR dipindai')
    expect(page).toContain('<meta http-equiv="refresh" content="5">')
    expect(page).toContain('Diperbarui Rabu, 7 Januari 2026 pukul 10.00 WIB.')
    const src = /<img src="data:image\/svg\+xml;base64,([^"]+)" alt="Kode QR untuk menautkan WhatsApp"/.exec(
      page,
    )?.[1]
    expect(src).toBeDefined()
    const svg = Buffer.from(src!, 'base64').toString('utf8')
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('<path')
  })

  it('shows the pairing code when linking by phone number', async () => {
    const app = appWith({
      adminToken: TOKEN,
      status: () => ({ state: 'waiting-for-pairing-code', pairingCode: 'ABCD-EFGH', updatedAt: AT }),
    })
    const page = await (await app.request('/admin/whatsapp', { headers: bearer })).text()
    expect(page).toContain('<p class="pairing">ABCD-EFGH</p>')
    expect(page).toContain('Tautkan dengan nomor telepon')
    expect(page).not.toContain('<img')
  })

  it('shows the connection state once linked, refreshing less often, with the detail as text', async () => {
    const app = appWith({
      adminToken: TOKEN,
      status: () => ({ state: 'standby', detail: 'dipegang oleh <instans-b>', updatedAt: AT }),
    })
    const page = await (await app.request('/admin/whatsapp', { headers: bearer })).text()
    expect(page).toContain('data-state="standby"')
    expect(page).toContain('siaga: sesi WhatsApp dipegang instans lain')
    expect(page).toContain('dipegang oleh &lt;instans-b&gt;')
    expect(page).toContain('<meta http-equiv="refresh" content="30">')
  })

  it('says WhatsApp is not enabled when the service runs without it', async () => {
    const page = await (
      await appWith({ adminToken: TOKEN }).request('/admin/whatsapp', { headers: bearer })
    ).text()
    expect(page).toContain('data-state="disabled"')
    expect(page).toContain('WhatsApp tidak diaktifkan di server ini (WHATSAPP_ENABLED).')
  })

  it('takes the token once in the address, then keeps a cookie that is not the token', async () => {
    const app = appWith({ adminToken: TOKEN, status: () => ({ state: 'connecting', updatedAt: AT }) })
    const first = await app.request(`/admin/whatsapp?token=${TOKEN}`)
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/admin/whatsapp')
    const cookie = first.headers.get('set-cookie')!
    expect(cookie).toMatch(/^sinergi_admin=[A-Za-z0-9_-]+;/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Path=/admin')
    expect(cookie).not.toContain(TOKEN)
    expect(cookie).not.toContain('Secure')
    const next = await app.request('/admin/whatsapp', { headers: { Cookie: cookie.split(';')[0]! } })
    expect(next.status).toBe(200)
    expect(await next.text()).toContain('menghubungkan…')
    const viaHttps = await app.request(`https://sinergi.example.go.id/admin/whatsapp?token=${TOKEN}`)
    expect(viaHttps.headers.get('set-cookie')).toContain('Secure')
  })

  it('ends the session on the server after 12 hours, whatever the browser keeps', async () => {
    const clock = new FixedClock(AT)
    const app = appWith({ adminToken: TOKEN, clock })
    const first = await app.request(`/admin/whatsapp?token=${TOKEN}`)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!
    clock.advance(11 * 60 * 60 * 1000)
    expect((await app.request('/admin/whatsapp', { headers: { Cookie: cookie } })).status).toBe(200)
    clock.advance(60 * 60 * 1000)
    const expired = await app.request('/admin/whatsapp', { headers: { Cookie: cookie } })
    expect(expired.status).toBe(401)
    expect(await expired.text()).toContain('Perlu token admin')
  })

  it('signs out: the cookie stops working even if sent again', async () => {
    const app = appWith({ adminToken: TOKEN })
    const first = await app.request(`/admin/whatsapp?token=${TOKEN}`)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!
    const page = await (await app.request('/admin/whatsapp', { headers: { Cookie: cookie } })).text()
    expect(page).toContain('<form method="post" action="/admin/logout"><button type="submit">Keluar</button>')
    const out = await app.request('/admin/logout', { method: 'POST', headers: { Cookie: cookie } })
    expect(out.status).toBe(200)
    expect(await out.text()).toContain('Sesi admin diakhiri')
    expect(out.headers.get('set-cookie')).toMatch(/^sinergi_admin=;.*Max-Age=0/)
    expect((await app.request('/admin/whatsapp', { headers: { Cookie: cookie } })).status).toBe(401)
  })

  it('allows five wrong tokens a minute from one address, then answers 429 with Retry-After', async () => {
    const clock = new FixedClock(AT)
    const app = appWith({ adminToken: TOKEN, clock })
    const from = (address: string, token: string) =>
      app.request(`/admin/whatsapp?token=${token}`, { headers: { 'X-Forwarded-For': address } })
    for (let i = 0; i < 5; i += 1) expect((await from('203.0.113.7', `salah-${i}`)).status).toBe(401)
    const blocked = await from('203.0.113.7', 'salah-lagi')
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(await blocked.text()).toContain('Coba lagi 60 detik lagi')
    // While throttled even the right token waits: otherwise guessing would simply continue.
    expect((await from('203.0.113.7', TOKEN)).status).toBe(429)
    const bearerGuess = await app.request('/admin/whatsapp', {
      headers: { 'X-Forwarded-For': '203.0.113.7', Authorization: 'Bearer salah' },
    })
    expect(bearerGuess.status).toBe(429)
    expect((await from('198.51.100.2', TOKEN)).status).toBe(303)

    clock.advance(45_000)
    expect((await from('203.0.113.7', 'salah')).headers.get('retry-after')).toBe('15')
    clock.advance(15_000)
    expect((await from('203.0.113.7', TOKEN)).status).toBe(303)
  })

  it('caps wrong tokens from all addresses together at twenty a minute', async () => {
    const clock = new FixedClock(AT)
    const app = appWith({ adminToken: TOKEN, clock })
    const from = (address: string, token: string) =>
      app.request(`/admin/whatsapp?token=${token}`, { headers: { 'X-Forwarded-For': address } })
    for (let i = 0; i < 20; i += 1) expect((await from(`203.0.113.${i}`, 'salah')).status).toBe(401)
    expect((await from('198.51.100.9', 'salah')).status).toBe(429)
    clock.advance(60_000)
    expect((await from('198.51.100.9', TOKEN)).status).toBe(303)
  })

  it('keeps a signed-in admin in while someone else is throttled', async () => {
    const app = appWith({ adminToken: TOKEN })
    const cookie = (await app.request(`/admin/whatsapp?token=${TOKEN}`)).headers
      .get('set-cookie')!
      .split(';')[0]!
    for (let i = 0; i < 25; i += 1)
      await app.request('/admin/whatsapp?token=salah', { headers: { 'X-Forwarded-For': `203.0.113.${i}` } })
    expect((await app.request('/admin/whatsapp', { headers: { Cookie: cookie } })).status).toBe(200)
  })
})
