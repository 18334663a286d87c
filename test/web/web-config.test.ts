import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'

describe('web link configuration', () => {
  it('defaults to 7-day links, a generated secret, and no feed addresses without PUBLIC_URL', () => {
    const config = loadConfig({})
    expect(config.webLink).toEqual({ secret: undefined, days: 7 })
    expect(config.publicUrlSet).toBe(false)
  })

  it('takes WEB_LINK_SECRET, WEB_LINK_DAYS and PUBLIC_URL', () => {
    const secret = 'k'.repeat(32)
    const config = loadConfig({
      WEB_LINK_SECRET: secret,
      WEB_LINK_DAYS: '3',
      PUBLIC_URL: 'https://sinergi.example.go.id',
    })
    expect(config.webLink).toEqual({ secret, days: 3 })
    expect(config.publicUrlSet).toBe(true)
  })

  it('refuses a short secret and an unreasonable link lifetime, naming the variables', () => {
    expect(() => loadConfig({ WEB_LINK_SECRET: 'pendek' })).toThrow(
      /WEB_LINK_SECRET: expected at least 32 characters/,
    )
    expect(() => loadConfig({ WEB_LINK_DAYS: '0' })).toThrow(/WEB_LINK_DAYS/)
    expect(() => loadConfig({ WEB_LINK_DAYS: '365' })).toThrow(/WEB_LINK_DAYS/)
  })
})
