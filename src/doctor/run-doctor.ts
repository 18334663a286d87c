/**
 * The operator's check (`npm run doctor`): configuration, database and migrations, Telegram, WhatsApp,
 * the outbox backlog and the clock, one line each. It never changes anything: no migration is applied
 * and no platform connection is opened that a running instance holds.
 */
import { sql } from 'kysely'
import type { Clock } from '../clock.js'
import type { Config } from '../config.js'
import { openDatabase } from '../db/create-db.js'
import { DataDirLockedError } from '../db/data-dir-lock.js'
import { pendingMigrations } from '../db/migrate.js'
import { redactUrl } from '../logger.js'
import { type Finding, fail, ok, warn } from './finding.js'

/** Due messages waiting longer than this mean no worker delivers them. */
const BACKLOG_LIMIT_MS = 15 * 60_000
/** The app and the database disagreeing by more than this moves reminders and briefs. */
const CLOCK_SKEW_LIMIT_MS = 5_000

export async function runDoctor(config: Config, clock: Clock): Promise<Finding[]> {
  const findings: Finding[] = [ok('configuration', 'read')]
  if (config.telegram.enabled) {
    const { checkTelegram } = await import('../platforms/telegram/health-check.js')
    findings.push(...(await checkTelegram({ ...config.telegram, publicUrl: config.publicUrl })))
  } else {
    findings.push(ok('telegram', 'not configured (TELEGRAM_BOT_TOKEN unset)'))
  }
  const target =
    config.database.kind === 'postgres'
      ? { kind: 'postgres' as const, url: config.database.url }
      : { kind: 'pglite' as const, dataDir: config.database.dataDir }
  const where = target.kind === 'postgres' ? redactUrl(target.url) : `PGlite in ${target.dataDir}`
  let database: Awaited<ReturnType<typeof openDatabase>>
  try {
    database = await openDatabase(target)
  } catch (error) {
    if (error instanceof DataDirLockedError)
      return [...findings, ok('database', `${where} is open in a running Sinergi; stop it to check more`)]
    return [
      ...findings,
      fail('database', `${where}: ${error instanceof Error ? error.message : String(error)}`),
    ]
  }
  try {
    const { db } = database
    findings.push(ok('database', where))
    const pending = await pendingMigrations(db)
    findings.push(
      pending.length === 0
        ? ok('migrations', 'all applied')
        : warn('migrations', `${pending.length} to apply at the next start: ${pending.join(', ')}`),
    )
    if (pending.length > 0) return findings
    if (config.whatsapp.enabled) {
      const { checkWhatsApp } = await import('../platforms/whatsapp/health-check.js')
      findings.push(...(await checkWhatsApp(db, config.whatsapp)))
    } else {
      findings.push(ok('whatsapp', 'not enabled (WHATSAPP_ENABLED unset)'))
    }
    const now = clock.now()
    const backlog = await db
      .selectFrom('outbox')
      .select([(eb) => eb.fn.countAll<string>().as('due'), (eb) => eb.fn.min('due_at').as('oldest')])
      .where('status', '=', 'pending')
      .where('due_at', '<=', now)
      .executeTakeFirstOrThrow()
    const due = Number(backlog.due)
    const waitedMs = backlog.oldest ? now.getTime() - new Date(backlog.oldest).getTime() : 0
    const waited = `${due} scheduled messages due, the oldest waiting ${Math.round(waitedMs / 60_000)} min`
    findings.push(
      waitedMs > BACKLOG_LIMIT_MS
        ? fail('outbox', `${waited}: is any instance running?`)
        : ok('outbox', waited),
    )
    const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db)
    const skewMs = now.getTime() - new Date(rows[0]!.now).getTime()
    const skew = `this machine is ${Math.abs(skewMs)} ms ${skewMs >= 0 ? 'ahead of' : 'behind'} the database`
    findings.push(
      Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS
        ? fail('clock', `${skew}: sync the clocks (NTP)`)
        : ok('clock', skew),
    )
    return findings
  } finally {
    await database.close()
  }
}

/** The findings as lines for the terminal. */
export function formatFindings(findings: readonly Finding[]): string {
  const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const
  return findings.map((f) => `${mark[f.status]}  ${f.subject}: ${f.detail}`).join('\n')
}
