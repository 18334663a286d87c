/**
 * The one outbound queue of a platform: every message Sinergi sends passes here, paced by the
 * platform's own parameters (Telegram: about 30 a second overall, 20 a minute into one group, one a
 * second into one private chat; WhatsApp, which bans numbers that send like machines: one at a time,
 * a few a minute, gaps with jitter). Replies to commands go before scheduled messages; within one
 * chat, messages leave one at a time in the order they were queued. While paused (a socket is down)
 * nothing starts; a send that waited longer than it may is given up rather than sent stale.
 */

export type SendPriority = 'reply' | 'scheduled'

/** At most `count` starts within any `windowMs`. */
export interface RateWindow {
  readonly count: number
  readonly windowMs: number
}

export interface Pacing {
  /** Sends under way at once, over all chats. */
  readonly maxInFlight: number
  /** Starts over all chats. */
  readonly overall?: RateWindow
  /** Starts into one group / one private chat. */
  readonly perGroup?: RateWindow
  readonly perPrivate?: RateWindow
  /** Least time from the end of one send to the start of the next, over all chats / within a chat. */
  readonly gapMs?: number
  readonly chatGapMs?: number
  /** Up to this much random extra wait is added to each gap. */
  readonly jitterMs?: number
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

/** A send that never started: the queue closed, or the send waited longer than it may. */
export class QueueWaitError extends Error {
  override name = 'QueueWaitError'
}

export interface QueueTarget {
  readonly chatId: string
  readonly group: boolean
}

interface Job {
  readonly target: QueueTarget
  readonly rank: number
  readonly deadline: number
  readonly task: () => Promise<unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

const RANK: Record<SendPriority, number> = { reply: 0, scheduled: 1 }

export class SendQueue {
  readonly #pending: Job[] = []
  readonly #busy = new Set<string>()
  readonly #recent: number[] = []
  readonly #recentByChat = new Map<string, number[]>()
  readonly #chatNextAt = new Map<string, number>()
  readonly #idle: Array<() => void> = []
  #nextAt = Number.NEGATIVE_INFINITY
  #inFlight = 0
  #timer: unknown
  #paused: boolean
  #closed = false

  constructor(
    private readonly pacing: Pacing,
    private readonly timers: QueueTimers = realTimers,
    options: { readonly paused?: boolean; readonly random?: () => number } = {},
  ) {
    this.#paused = options.paused ?? false
    this.#random = options.random ?? Math.random
  }

  readonly #random: () => number

