import { afterEach, expect, it } from 'vitest'
import { DeliveryError, type Outgoing } from '../../../src/chat/types.js'
import { paragraph } from '../../../src/text/rich-text.js'
import { describeWithDatabase } from '../../support/databases.js'
import { forumOnTelegram, type RunningBot, startBot } from './telegram-bot.js'

const brief = (text: string): Outgoing => ({ target: { kind: 'reply' }, text: [paragraph(text)] })

describeWithDatabase('a Telegram group over its life', (get) => {
  let bot: RunningBot | undefined
  afterEach(async () => {
    await bot?.stop()
    bot = undefined
  })
  const chatRow = (externalId: number) =>
    get()
      .db.selectFrom('chats')
      .select(['external_id', 'workspace_id', 'active'])
      .where('platform', '=', 'telegram')
      .where('external_id', '=', String(externalId))
      .executeTakeFirst()

  it('introduces itself once, in one short message, when added to a group', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const sari = fake.user('Sari')
    const group = fake.group('Humas Kabupaten', { admins: [sari], botIn: false })
    fake.addBot(group, sari)
    const [intro] = await fake.waitForSent(group, 1)
    expect(intro!.message.text).toContain('/aktifkan@SinergiBot')
    expect(intro!.message.text).toContain('/hubungkan@SinergiBot')
    expect(await chatRow(group.id)).toMatchObject({ active: true, workspace_id: null })

    fake.send(group, sari, '/aktifkan@SinergiBot Bakohumas Kabupaten Wonosobo')
    const sent = await fake.waitForSent(group, 2)
    expect(sent).toHaveLength(2)
  })

  it('goes quiet in a group it was removed from: the chat is inactive and scheduled messages are refused', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.removeBot(group, sari)
    await expectEventually(async () => (await chatRow(group.id))?.active === false)

    const refused = await bot.delivery.deliver(String(group.id), brief('Brief pagi')).catch((e) => e)
    expect(refused).toBeInstanceOf(DeliveryError)
    expect((refused as DeliveryError).permanent).toBe(true)
    expect(fake.sentTo(group)).toHaveLength(sentSoFar)
  })

  it('keeps the forum and its history when the group becomes a supergroup', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, budi, group, workspaceId, sentSoFar } = await forumOnTelegram(bot, get().db)
    fake.send(group, budi, '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula')
    await fake.waitForSent(group, sentSoFar + 1)

    const supergroup = fake.migrate(group, sari)
    await expectEventually(async () => (await chatRow(supergroup.id)) !== undefined)
    expect(await chatRow(supergroup.id)).toMatchObject({ workspace_id: workspaceId, active: true })
    expect(await chatRow(group.id)).toBeUndefined()

    fake.send(supergroup, budi, '/agenda@SinergiBot besok')
    const [answer] = await fake.waitForSent(supergroup, 1)
    expect(answer!.message.text).toContain('Rapat Koordinasi')

    await bot.delivery.deliver(String(supergroup.id), brief('Brief pagi'))
    expect(fake.sentTo(supergroup).at(-1)!.message.text).toBe('Brief pagi')
  })

  it('follows a supergroup upgrade it learns of only when sending', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, group, workspaceId } = await forumOnTelegram(bot, get().db)
    const supergroup = fake.migrate(group, sari, { announce: false })

    await bot.delivery.deliver(String(group.id), brief('Brief pagi'))
    expect(fake.sentTo(supergroup).map((s) => s.message.text)).toEqual(['Brief pagi'])
    expect(await chatRow(supergroup.id)).toMatchObject({ workspace_id: workspaceId })
  })

  it('registers the command menus: Indonesian by default, English for English apps, in groups and private chats', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    await fake.waitFor('four command menus', () => fake.commandMenus.length === 4)
    const menu = (scope: string, lang?: string) =>
      fake.commandMenus.find((m) => m.scope?.type === scope && m.language_code === lang)!.commands
    const groupId = menu('all_group_chats')
    expect(groupId).toContainEqual({ command: 'setujui', description: 'Setujui draf konten (koordinator)' })
    expect(groupId.map((c) => c.command)).toContain('aktifkan')
    expect(groupId.map((c) => c.command)).not.toContain('forum')
    const privateEn = menu('all_private_chats', 'en')
    expect(privateEn.find((c) => c.command === 'setujui')?.description).toMatch(/^Approve/)
    expect(privateEn.map((c) => c.command)).toContain('forum')
    expect(privateEn.map((c) => c.command)).not.toContain('aktifkan')
    expect(menu('all_private_chats').length).toBe(privateEn.length)
    expect(menu('all_group_chats', 'en').length).toBe(groupId.length)
  })

  it('tells the group how to open a private chat when Telegram refuses to write to the coordinator privately', async () => {
    bot = await startBot(get().db)
    const { fake } = bot
    const { sari, group, sentSoFar } = await forumOnTelegram(bot, get().db)
    const command = fake.send(group, sari, '/kode')
    const sent = await fake.waitForSent(group, sentSoFar + 1)
    expect(sent.at(-1)!.message.text).toContain('t.me/SinergiBot')
    expect(sent.at(-1)!.replyToMessageId).toBe(command.message_id)

    const privately = fake.privateChat(sari)
    fake.send(privately, sari, '/start')
    await fake.waitForSent(privately, 1)
    fake.send(group, sari, '/kode')
    const [, code] = await fake.waitForSent(privately, 2)
    expect(code!.message.text).toMatch(/\/hubungkan [A-Z0-9-]+/)
    const inGroup = await fake.waitForSent(group, sentSoFar + 2)
    expect(inGroup.at(-1)!.message.text).toContain('chat pribadi')
    expect(inGroup.at(-1)!.message.text).not.toMatch(/\/hubungkan [A-Z0-9]{4}/)
  })
})

async function expectEventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
