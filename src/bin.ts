import { ConfigError, loadConfig } from './config.js'
import { DataDirLockedError } from './db/data-dir-lock.js'
import { createLogger } from './logger.js'
import { startSinergi } from './main.js'

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
  const logger = createLogger(config.logLevel)
  let sinergi: Awaited<ReturnType<typeof startSinergi>>
  try {
    sinergi = await startSinergi(config, logger)
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      logger.fatal(error.message)
      process.exit(1)
    }
    logger.fatal({ err: error }, 'could not start')
    process.exit(1)
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down')
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
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

await run()
