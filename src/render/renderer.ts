/**
 * Draws pictures on a worker thread: a busy week takes about a second of CPU, which on the main thread
 * would hold up every other chat's answer; and the thread's memory (satori, resvg, ECharts, the fonts) is
 * handed back when it stops after a spell of idleness, so the bot's own footprint stays small.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { RenderJob } from './render-job.js'
import type { RenderAnswer, RenderRequest } from './render-worker.js'

/** Stop the thread after this long without a job; the next picture starts a fresh one (≈ 0.5 s more). */
const IDLE_MS = 120_000
/** A busy week needs about 60 MiB of heap; a job that would need far more fails alone. */
const HEAP_LIMIT_MB = 256

interface Waiting {
  resolve(pngs: Buffer[]): void
  reject(error: Error): void
}

/**
 * The thread's entry: compiled, the JS file beside this one; run from the TypeScript sources (tests,
 * tsx), a one-line module that registers tsx's loader in the new thread and then imports the source.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./render-worker.js', import.meta.url)
  // tsx's ES module API (its CommonJS build cannot register the loader from a data: module).
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json')
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href
  const source = new URL('./render-worker.ts', import.meta.url).href
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source)})`
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`)
}

export class Renderer {
  readonly #idleMs: number
  #worker: Worker | undefined
  readonly #waiting = new Map<number, Waiting>()
  #nextId = 1
  #idleTimer: NodeJS.Timeout | undefined

  constructor(options: { idleMs?: number } = {}) {
    this.#idleMs = options.idleMs ?? IDLE_MS
  }

  /** The job's files, drawn on the render thread (started when needed). */
  render(job: RenderJob): Promise<Buffer[]> {
    clearTimeout(this.#idleTimer)
    const worker = this.#running()
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      worker.postMessage({ id, job } satisfies RenderRequest)
    })
  }

  /** Whether a render thread is up (it stops after IDLE_MS without work). */
  get running(): boolean {
    return this.#worker !== undefined
  }

  /** Stops the thread; jobs still drawing fail. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer)
    const worker = this.#worker
    if (!worker) return
    this.#stopped(worker, new Error('the renderer was closed'))
    await worker.terminate()
  }

  #running(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(workerEntry(), { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } })
    // Never the reason the process stays up; a job waiting on it is held by its caller.
    worker.unref()
    worker.on('message', (answer: RenderAnswer) => this.#answered(answer))
    worker.on('error', (error) => this.#stopped(worker, error))
    worker.on('exit', (code) =>
      this.#stopped(worker, new Error(`the render thread stopped (exit code ${code})`)),
    )
    this.#worker = worker
    return worker
  }

  #answered(answer: RenderAnswer): void {
    const waiting = this.#waiting.get(answer.id)
    if (!waiting) return
    this.#waiting.delete(answer.id)
    if ('error' in answer) waiting.reject(new Error(answer.error))
    else waiting.resolve(answer.pngs.map((png) => Buffer.from(png.buffer, png.byteOffset, png.byteLength)))
    if (this.#waiting.size === 0) {
      this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs)
      this.#idleTimer.unref()
    }
  }

  #stopped(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return
    this.#worker = undefined
    for (const waiting of this.#waiting.values()) waiting.reject(error)
    this.#waiting.clear()
  }
}

/** The process's one render thread. */
export const renderer = new Renderer()
