import fc from 'fast-check'
import { expect, it } from 'vitest'
import { commands } from '../../commands/index.js'
import type { CommandDefinition } from '../../src/chat/command.js'
import { translatePlain } from '../../src/text/catalog/index.js'
import { splitTelegramHtml } from '../../src/text/render-telegram.js'
import { renderWhatsApp } from '../../src/text/render-whatsapp.js'
import { parseTelegramHtml } from '../fakes/telegram-html.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { FUZZ_RUNS, fuzzArgument, fuzzBody, fuzzLine } from '../support/fuzz-text.js'
import { seedForum } from '../support/seed.js'

const NOW = '2026-01-07T10:00:00+07:00'
/** Each run is a command on a real database: a busy machine may take a fifth of a second for one. */
const FUZZ_TIMEOUT_MS = Math.max(120_000, FUZZ_RUNS * 200)
/** What one command may answer in all, once rendered (Telegram allows 4,096 per message). */
const REPLY_MAX = 3500
const FAULTS = [translatePlain('id', 'core.error.generic'), translatePlain('en', 'core.error.generic')]
const NOT_UTF8 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// Unlinking the group or leaving the forum would leave nothing for the later runs to reach.
const fuzzed = commands.filter((command) => !['putuskan', 'keluar'].includes(command.name))

const namesOf = (command: CommandDefinition) => [command.name, ...command.aliases]
const subcommandsOf = (command: CommandDefinition) =>
  Object.entries(command.subcommands ?? {}).flatMap(([name, sub]) => [name, ...sub.aliases])

/** A real command (any case, either prefix), maybe a subcommand and an item number, then anything. */
const realCommand = fc
  .constantFrom(...fuzzed)
  .chain((command) =>
    fc.tuple(
      fc.constantFrom('/', '!'),
      fc.constantFrom(...namesOf(command)),
      fc.boolean(),
      subcommandsOf(command).length > 0
        ? fc.option(fc.constantFrom(...subcommandsOf(command)))
        : fc.constant(null),
      fc.option(fc.constantFrom('1', '2', '#1', '3', '999')),
      fuzzArgument,
      fuzzBody,
    ),
  )
  .map(([prefix, name, shout, sub, number, argument, body]) => {
    const first = [prefix + (shout ? name.toUpperCase() : name), sub, number, argument]
      .filter(Boolean)
      .join(' ')
    return [first, ...body].join('\n')
  })

const anyMessage = fc.oneof(
  { weight: 8, arbitrary: realCommand },
  { weight: 1, arbitrary: fuzzLine.map((line) => `/${line}`) },
  { weight: 1, arbitrary: fc.tuple(fuzzLine, fuzzBody).map(([line, body]) => [line, ...body].join('\n')) },
)

describeWithDatabase('the dispatcher under fuzzed commands', (get) => {
  it(
    'answers or ignores every message, without a fault, in replies Telegram and WhatsApp accept',
    async () => {
      const chat = new ChatHarness(get().db, { now: NOW })
      const { group, coordinator, people } = await seedForum(chat, {
        agencies: [
          { code: 'DINKES', name: 'Dinas Kesehatan' },
          { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika' },
        ],
        members: [
          { name: 'Budi', agency: 'DINKES' },
          { name: 'Ani', agency: 'DISKOMINFO', role: 'admin' },
        ],
      })
      const budi = people.Budi!
      await chat.send(group, budi, '/agenda tambah besok 10.00 Rapat koordinasi @ Aula')
      await chat.send(group, budi, '/konten tambah besok 09.00 Infografis imunisasi')
      const speakers = [coordinator, budi, people.Ani!]

      await fc.assert(
        fc.asyncProperty(
          anyMessage,
          fc.nat(speakers.length - 1),
          fc.boolean(),
          async (text, who, privately) => {
            const person = speakers[who]!
            const answer = await chat.send(privately ? chat.privateChat(person) : group, person, text)
            for (const fault of FAULTS) expect(answer.text).not.toContain(fault)
            let shown = 0
            for (const message of answer.messages) {
              for (const html of splitTelegramHtml(message.text)) shown += parseTelegramHtml(html).text.length
              expect(renderWhatsApp(message.text)).not.toMatch(NOT_UTF8)
            }
            expect(shown).toBeLessThanOrEqual(REPLY_MAX)
          },
        ),
        { numRuns: FUZZ_RUNS },
      )
    },
    FUZZ_TIMEOUT_MS,
  )
})
