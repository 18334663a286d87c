import { describe, expect, it } from 'vitest'
import { resolveZoneName, zoneAbbreviation } from '../../src/time/zones.js'

describe('zones', () => {
  it('abbreviates the three Indonesian zones', () => {
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB')
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA')
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT')
  })

  it('shows another zone as its offset when it has one all year, else by name', () => {
    expect(zoneAbbreviation('Asia/Singapore')).toBe('UTC+8')
    expect(zoneAbbreviation('Asia/Kolkata')).toBe('UTC+5:30')
    expect(zoneAbbreviation('Europe/London')).toBe('Europe/London')
    expect(zoneAbbreviation('Europe/London', new Date(Date.UTC(2026, 6, 1)))).toBe('UTC+1')
    expect(zoneAbbreviation('UTC')).toBe('UTC')
  })

  it('resolves WIB/WITA/WIT in any case and valid IANA names', () => {
    expect(resolveZoneName('wib')).toBe('Asia/Jakarta')
    expect(resolveZoneName(' WITA ')).toBe('Asia/Makassar')
    expect(resolveZoneName('Wit')).toBe('Asia/Jayapura')
    expect(resolveZoneName('Asia/Singapore')).toBe('Asia/Singapore')
    expect(resolveZoneName('asia/jakarta')).toBe('Asia/Jakarta')
  })

  it('refuses names that are not zones', () => {
    expect(resolveZoneName('Asia/Wonosobo')).toBeNull()
    expect(resolveZoneName('+07:00')).toBeNull()
    expect(resolveZoneName('')).toBeNull()
  })
})
