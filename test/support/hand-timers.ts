import type { QueueTimers } from '../../src/relay/send-queue.js'

/** Lets pending promise callbacks run (several rounds: a settled send starts the next one). */
export const flush = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve))
}

/** Timers moved by hand: `advance` runs what falls due, in order. */
export class HandTimers implements QueueTimers {
  #now = 0
  #timers: Array<{ at: number; run: () => void; id: number }> = []
  #ids = 0
  now(): number {
    return this.#now
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.#ids
    this.#timers.push({ at: this.#now + ms, run, id })
    return id
  }
  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle)
  }
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms
    for (;;) {
      await flush()
      const next = this.#timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0]
      if (!next) break
      this.#timers = this.#timers.filter((t) => t !== next)
      this.#now = next.at
      next.run()
    }
    this.#now = until
    await flush()
  }
}