  /**
   * Runs `task` (one platform call into `target`) when the pacing allows and settles with its outcome;
   * rejects with QueueWaitError if it could not start within `maxWaitMs`.
   */
  run<T>(
    target: QueueTarget,
    priority: SendPriority,
    task: () => Promise<T>,
    maxWaitMs = Number.POSITIVE_INFINITY,
  ): Promise<T> {
    if (this.#closed) return Promise.reject(new QueueWaitError('the send queue is closed'))
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        target,
        rank: RANK[priority],
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

  /** The queue's clock (deadlines are on it). */
  now(): number {
    return this.timers.now()
  }

  /** Sends waiting (not yet started). */
  get size(): number {
    return this.#pending.length
  }

  /** The connection is down: nothing starts until `resume()`. */
  pause(): void {
    this.#paused = true
  }

  resume(): void {
    this.#paused = false
    this.#pump()
  }

  /** Refuses new sends and fails the waiting ones; sends already under way finish. */
  close(): void {
    this.#closed = true
    this.timers.clearTimeout(this.#timer)
    for (const job of this.#pending.splice(0)) job.reject(new QueueWaitError('the platform adapter stopped'))
    this.#settleIdle()
  }

  /**
   * Waits until `work` has settled and then the queue is idle, but no longer than `withinMs`: a stop
   * sends what is queued, paced as always, while its budget lasts. True when everything went out.
   */
  async drain(work: readonly Promise<unknown>[], withinMs: number): Promise<boolean> {
    let handle: unknown
    const outOfTime = new Promise<false>((resolve) => {
      handle = this.timers.setTimeout(() => resolve(false), Math.max(0, withinMs))
    })
    const drained = Promise.allSettled(work)
      .then(() => this.idle())
      .then(() => true as const)
    try {
      return await Promise.race([drained, outOfTime])
    } finally {
      this.timers.clearTimeout(handle)
    }
  }

  /** Resolves when nothing waits and nothing is being sent. */
  idle(): Promise<void> {
    if (this.#pending.length === 0 && this.#inFlight === 0) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  #pump(): void {
    this.timers.clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#closed) return
    const now = this.timers.now()
    this.#expire(now)
    let wakeAt = Math.min(...this.#pending.map((job) => job.deadline))
    if (!this.#paused) wakeAt = Math.min(wakeAt, this.#startReady(now))
    this.#settleIdle()
    if (this.#pending.length > 0 && Number.isFinite(wakeAt)) {
      this.#timer = this.timers.setTimeout(() => this.#pump(), Math.max(1, Math.ceil(wakeAt - now)))
    }
  }

  /** Starts every job the pacing allows now; returns when the next one may start. */
  #startReady(now: number): number {
    let wakeAt = Number.POSITIVE_INFINITY
    const blocked = new Set<string>()
    for (let index = 0; index < this.#pending.length && this.#inFlight < this.pacing.maxInFlight; ) {
      const globalAt = Math.max(this.#nextAt, this.#windowFreeAt(this.#recent, this.pacing.overall, now))
      if (globalAt > now) return Math.min(wakeAt, globalAt)
      const job = this.#pending[index]!
      const chat = job.target.chatId
      if (blocked.has(chat) || this.#busy.has(chat)) {
        blocked.add(chat)
        index += 1
        continue
      }
      const chatAt = this.#chatFreeAt(job.target, now)
      if (chatAt > now) {
        wakeAt = Math.min(wakeAt, chatAt)
        blocked.add(chat)
        index += 1
        continue
      }
      this.#pending.splice(index, 1)
      this.#start(job, now)
    }
    return wakeAt
  }

  /** When a rolling window next allows a start (now, or earlier, when it already does). */
  #windowFreeAt(times: number[], window: RateWindow | undefined, now: number): number {
    if (!window) return now
    prune(times, now - window.windowMs)
    return times.length < window.count ? now : times[times.length - window.count]! + window.windowMs
  }

  #chatFreeAt(target: QueueTarget, now: number): number {
    const gapAt = this.#chatNextAt.get(target.chatId) ?? now
    const window = target.group ? this.pacing.perGroup : this.pacing.perPrivate
    const times = this.#recentByChat.get(target.chatId)
    if (!times) return gapAt
    const windowAt = this.#windowFreeAt(times, window, now)
    if (times.length === 0) this.#recentByChat.delete(target.chatId)
    return Math.max(gapAt, windowAt)
  }

  #start(job: Job, now: number): void {
    const chat = job.target.chatId
    this.#inFlight += 1
    this.#busy.add(chat)
    if (this.pacing.overall) this.#recent.push(now)
    if (job.target.group ? this.pacing.perGroup : this.pacing.perPrivate) {
      const times = this.#recentByChat.get(chat) ?? []
      times.push(now)
      this.#recentByChat.set(chat, times)
    }
    Promise.resolve()
      .then(job.task)
      .then(job.resolve, job.reject)
      .finally(() => {
        const endedAt = this.timers.now()
        const jitter = () => this.#random() * (this.pacing.jitterMs ?? 0)
        if (this.pacing.gapMs) this.#nextAt = endedAt + this.pacing.gapMs + jitter()
        if (this.pacing.chatGapMs) this.#chatNextAt.set(chat, endedAt + this.pacing.chatGapMs + jitter())
        this.#forgetFreeChats(endedAt)
        this.#inFlight -= 1
        this.#busy.delete(chat)
        this.#pump()
      })
  }

  #expire(now: number): void {
    for (let index = this.#pending.length - 1; index >= 0; index -= 1) {
      const job = this.#pending[index]!
      if (job.deadline > now) continue
      this.#pending.splice(index, 1)
      job.reject(new QueueWaitError('the message waited too long for its turn to be sent'))
    }
  }

  /** Chats whose gap has passed need no entry (the map would otherwise grow with every chat ever written to). */
  #forgetFreeChats(now: number): void {
    if (this.#chatNextAt.size < 1_000) return
    for (const [chat, at] of this.#chatNextAt) if (at <= now) this.#chatNextAt.delete(chat)
  }

  #settleIdle(): void {
    if (this.#pending.length > 0 || this.#inFlight > 0) return
    for (const resolve of this.#idle.splice(0)) resolve()
  }
}

/** Drops the timestamps at or before `before` from the front of a sorted list. */
function prune(times: number[], before: number): void {
  let drop = 0
  while (drop < times.length && times[drop]! <= before) drop += 1
  if (drop > 0) times.splice(0, drop)
}
