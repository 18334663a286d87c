import type { Api } from 'grammy'
import type { ChatMember } from 'grammy/types'
import type { PlatformPort } from '../../chat/types.js'
import { apiErrorOf } from './api-retry.js'

/** How long an answer of getChatMember is reused: a burst of commands asks once, a promotion shows soon. */
const CACHE_MS = 30_000
const CACHE_MAX = 2_000

/**
 * What Telegram says about group members, for `/aktifkan`, `/hubungkan` and `/ambilalih`: getChatMember,
 * with answers cached briefly per (chat, user).
 */
export class TelegramMemberPort implements PlatformPort {
  readonly platform = 'telegram' as const
  readonly #cache = new Map<string, { member: ChatMember | undefined; until: number }>()

  constructor(
    private readonly api: Api,
    private readonly username: () => string | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get botUsername(): string | undefined {
    return this.username()
  }

  get groupCommandSuffix(): string | undefined {
    const username = this.username()
    return username ? `@${username}` : undefined
  }

  async isGroupAdmin(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    const member = await this.#member(chatExternalId, identityExternalId)
    return member?.status === 'creator' || member?.status === 'administrator'
  }

  async isInGroup(chatExternalId: string, identityExternalId: string): Promise<boolean> {
    const member = await this.#member(chatExternalId, identityExternalId)
    if (!member) return false
    if (member.status === 'restricted') return member.is_member
    return member.status === 'creator' || member.status === 'administrator' || member.status === 'member'
  }

  /** Forgets what was cached for a chat (the bot left it, or it became a supergroup). */
  forgetChat(chatExternalId: string): void {
    for (const key of this.#cache.keys()) if (key.startsWith(`${chatExternalId}:`)) this.#cache.delete(key)
  }

  async #member(chat: string, user: string): Promise<ChatMember | undefined> {
    const key = `${chat}:${user}`
    const now = this.now()
    const cached = this.#cache.get(key)
    if (cached && cached.until > now) return cached.member
    let member: ChatMember | undefined
    try {
      member = await this.api.getChatMember(chat, Number(user))
    } catch (error) {
      // "user not found", "chat not found": not a member. Anything else is a fault for the dispatcher.
      if (apiErrorOf(error)?.error_code !== 400) throw error
    }
    if (this.#cache.size >= CACHE_MAX) this.#cache.clear()
    this.#cache.set(key, { member, until: now + CACHE_MS })
    return member
  }
}
