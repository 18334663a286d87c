import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { isatty } from 'node:tty'
import { pino } from 'pino'
import { ConfigError, loadConfig } from './config.js'
import { DataDirLockedError } from './db/data-dir-lock.js'
import { createLogger } from './logger.js'
import { startSinergi } from './main.js'
import { wantsConsole } from './platforms/console/wants-console.js'

// The process entry: turns configuration and start-up failures into one clear line and an exit code,
// and SIGINT/SIGTERM into a clean stop.
async function run(): Promise<void> {
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  const consoleMode = wantsConsole(config, isatty(0) && isatty(1))
  // In the console, log lines would tear through the chat: they go to a file instead.
  const logFile = join(config.dataDir, 'sinergi.log')
  if (consoleMode) mkdirSync(config.dataDir, { recursive: true })
  const logger = createLogger(
    config.logLevel,
    consoleMode ? pino.destination({ dest: logFile, sync: true }) : undefined,
  )
  if (consoleMode) process.stdout.write(`Sinergi log: ${logFile}\n`)
  let sinergi: Awaited<ReturnType<typeof startSinergi>>
  const shutdownRef: { run?: (reason: string) => void } = {}
  try {
    sinergi = await startSinergi(config, logger, {
      console: consoleMode
        ? { input: process.stdin, output: process.stdout, onExit: () => shutdownRef.run?.('console closed') }
        : undefined,
    })
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      logger.fatal(error.message)
      process.exit(1)
    }
    logger.fatal({ err: error }, 'could not start')
    process.exit(1)
  }

  const shutdown = (reason: string) => {
    logger.info({ reason }, 'shutting down')
    const forced = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs)
    forced.unref()
    sinergi.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  shutdownRef.run = shutdown
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

await run()
