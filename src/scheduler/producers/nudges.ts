import { addDays, localDateOf } from '../../time/calendar.js'
import { nudgeKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { weeklyRuns } from './recurrence.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, endOfDay } from './window.js'

/** Friday 14.00 in the workspace zone (SPEC §3). */
export const NUDGE_AT = '14:00'
export const NUDGE_DAYS = [5]

/**
 * The weekly nudge into every active group: Friday 14.00, naming the agencies with nothing on next
 * week's calendar (worked out when it is sent; with nobody to name it is not sent). Expires at the end
 * of that Friday.
 */
export function deriveNudges(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const zone = state.workspace.timezone
  const messages: PlannedMessage[] = []
  for (const chat of state.groups) {
    for (const run of weeklyRuns(NUDGE_AT, NUDGE_DAYS, zone, window.from, window.to)) {
      const friday = localDateOf(run, zone)
      const monday = addDays(friday, 3)
      messages.push({
        key: nudgeKey(chat.id, monday),
        kind: 'nudge',
        workspaceId: state.workspace.id,
        chatId: chat.id,
        subjectNumber: null,
        payload: { monday },
        dueAt: run,
        expiresAt: endOfDay(friday, zone),
      })
    }
  }
  return messages
}
