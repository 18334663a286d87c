import { randomBytes } from 'node:crypto'
import { setTimeout as wait } from 'node:timers/promises'
import { afterEach, expect, it, vi } from 'vitest'
import { DatabaseAuthState, FencedWriteError } from '../../../src/platforms/whatsapp/auth-state.js'
import { SessionLease } from '../../../src/platforms/whatsapp/lease.js'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { signedDeviceIdentity } from '../../fakes/fake-wa-socket.js'
import { BOT } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

// Two instances sharing one database (on PostgreSQL, as replicas do; on PGlite, two adapters in one process).
describeWithDatabase('WhatsApp session lease between instances', (get) => {
  const beds: Testbed[] = []
  afterEach(async () => {
    for (const bed of beds.splice(0)) await bed.adapter.stop()
  })
  const instance = (owner: string, leaseTtlMs = 30_000) => {
    const bed = whatsappTestbed(get().db, { owner, timing: { leaseTtlMs } })
    beds.push(bed)
    return bed
  }

  it('lets the second instance connect only after the first one’s lease expired, and refuses the first one’s late writes', async () => {
    const db = whatsappDb(get().db)
    // Instance A took the session and then hung: it holds the lease but no longer renews it.
    const hung = new SessionLease(db, 'default', 'instance-a', 1_500)
    const taken = await hung.tryAcquire()
    expect(taken).toEqual({ acquired: true, epoch: 1 })
    const hungAuth = await DatabaseAuthState.open(db, { session: 'default', owner: 'instance-a', epoch: 1 })
    hungAuth.creds.me = {
      id: '6281100000000:7@s.whatsapp.net',
      lid: '200000000000001:7@lid',
      name: 'Sinergi',
    }
    hungAuth.creds.account = signedDeviceIdentity()
    await hungAuth.saveCreds()
    const held = await hung.holder()

    const b = instance('instance-b')
    b.adapter.start()
    await vi.waitFor(() => expect(b.adapter.linkStatus().state).toBe('standby'))
    expect(b.adapter.linkStatus().detail).toContain('instance-a')
    // While A's lease is still valid, B keeps trying and never makes a socket.
    for (;;) {
      // Sockets counted before the lease is read: if the lease is still valid now, it was then too.
      const socketsBefore = b.world.sockets.length
      const holder = (await hung.holder())!
      if (holder.owner !== 'instance-a' || holder.expired) break
      expect(socketsBefore).toBe(0)
      await wait(100)
    }

    const socket = await b.world.socket(1)
    const lease = await db.selectFrom('whatsapp_leases').selectAll().executeTakeFirstOrThrow()
    expect(lease).toMatchObject({ owner: 'instance-b', epoch: 2 })
    expect(lease.acquired_at.getTime()).toBeGreaterThanOrEqual(held!.expiresAt.getTime())
    // B continues A's linked session from the database.
    expect(socket.authState.creds.me?.name).toBe('Sinergi')

    // A wakes up and writes under its old epoch: refused, nothing of it stored.
    hungAuth.creds.me = { ...hungAuth.creds.me, name: 'Stale A' }
    await expect(hungAuth.saveCreds()).rejects.toBeInstanceOf(FencedWriteError)
    await expect(hungAuth.keys.set({ session: { 'x.0': randomBytes(8) } })).rejects.toBeInstanceOf(
      FencedWriteError,
    )
    expect(await hung.renew()).toBe(false)
    const stored = await DatabaseAuthState.open(db, { session: 'default', owner: 'instance-b', epoch: 2 })
    expect(stored.creds.me?.name).toBe('Sinergi')
  })

  it('hands the session over at once when the holder stops cleanly; the other stands by meanwhile', async () => {
    const a = instance('instance-a')
    a.adapter.start()
    ;(await a.world.socket(1)).open(BOT)
    await vi.waitFor(() => expect(a.adapter.canDeliver()).toBe(true))

    const b = instance('instance-b')
    b.adapter.start()
    await vi.waitFor(() => expect(b.adapter.linkStatus().state).toBe('standby'))
    await wait(200)
    expect(b.world.sockets).toHaveLength(0)

    await a.adapter.stop()
    const taken = await b.world.socket(1)
    expect(a.world.latest!.ended).toBe(true)
    taken.open()
    await vi.waitFor(() => expect(b.adapter.canDeliver()).toBe(true))
    const lease = await whatsappDb(get().db)
      .selectFrom('whatsapp_leases')
      .selectAll()
      .executeTakeFirstOrThrow()
    expect(lease).toMatchObject({ owner: 'instance-b', epoch: 2 })
    expect(taken.authState.creds.me?.id).toBe('6281100000000:7@s.whatsapp.net')
  })
})
