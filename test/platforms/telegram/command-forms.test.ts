import { afterEach, expect, it } from 'vitest'
import { parseTelegramHtml } from '../../fakes/telegram-html.js'
import { insertAgenda } from '../../support/calendar-items.js'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, NOW, type RunningBot, startBot } from './telegram-bot.js'

describeWithDatabase('commands as Telegram groups write them', (get) => {
  let bot: RunningBot | undefined
  afterEach(async () => {
    await bot?.stop()
    bot = undefined
  })

  it('answers /cmd@BotName in any letter case, and ignores commands addressed to another bot', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)

    const forms = ['/agenda@SinergiBot', '/AGENDA@sinergibot', '/Agenda@SINERGIBOT besok', '/agenda']
    let count = sentSoFar
    for (const text of forms) {
      const message = fake.send(group, budi, text)
      const sent = await fake.waitForSent(group, ++count)
      expect(sent.at(-1)!.replyToMessageId, text).toBe(message.message_id)
    }

    fake.send(group, budi, '/agenda@OtherBot')
    const last = fake.send(group, budi, '/bantuan@SinergiBot')
    const sent = await fake.waitForSent(group, ++count)
    expect(sent.at(-1)!.replyToMessageId).toBe(last.message_id)
    expect(sent).toHaveLength(count)
    // In groups the help shows the form privacy mode always delivers.
    expect(sent.at(-1)!.message.text).toContain('/agenda@SinergiBot')
  })

  it('in privacy mode, gets a bare /cmd only while it posted last, and /cmd@BotName always', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)

    fake.anotherBotPosts(group)
    const bare = fake.send(group, budi, '/agenda')
    fake.send(group, budi, 'selamat pagi semua')
    const addressed = fake.send(group, budi, '/agenda@SinergiBot')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.replyToMessageId).toBe(addressed.message_id)
    expect(fake.sentTo(group).some((s) => s.replyToMessageId === bare.message_id)).toBe(false)

    // The bot posted last again: a bare command reaches it once more.
    const again = fake.send(group, budi, '/agenda')
    await fake.waitForSent(group, sentSoFar + 2)
    expect(fake.sentTo(group).at(-1)!.replyToMessageId).toBe(again.message_id)
  })

  it('takes a draft from a photo caption, and attaches the photo a command replies to', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)

    const captioned = fake.send(group, budi, '/konten tambah\nJudul: Poster Imunisasi\nPlatform: IG', {
      photo: true,
    })
    await fake.waitForSent(group, sentSoFar + 1)
    const photo = fake.send(group, budi, '', { photo: true, withoutText: true })
    fake.send(group, budi, '/konten@SinergiBot tambah\nJudul: Foto Posyandu\nPlatform: FB', {
      replyTo: photo,
    })
    await fake.waitForSent(group, sentSoFar + 2)

    const attachments = await get()
      .db.selectFrom('content_attachments')
      .innerJoin('content_drafts', 'content_drafts.id', 'content_attachments.draft_id')
      .select(['content_drafts.title', 'content_attachments.file_ref', 'content_attachments.media'])
      .orderBy('content_attachments.id')
      .execute()
    expect(attachments).toEqual([
      { title: 'Poster Imunisasi', file_ref: captioned.photo![1]!.file_id, media: 'photo' },
      { title: 'Foto Posyandu', file_ref: photo.photo![1]!.file_id, media: 'photo' },
    ])
  })

  it('escapes user text so an agency name with <, & and _ shows as written', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const name = 'PT <Air & Bersih> Tirta_Jaya &amp; *Tbk*'

    fake.send(group, sari, `/instansi tambah TIRTA ${name} bumd`)
    fake.send(group, sari, '/instansi')
    const sent = await fake.waitForSent(group, sentSoFar + 2)
    for (const message of sent.slice(-2)) {
      expect(message.parseMode).toBe('HTML')
      expect(message.message.text).toContain(name)
    }
  })

  it('splits a reply longer than 4,096 characters at line boundaries into valid messages', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { budi, group, workspaceId, sentSoFar } = await forumOnTelegram(bot, get().db)
    for (let n = 0; n < 30; n++) {
      await insertAgenda(get().db, workspaceId, {
        agency: 'DINKES',
        title: `Rapat koordinasi percepatan penurunan stunting tingkat kecamatan nomor ${n + 1} <${n}>`,
        startsAt: `2026-01-0${8 + (n % 2)}T${String(8 + (n % 9)).padStart(2, '0')}:00:00+07:00`,
        location: `Aula Kantor Kecamatan Kalibeber & Balai Desa ${n + 1}, Jalan Raya Dieng Km ${n + 3}`,
      })
    }

    const command = fake.send(group, budi, '/agenda')
    await fake.waitFor('a split agenda list', () => fake.sentTo(group).length >= sentSoFar + 2)
    await fake.waitFor('every part', () => fake.sentTo(group).some((s) => s.message.text?.includes('#30')))
    const parts = fake.sentTo(group).slice(sentSoFar)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(part.raw!.length).toBeLessThanOrEqual(4096)
      expect(() => parseTelegramHtml(part.raw!)).not.toThrow()
    }
    expect(parts[0]!.replyToMessageId).toBe(command.message_id)
    expect(parts.slice(1).every((part) => part.replyToMessageId === undefined)).toBe(true)
    const lines = parts.flatMap((part) => part.message.text!.split('\n'))
    for (let n = 1; n <= 30; n++) expect(lines.filter((line) => line.startsWith(`• #${n} `))).toHaveLength(1)
  })

  it('finds a person named by a text mention (no username) for /peran', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, budi, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const text = '/peran Budi admin'
    fake.send(group, sari, text, {
      entities: [
        {
          type: 'text_mention',
          offset: 7,
          length: 4,
          user: { id: budi.id, is_bot: false, first_name: 'Budi' },
        },
      ],
    })
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.message.text).toMatch(/^Budi sekarang admin/)
    // The answer mentions him back so that Telegram notifies him.
    expect(sent.at(-1)!.message.entities).toContainEqual(
      expect.objectContaining({ type: 'text_mention', offset: 0, length: 4 }),
    )
    const role = await get()
      .db.selectFrom('memberships')
      .innerJoin('identities', 'identities.person_id', 'memberships.person_id')
      .select('memberships.role')
      .where('identities.external_id', '=', String(budi.id))
      .executeTakeFirstOrThrow()
    expect(role.role).toBe('admin')
  })

  it('tells an anonymous group admin to send the command as themselves', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const group = fake.group('Humas Kabupaten')
    const anonymous = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' }
    fake.inject({
      message: {
        message_id: 77,
        date: Math.floor(Date.parse(NOW) / 1000),
        chat: group,
        from: anonymous,
        sender_chat: group,
        text: '/aktifkan@SinergiBot Forum',
      },
    })
    const [answer] = await fake.waitForSent(group, 1)
    expect(answer!.message.text).toContain('Tetap anonim')
    expect(answer!.replyToMessageId).toBe(77)
    expect(await get().db.selectFrom('workspaces').select('id').execute()).toEqual([])
  })
})
