/**
 * Every message Sinergi sends to WhatsApp passes through this one queue. WhatsApp has no published
 * rate limits and bans numbers that send like machines, so the queue is deliberately slow: one
 * message at a time, a rolling cap per minute, a least gap between two messages and a longer one
 * within a chat, each gap stretched by a random jitter. Replies to commands go before scheduled
 * messages (a brief fan-out at 07.00 never keeps a person waiting); within one chat, messages leave
 * in the order they were queued. While the socket is down nothing starts; a job that waited longer
 * than its limit is given up (its caller retries later) rather than sent stale.
 */

export type SendPriority = 'reply' | 'scheduled'

export interface PacingLimits {
  /** Messages per rolling minute, over all chats. */
  readonly perMinute: number
  /** Least time between the end of one send and the start of the next, over all chats. */
  readonly minGapMs: number
  /** Least time between two messages into one chat. */
  readonly chatGapMs: number
  /** Up to this much random extra wait is added to each gap. */
  readonly jitterMs: number
}

/** Conservative defaults (WHATSAPP_* settings in the README). */
export const DEFAULT_PACING: PacingLimits = {
  perMinute: 10,
  minGapMs: 2_000,
  chatGapMs: 4_000,
  jitterMs: 2_000,
}

/** Where time comes from: real timers in the service, hand-moved ones in tests. */
export interface QueueTimers {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: QueueTimers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

/** A send that never started: the queue closed, or the job waited longer than it may. */
export class QueueWaitError extends Error {
  override name = 'QueueWaitError'
}

interface Job {
  readonly chat: string
  readonly rank: number
  readonly seq: number
  readonly deadline: number
  readonly task: () => Promise<unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

const MINUTE = 60_000
const RANK: Record<SendPriority, number> = { reply: 0, scheduled: 1 }

export class PacedQueue {
  readonly #pending: Job[] = []
  /** Start times of the sends in the last minute. */
  readonly #window: number[] = []
  readonly #chatNextAt = new Map<string, number>()
  readonly #idle: Array<() => void> = []
  #nextAt = Number.NEGATIVE_INFINITY
  #busy = false
  #paused = true
  #closed = false
  #seq = 0
  #timer: unknown

  constructor(
    private readonly limits: PacingLimits = DEFAULT_PACING,
    private readonly timers: QueueTimers = realTimers,
    private readonly random: () => number = Math.random,
  ) {}

  /**
   * Runs `task` (one send into `chat`) when the pacing allows and settles with its outcome; rejects
   * with QueueWaitError if it could not start within `maxWaitMs`.
   */
  run<T>(
    chat: string,
    priority: SendPriority,
    task: () => Promise<T>,
    maxWaitMs = Number.POSITIVE_INFINITY,
  ): Promise<T> {
    if (this.#closed) return Promise.reject(new QueueWaitError('the WhatsApp send queue is closed'))
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        chat,
        rank: RANK[priority],
        seq: ++this.#seq,
        deadline: this.timers.now() + maxWaitMs,
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
      }
      // Sorted by (priority, arrival): a reply overtakes waiting scheduled messages, never another reply.
      let at = this.#pending.length
      while (at > 0 && this.#pending[at - 1]!.rank > job.rank) at -= 1
      this.#pending.splice(at, 0, job)
      this.#pump()
    })
  }

  /** Messages waiting (not yet started). */
  get size(): number {
    return this.#pending.length
  }

  /** The socket is down: nothing starts until `resume()`. */
  pause(): void {
    this.#paused = true
  }

  resume(): void {
    this.#paused = false
    this.#pump()
  }

  /** Refuses new sends and fails the waiting ones; a send under way finishes. */
  close(): void {
    this.#closed = true
    this.timers.clearTimeout(this.#timer)
    for (const job of this.#pending.splice(0)) job.reject(new QueueWaitError('the WhatsApp adapter stopped'))
    this.#settleIdle()
  }

  /** Resolves when nothing waits and nothing is being sent. */
  idle(): Promise<void> {
    if (this.#pending.length === 0 && !this.#busy) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  #pump(): void {
    this.timers.clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#closed) return
    const now = this.timers.now()
    this.#expire(now)
    if (this.#busy || this.#pending.length === 0) {
      this.#settleIdle()
      return
    }
    let wakeAt = Math.min(...this.#pending.map((job) => job.deadline))
    if (!this.#paused) {
      while (this.#window.length > 0 && this.#window[0]! <= now - MINUTE) this.#window.shift()
      const windowFreeAt =
        this.#window.length >= this.limits.perMinute
          ? this.#window[this.#window.length - this.limits.perMinute]! + MINUTE
          : now
      const globalAt = Math.max(this.#nextAt, windowFreeAt)
      if (globalAt > now) {
        wakeAt = Math.min(wakeAt, globalAt)
      } else {
        const ready = this.#pending.findIndex((job) => (this.#chatNextAt.get(job.chat) ?? now) <= now)
        if (ready >= 0) {
          const [job] = this.#pending.splice(ready, 1)
          this.#start(job!, now)
          return
        }
        for (const job of this.#pending) wakeAt = Math.min(wakeAt, this.#chatNextAt.get(job.chat) ?? now)
      }
    }
    if (Number.isFinite(wakeAt)) {
      this.#timer = this.timers.setTimeout(() => this.#pump(), Math.max(1, Math.ceil(wakeAt - now)))
    }
  }

  #expire(now: number): void {
    for (let index = this.#pending.length - 1; index >= 0; index -= 1) {
      const job = this.#pending[index]!
      if (job.deadline > now) continue
      this.#pending.splice(index, 1)
      job.reject(new QueueWaitError('the message waited too long for its turn to be sent'))
    }
  }

  #start(job: Job, startedAt: number): void {
    this.#busy = true
    this.#window.push(startedAt)
    Promise.resolve()
      .then(job.task)
      .then(job.resolve, job.reject)
      .finally(() => {
        const endedAt = this.timers.now()
        const jitter = () => this.random() * this.limits.jitterMs
        this.#nextAt = endedAt + this.limits.minGapMs + jitter()
        this.#chatNextAt.set(job.chat, endedAt + this.limits.chatGapMs + jitter())
        this.#forgetFreeChats(endedAt)
        this.#busy = false
        this.#pump()
      })
  }

  /** Chats whose gap has passed need no entry (the map would otherwise grow with every chat ever written to). */
  #forgetFreeChats(now: number): void {
    if (this.#chatNextAt.size < 1_000) return
    for (const [chat, at] of this.#chatNextAt) if (at <= now) this.#chatNextAt.delete(chat)
  }

  #settleIdle(): void {
    if (this.#pending.length > 0 || this.#busy) return
    for (const resolve of this.#idle.splice(0)) resolve()
  }
}
