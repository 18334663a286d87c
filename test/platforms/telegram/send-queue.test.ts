import { describe, expect, it } from 'vitest'
import { telegramPacing } from '../../../src/platforms/telegram/pacing.js'
import { SendQueue } from '../../../src/relay/send-queue.js'
import { HandTimers, flush as settle } from '../../support/hand-timers.js'

function recorder(queue: SendQueue) {
  const started: string[] = []
  const send = (chatId: string, name: string, priority: 'reply' | 'scheduled' = 'reply', group = true) =>
    queue.run({ chatId, group }, priority, async () => {
      started.push(name)
    })
  return { started, send }
}

describe('the send queue with Telegram pacing', () => {
  it('sends replies to commands before scheduled messages waiting for the same budget', async () => {
    const timers = new HandTimers()
    const queue = new SendQueue(
      telegramPacing({ perSecond: 1, perGroupPerMinute: 100, perPrivatePerSecond: 100 }),
      timers,
    )
    const { started, send } = recorder(queue)
    void send('-1', 'first')
    void send('-2', 'brief A', 'scheduled')
    void send('-3', 'brief B', 'scheduled')
    void send('-4', 'reply')
    await settle()
    expect(started).toEqual(['first'])
    await timers.advance(1000)
    expect(started).toEqual(['first', 'reply'])
    await timers.advance(2000)
    expect(started).toEqual(['first', 'reply', 'brief A', 'brief B'])
  })

  it('holds a group at its per-minute budget without holding up other chats', async () => {
    const timers = new HandTimers()
    const queue = new SendQueue(
      telegramPacing({ perSecond: 100, perGroupPerMinute: 2, perPrivatePerSecond: 1 }),
      timers,
    )
    const { started, send } = recorder(queue)
    for (const n of [1, 2, 3]) void send('-10', `busy ${n}`)
    void send('-20', 'quiet group')
    void send('20', 'private', 'reply', false)
    await settle()
    await timers.advance(10)
    expect(started).toEqual(['busy 1', 'quiet group', 'private', 'busy 2'])
    await timers.advance(59_000)
    expect(started).not.toContain('busy 3')
    await timers.advance(1_000)
    expect(started).toContain('busy 3')
  })

  it('sends one chat’s messages one at a time, in order', async () => {
    const timers = new HandTimers()
    const queue = new SendQueue(
      telegramPacing({ perSecond: 100, perGroupPerMinute: 100, perPrivatePerSecond: 100 }),
      timers,
    )
    const order: string[] = []
    let release: () => void = () => {}
    const first = queue.run({ chatId: '-1', group: true }, 'reply', async () => {
      order.push('part 1 starts')
      await new Promise<void>((resolve) => {
        release = resolve
      })
      order.push('part 1 done')
    })
    const second = queue.run({ chatId: '-1', group: true }, 'reply', async () => {
      order.push('part 2 starts')
    })
    await settle()
    expect(order).toEqual(['part 1 starts'])
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['part 1 starts', 'part 1 done', 'part 2 starts'])
  })

  it('fails the sends still waiting when it is closed', async () => {
    const timers = new HandTimers()
    const queue = new SendQueue(
      telegramPacing({ perSecond: 1, perGroupPerMinute: 100, perPrivatePerSecond: 100 }),
      timers,
    )
    const { send } = recorder(queue)
    await send('-1', 'sent')
    const waiting = send('-2', 'never sent')
    queue.close()
    await expect(waiting).rejects.toThrow(/stopped/)
  })
})
