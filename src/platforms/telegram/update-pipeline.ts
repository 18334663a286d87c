/**
 * The path every Telegram update takes before it is handled, whether it came by polling or by
 * webhook: a redelivery seen by this process is dropped, a button press is announced before it waits
 * its turn (it must be answered within seconds), and updates run strictly in order within a chat (and
 * across the two ids of a migrating group) while different chats run concurrently.
 */
import { sequentialize } from '@grammyjs/runner'
import type { Bot } from 'grammy'
import type { CallbackQuery, Update } from 'grammy/types'

export interface UpdateHandlers {
  /** Handles one update, in its chat's turn. */
  handle(update: Update): Promise<void>
  /** A button press as it arrives; `mustWait`: other updates of its chat are under way. */
  pressArrived(query: CallbackQuery, mustWait: boolean): void
  /** Hears what escapes `handle`. */
  failed(error: unknown): void
}

/** The updates the bot asks Telegram for, in polling and webhook mode alike. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const
/** Update ids remembered to drop a redelivery within this process (the dispatcher dedupes durably). */
const SEEN_UPDATES = 10_000

/** Installs the pipeline on `bot`. */
export function installUpdatePipeline(bot: Bot, handlers: UpdateHandlers): void {
  const seen = new Set<number>()
  bot.use(async (ctx, next) => {
    const id = ctx.update.update_id
    if (seen.has(id)) return
    seen.add(id)
    if (seen.size > SEEN_UPDATES) seen.delete(seen.values().next().value!)
    await next()
  })
  const underWay = new Map<string, number>()
  bot.use(async (ctx, next) => {
    const keys = chatKeys(ctx.update)
    const query = ctx.update.callback_query
    if (query)
      handlers.pressArrived(
        query,
        keys.some((key) => underWay.has(key)),
      )
    for (const key of keys) underWay.set(key, (underWay.get(key) ?? 0) + 1)
    try {
      await next()
    } finally {
      for (const key of keys) {
        const left = underWay.get(key)! - 1
        if (left > 0) underWay.set(key, left)
        else underWay.delete(key)
      }
    }
  })
  // Strict order within a chat (and across the two ids of a migrating group), concurrency across chats.
  bot.use(sequentialize((ctx) => chatKeys(ctx.update)))
  bot.use(async (ctx) => {
    await handlers.handle(ctx.update)
  })
  bot.catch((error) => handlers.failed(error.error))
}

/** The chats an update belongs to, for sequentialize: its chat, and both ids of a migration. */
function chatKeys(update: Update): string[] {
  const keys: string[] = []
  const message = update.message ?? update.edited_message
  const chatId = message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id
  if (chatId !== undefined) keys.push(String(chatId))
  if (message?.migrate_to_chat_id !== undefined) keys.push(String(message.migrate_to_chat_id))
  if (message?.migrate_from_chat_id !== undefined) keys.push(String(message.migrate_from_chat_id))
  return keys
}
