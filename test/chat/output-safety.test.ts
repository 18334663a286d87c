import { expect, it } from 'vitest'
import { splitTelegramHtml } from '../../src/text/render-telegram.js'
import { parseTelegramHtml } from '../fakes/telegram-html.js'
import { type Answer, ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'

const NOW = '2026-01-07T10:00:00+07:00'
const FAULT = 'terjadi kesalahan di sisi Sinergi'

/** The Telegram messages of an answer, each checked as the Bot API would check it. */
function telegramMessages(answer: Answer): string[] {
  const messages = answer.messages.flatMap((message) => splitTelegramHtml(message.text))
  for (const html of messages) expect(() => parseTelegramHtml(html)).not.toThrow()
  return messages
}

describeWithDatabase('output safety', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, { members: [{ name: 'Budi', agency: 'DINKES' }] })
    return { chat, ...seeded, budi: seeded.people.Budi! }
  }

  it('drops a NUL byte and other control characters instead of failing', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(
      group,
      budi,
      '/agenda tambah besok 10.00 Rapat\u0000 koordinasi\u0007 humas',
    )
    expect(answer.text).not.toContain(FAULT)
    const item = await chat.db.selectFrom('agenda_items').select('title').executeTakeFirstOrThrow()
    expect(item.title).toBe('Rapat koordinasi humas')
  })

  it('reads Windows line endings like plain ones', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(
      group,
      budi,
      '/agenda tambah\r\nAcara: Rapat koordinasi\r\nWaktu: besok 10.00\r\nTempat: Aula',
    )
    expect(answer.text).not.toContain(FAULT)
    const item = await chat.db.selectFrom('agenda_items').selectAll().executeTakeFirstOrThrow()
    expect(item.title).toBe('Rapat koordinasi')
    expect(item.location).toBe('Aula')
  })

  it('repeats half an emoji as a replacement character, so Telegram takes the reply', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/peran Budi adm\uD83Din')
    const [html] = telegramMessages(answer)
    expect(html).toContain('adm\uFFFDin')
  })

  it('shows a long Naskah in full in the details, across several valid messages, but not in the confirmation', async () => {
    const { chat, group, budi } = await forum()
    const body = Array.from({ length: 220 }, (_, i) => `Paragraf ${i + 1} siaran pers 😀 yang panjang.`).join(
      '\n',
    )
    const added = await chat.send(
      group,
      budi,
      `/konten tambah\nJudul: Siaran pers\nTayang: besok 09.00\nNaskah: ${body}`,
    )
    expect(telegramMessages(added)).toHaveLength(1)
    const details = telegramMessages(await chat.send(chat.privateChat(budi), budi, '/konten 1'))
    expect(details.length).toBeGreaterThan(2)
    for (const html of details) expect(html.length).toBeLessThanOrEqual(4096)
    expect(details.join('\n')).toContain('Paragraf 220 siaran pers 😀 yang panjang.')
  })

  it('answers one very long argument with one short message', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, `/peran Budi ${'peran'.repeat(40_000)}`)
    const messages = telegramMessages(answer)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.length).toBeLessThan(1000)
  })
})
