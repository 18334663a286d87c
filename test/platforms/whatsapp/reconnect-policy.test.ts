import { DisconnectReason } from 'baileys'
import { describe, expect, it } from 'vitest'
import {
  ReconnectBackoff,
  statusCodeOf,
  verdictFor,
} from '../../../src/platforms/whatsapp/reconnect-policy.js'
import { boom } from '../../fakes/fake-wa-socket.js'

describe('reacting to a closed WhatsApp connection', () => {
  it('maps every Baileys disconnect reason to its reaction', () => {
    const reactions = Object.fromEntries(
      Object.entries(DisconnectReason)
        .filter(([, code]) => typeof code === 'number')
        .map(([name, code]) => [name, verdictFor(code as number).reaction]),
    )
    expect(reactions).toEqual({
      connectionClosed: 'backoff',
      connectionLost: 'backoff',
      connectionReplaced: 'check-lease',
      timedOut: 'backoff',
      loggedOut: 'relink-needed',
      badSession: 'backoff',
      restartRequired: 'reconnect-now',
      multideviceMismatch: 'relink-needed',
      forbidden: 'relink-needed',
      unavailableService: 'backoff',
    })
    expect(verdictFor(undefined).reaction).toBe('backoff')
    expect(verdictFor(999).reason).toBe('closed (999)')
  })

  it('reads the status code of the error Baileys closes with', () => {
    expect(statusCodeOf(boom(DisconnectReason.loggedOut))).toBe(401)
    expect(statusCodeOf(new Error('plain'))).toBeUndefined()
    expect(statusCodeOf(undefined)).toBeUndefined()
  })

  it('doubles the delay up to the cap, half of it fixed and half random, then opens the circuit', () => {
    const low = new ReconnectBackoff({
      baseMs: 1_000,
      maxMs: 5_000,
      breakerThreshold: 6,
      breakerCooldownMs: 60_000,
      random: () => 0,
    })
    expect([1, 2, 3, 4, 5, 6].map(() => low.next().delayMs)).toEqual([
      500, 1_000, 2_000, 2_500, 2_500, 60_000,
    ])
    const high = new ReconnectBackoff({
      baseMs: 1_000,
      maxMs: 5_000,
      breakerThreshold: 6,
      breakerCooldownMs: 60_000,
      random: () => 0.999_999,
    })
    expect([1, 2, 3, 4, 5].map(() => high.next().delayMs)).toEqual([1_000, 2_000, 4_000, 5_000, 5_000])
    const circuit = high.next()
    expect(circuit).toEqual({ delayMs: 60_000, circuitOpen: true, failures: 6 })
    high.reset()
    expect(high.next()).toMatchObject({ delayMs: 1_000, circuitOpen: false, failures: 1 })
  })
})
