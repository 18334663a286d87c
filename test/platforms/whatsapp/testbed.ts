import type { GroupMetadata } from 'baileys'
import type { Kysely } from 'kysely'
import pino from 'pino'
import { expect, vi } from 'vitest'
import { commands } from '../../../commands/index.js'
import { Dispatcher } from '../../../src/chat/dispatcher.js'
import { FixedClock } from '../../../src/clock.js'
import type { DatabaseAvailability } from '../../../src/db/availability.js'
import type { Database } from '../../../src/db/database.js'
import type { Logger } from '../../../src/logger.js'
import type { ConnectionEvent, ConnectionTiming } from '../../../src/platforms/whatsapp/connection.js'
import type { PacingLimits } from '../../../src/platforms/whatsapp/pacing.js'
import type { BackoffOptions } from '../../../src/platforms/whatsapp/reconnect-policy.js'
import { WhatsAppAdapter } from '../../../src/platforms/whatsapp/whatsapp-adapter.js'
import { Relay } from '../../../src/relay/relay.js'
import type { PlatformState } from '../../../src/vocabulary.js'
import { FakeWhatsApp } from '../../fakes/fake-wa-socket.js'
import { BOT } from '../../fixtures/whatsapp/messages.js'

export const silent = pino({ level: 'silent' })

/** Fast timings for tests: the same state machine, in milliseconds instead of seconds. */
export const FAST_TIMING: Partial<ConnectionTiming> = {
  leaseTtlMs: 30_000,
  leaseRenewMs: 100,
  standbyRetryMs: 40,
  linkingRetryMs: 5,
  closeTimeoutMs: 500,
}

/** Delays 4, 8, 16, 20 (capped) ms, then the circuit opens (cool-down 40 ms); jitter fixed at its top. */
export const FAST_BACKOFF: BackoffOptions = {
  baseMs: 4,
  maxMs: 20,
  breakerThreshold: 5,
  breakerCooldownMs: 40,
  random: () => 1,
}

/** A WhatsApp adapter on a real database and dispatcher, with a fake WhatsApp behind the socket port. */
export function whatsappTestbed(
  db: Kysely<Database>,
  options: {
    now?: string
    owner?: string
    session?: string
    pairingNumber?: string
    waVersion?: readonly [number, number, number]
    timing?: Partial<ConnectionTiming>
    world?: FakeWhatsApp
    pacing?: PacingLimits
    scheduledBudgetMs?: number
    singleInstance?: boolean
    /** Holds events through a database outage (as the service does on PostgreSQL). */
    database?: DatabaseAvailability
    /** Where the adapter, dispatcher and relay log (default: nowhere). */
    logger?: Logger
  } = {},
) {
  const clock = new FixedClock(options.now ?? '2026-01-12T09:00:00+07:00')
  const world = options.world ?? new FakeWhatsApp(() => clock.now().getTime())
  const events: ConnectionEvent[] = []
  const states: PlatformState[] = []
  const printed: string[] = []
  const logger = options.logger ?? silent
  const dispatcher = new Dispatcher({
    db,
    commands,
    clock,
    logger,
    defaultLanguage: 'id',
    defaultTimezone: 'Asia/Jakarta',
    publicUrl: 'http://localhost:3000',
  })
  const relay = new Relay({
    db,
    dispatcher,
    clock,
    logger,
    defaultLanguage: 'id',
    ...(options.scheduledBudgetMs ? { scheduledBudgetMs: options.scheduledBudgetMs } : {}),
  })
  const adapter = new WhatsAppAdapter({
    db,
    core: relay,
    clock,
    logger,
    session: options.session ?? 'default',
    owner: options.owner ?? 'instance-a',
    ...(options.pairingNumber ? { pairingNumber: options.pairingNumber } : {}),
    ...(options.waVersion ? { waVersion: options.waVersion } : {}),
    ...(options.singleInstance ? { singleInstance: true } : {}),
    ...(options.database ? { database: options.database } : {}),
    socketFactory: world.factory,
    pacing: options.pacing ?? { perMinute: 10_000, minGapMs: 0, chatGapMs: 0, jitterMs: 0 },
    timing: { ...FAST_TIMING, ...options.timing },
    backoff: FAST_BACKOFF,
    print: (text) => printed.push(text),
    onState: (state) => states.push(state),
    onConnectionEvent: (event) => events.push(event),
  })
  relay.register(adapter)
  /** Scheduled delivery into WhatsApp chats, as the outbox worker uses it. */
  const delivery = relay.deliveries.get('whatsapp')!
  return { adapter, delivery, world, clock, events, states, printed, dispatcher }
}

/** A testbed whose device is already linked (as BOT), started, its first socket open; `groups` known to WhatsApp. */
export async function openTestbed(
  db: Kysely<Database>,
  options: Parameters<typeof whatsappTestbed>[1] = {},
  groups: readonly GroupMetadata[] = [],
) {
  const bed = whatsappTestbed(db, options)
  for (const meta of groups) bed.world.groups.set(meta.id, meta)
  bed.adapter.start()
  const first = await bed.world.socket(1)
  first.open(BOT)
  await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
  return { ...bed, first }
}
