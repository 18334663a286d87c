import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeChat, FakeTelegram } from '../../fakes/telegram-bot-api.js'
import { type SinergiProcess, spawnSinergi } from '../../support/spawn-sinergi.js'

describe('a Telegram instance stopped with replies still queued', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function running(): Promise<{ fake: FakeTelegram; proc: SinergiProcess }> {
    const fake = await FakeTelegram.start()
    cleanups.push(() => fake.close())
    const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-drain-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const proc = spawnSinergi({
      DATA_DIR: dataDir,
      PORT: '0',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
    })
    cleanups.push(() => {
      proc.child.kill('SIGKILL')
    })
    await fake
      .waitFor('polling', () => fake.calls.some((c) => c.method === 'getUpdates'), 120_000)
      .catch((e) => {
        throw new Error(`${e} ${JSON.stringify(proc.logs)} ${proc.stderr()}`)
      })
    return { fake, proc }
  }

  const agendaCommand = (n: number) => `/agenda@SinergiBot tambah ${n} Desember 2030 09.00 Rapat ke-${n}`
  const confirmations = (fake: FakeTelegram, group: FakeChat) =>
    fake.sentTo(group).filter((sent) => sent.message.text?.includes('tercatat')).length
  const lostLines = (proc: SinergiProcess) =>
    proc.logs.filter((line) => line.msg === 'answer lost: it was never sent').length

  async function forumGroups(fake: FakeTelegram, count: number) {
    const sari = fake.user('Sari')
    const groups = Array.from({ length: count }, (_, i) => fake.group(`Bakohumas ${i}`, { admins: [sari] }))
    for (const [i, group] of groups.entries()) {
      fake.send(group, sari, `/aktifkan@SinergiBot Bakohumas Uji ${i}`)
      fake.send(group, sari, '/instansi@SinergiBot tambah DINKES Dinas Kesehatan opd')
      fake.send(group, sari, '/gabung@SinergiBot DINKES')
      await fake.waitForSent(group, 3, 60_000)
    }
    return { sari, groups }
  }

  it('on SIGTERM sends the confirmations of the commands already taken, then exits 0', async () => {
    const { fake, proc } = await running()
    const { sari, groups } = await forumGroups(fake, 3)
    for (let n = 1; n <= 10; n += 1) for (const group of groups) fake.send(group, sari, agendaCommand(n))
    await fake.waitFor('a first confirmation', () => confirmations(fake, groups[0]!) > 0, 60_000)
    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)

    expect(groups.map((group) => confirmations(fake, group))).toEqual([10, 10, 10])
    expect(lostLines(proc)).toBe(0)
  }, 240_000)

  it('logs each reply the stop budget cannot cover (a group takes 20 a minute) and still exits 0', async () => {
    const { fake, proc } = await running()
    const { sari, groups } = await forumGroups(fake, 1)
    const group = groups[0]!
    for (let n = 1; n <= 21; n += 1) fake.send(group, sari, agendaCommand(n))
    // Three set-up answers and 17 confirmations fill the group's minute; the rest wait for the next.
    await fake.waitFor('17 confirmations', () => confirmations(fake, group) === 17, 60_000)
    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)

    // The command handled when the budget ran out is saved, but its confirmation could not go out; the
    // three behind it were not started. Each is one log line.
    expect(confirmations(fake, group)).toBe(17)
    expect(lostLines(proc)).toBe(1)
    expect(
      proc.logs.filter((line) => line.msg === 'update not handled: Sinergi stopped before its turn'),
    ).toHaveLength(3)
  }, 240_000)
})
