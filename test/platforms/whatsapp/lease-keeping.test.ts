import { setTimeout as wait } from 'node:timers/promises'
import { afterEach, expect, it, vi } from 'vitest'
import { SessionLease } from '../../../src/platforms/whatsapp/lease.js'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { describeWithDatabase } from '../../support/databases.js'
import { openTestbed, type whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

describeWithDatabase('WhatsApp lease keeping', (get) => {
  let running: Testbed | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    await running?.adapter.stop()
    running = undefined
  })

  async function linkedAndOpen(options: Parameters<typeof whatsappTestbed>[1] = {}) {
    const bed = await openTestbed(get().db, options)
    running = bed
    return bed
  }

  /** The next renewal answers only after `ms` (a slow database), or never. */
  function slowNextRenewal(ms: number | 'never') {
    const renew = SessionLease.prototype.renew
    vi.spyOn(SessionLease.prototype, 'renew').mockImplementationOnce(async function (this: SessionLease) {
      if (ms === 'never') return new Promise<boolean>(() => {})
      await wait(ms)
      return renew.call(this)
    })
  }

  it('keeps the socket through a renewal slower than the renewal period while the lease is far from expiry', async () => {
    const bed = await linkedAndOpen({ timing: { leaseTtlMs: 3_000, leaseRenewMs: 100 } })
    slowNextRenewal(400)
    await wait(800)
    expect(bed.first.ended).toBe(false)
    expect(bed.events.some((e) => e.type === 'lease-lost')).toBe(false)
  })

  it('drops the socket before the lease expires when a renewal never answers', async () => {
    const bed = await linkedAndOpen({ timing: { leaseTtlMs: 600, leaseRenewMs: 100 } })
    slowNextRenewal('never')
    await vi.waitFor(() => expect(bed.first.ended).toBe(true), { timeout: 5_000 })
    expect(bed.events.some((e) => e.type === 'lease-lost')).toBe(true)
  })

  it('skips the lease as a single instance: connects despite a stale holder and never renews', async () => {
    const db = whatsappDb(get().db)
    // A previous process (another owner) left an unexpired lease behind.
    await new SessionLease(db, 'default', 'previous-process', 60_000).tryAcquire()
    const renewals = vi.spyOn(SessionLease.prototype, 'renew')
    const bed = await linkedAndOpen({ singleInstance: true })
    await wait(300)
    expect(renewals).not.toHaveBeenCalled()
    expect(bed.first.ended).toBe(false)
    expect(bed.events.some((e) => e.type === 'standby')).toBe(false)
  })
})
