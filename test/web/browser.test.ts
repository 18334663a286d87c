import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/db/migrate.js'
import { ChatHarness } from '../support/chat-harness.js'
import { openEmptyDatabase, type TestDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, seededForum, webApp } from './fixture.js'

// The web calendar in a real browser: Debian's Chromium driven by playwright-core, against the real
// HTTP server on 127.0.0.1. Skipped, saying why, when either is missing (`.ci/run` installs Chromium).
const CHROMIUM = '/usr/bin/chromium'
type Playwright = typeof import('playwright-core')
const playwright: Playwright | undefined = await import('playwright-core').catch(() => undefined)
const missing = !playwright
  ? 'playwright-core is not installed'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} is missing (apt-get install chromium)`
    : undefined
if (missing) console.warn(`Browser tests skipped: ${missing}.`)

const ARTIFACTS = join(process.cwd(), 'test-artifacts')
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
// Evaluated inside the page: the project compiles without the DOM library, so declare what those use.
declare function getComputedStyle(element: unknown): {
  backgroundColor: string
  textDecorationLine: string
  gridTemplateColumns: string
}
declare const document: { documentElement: { scrollWidth: number } }
declare const window: { innerWidth: number }

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

describe.skipIf(missing !== undefined)('web calendar in Chromium', () => {
  let database: (TestDatabase & { drop(): Promise<void> }) | undefined
  let server: ReturnType<typeof serve> | undefined
  let baseUrl = ''
  let workspaceId = 0
  let coordinatorId = 0
  const profiles: string[] = []

  beforeAll(async () => {
    database = await openEmptyDatabase('pglite')
    await migrateToLatest(database.db)
    const chat = new ChatHarness(database.db, { now: NOW })
    ;({ workspaceId, coordinatorId } = await seededForum(chat))
    const app = webApp(database, new FixedClock(NOW))
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
    await new Promise<void>((resolve) => server!.once('listening', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    await mkdir(ARTIFACTS, { recursive: true })
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    await database?.drop()
    for (const profile of profiles) await rm(profile, { recursive: true, force: true })
  })

  /** A browser with a fresh profile of its own, closed after `use`. */
  async function withBrowser(
    options: Parameters<Playwright['chromium']['launchPersistentContext']>[1],
    use: (page: import('playwright-core').Page, errors: string[]) => Promise<void>,
  ) {
    const profile = await mkdtemp(join(tmpdir(), 'sinergi-chromium-'))
    profiles.push(profile)
    const context = await playwright!.chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      ...options,
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(page, errors)
    } finally {
      await context.close()
    }
  }

  it('opens a signed link on a phone: this week, month view, an agency, an item', async () => {
    await withBrowser(PHONE, async (page, errors) => {
      const response = await page.goto(`${baseUrl}${calendarPath(workspaceId, 'guest')}`)
      expect(response?.status()).toBe(200)
      await expect.poll(() => page.locator('h2.period').textContent()).toBe('5–11 Januari 2026')
      expect(await page.getByText('Rapat koordinasi imunisasi').isVisible()).toBe(true)
      expect(await page.getByText('Infografis imunisasi').isVisible()).toBe(true)
      expect(await page.locator('section.today h3').textContent()).toContain('Rabu, 7 Januari 2026')
      // Our own stylesheet applied under the CSP, and nothing complained.
      const activeTab = page.locator('.tabs a[aria-current="page"]')
      expect(await activeTab.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(15, 118, 110)')
      const cancelled = page.locator('details.s-batal summary .title').first()
      expect(await cancelled.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through')
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await page.screenshot({ path: join(ARTIFACTS, 'kalender-ponsel-pekan.png'), fullPage: true })

      await page.getByRole('link', { name: 'Bulan', exact: true }).click()
      await expect.poll(() => page.locator('h2.period').textContent()).toBe('Januari 2026')
      expect(page.url()).toContain('tampilan=bulan')
      expect(await page.getByText('Posyandu pekan depan').isVisible()).toBe(true)
      // On a phone the month is a list of the days that have something.
      expect(await page.locator('.month section.cell.empty').first().isVisible()).toBe(false)

      await page.selectOption('#instansi', 'POLRES')
      await page.getByRole('button', { name: 'Terapkan' }).click()
      await expect.poll(() => page.url()).toContain('instansi=POLRES')
      expect(await page.getByText('Hanya POLRES — Polres Wonosobo.').isVisible()).toBe(true)
      expect(await page.getByText('Operasi Lilin').first().isVisible()).toBe(true)
      expect(await page.getByText('Rapat koordinasi imunisasi').count()).toBe(0)

      const apel = page.locator('details', { hasText: 'Apel yang dibatalkan' })
      expect(await apel.getByText('Hujan deras').isVisible()).toBe(false)
      await apel.locator('summary').click()
      expect(await apel.getAttribute('open')).not.toBeNull()
      expect(await apel.getByText('Hujan deras').isVisible()).toBe(true)
      expect(await apel.getByText('08.00 WIB').isVisible()).toBe(true)
      await page.screenshot({ path: join(ARTIFACTS, 'kalender-ponsel-bulan-polres.png'), fullPage: true })
      expect(errors).toEqual([])
    })
  }, 60_000)

  it('shows the month as a seven-column grid on a wide screen', async () => {
    await withBrowser({ viewport: { width: 1280, height: 900 } }, async (page, errors) => {
      await page.goto(
        `${baseUrl}${calendarPath(workspaceId, { coordinatorId })}?tampilan=bulan&tanggal=2026-01-07`,
      )
      const columns = await page
        .locator('.month .grid')
        .evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length)
      expect(columns).toBe(7)
      expect(await page.getByText('Draf video patroli').isVisible()).toBe(true)
      await page.screenshot({ path: join(ARTIFACTS, 'kalender-layar-lebar-bulan.png'), fullPage: true })
      expect(errors).toEqual([])
    })
  }, 60_000)

  it('shows the Indonesian 410 page for an expired link', async () => {
    await withBrowser(PHONE, async (page) => {
      const response = await page.goto(
        `${baseUrl}${calendarPath(workspaceId, 'guest', '2026-01-01T00:00:00Z')}`,
      )
      expect(response?.status()).toBe(410)
      expect(await page.locator('h1').textContent()).toBe('Tautan sudah kedaluwarsa')
    })
  }, 60_000)
})
