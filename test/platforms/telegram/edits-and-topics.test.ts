import { afterEach, expect, it } from 'vitest'
import { insertAgenda } from '../../support/calendar-items.js'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram-bot.js'

describeWithDatabase('edited commands and forum topics on Telegram', (get) => {
  let bot: RunningBot | undefined
  afterEach(async () => {
    await bot?.stop()
    bot = undefined
  })

  it('does not run an edited command again, and runs a message edited into a command', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const command = fake.send(group, budi, '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula')
    await fake.waitForSent(group, sentSoFar + 1)
    fake.editText(command, '/agenda tambah besok 10.00 Rapat Koordinasi @ Aula')

    const chatter = fake.send(group, budi, 'agenda besok apa saja?')
    fake.editText(chatter, '/agenda@SinergiBot besok')
    const sent = await fake.waitForSent(group, sentSoFar + 2)
    expect(sent.at(-1)!.replyToMessageId).toBe(chatter.message_id)
    expect(sent.at(-1)!.message.text).toContain('Rapat Koordinasi')
    expect(fake.sentTo(group).filter((s) => s.replyToMessageId === command.message_id)).toHaveLength(1)
    const items = await get().db.selectFrom('agenda_items').select(['title', 'starts_at']).execute()
    expect(items).toHaveLength(1)
  })

  it('answers in the forum topic the command came from, every part of a long answer included', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const sari = fake.user('Sari', { username: 'sari_humas' })
    const group = fake.group('Bakohumas Jateng', { admins: [sari], forum: true })
    const topic = fake.topic(group, sari, 'Agenda')
    fake.send(group, sari, '/aktifkan Bakohumas Jawa Tengah', { topic })
    fake.send(group, sari, '/instansi tambah DINKES Dinas Kesehatan opd', { topic })
    await fake.waitForSent(group, 2)
    const workspace = await get().db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()
    for (let n = 0; n < 30; n++) {
      await insertAgenda(get().db, workspace.id, {
        agency: 'DINKES',
        title: `Rapat koordinasi percepatan penurunan stunting tingkat kecamatan nomor ${n + 1}`,
        startsAt: `2026-01-0${8 + (n % 2)}T${String(8 + (n % 9)).padStart(2, '0')}:00:00+07:00`,
        location: `Aula Kantor Kecamatan Kalibeber dan Balai Desa ${n + 1}, Jalan Raya Dieng Km ${n + 3}`,
      })
    }

    fake.send(group, sari, '/agenda', { topic })
    const listed = () => fake.sentTo(group).flatMap((s) => s.message.text?.match(/• #\d+ /g) ?? [])
    await fake.waitFor('every item in the answer', () => listed().length >= 30)
    const parts = fake.sentTo(group).slice(2)
    expect(parts.length).toBeGreaterThan(1)
    expect(fake.sentTo(group).map((part) => part.threadId)).toEqual(fake.sentTo(group).map(() => topic))
  })

  it('sends scheduled messages into the topic the group was linked from, not to General', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const sari = fake.user('Sari', { username: 'sari_humas' })
    const group = fake.group('Bakohumas Jateng', { admins: [sari], forum: true })
    const topic = fake.topic(group, sari, 'Info Sinergi')
    fake.send(group, sari, '/aktifkan Bakohumas Jawa Tengah', { topic })
    await fake.waitForSent(group, 1)

    await bot.delivery.deliver(String(group.id), {
      target: { kind: 'chat', chatId: 0 },
      text: [{ kind: 'paragraph', children: ['Brief pagi'] }],
    })
    const brief = fake.sentTo(group).at(-1)!
    expect(brief.message.text).toBe('Brief pagi')
    expect(brief.threadId).toBe(topic)
  })
})
