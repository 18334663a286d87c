/**
 * The render thread's entry (src/render/renderer.ts starts it): draws each job it is sent and answers
 * with the PNGs or the error, one job at a time.
 */
import { parentPort } from 'node:worker_threads'
import { type RenderJob, runRenderJob } from './render-job.js'

export interface RenderRequest {
  readonly id: number
  readonly job: RenderJob
}

export type RenderAnswer =
  | { readonly id: number; readonly pngs: Uint8Array[] }
  | { readonly id: number; readonly error: string }

const port = parentPort
if (!port) throw new Error('render-worker runs only as a worker thread')

port.on('message', async ({ id, job }: RenderRequest) => {
  let answer: RenderAnswer
  try {
    answer = { id, pngs: await runRenderJob(job) }
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  port.postMessage(answer)
})
