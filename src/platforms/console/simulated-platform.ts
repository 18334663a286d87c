import type { PlatformPort } from '../../chat/types.js'

interface SimulatedGroup {
  title: string
  members: Set<string>
  admins: Set<string>
}

/**
 * The console's stand-in for a chat platform: it knows which simulated people are in which simulated
 * groups and who administers them, so /aktifkan, /hubungkan and /ambilalih can ask as they would ask
 * Telegram or WhatsApp.
 */
export class SimulatedPlatform implements PlatformPort {
  readonly platform = 'console' as const
  readonly botUsername = 'SinergiBot'
  readonly #groups = new Map<string, SimulatedGroup>()

  addGroup(externalId: string, title: string): void {
    if (!this.#groups.has(externalId))
      this.#groups.set(externalId, { title, members: new Set(), admins: new Set() })
  }

  /** Puts a person in a group; the first person in a group becomes its admin, as a group's creator is. */
  join(groupId: string, personId: string, options: { admin?: boolean } = {}): void {
    const group = this.#groups.get(groupId)
    if (!group) throw new Error(`no simulated group ${groupId}`)
    const first = group.members.size === 0
    group.members.add(personId)
    if (options.admin ?? first) group.admins.add(personId)
  }

  leave(groupId: string, personId: string): void {
    this.#groups.get(groupId)?.members.delete(personId)
    this.#groups.get(groupId)?.admins.delete(personId)
  }

  groupTitle(groupId: string): string | undefined {
    return this.#groups.get(groupId)?.title
  }

  async isGroupAdmin(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    return this.#groups.get(chatExternalId)?.admins.has(identityExternalId) ?? false
  }

  async isInGroup(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    return this.#groups.get(chatExternalId)?.members.has(identityExternalId) ?? false
  }
}
