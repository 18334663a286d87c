/**
 * The bot's own membership of WhatsApp groups: added (the chat is recorded, active, and the bot
 * introduces itself once) or removed (the chat goes inactive), as groups.upsert and the participants
 * events report it. Every other participant change only updates the group directory.
 */
import type { GroupMetadata } from 'baileys'
import type { Kysely } from 'kysely'
import type { Outgoing } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Database } from '../../db/database.js'
import { upsertChat } from '../../domain/chats/chats.js'
import type { Logger } from '../../logger.js'
import { translateBlocks } from '../../text/catalog/index.js'
import type { Language } from '../../vocabulary.js'
import { type GroupDirectory, type ParticipantsUpdate, participantPair } from './groups.js'
import { type JidPair, sameUser } from './identity.js'

export interface GroupMembershipOptions {
  readonly db: Kysely<Database>
  readonly clock: Clock
  readonly defaultLanguage: Language
  readonly log: Logger
  readonly groups: GroupDirectory
  /** The bot's own ids. */
  readonly me: () => JidPair
  /** Sends a reply into a chat (the introduction). */
  readonly sendReply: (jid: string, message: Outgoing) => Promise<void>
}

export class GroupMembership {
  readonly #log: Logger
  readonly #groups: GroupDirectory

  constructor(private readonly options: GroupMembershipOptions) {
    this.#log = options.log
    this.#groups = options.groups
  }

  async groupUpserted(meta: GroupMetadata): Promise<void> {
    const known = await this.#groups.cached(meta.id)
    await this.#groups.store(meta)
    if (!known) await this.#joined(meta.id, meta.subject)
  }

  async participantsChanged(update: ParticipantsUpdate): Promise<void> {
    await this.#groups.applyParticipants(update)
    if (!update.participants.some((p) => sameUser(participantPair(p), this.options.me()))) return
    if (update.action === 'add') {
      const meta = await this.#groups.fresh(update.id)
      await this.#joined(update.id, meta?.subject)
    } else if (update.action === 'remove') {
      await this.#left(update.id)
    }
  }

  /** The bot was added to a group: the chat is recorded (active) and the bot introduces itself once. */
  async #joined(jid: string, subject: string | undefined): Promise<void> {
    const { db, clock, defaultLanguage } = this.options
    const before = await db
      .selectFrom('chats')
      .select('active')
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', jid)
      .executeTakeFirst()
    await upsertChat(
      db,
      { platform: 'whatsapp', externalId: jid, kind: 'group', ...(subject ? { title: subject } : {}) },
      clock.now(),
    )
    this.#log.info({ chat: jid }, 'added to a WhatsApp group')
    // Already active: a second report of the same addition (groups.upsert and the participants event).
    if (before?.active) return
    const forum = await db
      .selectFrom('chats')
      .innerJoin('workspaces', 'workspaces.id', 'chats.workspace_id')
      .select(['workspaces.name', 'workspaces.language'])
      .where('chats.platform', '=', 'whatsapp')
      .where('chats.external_id', '=', jid)
      .executeTakeFirst()
    const lang = forum?.language ?? defaultLanguage
    const text = forum
      ? translateBlocks(lang, 'whatsapp.intro_linked', { forum: forum.name })
      : translateBlocks(lang, 'whatsapp.intro')
    await this.options.sendReply(jid, { target: { kind: 'reply' }, text })
  }

  /** The bot was removed from a group: nothing more is sent there until someone writes in it again. */
  async #left(jid: string): Promise<void> {
    await this.options.db
      .updateTable('chats')
      .set({ active: false })
      .where('platform', '=', 'whatsapp')
      .where('external_id', '=', jid)
      .execute()
    await this.#groups.forget(jid)
    this.#log.info({ chat: jid }, 'removed from a WhatsApp group; the chat is now inactive')
  }
}
