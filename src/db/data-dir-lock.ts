import { closeSync, mkdirSync, openSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { tryLock } = require('fs-native-extensions') as { tryLock(fd: number): boolean }

/** Raised when another running process already holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
}

export interface DataDirLock {
  release(): void
}

/**
 * Takes an exclusive OS-level lock (an open-file-description lock: fcntl F_OFD_SETLK on Linux, flock on macOS) on `<dir>/sinergi.lock`. The kernel drops it when the process
 * dies, so a crash never leaves a stale lock, and unlike a PID file it cannot misfire in a container where
 * every start is PID 1. Two processes on one PGlite directory would corrupt it: the second is refused.
 */
export function lockDataDir(dir: string): DataDirLock {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'sinergi.lock')
  const fd = openSync(path, 'a+')
  if (!tryLock(fd)) {
    closeSync(fd)
    throw new DataDirLockedError(
      `Another Sinergi process is already using the data directory ${dir}. Stop it first, or give this one its own DATA_DIR.`,
    )
  }
  let held = true
  return {
    release() {
      if (!held) return
      held = false
      closeSync(fd)
    },
  }
}
