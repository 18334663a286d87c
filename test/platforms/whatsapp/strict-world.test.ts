import { afterEach, expect, it, vi } from 'vitest'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

describeWithDatabase('WhatsApp against a strict fake', (get) => {
  let running: Testbed | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    await running?.adapter.stop()
    running = undefined
  })

  async function linkedInGroup() {
    const bed = whatsappTestbed(get().db)
    running = bed
    bed.world.groups.set(GROUP, groupMetadata())
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.open(BOT)
    await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
    await vi.waitFor(async () => expect(await bed.adapter.members.isInGroup(GROUP, BUDI.lid)).toBe(true))
    return { ...bed, first }
  }

  it('answers in a group from the cached metadata, without asking WhatsApp for it on each send', async () => {
    const bed = await linkedInGroup()
    const fetchesBefore = bed.world.metadataFetches
    bed.first.deliver([
      groupMessage({ from: BUDI, at: bed.clock.now(), content: content.conversation('!bantuan') }),
    ])
    await bed.adapter.settled()
    expect(bed.first.sent.some((s) => s.jid === GROUP)).toBe(true)
    expect(bed.world.metadataFetches).toBe(fetchesBefore)
  })

  it('keeps using the stored metadata when WhatsApp rate-limits group metadata (429)', async () => {
    const bed = await linkedInGroup()
    bed.world.metadataRateLimited = true
    bed.clock.advance(10 * 60_000)
    const fetchesBefore = bed.world.metadataFetches
    expect(await bed.adapter.members.isGroupAdmin(GROUP, BUDI.lid)).toBe(true)
    expect(bed.world.metadataFetches).toBe(fetchesBefore + 1)
  })

  it('handles a message whose LID has no known number', async () => {
    const bed = await linkedInGroup()
    vi.spyOn(bed.first.signalRepository.lidMapping, 'getPNForLID').mockResolvedValue(null)
    const sentBefore = bed.first.sent.length
    bed.first.deliver([
      groupMessage({
        from: BUDI,
        as: 'lid-only',
        at: bed.clock.now(),
        content: content.conversation('!bantuan'),
      }),
    ])
    await bed.adapter.settled()
    expect(bed.first.sent.length).toBeGreaterThan(sentBefore)
  })
})
