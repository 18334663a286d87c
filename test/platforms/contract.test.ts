/**
 * The platform contract (src/platforms/port.ts), the same checks for every adapter against its fake:
 * a command is answered in its chat, quoting it; an answer meant for one person reaches them privately,
 * or — where the platform refuses — the group is told how to open the private chat, never silence; a
 * scheduled message reaches a stored group, and once the bot is out of it, is refused for good.
 */
import { PassThrough } from 'node:stream'
import pino from 'pino'
import { afterEach, expect, it, vi } from 'vitest'
import { commands } from '../../commands/index.js'
import { Dispatcher } from '../../src/chat/dispatcher.js'
import { DeliveryError } from '../../src/chat/types.js'
import { FixedClock } from '../../src/clock.js'
import { ConsoleChat } from '../../src/platforms/console/console-chat.js'
import { Relay } from '../../src/relay/relay.js'
import { BOT, BUDI, content, GROUP, groupMessage, groupMetadata } from '../fixtures/whatsapp/messages.js'
import { describeWithDatabase, type TestDatabase } from '../support/databases.js'
import { type RunningBot, startBot } from './telegram/telegram-bot.js'
import { whatsappTestbed } from './whatsapp/testbed.js'

const brief = (text: string) => ({
  target: { kind: 'chat' as const, chatId: 0 },
  text: [{ kind: 'paragraph' as const, children: [text] }],
})

/** One adapter behind its fake, driven as a group admin would use it. */
interface Driver {
  readonly groupId: string
  /** The group admin writes in the group; resolves with the texts the bot sent into the group for it. */
  say(text: string): Promise<string[]>
  /** Everything the bot wrote to the admin privately so far. */
  privately(): string[]
  /** Everything the bot wrote into the group so far. */
  inGroup(): string[]
  /** The platform reports that the bot was removed from the group. */
  removeBot(): Promise<void>
  deliver(text: string): Promise<void>
  /** Whether the command's answer quoted the command. */
  lastQuoted(): boolean
  /** The platform refuses private messages until the person opens the chat (Telegram). */
  readonly privateNeedsOpening: boolean
  stop(): Promise<void>
}

async function telegramDriver(database: TestDatabase): Promise<Driver> {
  const bot: RunningBot = await startBot(database.db)
  const { fake } = bot
  const sari = fake.user('Sari', { username: 'sari_humas' })
  const group = fake.group('Humas Uji', { admins: [sari] })
  const texts = (chat: Parameters<typeof fake.sentTo>[0]) =>
    fake.sentTo(chat).map((s) => s.message.text ?? '')
  return {
    groupId: String(group.id),
    async say(text) {
      const before = fake.sentTo(group).length
      fake.send(group, sari, text)
      await fake.waitForSent(group, before + 1)
      return texts(group).slice(before)
    },
    privately: () => texts(fake.privateChat(sari)),
    inGroup: () => texts(group),
    async removeBot() {
      fake.removeBot(group, sari)
      await vi.waitFor(async () =>
        expect(
          (
            await database.db
              .selectFrom('chats')
              .select('active')
              .where('external_id', '=', String(group.id))
              .executeTakeFirst()
          )?.active,
        ).toBe(false),
      )
    },
    deliver: (text) => bot.delivery.deliver(String(group.id), brief(text)),
    lastQuoted: () => fake.sentTo(group).at(-1)?.replyToMessageId !== undefined,
    privateNeedsOpening: true,
    stop: () => bot.stop(),
  }
}

async function whatsappDriver(database: TestDatabase): Promise<Driver> {
  const bed = whatsappTestbed(database.db, { now: '2026-01-12T09:00:00+07:00' })
  bed.world.groups.set(GROUP, groupMetadata())
  bed.adapter.start()
  const socket = await bed.world.socket(1)
  socket.open(BOT)
  await vi.waitFor(() => expect(bed.adapter.canDeliver()).toBe(true))
  const textOf = (sent: (typeof socket.sent)[number]) => {
    const c = sent.content as { text?: string; caption?: string }
    return c.text ?? c.caption ?? ''
  }
  const sentTo = (jid: string) => socket.sent.filter((s) => s.jid === jid)
  return {
    groupId: GROUP,
    async say(text) {
      const before = sentTo(GROUP).length
      socket.deliver([groupMessage({ from: BUDI, at: bed.clock.now(), content: content.conversation(text) })])
      await bed.adapter.settled()
      return sentTo(GROUP).slice(before).map(textOf)
    },
    privately: () => socket.sent.filter((s) => s.jid === BUDI.lid || s.jid === BUDI.pn).map(textOf),
    inGroup: () => sentTo(GROUP).map(textOf),
    async removeBot() {
      socket.emit('group-participants.update', {
        id: GROUP,
        author: BUDI.lid,
        participants: [{ id: BOT.lid, phoneNumber: BOT.pn, admin: null }],
        action: 'remove',
      })
      await bed.adapter.settled()
    },
    deliver: (text) => bed.delivery.deliver(GROUP, brief(text)),
    lastQuoted: () => sentTo(GROUP).at(-1)?.options?.quoted !== undefined,
    privateNeedsOpening: false,
    stop: () => bed.adapter.stop(),
  }
}

