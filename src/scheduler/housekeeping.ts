/**
 * Deleting what is only kept for a while, all against the one app clock the rows were written with:
 * settled outbox rows past their retention, message ids older than any redelivery the late-command rule
 * still acts on, and questions nobody answered.
 */
import type { Kysely } from 'kysely'
import { forgetHandledBefore } from '../chat/handled-messages.js'
import type { Database } from '../db/database.js'
import { forgetExpiredQuestions } from '../domain/questions/questions.js'
import type { Logger } from '../logger.js'
import { deleteSettledBefore } from './outbox/retention.js'

const DAY = 24 * 3600_000
/**
 * Settled outbox rows are kept this long. Their keys are never derived again by then: producers look
 * back two days at most.
 */
const OUTBOX_RETENTION_MS = 30 * DAY
// Commands older than 24 h are refused anyway; a week leaves room for clock skew and long outages.
const HANDLED_MESSAGE_RETENTION_MS = 7 * DAY

export async function purgeOld(db: Kysely<Database>, now: Date, logger: Logger): Promise<void> {
  await forgetHandledBefore(db, new Date(now.getTime() - HANDLED_MESSAGE_RETENTION_MS))
  await forgetExpiredQuestions(db, now)
  const deleted = await deleteSettledBefore(db, new Date(now.getTime() - OUTBOX_RETENTION_MS))
  if (deleted > 0) logger.info({ deleted }, 'old settled outbox rows deleted')
}
