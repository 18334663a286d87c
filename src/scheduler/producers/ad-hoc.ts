import { reminderKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, endOfDayOrAfter } from './window.js'

/** An `/ingatkan` reminder is worth sending late until the end of its day, and at least this long. */
const REMINDER_MIN_LIFE_MS = 3 * 3600_000

/**
 * Ad-hoc `/ingatkan` reminders still waiting, each into its own chat (a group or a private chat). The
 * reminder row is durable itself, so one first seen after its time is still written and sent late.
 */
export function deriveAdHocReminders(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const zone = state.workspace.timezone
  return state.reminders
    .filter((reminder) => reminder.dueAt.getTime() <= window.to.getTime())
    .map((reminder) => ({
      key: reminderKey(state.workspace.id, reminder.number),
      kind: 'reminder' as const,
      workspaceId: state.workspace.id,
      chatId: reminder.chatId,
      subjectNumber: reminder.number,
      payload: { number: reminder.number },
      dueAt: reminder.dueAt,
      expiresAt: endOfDayOrAfter(reminder.dueAt, zone, REMINDER_MIN_LIFE_MS),
    }))
}
