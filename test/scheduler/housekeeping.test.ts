import pino from 'pino'
import { expect, it } from 'vitest'
import { FixedClock } from '../../src/clock.js'
import { Planner } from '../../src/scheduler/producers/planner.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'

// Far from any real date: the message ids are written and purged by the app's clock, never the
// database's, so a mix of the two would forget the fresh id below.
describeWithDatabase('scheduler housekeeping', (get) => {
  it('forgets old message ids and unanswered questions, keeping recent ones', async () => {
    const chat = new ChatHarness(get().db, { now: '2036-01-07T10:00:00+07:00' })
    const grup = chat.group('Bakohumas')
    const sari = chat.person('Sari', { in: [grup], groupAdmin: true })
    await chat.send(grup, sari, '/aktifkan Bakohumas Wonosobo')
    const db = get().db
    const chatRow = await db.selectFrom('chats').select('id').executeTakeFirstOrThrow()
    const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow()
    await db
      .insertInto('pending_questions')
      .values({
        chat_id: chatRow.id,
        person_id: person.id,
        bot_message_id: null,
        purpose: 'revisi:note',
        context: JSON.stringify({ number: 3 }),
        expires_at: new Date('2036-01-07T10:10:00+07:00'),
      })
      .execute()
    await db
      .insertInto('processed_messages')
      .values({ platform: 'console', message_key: 'lama:1', processed_at: new Date('2035-12-01T00:00:00Z') })
      .execute()
    expect(await db.selectFrom('pending_questions').select('id').execute()).not.toEqual([])

    const clock = new FixedClock('2036-01-07T10:30:00+07:00')
    await new Planner({ db, clock, logger: pino({ level: 'silent' }) }).tick()

    const keys = (await db.selectFrom('processed_messages').select('message_key').execute()).map(
      (r) => r.message_key,
    )
    expect(keys).not.toContain('lama:1')
    expect(keys.length).toBeGreaterThan(0)
    expect(await db.selectFrom('pending_questions').select('id').execute()).toEqual([])
  })
})
