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

  async function running(
    extraEnv: Record<string, string> = {},
  ): Promise<{ fake: FakeTelegram; proc: SinergiProcess; restart(): Promise<SinergiProcess> }> {
    const fake = await FakeTelegram.start()
    cleanups.push(() => fake.close())
    const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-drain-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const proc = await started(fake, dataDir, extraEnv)
    return { fake, proc, restart: () => started(fake, dataDir, extraEnv) }
  }

  async function started(fake: FakeTelegram, dataDir: string, extraEnv: Record<string, string>) {
    const pollsBefore = fake.calls.filter((c) => c.method === 'getUpdates').length
    const proc = spawnSinergi({
      DATA_DIR: dataDir,
      PORT: '0',
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      ...extraEnv,
    })
    cleanups.push(() => {
      proc.child.kill('SIGKILL')
    })
    await fake
      .waitFor(
        'polling',
        () => fake.calls.filter((c) => c.method === 'getUpdates').length > pollsBefore,
        120_000,
      )
      .catch((e) => {
        throw new Error(`${e} ${JSON.stringify(proc.logs)} ${proc.stderr()}`)
      })
    return proc
  }

  const agendaCommand = (n: number) => `/agenda@SinergiBot tambah ${n} Desember 2030 09.00 Rapat ke-${n}`
  const confirmations = (fake: FakeTelegram, group: FakeChat) =>
    fake.sentTo(group).filter((sent) => sent.message.text?.includes('tercatat')).length
  const lostLines = (proc: SinergiProcess) =>
    proc.logs.filter((line) => line.msg === 'answer lost: it was never sent').length

  /**
   * Groups with a forum each, set up by its own coordinator, and `writers` members of DINKES in each:
   * commands are spread over people so that none reaches the 20-a-minute limit per person.
   */
  async function forumGroups(fake: FakeTelegram, count: number, writers = 1) {
    const groups = []
    for (let i = 0; i < count; i += 1) {
      const coordinator = fake.user(`Koordinator ${i}`)
      const members = Array.from({ length: writers }, (_, w) => fake.user(`Anggota ${i}-${w}`))
      const group = fake.group(`Bakohumas ${i}`, { admins: [coordinator] })
      fake.send(group, coordinator, `/aktifkan@SinergiBot Bakohumas Uji ${i}`)
      fake.send(group, coordinator, '/instansi@SinergiBot tambah DINKES Dinas Kesehatan opd')
      for (const member of members) fake.send(group, member, '/gabung@SinergiBot DINKES')
      await fake.waitForSent(group, 2 + writers, 60_000)
      groups.push({ group, members })
    }
    return groups
  }

  it('on SIGTERM sends the confirmations of the commands already taken, then exits 0', async () => {
    // A budget ample for 30 commands even on a busy machine: what is tested is that the stop waits for
    // them, not how fast they go.
    const { fake, proc } = await running({ SHUTDOWN_TIMEOUT_MS: '90000' })
    const forums = await forumGroups(fake, 3)
    for (let n = 1; n <= 10; n += 1)
      for (const { group, members } of forums) fake.send(group, members[0]!, agendaCommand(n))
    await fake.waitFor('a first confirmation', () => confirmations(fake, forums[0]!.group) > 0, 60_000)
    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)

    expect(forums.map(({ group }) => confirmations(fake, group))).toEqual([10, 10, 10])
    expect(lostLines(proc)).toBe(0)
  }, 240_000)

  it('handles every command it took before exiting 0, and tells the group after the restart which ones were saved unanswered', async () => {
    const { fake, proc, restart } = await running()
    const { group, members } = (await forumGroups(fake, 1, 2))[0]!
    for (let n = 1; n <= 21; n += 1) fake.send(group, members[n % 2]!, agendaCommand(n))
    // Four set-up answers and 16 confirmations fill the group's minute; the rest wait for the next.
    await fake.waitFor('16 confirmations', () => confirmations(fake, group) === 16, 60_000)
    proc.child.kill('SIGTERM')
    expect(await proc.exited).toBe(0)

    // Telegram counts the five waiting commands delivered: at the end of its stop budget Sinergi handles
    // them without replies rather than drop them. Each lost reply is one log line.
    expect(confirmations(fake, group)).toBe(16)
    expect(lostLines(proc)).toBe(5)
    expect(
      proc.logs.filter((line) => line.msg === 'update not handled: Sinergi stopped before its turn'),
    ).toEqual([])

    // Restarted, Sinergi tells the group about each of them: saved, no need to send it again.
    const unanswered = () =>
      fake.sentTo(group).filter((sent) => sent.message.text?.includes('Sinergi sempat berhenti'))
    await restart()
    await fake.waitFor('the five told about', () => unanswered().length === 5, 150_000)
    for (const notice of unanswered()) expect(notice.message.text).toMatch(/sudah tersimpan: agenda #\d+/)
    const told = unanswered().map((notice) => notice.message.text?.match(/Rapat ke-(\d+)/)?.[1])
    expect(told.sort()).toEqual(['17', '18', '19', '20', '21'])
  }, 360_000)
})
