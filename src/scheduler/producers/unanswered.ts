/**
 * Commands whose process died between saving their change and sending the answer (kill -9, a crash, a
 * stop that ran out of time): each chat is told, once, which command it was and what it saved, so
 * nobody sends it again and makes a copy, or trusts a change that never happened.
 */
import type { Kysely } from 'kysely'
import { takeUnanswered, type UnansweredCommand } from '../../chat/handled-messages.js'
import type { Database } from '../../db/database.js'
import { subjectsChangedAt } from '../../domain/audit/record-audit.js'
import { findChat } from '../../domain/chats/chats.js'
import { findPerson } from '../../domain/people/identities.js'
import { getWorkspace } from '../../domain/workspaces/workspaces.js'
import type { Logger } from '../../logger.js'
import { translateBlocks } from '../../text/catalog/index.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import type { Language } from '../../vocabulary.js'
import { enqueueNotice } from '../outbox/enqueue.js'

/** Taken per run; more wait for the next. */
const BATCH = 50
/** A notice still unsent this long after is no news any more. */
const NOTICE_LIFETIME_MS = 2 * 3600_000

/** Writes a notice for each command taken as unanswered by `now`; returns how many were written. */
export async function noticeUnanswered(db: Kysely<Database>, now: Date, logger: Logger): Promise<number> {
  const taken = await takeUnanswered(db, now, BATCH)
  let written = 0
  for (const command of taken) {
    const chat = await findChat(db, command.platform, command.chatExternalId)
    if (!chat?.active) continue
    const text = await noticeText(db, command, chat.id, chat.workspace_id)
    const wrote = await enqueueNotice(db, {
      key: `unanswered:${command.platform}:${command.messageKey}`,
      chatId: chat.id,
      workspaceId: chat.workspace_id,
      text,
      dueAt: now,
      expiresAt: new Date(now.getTime() + NOTICE_LIFETIME_MS),
    })
    if (wrote) written += 1
    logger.warn(
      { platform: command.platform, chat: command.chatExternalId, handledAt: command.handledAt },
      'a command was left unanswered when its process stopped; the chat is told what was saved',
    )
  }
  return written
}

async function noticeText(
  db: Kysely<Database>,
  command: UnansweredCommand,
  chatId: number,
  workspaceId: number | null,
): Promise<RichText> {
  const person = await findPerson(db, { platform: command.platform, externalId: command.senderExternalId })
  const lang: Language = (workspaceId !== null && (await getWorkspace(db, workspaceId))?.language) || 'id'
  const changed = person
    ? await subjectsChangedAt(db, { actorId: person.id, chatId, at: command.handledAt })
    : []
  const subjects = [
    ...new Set(changed.flatMap(({ subject }) => (subject ? [subject.replace('#', ' #')] : []))),
  ]
  const outcome =
    changed.length === 0
      ? translateBlocks(lang, 'scheduler.unanswered_not_saved')
      : subjects.length > 0
        ? translateBlocks(lang, 'scheduler.unanswered_saved', { subjects: subjects.join(', ') })
        : translateBlocks(lang, 'scheduler.unanswered_saved_plain')
  return [
    ...translateBlocks(lang, 'scheduler.unanswered_title', { name: person?.displayName ?? '' }),
    paragraph(command.command),
    ...outcome,
  ]
}
