import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type FakeChat,
  type FakeTelegram,
  type FakeUser,
  FakeTelegram as Telegram,
} from './fakes/telegram-bot-api.js'
import { type SinergiProcess, spawnSinergi } from './support/spawn-sinergi.js'
import { TcpProxy } from './support/tcp-proxy.js'

const serverUrl = process.env.DATABASE_URL

async function onServer(statement: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    return await admin.query(statement, params)
  } finally {
    await admin.end()
  }
}

/**
 * The process on PostgreSQL (its own database on the shared server, reached through a proxy the test
 * can cut) with Telegram polling against the fake Bot API: what happens when the server restarts,
 * fails over or terminates connections.
 */
describe.skipIf(!serverUrl)('the sinergi process through a database outage', () => {
  const database = `sinergi_outage_${randomBytes(4).toString('hex')}`
  const applicationName = `${database}_app`
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-outage-'))
  let proxy: TcpProxy
  let fake: FakeTelegram
  let proc: SinergiProcess
  let port: number
  let sari: FakeUser
  let chat: FakeChat

  const readiness = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`)
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const waitForReadiness = async (status: number) => {
    for (;;) {
      const ready = await readiness()
      if (ready.status === status) return ready
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const ask = async (text: string) => {
    const before = fake.sentTo(chat).length
    const asked = fake.send(chat, sari, text)
    const sent = await fake.waitForSent(chat, before + 1, 45_000)
    return { asked, answer: sent.at(-1)! }
  }

  beforeAll(async () => {
    await onServer(`CREATE DATABASE ${database}`)
    const server = new URL(serverUrl!)
    proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) })
    const throughProxy = new URL(serverUrl!)
    throughProxy.port = String(proxy.port)
    throughProxy.pathname = `/${database}`
    throughProxy.searchParams.set('application_name', applicationName)
    fake = await Telegram.start()
    proc = spawnSinergi({
      DATABASE_URL: throughProxy.toString(),
      DATA_DIR: dataDir,
      PORT: '0',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
    })
    // Generous: a busy machine takes a while to load the sources and migrate a new database.
    port = Number((await proc.waitForLog((l) => l.msg === 'http listening', 90_000)).port)
    await proc.waitForLog((l) => l.msg === 'polling telegram', 30_000)
    sari = fake.user('Sari')
    chat = fake.privateChat(sari)
    await ask('/bantuan')
  }, 180_000)

  afterAll(async () => {
    proc?.child.kill('SIGKILL')
    await proc?.exited
    await proxy?.close()
    await fake?.close()
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps running when its connections are terminated, and answers the next command', async () => {
    const terminated = await onServer(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [applicationName],
    )
    expect(terminated.rowCount).toBeGreaterThan(0)

    const { asked, answer } = await ask('/bantuan')
    expect(answer.replyToMessageId).toBe(asked.message_id)
    expect(proc.child.exitCode).toBeNull()
    expect(proc.stderr()).not.toMatch(/Unhandled 'error' event/)
  }, 60_000)

  it('while the database is cut: unready with the reason, then answers the command sent meanwhile', async () => {
    const logsBefore = proc.logs.length
    proxy.cut()
    const unready = await waitForReadiness(503)
    expect(unready.body).toMatchObject({ status: 'unready', database: 'unreachable' })
    expect(String(unready.body.reason)).not.toBe('')

    const before = fake.sentTo(chat).length
    const asked = fake.send(chat, sari, '/bantuan agenda')
    await proc.waitForLog((l) => String(l.msg).startsWith('database unreachable'))
    // Seconds into the outage nothing has answered, and the process is still there.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(fake.sentTo(chat)).toHaveLength(before)
    expect(proc.child.exitCode).toBeNull()

    proxy.restore()
    const sent = await fake.waitForSent(chat, before + 1, 45_000)
    expect(sent.at(-1)!.replyToMessageId).toBe(asked.message_id)
    expect((await waitForReadiness(200)).body).toMatchObject({ status: 'ready', database: 'ok' })

    const during = proc.logs.slice(logsBefore).map((l) => String(l.msg))
    expect(during.filter((msg) => msg.startsWith('database unreachable'))).toHaveLength(1)
    expect(during.filter((msg) => msg.startsWith('database reachable again'))).toHaveLength(1)
    expect(during.filter((msg) => /tick failed|worker failed/.test(msg))).toEqual([])
    expect(
      during.filter((msg) => msg.startsWith('poller lock connection failed')).length,
    ).toBeLessThanOrEqual(1)
  }, 90_000)
})
