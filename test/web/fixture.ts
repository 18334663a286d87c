import pino from 'pino'
import { commands } from '../../commands/index.js'
import type { CommandDefinition } from '../../src/chat/command.js'
import { Dispatcher } from '../../src/chat/dispatcher.js'
import { FixedClock } from '../../src/clock.js'
import { signCalendarLink } from '../../src/domain/calendar/web-link.js'
import type { WhatsAppLinkStatus } from '../../src/platforms/link-status.js'
import { createWebApp } from '../../src/web/app.js'
import type { Metrics } from '../../src/web/metrics.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import type { TestDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

/** Wednesday 7 January 2026, 10.00 WIB: this week runs Monday 5 to Sunday 11 January. */
export const NOW = '2026-01-07T10:00:00+07:00'
export const PUBLIC_URL = 'https://sinergi.example.go.id'
export const SECRET = 'rahasia-penguji-yang-cukup-panjang-untuk-hmac-0123456789'

/** The web app of a test: the real routes over the test database, a fixed clock and a known secret. */
export function webApp(
  database: TestDatabase,
  clock: FixedClock,
  extra: {
    linkSecret?: string
    adminToken?: string
    whatsappLinkStatus?: () => WhatsAppLinkStatus | undefined
    metrics?: Metrics
  } = {},
) {
  return createWebApp({
    logger: pino({ level: 'silent' }),
    pingDatabase: async () => {},
    platformStates: () => ({}),
    clock,
    calendar: { db: database.db, linkSecret: extra.linkSecret ?? SECRET },
    adminToken: extra.adminToken,
    whatsappLinkStatus: extra.whatsappLinkStatus,
    metrics: extra.metrics,
    defaults: { timezone: 'Asia/Jakarta', language: 'id' },
  })
}

/** A path of a signed calendar link, as /kalender web makes them: for a guest, or for a coordinator by id. */
export function calendarPath(
  workspaceId: number,
  viewer: 'guest' | { coordinatorId: number },
  expiresAt = '2026-01-14T10:00:00+07:00',
  secret = SECRET,
  generation = 0,
): string {
  const token = signCalendarLink(secret, {
    workspaceId,
    generation,
    viewer: viewer === 'guest' ? 'guest' : 'coordinator',
    personId: viewer === 'guest' ? null : viewer.coordinatorId,
    expiresAt: new Date(expiresAt),
  })
  return `/kalender/${token}`
}

/** A chat harness whose dispatcher knows the link secret and that PUBLIC_URL is set, as in production. */
export function harnessWithLinks(
  database: TestDatabase,
  options: {
    metrics?: ConstructorParameters<typeof Dispatcher>[0]['metrics']
    extraCommands?: CommandDefinition[]
  } = {},
): ChatHarness {
  const chat = new ChatHarness(database.db, { now: NOW })
  // The shared harness builds its dispatcher without link settings or metrics; swap in one that has them.
  Object.defineProperty(chat, 'dispatcher', {
    value: new Dispatcher({
      db: database.db,
      commands: [...commands, ...(options.extraCommands ?? [])],
      clock: chat.clock,
      logger: pino({ level: 'silent' }),
      defaultLanguage: 'id',
      defaultTimezone: 'Asia/Jakarta',
      publicUrl: PUBLIC_URL,
      webLinks: { secret: SECRET, linkDays: 7, publicUrlSet: true },
      metrics: options.metrics,
    }),
  })
  return chat
}

/**
 * A forum with two agencies and a week of items: a timed meeting with a place and coverage, a two-day
 * all-day operation, a cancelled roll call, next week's item, approved, submitted, published and
 * rejected content, and an agenda item whose title is markup.
 */
export async function seededForum(chat: ChatHarness) {
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
    ],
    members: [{ name: 'Budi', agency: 'DINKES' }],
  })
  const { workspaceId } = seeded
  const db = chat.db
  const { person_id: coordinatorId } = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'koordinator')
    .executeTakeFirstOrThrow()
  const numbers = {
    rapat: await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi imunisasi',
      startsAt: '2026-01-05T02:00:00Z',
      endsAt: '2026-01-05T04:00:00Z',
      location: 'Aula Dinkes',
      coverage: true,
      notes: 'Bawa data cakupan\nPakaian: batik',
    }),
    operasi: await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Operasi Lilin',
      startDate: '2026-01-08',
      endDate: '2026-01-09',
    }),
    apel: await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Apel yang dibatalkan',
      startsAt: '2026-01-08T01:00:00Z',
      status: 'batal',
      cancelReason: 'Hujan deras',
    }),
    depan: await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: 'Posyandu pekan depan',
      startsAt: '2026-01-13T02:00:00Z',
    }),
    infografis: await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Infografis imunisasi',
      plannedAt: '2026-01-08T03:00:00Z',
      status: 'disetujui',
    }),
    video: await insertDraft(db, workspaceId, {
      agency: 'POLRES',
      title: 'Draf video patroli',
      plannedAt: '2026-01-08T05:00:00Z',
      status: 'diajukan',
      platforms: ['tiktok'],
    }),
    rilis: await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Rilis sudah terbit',
      plannedAt: '2026-01-06T01:00:00Z',
      status: 'terbit',
      publishedAt: '2026-01-06T01:30:00Z',
      links: ['https://instagram.com/p/abc', 'https://dinkes.example.go.id/rilis?a=1&b="><script>'],
    }),
    ditolak: await insertDraft(db, workspaceId, {
      agency: 'DINKES',
      title: 'Draf ditolak',
      plannedAt: '2026-01-09T06:00:00Z',
      status: 'ditolak',
    }),
    skrip: await insertAgenda(db, workspaceId, {
      agency: 'DINKES',
      title: '<script>alert("x")</script> & "kutip"',
      startsAt: '2026-01-09T07:00:00Z',
      location: '<img src=x onerror=alert(1)>',
    }),
    februari: await insertAgenda(db, workspaceId, {
      agency: 'POLRES',
      title: 'Rapat Februari',
      startsAt: '2026-02-02T02:00:00Z',
    }),
  }
  return { ...seeded, coordinatorId, numbers }
}

export { FixedClock }
