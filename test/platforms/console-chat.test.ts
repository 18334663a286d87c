import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import pino from 'pino'
import { afterEach, expect, it } from 'vitest'
import { commands } from '../../commands/index.js'
import { Dispatcher } from '../../src/chat/dispatcher.js'
import { FixedClock } from '../../src/clock.js'
import { ConsoleChat } from '../../src/platforms/console/console-chat.js'
import { Relay } from '../../src/relay/relay.js'
import { describeWithDatabase } from '../support/databases.js'

describeWithDatabase('the console chat', (get) => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  function openConsole() {
    const input = new PassThrough()
    const output = new PassThrough()
    let printed = ''
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8')
    })
    const clock = new FixedClock('2026-01-07T10:00:00+07:00')
    const outDir = mkdtempSync(join(tmpdir(), 'sinergi-out-'))
    dirs.push(outDir)
    let exited = false
    const dispatcher = new Dispatcher({
      db: get().db,
      commands,
      clock,
      logger: pino({ level: 'silent' }),
      defaultLanguage: 'id',
      defaultTimezone: 'Asia/Jakarta',
      publicUrl: 'http://localhost:3000',
    })
    const relay = new Relay({
      db: get().db,
      dispatcher,
      clock,
      logger: pino({ level: 'silent' }),
      defaultLanguage: 'id',
    })
    const chat = new ConsoleChat({
      core: relay,
      clock,
      logger: pino({ level: 'silent' }),
      input,
      output,
      outDir,
      language: 'id',
      onExit: () => {
        exited = true
      },
    })
    relay.register(chat)
    chat.start()
    const type = async (text: string) => {
      const before = printed.length
      input.write(`${text}\n`)
      // Wait for the prompt that follows the bot's answer.
      for (let i = 0; i < 200 && !printed.slice(before).trimEnd().endsWith('>'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return printed.slice(before)
    }
    return { type, printed: () => printed, exited: () => exited, input, outDir }
  }

  it('lets a newcomer activate a forum as the default person and switch people and groups', async () => {
    const konsol = openConsole()
    expect(konsol.printed()).toContain('Konsol Sinergi')
    expect(await konsol.type('/aktifkan Bakohumas Uji')).toContain('Forum Bakohumas Uji aktif di grup ini')
    expect(await konsol.type(':as Sari')).toContain('Sekarang Anda Sari.')
    expect(await konsol.type('/zona WITA')).toContain('hanya untuk koordinator')
    expect(await konsol.type(':grup 2')).toContain('Sekarang di Grup 2.')
    expect(await konsol.type('/zona')).toContain('belum terhubung ke forum')
    expect(await konsol.type(':siapa')).toContain('Sari di Grup 2.')
  })

  it('sends pasted multi-line text as one message and quits on :keluar', async () => {
    const konsol = openConsole()
    const answer = await konsol.type('/bantuan\nbantuan')
    expect(answer).toContain('Perintah Sinergi')
    await konsol.type(':keluar')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(konsol.exited()).toBe(true)
  })

  it('sends the link code to the person privately', async () => {
    const konsol = openConsole()
    await konsol.type('/aktifkan Bakohumas Uji')
    const answer = await konsol.type('/kode')
    expect(answer).toMatch(
      /\[pribadi → Budi\] Sinergi:\nKode penghubung forum Bakohumas Uji: [A-Z0-9]{4}-[A-Z0-9]{4}/,
    )
    expect(answer).toContain('[Grup 1] Sinergi:\nKode penghubung sudah dikirim lewat chat pribadi.')
  })

  it('answers the bot’s question with a line starting with >', async () => {
    const konsol = openConsole()
    await konsol.type('/aktifkan Bakohumas Uji')
    await konsol.type('/instansi tambah DINKES Dinas Kesehatan opd')
    await konsol.type(':as Sari')
    await konsol.type('/gabung DINKES')
    await konsol.type('/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: instagram')
    await konsol.type(':as Budi')
    expect(await konsol.type('/revisi 1')).toContain('catatan')
    const answer = await konsol.type('> Tambahkan jadwal posyandu')
    expect(answer).toContain('Tambahkan jadwal posyandu')
    expect(answer).toMatch(/revisi/i)
  })

  it('counts a /lapor typed as a reply (>) to the request the bot posted', async () => {
    const konsol = openConsole()
    await konsol.type('/aktifkan Bakohumas Uji')
    await konsol.type('/instansi tambah DINKES Dinas Kesehatan opd')
    await konsol.type(':as Sari')
    await konsol.type('/gabung DINKES')
    await konsol.type(':as Budi')
    expect(await konsol.type('/sebar instagram.com/p/A Hari Ibu')).toContain('Sebar #1: Hari Ibu')
    await konsol.type(':as Sari')
    const answer = await konsol.type('> /lapor instagram.com/p/dinkes')
    expect(answer).toContain('#1 — DINKES: 1 tautan (Instagram)')
  })
})
