import { DisconnectReason } from 'baileys'
import { afterEach, expect, it, vi } from 'vitest'
import { DatabaseAuthState } from '../../../src/platforms/whatsapp/auth-state.js'
import type { ConnectionEvent } from '../../../src/platforms/whatsapp/connection.js'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { BOT } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { openTestbed, whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

const closings = (events: ConnectionEvent[]) =>
  events.flatMap((e) =>
    e.type === 'closed' ? [{ code: e.verdict.statusCode, action: e.action, delayMs: e.delayMs }] : [],
  )

describeWithDatabase('WhatsApp connection', (get) => {
  let running: Testbed | undefined
  afterEach(async () => {
    await running?.adapter.stop()
    running = undefined
  })

  /** An adapter whose device is already linked, with its first socket open. */
  async function linkedAndOpen(options: Parameters<typeof openTestbed>[1] = {}) {
    const bed = await openTestbed(get().db, options)
    running = bed
    return bed
  }

  it('shows a QR code in the terminal and the link status, links on scan, and reconnects at once for the restart', async () => {
    const bed = whatsappTestbed(get().db)
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr('2@ref-1,noise,identity,adv')
    expect(bed.adapter.linkStatus()).toMatchObject({
      state: 'waiting-for-qr-scan',
      qr: '2@ref-1,noise,identity,adv',
    })
    await vi.waitFor(() => expect(bed.printed.join('')).toContain('Scan this QR code'))
    expect(bed.printed.join('')).toMatch(/[█▀▄]/)

    first.pairAs(BOT)
    const second = await bed.world.socket(2)
    expect(first.ended).toBe(true)
    expect(closings(bed.events)).toEqual([
      { code: DisconnectReason.restartRequired, action: 'reconnect-now', delayMs: 0 },
    ])
    await vi.waitFor(async () =>
      expect(await DatabaseAuthState.isLinked(whatsappDb(get().db), 'default')).toBe(true),
    )
    second.open()
    await vi.waitFor(() =>
      expect(bed.adapter.linkStatus()).toMatchObject({ state: 'open', detail: 'linked to +6281100000000' }),
    )
    expect(bed.adapter.linkStatus().qr).toBeUndefined()
    expect(bed.world.overlaps).toBe(0)
  })

  it('asks for a pairing code instead of a QR code when a pairing number is set', async () => {
    const bed = whatsappTestbed(get().db, { pairingNumber: '6281100000000' })
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr()
    await vi.waitFor(() =>
      expect(bed.adapter.linkStatus()).toMatchObject({
        state: 'waiting-for-pairing-code',
        pairingCode: 'SNRG2026',
      }),
    )
    expect(first.pairingRequests).toEqual(['6281100000000'])
    expect(bed.printed.join('')).toContain('SNRG-2026')
    first.showQr()
    expect(first.pairingRequests).toHaveLength(1)
  })

  it('starts linking afresh after a pairing code ran out, instead of logging in with half-paired credentials', async () => {
    const bed = whatsappTestbed(get().db, { pairingNumber: '6281100000000' })
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr()
    await vi.waitFor(() => expect(bed.adapter.linkStatus().pairingCode).toBe('SNRG2026'))
    // The code was never typed: WhatsApp drops the unpaired socket when the code expires.
    first.close(DisconnectReason.timedOut)
    const second = await bed.world.socket(2)
    expect(second.config.auth.creds.me).toBeUndefined()
    second.showQr()
    await vi.waitFor(() => expect(second.pairingRequests).toEqual(['6281100000000']))
    expect(closings(bed.events).map((c) => c.action)).toEqual(['linking-retry'])
    expect(bed.adapter.linkStatus().state).toBe('waiting-for-pairing-code')
  })

  it('starts linking afresh when Sinergi restarts with half-paired credentials', async () => {
    const before = whatsappTestbed(get().db, { pairingNumber: '6281100000000' })
    before.adapter.start()
    const first = await before.world.socket(1)
    first.showQr()
    await vi.waitFor(() => expect(first.config.auth.creds.me).toBeDefined())
    await before.adapter.stop()

    const bed = whatsappTestbed(get().db, { pairingNumber: '6281100000000' })
    running = bed
    bed.adapter.start()
    const again = await bed.world.socket(1)
    expect(again.config.auth.creds.me).toBeUndefined()
    again.showQr()
    await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('waiting-for-pairing-code'))
  })

  it('treats a 401 on a socket that never linked as a linking retry, never as "logged out"', async () => {
    const bed = whatsappTestbed(get().db)
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr()
    first.close(DisconnectReason.loggedOut)
    const second = await bed.world.socket(2)
    second.showQr()
    expect(closings(bed.events)).toEqual([{ code: 401, action: 'linking-retry', delayMs: 5 }])
    expect(bed.adapter.linkStatus().state).toBe('waiting-for-qr-scan')
  })

  it('says WhatsApp refused the WhatsApp Web version (405) and how to fix it, instead of retrying blindly', async () => {
    const bed = await linkedAndOpen()
    bed.first.close(405)
    await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('version-refused'))
    expect(bed.adapter.linkStatus().detail).toContain('WHATSAPP_WA_VERSION')
    expect(closings(bed.events)).toEqual([{ code: 405, action: 'version-refused', delayMs: 40 }])
  })

  it('announces the WhatsApp Web version set in WHATSAPP_WA_VERSION', async () => {
    const bed = whatsappTestbed(get().db, { waVersion: [2, 3000, 1027934701] })
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    expect(first.config.version).toEqual([2, 3000, 1027934701])
  })

  it('shows new QR codes when the last ones ran out unscanned, without counting it as a failure', async () => {
    const bed = whatsappTestbed(get().db)
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr()
    first.close(DisconnectReason.timedOut)
    const second = await bed.world.socket(2)
    second.showQr()
    expect(closings(bed.events)).toEqual([{ code: 408, action: 'linking-retry', delayMs: 5 }])
    expect(bed.adapter.linkStatus().state).toBe('waiting-for-qr-scan')
  })

  it.each([
    ['connection lost / timed out', DisconnectReason.connectionLost],
    ['connection closed', DisconnectReason.connectionClosed],
    ['service unavailable', DisconnectReason.unavailableService],
    ['bad session', DisconnectReason.badSession],
  ])(
    'reconnects after a growing, capped delay when the %s (%i), then pauses behind the circuit breaker',
    async (_, code) => {
      const bed = await linkedAndOpen()
      for (let n = 1; n <= 5; n += 1) {
        bed.world.latest!.close(code)
        await bed.world.socket(n + 1)
      }
      expect(closings(bed.events)).toEqual([
        { code, action: 'backoff', delayMs: 4 },
        { code, action: 'backoff', delayMs: 8 },
        { code, action: 'backoff', delayMs: 16 },
        { code, action: 'backoff', delayMs: 20 },
        { code, action: 'backoff', delayMs: 40 },
      ])
      const breaker = bed.events.filter((e) => e.type === 'closed').at(-1)
      expect(breaker).toMatchObject({ circuitOpen: true })
      expect(bed.adapter.linkStatus()).toMatchObject({ state: 'reconnecting' })
      expect(bed.adapter.linkStatus().detail).toContain('5 failures in a row')
      // A connection that opens starts the count again.
      bed.world.latest!.open()
      await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
      bed.world.latest!.close(code)
      await bed.world.socket(7)
      expect(closings(bed.events).at(-1)).toEqual({ code, action: 'backoff', delayMs: 4 })
      expect(bed.world.overlaps).toBe(0)
    },
  )

  it('reconnects at once when WhatsApp asks for a restart (515)', async () => {
    const bed = await linkedAndOpen()
    bed.first.close(DisconnectReason.restartRequired)
    await bed.world.socket(2)
    expect(closings(bed.events)).toEqual([{ code: 515, action: 'reconnect-now', delayMs: 0 }])
  })

  it('stands down without reconnecting when the connection was replaced by the instance that now owns the session', async () => {
    // No lease renewal during the test: a renewal between the takeover and the close would find the
    // lease lost first and stand down for that reason (its own test), not for the close's code 440.
    const bed = await linkedAndOpen({ timing: { leaseRenewMs: 60_000 } })
    const db = whatsappDb(get().db)
    await db
      .updateTable('whatsapp_leases')
      .set((eb) => ({ owner: 'instance-b', epoch: eb('epoch', '+', 1) }))
      .execute()
    bed.first.close(DisconnectReason.connectionReplaced)
    await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('standby'))
    expect(closings(bed.events)).toEqual([{ code: 440, action: 'stand-down', delayMs: undefined }])
    expect(bed.world.sockets).toHaveLength(1)
    expect(bed.adapter.canDeliver()).toBe(false)
  })

  it('backs off when the connection was replaced but this instance still owns the session', async () => {
    const bed = await linkedAndOpen()
    bed.first.close(DisconnectReason.connectionReplaced)
    await bed.world.socket(2)
    expect(closings(bed.events)).toEqual([{ code: 440, action: 'backoff', delayMs: 4 }])
  })

  it.each([
    ['logged out', DisconnectReason.loggedOut],
    ['forbidden', DisconnectReason.forbidden],
    ['multi-device mismatch', DisconnectReason.multideviceMismatch],
  ])('stops, clears the session and says re-linking is needed when %s (%i)', async (_, code) => {
    const bed = await linkedAndOpen()
    const db = whatsappDb(get().db)
    await vi.waitFor(async () => expect(await DatabaseAuthState.isLinked(db, 'default')).toBe(true))
    bed.first.close(code)
    await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('logged-out'))
    expect(bed.adapter.linkStatus().detail).toContain('Re-linking is needed')
    expect(bed.states.at(-1)).toMatchObject({
      state: 'logged-out',
      detail: expect.stringContaining('Re-linking is needed'),
    })
    expect(closings(bed.events)).toEqual([{ code, action: 'relink-needed', delayMs: undefined }])
    expect(await db.selectFrom('whatsapp_auth_creds').selectAll().execute()).toEqual([])
    expect(await db.selectFrom('whatsapp_auth_keys').selectAll().execute()).toEqual([])
    expect(bed.world.sockets).toHaveLength(1)

    // Re-linking starts afresh: a new socket with new credentials, showing a QR code.
    expect(bed.adapter.relink()).toBe(true)
    const fresh = await bed.world.socket(2)
    expect(fresh.authState.creds.me).toBeUndefined()
    fresh.showQr()
    expect(bed.adapter.linkStatus().state).toBe('waiting-for-qr-scan')
  })

  it('drops the socket at once when renewing the lease fails, and stands by', async () => {
    const bed = await linkedAndOpen()
    const db = whatsappDb(get().db)
    await vi.waitFor(async () => expect(await DatabaseAuthState.isLinked(db, 'default')).toBe(true))
    await db
      .updateTable('whatsapp_leases')
      .set((eb) => ({ owner: 'instance-b', epoch: eb('epoch', '+', 1) }))
      .execute()
    await vi.waitFor(() => expect(bed.first.ended).toBe(true))
    expect(bed.events.some((e) => e.type === 'lease-lost')).toBe(true)
    await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('standby'))
    expect(bed.adapter.canDeliver()).toBe(false)
    expect(bed.world.sockets).toHaveLength(1)
  })

  it('lets the lease go on a clean stop', async () => {
    const bed = await linkedAndOpen()
    await bed.adapter.stop()
    running = undefined
    expect(bed.first.ended).toBe(true)
    const lease = await whatsappDb(get().db)
      .selectFrom('whatsapp_leases')
      .selectAll()
      .executeTakeFirstOrThrow()
    expect(lease.expires_at.getTime()).toBeLessThanOrEqual(Date.now() + 1_000)
    expect(bed.adapter.linkStatus()).toMatchObject({ state: 'disabled', detail: 'stopped' })
  })
})
