import { DisconnectReason } from 'baileys'
import { afterEach, expect, it, vi } from 'vitest'
import { shouldIgnoreJid } from '../../../src/platforms/whatsapp/baileys-socket.js'
import type { ConnectionEvent } from '../../../src/platforms/whatsapp/connection.js'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { Relay } from '../../../src/relay/relay.js'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { openTestbed, whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

const closings = (events: ConnectionEvent[]) =>
  events.flatMap((e) => (e.type === 'closed' ? [{ action: e.action, delayMs: e.delayMs }] : []))

describeWithDatabase('WhatsApp under real-world conditions', (get) => {
  let running: Testbed | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    await running?.adapter.stop()
    running = undefined
  })

  /** A linked adapter in a group with Budi, Sari and Tono, its first socket open. */
  async function linkedInGroup() {
    const bed = await openTestbed(get().db, {}, [groupMetadata()])
    running = bed
    await vi.waitFor(async () => expect(await bed.adapter.members.isInGroup(GROUP, BUDI.lid)).toBe(true))
    return bed
  }

  it('ignores group chatter before any identity or database lookup, and still reads commands', async () => {
    const bed = await linkedInGroup()
    const lookups = vi.spyOn(Relay.prototype, 'knownIdentities')
    const lidMapping = bed.first.signalRepository.lidMapping
    const lidLookups = [vi.spyOn(lidMapping, 'getPNForLID'), vi.spyOn(lidMapping, 'getLIDForPN')]
    const at = bed.clock.now()
    bed.first.deliver([
      groupMessage({ from: BUDI, at, content: content.conversation('selamat pagi semua 🙏') }),
      groupMessage({ from: BUDI, at, content: content.extended('rapat jam 10 ya, mohon /hadir') }),
    ])
    await bed.adapter.settled()
    expect(lookups).not.toHaveBeenCalled()
    for (const spy of lidLookups) expect(spy).not.toHaveBeenCalled()

    bed.first.deliver([groupMessage({ from: BUDI, at, content: content.conversation('!bantuan') })])
    await bed.adapter.settled()
    expect(lookups).toHaveBeenCalled()
  })

  it('tells Baileys to ignore status broadcasts and newsletters, not people or groups', () => {
    expect(shouldIgnoreJid('status@broadcast')).toBe(true)
    expect(shouldIgnoreJid('120363000000000000@newsletter')).toBe(true)
    expect(shouldIgnoreJid(GROUP)).toBe(false)
    expect(shouldIgnoreJid(BUDI.lid)).toBe(false)
    expect(shouldIgnoreJid(BUDI.pn)).toBe(false)
  })

  it('forgets a group the bot was removed from while offline: the chat goes inactive and its metadata is dropped', async () => {
    const bed = await linkedInGroup()
    const removed = vi.spyOn(Relay.prototype, 'botRemoved')
    const db = whatsappDb(get().db)
    await vi.waitFor(async () =>
      expect(await db.selectFrom('whatsapp_groups').select('jid').execute()).toEqual([{ jid: GROUP }]),
    )
    bed.first.close(DisconnectReason.connectionLost)
    bed.world.groups.delete(GROUP)
    const second = await bed.world.socket(2)
    second.open()
    await vi.waitFor(() => expect(removed).toHaveBeenCalledWith('whatsapp', GROUP))
    await vi.waitFor(async () =>
      expect(await db.selectFrom('whatsapp_groups').select('jid').execute()).toEqual([]),
    )
  })

  it('backs off after several restart-required closes in a row without an open', async () => {
    const bed = await linkedInGroup()
    for (let n = 1; n <= 5; n += 1) {
      bed.world.latest!.close(DisconnectReason.restartRequired)
      await bed.world.socket(n + 1)
    }
    expect(closings(bed.events)).toEqual([
      { action: 'reconnect-now', delayMs: 0 },
      { action: 'reconnect-now', delayMs: 0 },
      { action: 'reconnect-now', delayMs: 0 },
      { action: 'backoff', delayMs: 4 },
      { action: 'backoff', delayMs: 8 },
    ])
    // An open ends the streak: the next restart is immediate again.
    bed.world.latest!.open()
    await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
    bed.world.latest!.close(DisconnectReason.restartRequired)
    await bed.world.socket(7)
    expect(closings(bed.events).at(-1)).toEqual({ action: 'reconnect-now', delayMs: 0 })
  })

  it('shows as unavailable as soon as the socket opens, also right after the first link', async () => {
    const bed = whatsappTestbed(get().db)
    running = bed
    bed.adapter.start()
    const first = await bed.world.socket(1)
    first.showQr()
    first.pairAs(BOT)
    const second = await bed.world.socket(2)
    second.open()
    await vi.waitFor(() => expect(second.presence).toEqual(['unavailable']))
  })

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
