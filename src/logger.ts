import { type Logger, pino } from 'pino'

export type { Logger }

/** Paths whose values must never reach a log line, wherever they appear in a logged object. */
const secretPaths = [
  'token',
  '*.token',
  'config.telegram.token',
  'config.adminToken',
  'config.webLink.secret',
  'config.database.url',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
  'creds',
  '*.creds',
  'keys',
  '*.keys',
]

/** The root logger; everything else takes a child of it (per update, per job). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'sinergi' },
      redact: { paths: secretPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  )
}

/** Removes credentials from a URL before it is logged (postgres://user:secret@host → postgres://user:***@host). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '[unparseable url]'
  }
}
