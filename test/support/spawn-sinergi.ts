import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface SinergiProcess {
  readonly child: ChildProcess
  /** Every JSON log line printed so far. */
  readonly logs: Array<Record<string, unknown>>
  /** Everything printed on stderr so far. */
  stderr(): string
  /** Resolves with the first log line that matches. */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

/** Runs `src/bin.ts` as `npm start` would, in a child process with the given environment. */
export function spawnSinergi(env: Record<string, string>): SinergiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CONSOLE: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Array<Record<string, unknown>> = []
  const waiters: Array<{
    match: (line: Record<string, unknown>) => boolean
    resolve: (line: Record<string, unknown>) => void
  }> = []
  let stderr = ''
  let pending = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const text of lines) {
      if (!text.trim()) continue
      let line: Record<string, unknown>
      try {
        line = JSON.parse(text)
      } catch {
        line = { msg: text }
      }
      logs.push(line)
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(line)
        }
      }
    }
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    logs,
    stderr: () => stderr,
    exited,
    waitForLog(match, timeoutMs = 30_000) {
      const found = logs.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no matching log line within ${timeoutMs} ms; saw ${JSON.stringify(logs)} ${stderr}`),
            ),
          timeoutMs,
        )
        exited.then(() => reject(new Error(`process exited first; saw ${JSON.stringify(logs)} ${stderr}`)))
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer)
            resolve(line)
          },
        })
      })
    },
  }
}
