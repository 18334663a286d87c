import { afterEach, expect, it } from 'vitest'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram-bot.js'

describeWithDatabase('a Bakohumas group on Telegram, end to end', (get) => {
  let bot: RunningBot | undefined
  afterEach(async () => {
    await bot?.stop()
    bot = undefined
  })

  it('runs a whole forum: activation, agencies, joining, a pasted invitation, a draft approved by button, the calendar and its .ics file', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const sari = fake.user('Sari', { lastName: 'Koordinator', username: 'sari_humas' })
    const budi = fake.user('Budi', { lastName: 'Santoso', username: 'budi_dinkes' })
    const group = fake.group('Bakohumas Wonosobo', { admins: [sari], members: [budi] })
    let count = 0
    const say = async (from: typeof sari, text: string, options: Parameters<typeof fake.send>[3] = {}) => {
      const message = fake.send(group, from, text, options)
      const sent = await fake.waitForSent(group, ++count)
      return { message, answer: sent[sent.length - 1]! }
    }

    const activated = await say(sari, '/aktifkan@SinergiBot Bakohumas Kabupaten Wonosobo')
    expect(activated.answer.message.text).toContain('Bakohumas Kabupaten Wonosobo')
    expect(activated.answer.replyToMessageId).toBe(activated.message.message_id)
    expect(activated.answer.parseMode).toBe('HTML')

    await say(sari, '/instansi tambah DINKES Dinas Kesehatan opd')
    const joined = await say(budi, '/gabung DINKES')
    expect(joined.answer.message.text).toContain('Dinas Kesehatan')

    const invitation = await say(
      budi,
      [
        '/agenda tambah',
        'Kegiatan : Posyandu Serentak Kabupaten',
        'Hari/Tanggal : Senin, 12 Januari 2026',
        'Waktu : 08.00 WIB s.d. selesai',
        'Tempat : Balai Desa Kalibeber',
        'Pakaian : Batik Korpri',
      ].join('\n'),
    )
    expect(invitation.answer.message.text).toMatch(/#1\b/)
    expect(invitation.answer.message.text).toContain('Senin, 12 Januari 2026')
    expect(invitation.answer.message.text).toContain('Balai Desa Kalibeber')

    const submitted = await say(
      budi,
      '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: instagram\nTayang: Senin 12/1 10.00\nNaskah: Bawa balita Anda ke posyandu.',
    )
    const keyboard = submitted.answer.message.reply_markup?.inline_keyboard?.[0] ?? []
    expect(keyboard.map((b) => b.text)).toEqual(['Setujui', 'Revisi', 'Tolak'])
    expect(keyboard[0]!.callback_data).toBe('review:approve:2')

    fake.press(sari, submitted.answer.message, 'review:approve:2')
    const afterApproval = await fake.waitForSent(group, ++count)
    expect(afterApproval.at(-1)!.message.text).toContain('disetujui')
    expect(fake.callbackAnswers.at(-1)?.text).toBe('#2: disetujui')
    const shown = fake.current(submitted.answer.message)
    expect(shown.reply_markup).toBeUndefined()
    expect(shown.text).toMatch(/Status: disetujui — Sari Koordinator$/)
    const draft = await get()
      .db.selectFrom('content_drafts')
      .select('status')
      .where('number', '=', 2)
      .executeTakeFirstOrThrow()
    expect(draft.status).toBe('disetujui')

    const calendar = await say(budi, '/kalender minggu depan')
    expect(calendar.answer.message.text).toContain('Posyandu Serentak Kabupaten')
    expect(calendar.answer.message.text).toContain('Ayo ke Posyandu')

    const ics = await say(budi, '/KALENDER@sinergibot ics')
    expect(ics.answer.method).toBe('sendDocument')
    expect(ics.answer.file?.name).toMatch(/\.ics$/)
    expect(ics.answer.file?.content).toContain('BEGIN:VCALENDAR')
    expect(ics.answer.file?.content).toContain('Posyandu Serentak Kabupaten')
    expect(ics.answer.replyToMessageId).toBe(ics.message.message_id)
  })

  it('asks the coordinator for the note after Revisi, and shows the new status once it is given', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, budi, '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: IG')
    const [draftMessage] = (await fake.waitForSent(group, sentSoFar + 1)).slice(-1)

    fake.press(sari, draftMessage!.message, 'review:revise:1')
    const question = (await fake.waitForSent(group, sentSoFar + 2)).at(-1)!
    expect(question.message.reply_markup).toMatchObject({ force_reply: true, selective: true })
    // The question names the presser, so that Telegram opens the reply field for her alone.
    expect(question.message.entities).toContainEqual(
      expect.objectContaining({
        type: 'text_mention',
        offset: 0,
        user: expect.objectContaining({ id: sari.id }),
      }),
    )
    expect(fake.callbackAnswers.at(-1)?.text).toMatch(/catatan/)
    expect(fake.current(draftMessage!.message).reply_markup?.inline_keyboard).toHaveLength(1)

    fake.send(group, sari, 'Ganti foto utama dengan yang lebih terang', { replyTo: question.message })
    const answer = (await fake.waitForSent(group, sentSoFar + 3)).at(-1)!
    expect(answer.message.text).toContain('Ganti foto utama')
    await fake.waitFor(
      'the draft message edited',
      () => fake.current(draftMessage!.message).reply_markup === undefined,
    )
    expect(fake.current(draftMessage!.message).text).toMatch(/Status: perlu revisi — Sari Koordinator$/)
  })

  it('tells a member who presses Setujui, privately in the press answer, that only the coordinator may', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, budi, '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: IG')
    const [draftMessage] = (await fake.waitForSent(group, sentSoFar + 1)).slice(-1)

    const press = fake.press(budi, draftMessage!.message, 'review:approve:1')
    await fake.waitFor('the press answered', () => fake.callbackAnswers.some((a) => a.id === press))
    expect(fake.callbackAnswers.at(-1)).toMatchObject({
      show_alert: true,
      text: expect.stringMatching(/koordinator/),
    })
    expect(fake.sentTo(group)).toHaveLength(sentSoFar + 1)
    expect(fake.current(draftMessage!.message).reply_markup?.inline_keyboard?.[0]).toHaveLength(3)
    const draft = await get().db.selectFrom('content_drafts').select('status').executeTakeFirstOrThrow()
    expect(draft.status).toBe('diajukan')
  })

  it('answers a press at once while the group’s send budget for the minute is spent', async () => {
    bot = await startBot(get().db, {
      limits: { perSecond: 30, perGroupPerMinute: 5, perPrivatePerSecond: 1 },
    })
    const { fake } = bot
    const { sari, budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, budi, '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: IG')
    const draft = (await fake.waitForSent(group, sentSoFar + 1)).at(-1)!
    fake.send(group, budi, '/agenda')
    await fake.waitForSent(group, sentSoFar + 2)
    // The fifth message this minute: the next answer waits for the budget, holding the group's turn.
    fake.send(group, budi, '/agenda besok')

    const press = fake.press(sari, draft.message, 'review:approve:1')
    // Telegram drops an unanswered press after 15 seconds; the fake refuses a later answer.
    await fake.waitFor('the press answered', () => fake.callbackAnswers.some((a) => a.id === press), 10_000)
    expect(fake.callbackAnswers.at(-1)).toMatchObject({ text: 'Sedang diproses…' })
    expect(fake.callbackAnswers.at(-1)?.show_alert).toBeUndefined()
  }, 20_000)

  it('tells a refused presser privately when the press was acknowledged before its turn came', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const budiPrivately = fake.privateChat(budi)
    fake.send(budiPrivately, budi, '/start')
    await fake.waitForSent(budiPrivately, 1)
    fake.send(group, budi, '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: IG')
    const draft = (await fake.waitForSent(group, sentSoFar + 1)).at(-1)!

    // A slow round trip for the next answer keeps the group's turn busy.
    fake.holdNext('sendMessage', 3_000)
    fake.send(group, budi, '/agenda')
    const press = fake.press(budi, draft.message, 'review:approve:1')
    await fake.waitFor('the press answered', () => fake.callbackAnswers.some((a) => a.id === press))
    expect(fake.sentTo(group)).toHaveLength(sentSoFar + 1)

    const refusal = (await fake.waitForSent(budiPrivately, 2)).at(-1)!
    expect(refusal.message.text).toMatch(/koordinator/)
    await fake.waitForSent(group, sentSoFar + 2)
    expect(fake.sentTo(group).some((s) => s.message.text?.includes(refusal.message.text!))).toBe(false)
    const draftRow = await get().db.selectFrom('content_drafts').select('status').executeTakeFirstOrThrow()
    expect(draftRow.status).toBe('diajukan')
  })
})
