/**
 * One Sinergi instance serving Telegram and WhatsApp through one relay, each behind its fake, with a
 * FixedClock, a Planner and an OutboxWorker: the set-up of the end-to-end tests across both platforms.
 */
import type { Kysely } from 'kysely'
import pino from 'pino'
import { expect, vi } from 'vitest'
import { commands } from '../../commands/index.js'
import { Dispatcher } from '../../src/chat/dispatcher.js'
import { FixedClock } from '../../src/clock.js'
import type { Database } from '../../src/db/database.js'
import { TelegramAdapter } from '../../src/platforms/telegram/telegram-adapter.js'
import { WhatsAppAdapter } from '../../src/platforms/whatsapp/whatsapp-adapter.js'
import { Relay } from '../../src/relay/relay.js'
import { OutboxWorker } from '../../src/scheduler/outbox/worker.js'
import { Planner } from '../../src/scheduler/producers/planner.js'
import { type FakeWaSocket, FakeWhatsApp } from '../fakes/fake-wa-socket.js'
import { FakeTelegram } from '../fakes/telegram-bot-api.js'
import { BOT, GROUP, groupMetadata } from '../fixtures/whatsapp/messages.js'
import { TEST_LIMITS } from '../platforms/telegram/telegram-bot.js'
import { FAST_BACKOFF, FAST_TIMING } from '../platforms/whatsapp/testbed.js'

const silent = pino({ level: 'silent' })

/** The text of a WhatsApp message the bot sent (text content, or a file's caption). */
export const waText = (sent: FakeWaSocket['sent'][number]): string => {
  const c = sent.content as { text?: string; caption?: string }
  return c.text ?? c.caption ?? ''
}

/** One Sinergi instance serving both platforms through one relay, each behind its fake; `stop` ends it. */
export async function bothPlatforms(db: Kysely<Database>, now: string) {
  const clock = new FixedClock(now)
  const dispatcher = new Dispatcher({
    db,
    commands,
    clock,
    logger: silent,
    defaultLanguage: 'id',
    defaultTimezone: 'Asia/Jakarta',
    publicUrl: 'https://sinergi.example.go.id',
  })
  const relay = new Relay({ db, dispatcher, clock, logger: silent, defaultLanguage: 'id' })
  const fake = await FakeTelegram.start({ now: () => clock.now() })
  const telegram = new TelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    mode: 'polling',
    publicUrl: 'https://sinergi.example.go.id',
    core: relay,
    commands,
    clock,
    logger: silent,
    limits: TEST_LIMITS,
    pollTimeoutSeconds: 5,
    onState: () => {},
  })
  const world = new FakeWhatsApp(() => clock.now().getTime())
  world.groups.set(GROUP, groupMetadata())
  const whatsapp = new WhatsAppAdapter({
    db,
    core: relay,
    clock,
    logger: silent,
    session: 'default',
    owner: 'instance-a',
    socketFactory: world.factory,
    pacing: { perMinute: 10_000, minGapMs: 0, chatGapMs: 0, jitterMs: 0 },
    timing: FAST_TIMING,
    backoff: FAST_BACKOFF,
    print: () => {},
    onState: () => {},
    onConnectionEvent: () => {},
  })
  relay.register(telegram)
  relay.register(whatsapp)
  telegram.start()
  whatsapp.start()
  const stop = async () => {
    await telegram.stop()
    await whatsapp.stop()
    await fake.close()
  }
  const socket = await world.socket(1)
  socket.open(BOT)
  await vi.waitFor(() => expect(whatsapp.canDeliver()).toBe(true))
  const planner = new Planner({ db, clock, logger: silent })
  const worker = new OutboxWorker({
    db,
    clock,
    deliveries: relay.deliveries,
    logger: silent,
    options: { random: () => 0.5 },
  })
  /** Moves the clock, plans and sends whatever is due, on both platforms. */
  const runAt = async (instant: string) => {
    clock.set(instant)
    await planner.tick()
    await worker.drain()
  }
  /** A WhatsApp message handled, every answer sent; returns what was sent for it. */
  const onWhatsApp = async (message: Parameters<typeof socket.deliver>[0][number]) => {
    const before = socket.sent.length
    socket.deliver([message], 'notify')
    await whatsapp.settled()
    return socket.sent.slice(before)
  }
  return { db, clock, fake, socket, runAt, onWhatsApp, stop }
}
