import { afterEach, expect, it, vi } from 'vitest'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

describeWithDatabase('a WhatsApp instance stopped with answers still queued', (get) => {
  let bed: Testbed | undefined
  afterEach(async () => {
    await bed?.adapter.stop()
    bed = undefined
  })

  /** A forum in a group, its answers paced 100 ms apart; ten /bantuan from Budi waiting for their answers. */
  async function busyGroup() {
    bed = whatsappTestbed(get().db, {
      now: '2026-01-12T09:00:00+07:00',
      pacing: { perMinute: 10_000, minGapMs: 100, chatGapMs: 0, jitterMs: 0 },
    })
    bed.world.groups.set(GROUP, groupMetadata())
    bed.adapter.start()
    const socket = await bed.world.socket(1)
    socket.open(BOT)
    await vi.waitFor(() => expect(bed!.adapter.canDeliver()).toBe(true))
    const at = bed.clock.now()
    socket.deliver([
      groupMessage({ from: BUDI, at, content: content.conversation('/aktifkan Bakohumas Uji') }),
    ])
    await bed.adapter.settled()
    const before = socket.sent.length
    socket.deliver(
      Array.from({ length: 10 }, () =>
        groupMessage({ from: BUDI, at, content: content.conversation('/bantuan') }),
      ),
    )
    await vi.waitFor(() => expect(socket.sent.length).toBeGreaterThan(before))
    return { socket, adapter: bed.adapter, answers: () => socket.sent.length - before }
  }

  it('sends every queued answer within its drain budget before ending the socket', async () => {
    const { adapter, answers } = await busyGroup()
    await adapter.stop(10_000)
    expect(answers()).toBe(10)
  })

  it('without a budget, ends at once and leaves the queued answers unsent', async () => {
    const { adapter, answers } = await busyGroup()
    await adapter.stop(0)
    expect(answers()).toBeLessThan(10)
  })
})
