/**
 * The bot's own membership of WhatsApp groups: added (the chat is recorded, active, and the bot
 * introduces itself once) or removed (the chat goes inactive), as groups.upsert, the participants
 * events and the group list fetched at each connection report it. Every other participant change only updates the group directory.
 */
import type { GroupMetadata } from 'baileys'
import type { PlatformAdapter, PlatformCore } from '../port.js'
import { type GroupDirectory, type ParticipantsUpdate, participantPair } from './groups.js'
import { type JidPair, sameUser } from './identity.js'

export interface GroupMembershipOptions {
  readonly core: PlatformCore
  readonly adapter: PlatformAdapter
  readonly groups: GroupDirectory
  /** The bot's own ids. */
  readonly me: () => JidPair
}

export class GroupMembership {
  readonly #groups: GroupDirectory

  constructor(private readonly options: GroupMembershipOptions) {
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
      await this.left(update.id)
    }
  }

  /** The bot is no longer in the group (removed now, or while offline): the chat goes inactive. */
  async left(jid: string): Promise<void> {
    await this.options.core.botRemoved('whatsapp', jid)
    await this.#groups.forget(jid)
  }

  /** The bot was added to a group: the core records the chat and introduces the bot once. */
  async #joined(jid: string, subject: string | undefined): Promise<void> {
    await this.options.core.botAdded(this.options.adapter, {
      platform: 'whatsapp',
      externalId: jid,
      kind: 'group',
      ...(subject ? { title: subject } : {}),
    })
  }
}
