/**
 * Group metadata (subject, participants with their LID, number and admin rights, addressing mode),
 * persisted so it survives restarts and serves Baileys' `cachedGroupMetadata` — WhatsApp is not asked
 * for it on every send. It is refreshed by group events (participants added, removed, promoted,
 * demoted; subject changes) and, for admin checks, fetched again when older than a few minutes.
 * Also the PlatformPort the dispatcher asks: is this person an admin of / a member of this group?
 */
import type { GroupMetadata, GroupParticipant, ParticipantAction } from 'baileys'
import type { PlatformPort } from '../../chat/types.js'
import type { Clock } from '../../clock.js'
import type { Logger } from '../../logger.js'
import { type JidPair, type LidResolver, pairOf, sameUser } from './identity.js'
import type { WaSocketPort } from './port.js'
import type { WhatsAppDb } from './tables.js'

interface Entry {
  readonly meta: GroupMetadata
  /** When WhatsApp last told us (ms); stored rows count from their update time. */
  readonly fetchedAt: number
}

export interface ParticipantsUpdate {
  readonly id: string
  readonly participants: readonly GroupParticipant[]
  readonly action: ParticipantAction
}

/** The participant entry of `pair`, matching its LID or its number (never one form against the other). */
export function findParticipant(meta: GroupMetadata, pair: JidPair): GroupParticipant | undefined {
  return meta.participants.find((p) => sameUser(participantPair(p), pair))
}

export const participantPair = (p: GroupParticipant): JidPair => pairOf(p.id, p.lid, p.phoneNumber)

export const isAdminParticipant = (p: GroupParticipant): boolean =>
  p.admin === 'admin' || p.admin === 'superadmin' || p.isAdmin === true || p.isSuperAdmin === true

export class GroupDirectory {
  readonly #memory = new Map<string, Entry>()

  constructor(
    private readonly db: WhatsAppDb,
    private readonly session: string,
    private readonly clock: Clock,
    private readonly socket: () => WaSocketPort | undefined,
    private readonly logger: Logger,
    /** Admin checks fetch metadata again when it is older than this. */
    private readonly freshMs = 5 * 60_000,
  ) {}

  /** The stored metadata, however old (Baileys' `cachedGroupMetadata`). */
  async cached(jid: string): Promise<GroupMetadata | undefined> {
    const hit = this.#memory.get(jid)
    if (hit) return hit.meta
    const row = await this.db
      .selectFrom('whatsapp_groups')
      .select(['metadata', 'updated_at'])
      .where('session', '=', this.session)
      .where('jid', '=', jid)
      .executeTakeFirst()
    if (!row) return undefined
    const meta = JSON.parse(row.metadata) as GroupMetadata
    this.#memory.set(jid, { meta, fetchedAt: row.updated_at.getTime() })
    return meta
  }

  /** Metadata no older than a few minutes when the socket can fetch it; else the stored one. */
  async fresh(jid: string): Promise<GroupMetadata | undefined> {
    const known = await this.cached(jid)
    const entry = this.#memory.get(jid)
    if (known && entry && this.clock.now().getTime() - entry.fetchedAt < this.freshMs) return known
    const socket = this.socket()
    if (!socket) return known
    try {
      const meta = await socket.groupMetadata(jid)
      await this.store(meta)
      return meta
    } catch (error) {
      this.logger.warn(
        { group: jid, reason: errorText(error) },
        'fetching group metadata failed; using the stored one',
      )
      return known
    }
  }

  async store(meta: GroupMetadata): Promise<void> {
    const now = this.clock.now()
    this.#memory.set(meta.id, { meta, fetchedAt: now.getTime() })
    await this.db
      .insertInto('whatsapp_groups')
      .values({ session: this.session, jid: meta.id, metadata: JSON.stringify(meta), updated_at: now })
      .onConflict((oc) =>
        oc.columns(['session', 'jid']).doUpdateSet((eb) => ({
          metadata: eb.ref('excluded.metadata'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute()
  }

  /**
   * Every group the account is in, fetched once when a connection opens. Also says which stored
   * groups are no longer among them: the bot was removed while it was offline.
   */
  async refreshAll(socket: WaSocketPort): Promise<{ count: number; gone: string[] }> {
    // Read before the fetch: a group the bot is added to while the list is on its way is stored by its
    // `add` event and must not count as gone for missing from the older list.
    const stored = await this.db
      .selectFrom('whatsapp_groups')
      .select('jid')
      .where('session', '=', this.session)
      .execute()
    const all = await socket.groupFetchAllParticipating()
    for (const meta of Object.values(all)) await this.store(meta)
    return { count: Object.keys(all).length, gone: stored.map((r) => r.jid).filter((jid) => !(jid in all)) }
  }

  /** `groups.update`: subject, settings… merged into what is stored. */
  async merge(update: Partial<GroupMetadata>): Promise<void> {
    if (!update.id) return
    const known = await this.cached(update.id)
    if (!known) return
    const { author: _a, authorPn: _b, authorUsername: _c, ...changes } = update
    await this.store({ ...known, ...changes, participants: changes.participants ?? known.participants })
  }

  /** `group-participants.update`, applied to the stored participant list. */
  async applyParticipants(update: ParticipantsUpdate): Promise<void> {
    const known = await this.cached(update.id)
    if (!known) return
    const touched = (p: GroupParticipant) =>
      update.participants.some((u) => sameUser(participantPair(u), participantPair(p)))
    let participants = known.participants
    switch (update.action) {
      case 'add':
        participants = [
          ...participants.filter((p) => !touched(p)),
          ...update.participants.map((p) => ({ ...p, admin: p.admin ?? null })),
        ]
        break
      case 'remove':
        participants = participants.filter((p) => !touched(p))
        break
      case 'promote':
        participants = participants.map((p) => (touched(p) ? { ...p, admin: 'admin' as const } : p))
        break
      case 'demote':
        participants = participants.map((p) => (touched(p) ? { ...p, admin: null } : p))
        break
      case 'modify':
        // A participant changed number: the stored entry is wrong until WhatsApp is asked again.
        this.#memory.set(update.id, { meta: known, fetchedAt: 0 })
        return
    }
    await this.store({ ...known, participants, size: participants.length })
  }

  async forget(jid: string): Promise<void> {
    this.#memory.delete(jid)
    await this.db
      .deleteFrom('whatsapp_groups')
      .where('session', '=', this.session)
      .where('jid', '=', jid)
      .execute()
  }
}

/** The dispatcher's view of WhatsApp groups: admin rights and membership from group metadata. */
export class WhatsAppMemberPort implements PlatformPort {
  readonly platform = 'whatsapp' as const
  readonly botUsername = undefined

  constructor(
    private readonly groups: GroupDirectory,
    private readonly resolver: LidResolver,
  ) {}

  async isGroupAdmin(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    const participant = await this.#participant(chatExternalId, identityExternalId)
    return participant !== undefined && isAdminParticipant(participant)
  }

  async isInGroup(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    return (await this.#participant(chatExternalId, identityExternalId)) !== undefined
  }

  async #participant(chatJid: string, identity: string): Promise<GroupParticipant | undefined> {
    const meta = await this.groups.fresh(chatJid)
    if (!meta) return undefined
    const pair = await this.resolver.complete(pairOf(identity))
    return findParticipant(meta, pair)
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
