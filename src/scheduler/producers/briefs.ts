import { localDateOf } from '../../time/calendar.js'
import { briefKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { weeklyRuns } from './recurrence.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, endOfDay } from './window.js'

/**
 * The morning brief of each active group whose brief is on, at its `brief_at` on its `brief_days` in the
 * workspace zone. It expires at the end of its local day: after downtime a brief goes out late the same
 * day, never the next. Its text is composed when it is sent, so it shows the day as it is then.
 */
export function deriveBriefs(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const zone = state.workspace.timezone
  const messages: PlannedMessage[] = []
  for (const chat of state.groups) {
    if (!chat.briefEnabled) continue
    for (const run of weeklyRuns(chat.briefAt, chat.briefDays, zone, window.from, window.to)) {
      const localDate = localDateOf(run, zone)
      messages.push({
        key: briefKey(chat.id, localDate),
        kind: 'brief',
        workspaceId: state.workspace.id,
        chatId: chat.id,
        subjectNumber: null,
        payload: { localDate },
        dueAt: run,
        expiresAt: endOfDay(localDate, zone),
      })
    }
  }
  return messages
}
