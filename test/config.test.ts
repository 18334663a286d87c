import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'

describe('configuration', () => {
  it('runs on the embedded database with Indonesian defaults when nothing is set', () => {
    const config = loadConfig({})
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' })
    expect(config.http.port).toBe(3000)
    expect(config.publicUrl).toBe('http://localhost:3000')
    expect(config.defaults).toEqual({ timezone: 'Asia/Jakarta', language: 'id' })
    expect(config.telegram.enabled).toBe(false)
    expect(Object.isFrozen(config.http)).toBe(true)
  })

  it('switches to the PostgreSQL server named by DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://sinergi:rahasia@db:5432/sinergi' })
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://sinergi:rahasia@db:5432/sinergi' })
  })

  it('derives PUBLIC_URL from PORT and drops a trailing slash from an explicit one', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080')
    expect(loadConfig({ PUBLIC_URL: 'https://sinergi.wonosobokab.go.id/' }).publicUrl).toBe(
      'https://sinergi.wonosobokab.go.id',
    )
  })

  it('names every bad variable and what it expects', () => {
    try {
      loadConfig({ PORT: 'abc', DEFAULT_TIMEZONE: 'Asia/Wonosobo', TELEGRAM_MODE: 'push' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const message = (error as Error).message
      expect(message).toMatch(/PORT: expected/)
      expect(message).toMatch(/DEFAULT_TIMEZONE: expected an IANA time zone/)
      expect(message).toMatch(/TELEGRAM_MODE: expected/)
    }
  })

  it('requires PUBLIC_URL for a Telegram webhook', () => {
    expect(() =>
      loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_MODE: 'webhook' }),
    ).toThrow(/PUBLIC_URL: expected the public https URL/)
  })

  it('refuses a Telegram webhook on a plain http PUBLIC_URL, saying https is needed', () => {
    expect(() =>
      loadConfig({
        TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        TELEGRAM_MODE: 'webhook',
        PUBLIC_URL: 'http://sinergi.example.go.id',
      }),
    ).toThrow(/PUBLIC_URL: expected an https URL when TELEGRAM_MODE=webhook/)
  })

  it('reads WHATSAPP_WA_VERSION as three numbers, and refuses anything else', () => {
    expect(loadConfig({ WHATSAPP_WA_VERSION: '2.3000.1027934701' }).whatsapp.waVersion).toEqual([
      2, 3000, 1027934701,
    ])
    expect(() => loadConfig({ WHATSAPP_WA_VERSION: '2.3000' })).toThrow(/WHATSAPP_WA_VERSION: expected/)
  })

  it('never repeats a rejected token in its message', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'secret-token-value' })).toThrow(ConfigError)
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: 'secret-token-value' })
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-token-value')
    }
  })

  it('reads METRICS_TOKEN, refusing one shorter than 16 characters', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined()
    expect(loadConfig({ METRICS_TOKEN: 'prometheus-scrape-token' }).metricsToken).toBe(
      'prometheus-scrape-token',
    )
    expect(() => loadConfig({ METRICS_TOKEN: 'pendek' })).toThrow(
      /METRICS_TOKEN: expected at least 16 characters/,
    )
  })
})
