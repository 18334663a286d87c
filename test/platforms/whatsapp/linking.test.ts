import { afterEach, expect, it, vi } from 'vitest'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { BOT } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

describeWithDatabase('WhatsApp linking', (get) => {
  let running: Testbed | undefined
  afterEach(async () => {
    await running?.adapter.stop()
    running = undefined
  })

  function started(options: Parameters<typeof whatsappTestbed>[1] = {}) {
    const bed = whatsappTestbed(get().db, options)
    running = bed
    bed.adapter.start()
    return bed
  }

  it.each(['companion_reg_refresh', 'pair-device-rotate-qr'] as const)(
    'pairs by QR code after WhatsApp rotated the pairing secret (%s)',
    async (child) => {
      const bed = started()
      const first = await bed.world.socket(1)
      first.showQr()
      const before = bed.adapter.linkStatus().qr!
      first.refreshCompanionRegistration(child)
      await vi.waitFor(() => expect(bed.adapter.linkStatus().qr).not.toBe(before))
      // Baileys keeps building later codes with the secret it read first; the shown ones must not.
      first.showQr()
      const shown = bed.adapter.linkStatus().qr!
      expect(shown).toContain(first.config.auth.creds.advSecretKey)
      expect(bed.printed.join('')).toContain('Scan this QR code')
      await vi.waitFor(async () => {
        const row = await whatsappDb(get().db)
          .selectFrom('whatsapp_auth_creds')
          .select('creds')
          .executeTakeFirst()
        expect(row?.creds).toContain(first.config.auth.creds.advSecretKey)
      })
      expect(first.scan(shown, BOT)).toBe(true)
      const second = await bed.world.socket(2)
      second.open()
      await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('open'))
    },
  )

  it('does not let a stale QR code pair (the fake refuses it as WhatsApp does)', async () => {
    const bed = started()
    const first = await bed.world.socket(1)
    first.showQr()
    const stale = bed.adapter.linkStatus().qr!
    first.refreshCompanionRegistration('companion_reg_refresh')
    expect(first.scan(stale, BOT)).toBe(false)
  })

  it('ignores a companion refresh once the device is linked', async () => {
    const bed = started()
    const first = await bed.world.socket(1)
    first.open(BOT)
    await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
    const secret = first.config.auth.creds.advSecretKey
    first.refreshCompanionRegistration('companion_reg_refresh')
    expect(first.config.auth.creds.advSecretKey).toBe(secret)
  })

  it.each([
    ['rejects', new Error('bad-request')],
    ['resolves with nothing', undefined],
  ])(
    'says so in the link status when WhatsApp refuses a pairing code (the request %s)',
    async (_, refusal) => {
      const bed = started({ pairingNumber: '6281100000000' })
      const first = await bed.world.socket(1)
      first.refusePairingCode(refusal)
      first.showQr()
      await vi.waitFor(() => expect(bed.adapter.linkStatus().state).toBe('pairing-code-refused'))
      expect(bed.adapter.linkStatus().detail).toContain('+6281100000000')
      expect(bed.adapter.linkStatus().pairingCode).toBeUndefined()
    },
  )
})
