import { describe, expect, it } from 'vitest'
import { type PacingLimits, whatsappPacing } from '../../../src/platforms/whatsapp/pacing.js'
import { QueueWaitError, SendQueue } from '../../../src/relay/send-queue.js'
import { HandTimers } from '../../support/hand-timers.js'

function queue(limits: Partial<PacingLimits> = {}, random = () => 0) {
  const timers = new HandTimers()
  const started: Array<{ what: string; at: number }> = []
  const q = new SendQueue(
    whatsappPacing({ perMinute: 100, minGapMs: 0, chatGapMs: 0, jitterMs: 0, ...limits }),
    timers,
    { paused: true, random },
  )
  q.resume()
  const send = (chat: string, what: string, priority: 'reply' | 'scheduled' = 'reply', maxWaitMs?: number) =>
    q.run(
      { chatId: chat, group: true },
      priority,
      async () => {
        started.push({ what, at: timers.now() })
      },
      maxWaitMs,
    )
  return { q, timers, started, send }
}

describe('the send queue with WhatsApp pacing', () => {
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
