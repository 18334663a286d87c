import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { readReminderTime } from '../src/domain/reminders/due-time.js'
import {
  cancelReminder,
  createReminder,
  pendingRemindersOfChat,
  REMINDER_MESSAGE_MAX,
} from '../src/domain/reminders/reminders.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list, paragraph, type RichText } from '../src/text/rich-text.js'
import { shorten } from '../src/text/shorten.js'
import { formatDate, formatDateTime, formatWhenWithStatedZone, localDateOf } from '../src/time/format.js'
import { itemNumber } from './args.js'

/** How many waiting reminders `/ingatkan` shows; the rest are counted. */
const LIST_LIMIT = 15
/** Long messages are cut in the list (the reminder itself keeps all of it). */
const LIST_MESSAGE_CHARS = 80

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

async function listPending(ctx: WorkspaceContext): Promise<RichText> {
  const { reminders, total } = await pendingRemindersOfChat(ctx.db, ctx.workspace.id, ctx.chat.id, LIST_LIMIT)
  if (total === 0) return translateBlocks(ctx.lang, 'remind.list_empty')
  const zone = ctx.workspace.timezone
  const items = reminders.map((r) =>
    ctx.t('remind.list_item', {
      number: r.number,
      when: formatDateTime(r.dueAt, zone, ctx.lang),
      message: shorten(oneLine(r.message), LIST_MESSAGE_CHARS),
    }),
  )
  const text: RichText = [paragraph(...ctx.t('remind.list_title', { count: total })), list(items)]
  if (total > reminders.length)
    text.push(paragraph(...ctx.t('remind.list_more', { count: total - reminders.length })))
  text.push(paragraph(...ctx.t('remind.list_footer')))
  return text
}

export default defineCommand({
  name: 'ingatkan',
  aliases: ['remind'],
  summary: 'help.ingatkan.summary',
  help: 'help.ingatkan.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: true,
    usage: 'usage.ingatkan',
    read: (input) => ({ text: input.rest, body: input.bodyLines.join('\n') }),
    args: z.object({ text: z.string().trim(), body: z.string() }),
    async run(ctx, { text, body }) {
      if (!text && !body.trim()) return reply(await listPending(ctx))
      await requireAccess('agency', ctx)
      const zone = ctx.workspace.timezone
      const time = readReminderTime(text, ctx.now, zone, ctx.lang)
      const message = [time.rest, body].join('\n').trim()
      if (!message) throw new UserError('remind.message_missing')
      if (message.length > REMINDER_MESSAGE_MAX)
        throw new UserError('remind.message_too_long', { max: REMINDER_MESSAGE_MAX })
      const change = changeOf(ctx)
      const reminder = await createReminder(ctx.db, change, { message, dueAt: time.dueAt })
      const when = `${formatDate(localDateOf(time.dueAt, time.statedZone), ctx.lang)}, ${formatWhenWithStatedZone(time.dueAt, time.statedZone, zone, ctx.lang)}`
      const confirmation: RichText = translateBlocks(ctx.lang, 'remind.saved', {
        number: reminder.number,
        when,
        message,
        where: ctx.t(ctx.chat.kind === 'group' ? 'remind.where_group' : 'remind.where_private'),
      })
      if (time.dateOnly) confirmation.push(paragraph(...ctx.t('remind.date_only_note')))
      if (time.earlyHour) confirmation.push(paragraph(...ctx.t('remind.early_hour_note')))
      confirmation.push(paragraph(...ctx.t('remind.saved_footer', { number: reminder.number })))
      return reply(confirmation)
    },
  }),
  subcommands: {
    batal: {
      aliases: ['cancel', 'hapus'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.ingatkan.batal',
        read: (input) => ({ number: input.tokens[0] }),
        args: z.object({ number: itemNumber }),
        async run(ctx, { number }) {
          const change = changeOf(ctx)
          const membership = ctx.actor.membership
          const reminder = await cancelReminder(ctx.db, change, number, {
            isCoordinator: membership?.role === 'koordinator',
            agencyId: membership?.agencyId ?? null,
          })
          return reply(
            translateBlocks(ctx.lang, 'remind.cancelled', {
              number: reminder.number,
              when: formatDateTime(reminder.dueAt, ctx.workspace.timezone, ctx.lang),
              message: shorten(oneLine(reminder.message), LIST_MESSAGE_CHARS),
            }),
          )
        },
      }),
    },
  },
})
