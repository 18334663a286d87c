/**
 * The messages the bot sent, by id. Two uses: Baileys' `getMessage` (a recipient that could not
 * decrypt a message asks for it again, up to days later), and telling the bot's own messages apart
 * when WhatsApp hands them back — by id, not by sender, because a coordinator may use the same
 * number on their phone and their commands must still be read. Kept about two weeks.
 */
import { proto, type WAMessageKey } from 'baileys'
import type { Clock } from '../../clock.js'
import type { WhatsAppDb } from './tables.js'

const DAY = 24 * 60 * 60_000
/** Ids kept in memory for the common case (an echo of what was just sent). */
const RECENT_IDS = 5_000

export class SentMessages {
  readonly #recent = new Set<string>()

  constructor(
    private readonly db: WhatsAppDb,
    private readonly session: string,
    private readonly clock: Clock,
    readonly retentionMs = 14 * DAY,
  ) {}

  /** Records an id before the message goes out (WhatsApp may echo it before the send returns). */
  async remember(messageId: string, remoteJid: string): Promise<void> {
    this.#remember(messageId)
    await this.db
      .insertInto('whatsapp_sent_messages')
      .values({
        session: this.session,
        message_id: messageId,
        remote_jid: remoteJid,
        sent_at: this.clock.now(),
      })
      .onConflict((oc) => oc.columns(['session', 'message_id']).doNothing())
      .execute()
  }

  /** Keeps what was sent, for retries. */
  async store(messageId: string, message: proto.IMessage): Promise<void> {
    const encoded = Buffer.from(proto.Message.encode(proto.Message.fromObject(message)).finish()).toString(
      'base64',
    )
    await this.db
      .updateTable('whatsapp_sent_messages')
      .set({ message: encoded })
      .where('session', '=', this.session)
      .where('message_id', '=', messageId)
      .execute()
  }

  /** Did this bot send the message with this id? */
  async isOurs(messageId: string | null | undefined): Promise<boolean> {
    if (!messageId) return false
    if (this.#recent.has(messageId)) return true
    const row = await this.db
      .selectFrom('whatsapp_sent_messages')
      .select('message_id')
      .where('session', '=', this.session)
      .where('message_id', '=', messageId)
      .executeTakeFirst()
    return row !== undefined
  }

  /** Baileys' `getMessage`: the content of a message we sent, if still kept. */
  async getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined
    const row = await this.db
      .selectFrom('whatsapp_sent_messages')
      .select('message')
      .where('session', '=', this.session)
      .where('message_id', '=', key.id)
      .executeTakeFirst()
    if (!row?.message) return undefined
    return proto.Message.decode(Buffer.from(row.message, 'base64'))
  }

  /** Forgets messages older than the retention. */
  async prune(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.retentionMs)
    const result = await this.db
      .deleteFrom('whatsapp_sent_messages')
      .where('session', '=', this.session)
      .where('sent_at', '<', before)
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }

  #remember(messageId: string): void {
    this.#recent.add(messageId)
    if (this.#recent.size > RECENT_IDS) this.#recent.delete(this.#recent.values().next().value!)
  }
}
