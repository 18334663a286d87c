import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { isatty } from 'node:tty'
import { pino } from 'pino'
import { ConfigError, loadConfig } from './config.js'
import { DataDirLockedError } from './db/data-dir-lock.js'
import { createLogger } from './logger.js'
import { wantsConsole } from './platforms/console/wants-console.js'
import { translatePlain } from './text/catalog/index.js'

// The process entry: turns configuration and start-up failures into one clear line and an exit code,
// and SIGINT/SIGTERM into a clean stop.
async function run(): Promise<void> {
  const startedAt = performance.now()
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
  const language = config.defaults.language
  // Said before the slow part (loading the code, opening the database) so a start never looks hung.
  process.stderr.write(`${translatePlain(language, 'console.starting')}\n`)
  const { startSinergi } = await import('./main.js')
  let sinergi: Awaited<ReturnType<typeof startSinergi>>
  const shutdownRef: { run?: (reason: string) => void } = {}
  const onReady = () => {
    const startMs = Math.round(performance.now() - startedAt)
    logger.info({ startMs }, 'ready')
    const seconds = (startMs / 1000).toFixed(1)
    process.stderr.write(`${translatePlain(language, 'console.ready', { seconds })}\n`)
  }
  try {
    sinergi = await startSinergi(config, logger, {
      onReady,
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
