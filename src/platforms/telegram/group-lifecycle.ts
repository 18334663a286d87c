/**
 * The bot's own life in chats: added to a group (it introduces itself once), removed or blocked (the
 * chat goes inactive), a group upgraded to a supergroup (the chat keeps its row under the new id), and
 * commands from anonymous group admins (who must write as themselves).
 */
import type { ChatMember, ChatMemberUpdated, Message } from 'grammy/types'
import type { Kysely } from 'kysely'
import type { Dispatcher } from '../../chat/dispatcher.js'
import { parseCommand } from '../../chat/parse-command.js'
import type { IncomingChat } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import type { Logger } from '../../logger.js'
import { translateBlocks } from '../../text/catalog/index.js'
import type { Language } from '../../vocabulary.js'
import type { AnswerRouter } from './answer-router.js'
import {
  forumOfChat,
  languageOfChat,
  recordBotAdded,
  recordBotRemoved,
  recordMigration,
} from './chat-records.js'
import type { TelegramMemberPort } from './member-port.js'
import { type BotIdentity, chatOf } from './to-incoming.js'

export interface GroupLifecycleDependencies {
  readonly db: Kysely<Database>
  readonly clock: Clock
  readonly dispatcher: Dispatcher
  readonly router: AnswerRouter
  readonly port: TelegramMemberPort
  readonly logger: Logger
  readonly defaultLanguage: Language
  readonly botUsername: () => string
}

export class GroupLifecycle {
  constructor(private readonly deps: GroupLifecycleDependencies) {}

  /**
   * A group admin posting "as the group" (anonymous) is nobody Sinergi can check: a command from them
   * gets one line saying how to send it as themselves, instead of silence.
   */
  async anonymousAdmin(message: Message, me: BotIdentity): Promise<void> {
    const chat = chatOf(message.chat)
    const parsed = parseCommand(message.text ?? message.caption ?? '', 'telegram', me.username)
    if (!chat || !parsed || !this.deps.dispatcher.index.find(parsed.name)) return
    const lang = await languageOfChat(this.deps.db, chat.externalId, this.deps.defaultLanguage)
    await this.deps.router.send(
      [{ target: { kind: 'reply' }, text: translateBlocks(lang, 'telegram.anonymous_admin'), quote: true }],
      { chat, quoteMessageId: message.message_id },
    )
  }

  async migrated(oldId: string, newId: string): Promise<void> {
    this.deps.port.forgetChat(oldId)
    await recordMigration(this.deps.db, oldId, newId)
    this.deps.logger.info({ from: oldId, to: newId }, 'group became a supergroup')
  }

  /** The bot itself was added to or removed from a chat (or blocked / unblocked in a private chat). */
  async membershipChanged(update: ChatMemberUpdated): Promise<void> {
    const chat = chatOf(update.chat)
    if (!chat) return
    const { db, clock } = this.deps
    const wasIn = isPresent(update.old_chat_member)
    const isIn = isPresent(update.new_chat_member)
    if (isIn && !wasIn) {
      await recordBotAdded(db, chat, clock.now())
      this.deps.logger.info({ chat: chat.externalId, kind: chat.kind }, 'bot added to a chat')
      if (chat.kind === 'group') await this.#introduce(chat)
    } else if (wasIn && !isIn) {
      this.deps.port.forgetChat(chat.externalId)
      await recordBotRemoved(db, chat.externalId)
      this.deps.logger.info(
        { chat: chat.externalId, kind: chat.kind },
        'bot removed from a chat; it is now inactive',
      )
    }
  }

  /** One short message: what Sinergi is and how a group admin activates or links it. */
  async #introduce(chat: IncomingChat): Promise<void> {
    const { db, defaultLanguage } = this.deps
    const bot = this.deps.botUsername()
    const lang = await languageOfChat(db, chat.externalId, defaultLanguage)
    const forum = await forumOfChat(db, chat.externalId)
    const text = forum
      ? translateBlocks(lang, 'telegram.intro_linked', { forum, bot })
      : translateBlocks(lang, 'telegram.intro', { bot })
    await this.deps.router.send([{ target: { kind: 'reply' }, text }], { chat })
  }
}

/** Is the bot a member of the chat in this state? */
function isPresent(member: ChatMember): boolean {
  if (member.status === 'restricted') return member.is_member
  return member.status === 'member' || member.status === 'administrator' || member.status === 'creator'
}
