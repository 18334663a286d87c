import { expect, it } from 'vitest'
import { DEFAULT_COMMAND_LIMITS } from '../../src/chat/command-limits.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

const NOW = '2026-01-07T10:00:00+07:00'
const WAIT = 'Tunggu sebentar'

describeWithDatabase('command rate limit', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW, commandLimits: DEFAULT_COMMAND_LIMITS })
    const seeded = await seedForum(chat, {
      members: [
        { name: 'Budi', agency: 'DINKES' },
        { name: 'Ani', agency: 'DINKES' },
        { name: 'Citra', agency: 'DINKES' },
      ],
    })
    // Seeding spoke for everyone: start the test in a fresh minute.
    chat.clock.advance(DEFAULT_COMMAND_LIMITS.windowMs)
    return { chat, ...seeded }
  }

  it('answers 20 commands a minute from one person, says once to wait, then stays silent until the minute ends', async () => {
    const { chat, group, people } = await forum()
    const budi = people.Budi!
    for (let i = 0; i < 20; i++) {
      const answer = await chat.send(group, budi, '/agenda')
      expect(answer.text).not.toContain(WAIT)
      expect(answer.messages.length).toBeGreaterThan(0)
    }
    const told = await chat.send(group, budi, '/agenda')
    expect(told.text).toContain(WAIT)
    expect(told.messages).toHaveLength(1)
    expect((await chat.send(group, budi, '/agenda')).messages).toHaveLength(0)
    expect((await chat.send(group, budi, '/bantuan')).messages).toHaveLength(0)

    // Others in the group are still answered.
    expect((await chat.send(group, people.Ani!, '/agenda')).text).not.toContain(WAIT)

    chat.clock.advance(DEFAULT_COMMAND_LIMITS.windowMs)
    const again = await chat.send(group, budi, '/agenda')
    expect(again.messages.length).toBeGreaterThan(0)
    expect(again.text).not.toContain(WAIT)
  })

  it('answers 40 commands a minute in one group, whoever sends them', async () => {
    const { chat, group, people } = await forum()
    const senders = [people.Budi!, people.Ani!]
    for (let i = 0; i < 40; i++) {
      const answer = await chat.send(group, senders[i % 2]!, '/agenda')
      expect(answer.text).not.toContain(WAIT)
    }
    expect((await chat.send(group, people.Citra!, '/agenda')).text).toContain(WAIT)
    expect((await chat.send(group, people.Citra!, '/agenda')).messages).toHaveLength(0)
    // A private chat has its own count.
    const alone = await chat.send(chat.privateChat(people.Citra!), people.Citra!, '/agenda')
    expect(alone.text).not.toContain(WAIT)
  })

  it('neither counts nor answers other bots’ commands and plain chatter', async () => {
    const { chat, group, people } = await forum()
    const budi = people.Budi!
    for (let i = 0; i < 30; i++) {
      expect((await chat.send(group, budi, '/start_quiz')).messages).toHaveLength(0)
      expect((await chat.send(group, budi, 'halo semua')).messages).toHaveLength(0)
    }
    expect((await chat.send(group, budi, '/agenda')).text).not.toContain(WAIT)
  })
})
