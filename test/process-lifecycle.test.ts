import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type SinergiProcess, spawnSinergi } from './support/spawn-sinergi.js'

describe('the sinergi process', () => {
  const started: SinergiProcess[] = []
  const dirs: string[] = []
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-data-'))
    dirs.push(dir)
    return dir
  }
  const start = (env: Record<string, string>) => {
    const proc = spawnSinergi(env)
    started.push(proc)
    return proc
  }
  const listeningPort = async (proc: SinergiProcess) =>
    Number((await proc.waitForLog((l) => l.msg === 'http listening')).port)

  afterEach(() => {
    for (const proc of started.splice(0)) proc.child.kill('SIGKILL')
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('starts on a new data directory, serves health, says how to enable platforms and stops cleanly on SIGTERM', async () => {
    const dir = dataDir()
    const proc = start({ DATA_DIR: dir, PORT: '0' })
    const port = await listeningPort(proc)
    await proc.waitForLog(
      (l) => String(l.msg).includes('TELEGRAM_BOT_TOKEN') && String(l.msg).includes('WHATSAPP_ENABLED'),
    )
    // Says at once that it is starting, and when it is ready (the console and the terminal show these).
    await proc.waitForLog((l) => l.msg === 'ready')
    expect(proc.stderr()).toMatch(
      /^Sinergi memulai… \(memuat program dan membuka database\)\nSinergi siap \(\d+\.\d dtk\)\.\n/,
    )
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok' })

    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)
    expect(proc.logs.some((l) => l.msg === 'stopped cleanly')).toBe(true)

    const again = start({ DATA_DIR: dir, PORT: '0' })
    await listeningPort(again)
    expect(again.logs.some((l) => l.msg === 'schema up to date')).toBe(true)
    again.child.kill('SIGINT')
    expect(await again.exited).toBe(0)
  }, 60_000)

  it('refuses to open a data directory another running process holds', async () => {
    const dir = dataDir()
    const first = start({ DATA_DIR: dir, PORT: '0' })
    await listeningPort(first)
    const second = start({ DATA_DIR: dir, PORT: '0' })
    expect(await second.exited).toBe(1)
    expect(second.logs.map((l) => l.msg).join('\n')).toMatch(
      /Another Sinergi process is already using the data directory/,
    )
    const stillServing = await fetch(`http://127.0.0.1:${await listeningPort(first)}/healthz`)
    expect(stillServing.status).toBe(200)
  }, 60_000)

  it('stops at start with one line naming a bad variable', async () => {
    const proc = start({ DATA_DIR: dataDir(), PORT: 'tiga ribu' })
    expect(await proc.exited).toBe(1)
    expect(proc.stderr()).toMatch(/^Invalid configuration:\n {2}PORT: expected/)
    expect(proc.stderr()).not.toMatch(/at .*\.ts:\d+/)
  }, 30_000)
})
