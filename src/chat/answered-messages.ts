/**
 * Marks commands' answers sent, or lost, in batches: one UPDATE for the answers of a quarter second
 * rather than a round trip on every command's path. A mark that waits here when the process dies is not
 * lost work: its command is merely taken as unanswered later and the chat told what was saved, which is
 * true.
 */
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import type { Database } from '../db/database.js'
import { isDatabaseUnreachable } from '../db/unreachable.js'
import type { Logger } from '../logger.js'
import type { Platform } from '../vocabulary.js'
import { markAnswers } from './handled-messages.js'

const FLUSH_AFTER_MS = 250
const RETRY_AFTER_MS = 5_000

/** Sent: nothing is owed. Lost: never sent (the process is stopping); the chat is owed a notice now. */
export type AnswerFate = 'sent' | 'lost'

export class AnsweredMessages {
  readonly #waiting = new Map<string, { platform: Platform; fate: AnswerFate; keys: Set<string> }>()
  #timer: NodeJS.Timeout | undefined
  #flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** What became of the answer to this handled message. */
  add(platform: Platform, messageKey: string, fate: AnswerFate): void {
    this.#keep(platform, fate, [messageKey], FLUSH_AFTER_MS)
  }

  /** Writes the marks waiting now (at a stop, before the database closes). */
  flush(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const batches = [...this.#waiting.values()]
    this.#waiting.clear()
    this.#flushing = this.#flushing.then(async () => {
      for (const { platform, fate, keys } of batches) {
        try {
          await markAnswers(this.db, platform, [...keys], fate === 'sent' ? null : this.clock.now())
        } catch (error) {
          // Left unmarked, each would earn a needless notice, or a late one: kept for another try.
          if (!isDatabaseUnreachable(error))
            this.logger.warn({ err: error, platform, count: keys.size }, 'marking answers failed')
          this.#keep(platform, fate, keys, RETRY_AFTER_MS)
        }
      }
    })
    return this.#flushing
  }

  #keep(platform: Platform, fate: AnswerFate, keys: Iterable<string>, flushAfterMs: number): void {
    const batch = this.#waiting.get(`${platform}:${fate}`) ?? { platform, fate, keys: new Set<string>() }
    for (const key of keys) batch.keys.add(key)
    this.#waiting.set(`${platform}:${fate}`, batch)
    this.#timer ??= setTimeout(() => void this.flush(), flushAfterMs).unref()
  }
}