async function consoleDriver(database: TestDatabase): Promise<Driver> {
  const clock = new FixedClock('2026-01-07T10:00:00+07:00')
  const logger = pino({ level: 'silent' })
  const dispatcher = new Dispatcher({
    db: database.db,
    commands,
    clock,
    logger,
    defaultLanguage: 'id',
    defaultTimezone: 'Asia/Jakarta',
    publicUrl: 'http://localhost:3000',
  })
  const relay = new Relay({ db: database.db, dispatcher, clock, logger, defaultLanguage: 'id' })
  const input = new PassThrough()
  const output = new PassThrough()
  let printed = ''
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8')
  })
  const chat = new ConsoleChat({
    core: relay,
    clock,
    logger,
    input,
    output,
    outDir: '/tmp',
    language: 'id',
    onExit: () => {},
  })
  relay.register(chat)
  chat.start()
  const groupId = 'grup-grup-1'
  /** The messages printed under a chat label, in order. */
  const under = (label: string, from = 0) =>
    printed
      .slice(from)
      .split(/\n(?=\[)/)
      .filter((block) => block.startsWith(`[${label}] Sinergi:`))
      .map((block) => block.slice(`[${label}] Sinergi:\n`.length))
  return {
    groupId,
    async say(text) {
      const before = printed.length
      input.write(`${text}\n`)
      await vi.waitFor(() => expect(printed.slice(before).trimEnd().endsWith('>')).toBe(true))
      return under('Grup 1', before)
    },
    privately: () => under('pribadi → Budi'),
    inGroup: () => under('Grup 1'),
    removeBot: () => relay.botRemoved('console', groupId),
    deliver: (text) => relay.deliveries.get('console')!.deliver(groupId, brief(text)),
    // A terminal has nothing to quote: the answer is printed right under the command.
    lastQuoted: () => true,
    privateNeedsOpening: false,
    stop: async () => chat.close(),
  }
}

const adapters = { telegram: telegramDriver, whatsapp: whatsappDriver, console: consoleDriver }

for (const [platform, start] of Object.entries(adapters)) {
  describeWithDatabase(`the platform contract: ${platform}`, (get) => {
    let driver: Driver | undefined
    afterEach(async () => {
      await driver?.stop()
      driver = undefined
    })

    it('answers a command in its own group, quoting it', async () => {
      driver = await start(get())
      const answers = await driver.say('/aktifkan Forum Uji Kontrak')
      expect(answers.join('\n')).toContain('Forum Uji Kontrak')
      expect(driver.lastQuoted()).toBe(true)
    })

    it('sends a private answer privately, or tells the group how to open the private chat', async () => {
      driver = await start(get())
      await driver.say('/aktifkan Forum Uji Kontrak')
      const inGroup = await driver.say('/kode')
      if (driver.privateNeedsOpening) {
        expect(inGroup.join('\n')).toMatch(/belum bisa mengirim pesan pribadi/)
        expect(driver.privately()).toEqual([])
      } else {
        await vi.waitFor(() => expect(driver!.privately().join('\n')).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}/))
        expect(inGroup.join('\n')).toContain('chat pribadi')
      }
    })

    it('delivers a scheduled message into a stored group, and refuses it for good once the bot is out', async () => {
      driver = await start(get())
      await driver.say('/aktifkan Forum Uji Kontrak')
      await driver.deliver('Brief pagi kontrak')
      await vi.waitFor(() => expect(driver!.inGroup().join('\n')).toContain('Brief pagi kontrak'))
      await driver.removeBot()
      const refused = await driver.deliver('Brief kedua').catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(DeliveryError)
      expect((refused as DeliveryError).permanent).toBe(true)
      expect(driver.inGroup().join('\n')).not.toContain('Brief kedua')
    })
  })
}
