import { describe, expect, it } from 'vitest'
import {
  PacedQueue,
  type PacingLimits,
  type QueueTimers,
  QueueWaitError,
} from '../../../src/platforms/whatsapp/send-queue.js'

/** Timers moved by hand: `advance` runs what falls due, in order. */
class HandTimers implements QueueTimers {
  #now = 0
  #timers: Array<{ at: number; run: () => void; id: number }> = []
  #ids = 0
  now(): number {
    return this.#now
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.#ids
    this.#timers.push({ at: this.#now + ms, run, id })
    return id
  }
  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle)
  }
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms
    for (;;) {
      await flush()
      const next = this.#timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0]
      if (!next) break
      this.#timers = this.#timers.filter((t) => t !== next)
      this.#now = next.at
      next.run()
    }
    this.#now = until
    await flush()
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve))
}

function queue(limits: Partial<PacingLimits> = {}, random = () => 0) {
  const timers = new HandTimers()
  const started: Array<{ what: string; at: number }> = []
  const q = new PacedQueue(
    { perMinute: 100, minGapMs: 0, chatGapMs: 0, jitterMs: 0, ...limits },
    timers,
    random,
  )
  q.resume()
  const send = (chat: string, what: string, priority: 'reply' | 'scheduled' = 'reply', maxWaitMs?: number) =>
    q.run(
      chat,
      priority,
      async () => {
        started.push({ what, at: timers.now() })
      },
      maxWaitMs,
    )
  return { q, timers, started, send }
}

describe('the WhatsApp send queue', () => {
  it('sends replies to commands before scheduled messages that were waiting', async () => {
    const { timers, started, send } = queue({ minGapMs: 1_000 })
    const all = [
      send('grup-a', 'brief A', 'scheduled'),
      send('grup-b', 'brief B', 'scheduled'),
      send('grup-c', 'reply C', 'reply'),
      send('grup-b', 'reply B', 'reply'),
    ]
    await timers.advance(10_000)
    await Promise.all(all)
    expect(started.map((s) => s.what)).toEqual(['brief A', 'reply C', 'reply B', 'brief B'])
  })

  it('keeps one chat’s messages in the order they were queued', async () => {
    const { timers, started, send } = queue()
    const all = ['1', '2', '3'].map((n) => send('grup-a', `pesan ${n}`, 'scheduled'))
    await timers.advance(1)
    await Promise.all(all)
    expect(started.map((s) => s.what)).toEqual(['pesan 1', 'pesan 2', 'pesan 3'])
  })

  it('leaves a gap between any two messages, a longer one within a chat, and a cap per minute', async () => {
    const { timers, started, send } = queue({ minGapMs: 1_000, chatGapMs: 5_000, perMinute: 4 })
    const all = [send('a', 'a1'), send('a', 'a2'), send('b', 'b1'), send('c', 'c1'), send('b', 'b2')]
    await timers.advance(120_000)
    await Promise.all(all)
    expect(started).toEqual([
      { what: 'a1', at: 0 },
      { what: 'b1', at: 1_000 },
      { what: 'c1', at: 2_000 },
      { what: 'a2', at: 5_000 },
      // Four in the last minute: the fifth waits until the first is a minute old.
      { what: 'b2', at: 60_000 },
    ])
  })

  it('stretches every gap by a random jitter', async () => {
    const { timers, started, send } = queue({ minGapMs: 1_000, jitterMs: 2_000 }, () => 0.5)
    const all = [send('a', 'a1'), send('b', 'b1'), send('c', 'c1')]
    await timers.advance(10_000)
    await Promise.all(all)
    expect(started.map((s) => s.at)).toEqual([0, 2_000, 4_000])
  })

  it('starts nothing while the connection is down, and gives up a scheduled message that waited too long', async () => {
    const { q, timers, started, send } = queue()
    q.pause()
    const scheduled = send('a', 'brief', 'scheduled', 30_000)
    const reply = send('b', 'reply', 'reply')
    const refused = expect(scheduled).rejects.toBeInstanceOf(QueueWaitError)
    await timers.advance(31_000)
    await refused
    expect(started).toEqual([])
    q.resume()
    await timers.advance(1)
    await reply
    expect(started.map((s) => s.what)).toEqual(['reply'])
  })

  it('fails waiting messages when closed', async () => {
    const { q, send } = queue()
    q.pause()
    const waiting = send('a', 'x')
    q.close()
    await expect(waiting).rejects.toBeInstanceOf(QueueWaitError)
    await expect(send('a', 'y')).rejects.toBeInstanceOf(QueueWaitError)
  })
})
