import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FixedClock, systemClock } from '../src/clock.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/create-db.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { runDoctor } from '../src/doctor/run-doctor.js'
import { upsertChat } from '../src/domain/chats/chats.js'
import { FakeTelegram } from './fakes/telegram-bot-api.js'

describe('npm run doctor', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  /** A migrated PGlite data directory, optionally with one scheduled message due `overdueMs` ago. */
  async function dataDir(overdueMs?: number): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-doctor-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const database = await openDatabase({ kind: 'pglite', dataDir: dir })
    await migrateToLatest(database.db)
    if (overdueMs !== undefined) {
      const now = new Date()
      const chat = await upsertChat(
        database.db,
        { platform: 'console', externalId: 'grup-1', kind: 'group' },
        now,
      )
      await database.db
        .insertInto('outbox')
        .values({
          idempotency_key: 'notice:doctor',
          kind: 'notice',
          chat_id: chat.id,
          workspace_id: null,
          subject_number: null,
          payload: JSON.stringify({ text: [] }),
          due_at: new Date(now.getTime() - overdueMs),
          expires_at: new Date(now.getTime() + 3600_000),
          claim_token: null,
          lease_until: null,
          last_error: null,
          sent_at: null,
        })
        .execute()
    }
    await database.close()
    return dir
  }

  async function telegram(): Promise<FakeTelegram> {
    const fake = await FakeTelegram.start()
    cleanups.push(() => fake.close())
    return fake
  }

  it('reports every part healthy, one line each, and fails none', async () => {
    const fake = await telegram()
    const config = loadConfig({
      DATA_DIR: await dataDir(),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      WHATSAPP_ENABLED: '1',
    })
    const findings = await runDoctor(config, systemClock)
    expect(findings.map((f) => f.subject)).toEqual([
      'configuration',
      'telegram',
      'telegram webhook',
      'database',
      'migrations',
      'whatsapp',
      'whatsapp version',
      'outbox',
      'clock',
    ])
    expect(findings.filter((f) => f.status === 'fail')).toEqual([])
    expect(findings.find((f) => f.subject === 'telegram')!.detail).toContain(`@${fake.bot.username}`)
    expect(findings.find((f) => f.subject === 'whatsapp')).toMatchObject({ status: 'warn' })
  })

  it('fails on a refused bot token, a stuck outbox and a clock far from the database', async () => {
    const fake = await telegram()
    const config = loadConfig({
      DATA_DIR: await dataDir(60 * 60_000),
      TELEGRAM_BOT_TOKEN: '123456:THISTOKENISNOTKNOWNTOTHEFAKE',
      TELEGRAM_API_ROOT: fake.apiRoot,
    })
    const findings = await runDoctor(config, new FixedClock(new Date(Date.now() + 60_000).toISOString()))
    const failed = findings.filter((f) => f.status === 'fail').map((f) => f.subject)
    expect(failed).toEqual(['telegram', 'outbox', 'clock'])
    expect(JSON.stringify(findings)).not.toContain('THISTOKENISNOTKNOWNTOTHEFAKE')
  })
})
