/**
 * The one outbound queue of a bot: every message Sinergi sends to Telegram passes here, so the bot stays
 * under Telegram's limits (about 30 messages a second overall, 20 a minute into one group, one a second
 * into one private chat) instead of collecting 429s. Replies to commands go before scheduled deliveries;
 * within one chat, messages leave in the order they were queued and one at a time.
 */

export type SendPriority = 'reply' | 'scheduled'

export interface SendLimits {
  /** Messages per second over all chats. */
  readonly perSecond: number
  /** Messages per minute into one group. */
  readonly perGroupPerMinute: number
  /** Messages per second into one private chat. */
  readonly perPrivatePerSecond: number
}

/** Telegram's published limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). */
export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perGroupPerMinute: 20, perPrivatePerSecond: 1 }

/** Where time comes from: real timers in the service, hand-moved ones in tests. */
export interface QueueTimers {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: QueueTimers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

export interface QueueTarget {
  readonly chatId: string
  readonly group: boolean
}

/** Thrown to queued sends that never started because the adapter stopped. */
export class QueueClosedError extends Error {
  override name = 'QueueClosedError'
}

interface Job {
  readonly target: QueueTarget
  readonly rank: number
  readonly seq: number
  readonly task: () => Promise<unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const RANK: Record<SendPriority, number> = { reply: 0, scheduled: 1 }

export class SendQueue {
  readonly #pending: Job[] = []
  readonly #busy = new Set<string>()
  readonly #recent: number[] = []
  readonly #recentByChat = new Map<string, number[]>()
  #inFlight = 0
  #seq = 0
  #timer: unknown
  #closed = false

  constructor(
    private readonly limits: SendLimits = TELEGRAM_LIMITS,
    private readonly timers: QueueTimers = realTimers,
    private readonly maxInFlight = 8,
  ) {}

  /** Runs `task` (one Bot API call into `target`) when the limits allow, and settles with its outcome. */
  run<T>(target: QueueTarget, priority: SendPriority, task: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new QueueClosedError('the Telegram send queue is closed'))
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        target,
        rank: RANK[priority],
        seq: ++this.#seq,
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
      }
      // Kept sorted by (priority, arrival): a reply overtakes queued scheduled messages, never another reply.
      let at = this.#pending.length
      while (at > 0 && this.#pending[at - 1]!.rank > job.rank) at -= 1
      this.#pending.splice(at, 0, job)
      this.#pump()
    })
  }

  /** Sends waiting here (not yet started). */
  get size(): number {
    return this.#pending.length
  }

  /** Refuses new sends and fails the waiting ones; sends already under way finish. */
  close(): void {
    this.#closed = true
    this.timers.clearTimeout(this.#timer)
    for (const job of this.#pending.splice(0))
      job.reject(new QueueClosedError('the Telegram adapter stopped'))
  }

  #pump(): void {
    this.timers.clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#closed) return
    const now = this.timers.now()
    prune(this.#recent, now - SECOND)
    let wakeAt = Number.POSITIVE_INFINITY
    const blocked = new Set<string>()
    for (let index = 0; index < this.#pending.length && this.#inFlight < this.maxInFlight; ) {
      const job = this.#pending[index]!
      const chat = job.target.chatId
      if (blocked.has(chat) || this.#busy.has(chat)) {
        blocked.add(chat)
        index += 1
        continue
      }
      const chatFreeAt = this.#chatFreeAt(job.target, now)
      if (chatFreeAt > now) {
        wakeAt = Math.min(wakeAt, chatFreeAt)
        blocked.add(chat)
        index += 1
        continue
      }
      if (this.#recent.length >= this.limits.perSecond) {
        wakeAt = Math.min(wakeAt, this.#recent[0]! + SECOND)
        break
      }
      this.#pending.splice(index, 1)
      this.#start(job, now)
    }
    if (this.#pending.length > 0 && Number.isFinite(wakeAt)) {
      this.#timer = this.timers.setTimeout(() => this.#pump(), Math.max(1, Math.ceil(wakeAt - now)))
    }
  }

  /** When the chat's own budget next allows a message (now or earlier when it already does). */
  #chatFreeAt(target: QueueTarget, now: number): number {
    const times = this.#recentByChat.get(target.chatId)
    if (!times) return now
    const [window, limit] = target.group
      ? [MINUTE, this.limits.perGroupPerMinute]
      : [SECOND, this.limits.perPrivatePerSecond]
    prune(times, now - window)
    if (times.length === 0) {
      this.#recentByChat.delete(target.chatId)
      return now
    }
    return times.length < limit ? now : times[times.length - limit]! + window
  }

  #start(job: Job, now: number): void {
    const chat = job.target.chatId
    this.#inFlight += 1
    this.#busy.add(chat)
    this.#recent.push(now)
    const times = this.#recentByChat.get(chat) ?? []
    times.push(now)
    this.#recentByChat.set(chat, times)
    Promise.resolve()
      .then(job.task)
      .then(job.resolve, job.reject)
      .finally(() => {
        this.#inFlight -= 1
        this.#busy.delete(chat)
        this.#pump()
      })
  }
}

/** Drops the timestamps at or before `before` from the front of a sorted list. */
function prune(times: number[], before: number): void {
  let drop = 0
  while (drop < times.length && times[drop]! <= before) drop += 1
  if (drop > 0) times.splice(0, drop)
}
