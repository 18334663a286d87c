import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { keyMessageBlocks, keyMessageLine } from '../src/domain/key-messages/present.js'
import { activeKeyMessages, upcomingKeyMessages } from '../src/domain/key-messages/queries.js'
import { readKeyMessage } from '../src/domain/key-messages/read-form.js'
import { addKeyMessage, archiveKeyMessage, requireKeyMessage } from '../src/domain/key-messages/service.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { type Inline, list, plainLength, type RichText } from '../src/text/rich-text.js'
import { formatDate, localDateOf } from '../src/time/format.js'
import { itemNumber } from './args.js'

/** Key messages shown in full while the reply stays well under Telegram's 4,096 characters; the rest as lines. */
const FULL_TEXT_BUDGET = 2800
const LINES_MAX = 10
const UPCOMING_MAX = 3

const today = (ctx: WorkspaceContext) => localDateOf(ctx.now, ctx.workspace.timezone)

/** `/narasi`: the key messages in force today in the workspace zone, and the next few coming up. */
async function active(ctx: WorkspaceContext): Promise<RichText> {
  const day = today(ctx)
  const [current, upcoming] = await Promise.all([
    activeKeyMessages(ctx.db, ctx.workspace.id, day),
    upcomingKeyMessages(ctx.db, ctx.workspace.id, day, UPCOMING_MAX),
  ])
  const blocks: RichText = []
  if (current.length === 0) {
    blocks.push(...translateBlocks(ctx.lang, 'key_message.none_active'))
  } else {
    blocks.push(...translateBlocks(ctx.lang, 'key_message.active_title', { date: formatDate(day, ctx.lang) }))
    const lines: Inline[][] = []
    for (const keyMessage of current) {
      const full = keyMessageBlocks(keyMessage, ctx.lang)
      if (lines.length === 0 && plainLength([...blocks, ...full]) <= FULL_TEXT_BUDGET) blocks.push(...full)
      else lines.push(keyMessageLine(keyMessage, ctx.lang))
    }
    if (lines.length > 0) blocks.push(list(lines.slice(0, LINES_MAX)))
    if (lines.length > LINES_MAX)
      blocks.push(...translateBlocks(ctx.lang, 'key_message.more', { count: lines.length - LINES_MAX }))
  }
  if (upcoming.length > 0) {
    blocks.push(...translateBlocks(ctx.lang, 'key_message.upcoming_title'))
    blocks.push(list(upcoming.map((keyMessage) => keyMessageLine(keyMessage, ctx.lang))))
  }
  const first = current[0] ?? upcoming[0]
  if (first) blocks.push(...translateBlocks(ctx.lang, 'key_message.details_hint', { number: first.number }))
  if (ctx.actor.membership?.role === 'koordinator' && current.length === 0) {
    blocks.push(...translateBlocks(ctx.lang, 'key_message.add_hint'))
  }
  return blocks
}

export default defineCommand({
  name: 'narasi',
  // English first: /bantuan shows English workspaces the first alias.
  aliases: ['keymessage', 'pesankunci'],
  summary: 'help.narasi.summary',
  help: 'help.narasi.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.narasi',
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      if (!text) return reply(await active(ctx))
      const number = readItemNumber(text)
      if (number === undefined) throw new UserError('key_message.filter_unknown')
      const keyMessage = await requireKeyMessage(ctx.db, ctx.workspace.id, number)
      return reply(keyMessageBlocks(keyMessage, ctx.lang, today(ctx)))
    },
  }),
  subcommands: {
    tambah: {
      aliases: ['add'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.narasi.tambah',
        read: (input) => ({ firstLine: input.rest, lines: input.bodyLines }),
        args: z.object({ firstLine: z.string(), lines: z.array(z.string()) }),
        async run(ctx, { firstLine, lines }) {
          const { input, keptLines } = readKeyMessage(firstLine, lines, {
            now: ctx.now,
            zone: ctx.workspace.timezone,
            lang: ctx.lang,
          })
          const keyMessage = await addKeyMessage(ctx.db, changeOf(ctx), input)
          const text: RichText = [
            ...translateBlocks(ctx.lang, 'key_message.added', { number: keyMessage.number }),
            ...keyMessageBlocks(keyMessage, ctx.lang, today(ctx)),
          ]
          if (keptLines.length > 0) {
            text.push(
              ...translateBlocks(ctx.lang, 'key_message.extras'),
              list(keptLines.map((line) => [line])),
            )
          }
          text.push(...translateBlocks(ctx.lang, 'key_message.added_hint', { number: keyMessage.number }))
          return reply(text)
        },
      }),
    },
    hapus: {
      aliases: ['remove', 'archive'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.narasi.hapus',
        read: (input) => ({ number: input.tokens[0] }),
        args: z.object({ number: itemNumber }),
        async run(ctx, { number }) {
          const keyMessage = await archiveKeyMessage(ctx.db, changeOf(ctx), number)
          return reply(translateBlocks(ctx.lang, 'key_message.archived', { number, theme: keyMessage.theme }))
        },
      }),
    },
  },
})
