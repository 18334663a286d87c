/**
 * Ad-hoc `/ingatkan` reminders, each into its own chat (a group or a private chat) at its time. The
 * reminder row is durable itself, so one first seen after its time is still written and sent late. The
 * reminders table follows its delivery: `terkirim` once sent, `batal` once it never will be.
 */
import { z } from 'zod'
import { cancelUndeliveredReminder, markReminderSent } from '../../domain/reminders/reminders.js'
import type { Language } from '../../text/catalog/index.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import { line } from '../messages/texts.js'
import { endOfDayOrAfter } from '../producers/window.js'
import { type DerivedKind, itemNumberField, itemScope } from './kind.js'

/** Worth sending late until the end of its day, and at least this long. */
const REMINDER_MIN_LIFE_MS = 3 * 3600_000

/** Its own number is its only target: a reminder's time cannot be changed, only cancelled. */
export const reminderKey = (workspaceId: number, number: number) => `w${workspaceId}:reminder#${number}`

const reminderPayload = z.object({ number: itemNumberField })
type ReminderPayload = z.infer<typeof reminderPayload>

export const reminder: DerivedKind<'reminder', ReminderPayload> = {
  name: 'reminder',
  source: 'derived',
  payload: reminderPayload,
  bulk: false,
  audience: 'any chat',
  catchUp: true,
  scope: itemScope('reminders'),
  derive(state, window) {
    const zone = state.workspace.timezone
    return state.reminders
      .filter((waiting) => waiting.dueAt.getTime() <= window.to.getTime())
      .map((waiting) => ({
        key: reminderKey(state.workspace.id, waiting.number),
        kind: 'reminder',
        workspaceId: state.workspace.id,
        chatId: waiting.chatId,
        subjectNumber: waiting.number,
        payload: { number: waiting.number },
        dueAt: waiting.dueAt,
        expiresAt: endOfDayOrAfter(waiting.dueAt, zone, REMINDER_MIN_LIFE_MS),
      }))
  },
  render(_db, state, message, options) {
    const waiting = state.reminders.find((candidate) => candidate.number === message.subjectNumber)!
    return {
      action: 'send',
      text: reminderText(waiting.number, waiting.message, waiting.creatorName, options.lang),
      announces: [],
    }
  },
  async afterSent(db, { workspaceId, subjectNumber }) {
    if (workspaceId !== null && subjectNumber !== null) await markReminderSent(db, workspaceId, subjectNumber)
  },
  async givenUp(db, { workspaceId, subjectNumber }) {
    if (workspaceId !== null && subjectNumber !== null)
      await cancelUndeliveredReminder(db, workspaceId, subjectNumber)
  },
}

/** Who asked for it, then the message as written (its lines kept). */
function reminderText(number: number, message: string, creatorName: string, lang: Language): RichText {
  return [
    line(lang, 'scheduler.reminder_title', { number, name: creatorName }),
    ...message.split('\n').map((text) => paragraph(text)),
  ]
}
