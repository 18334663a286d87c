import { addDays, instantAt, localDateOf } from '../../time/calendar.js'
import { contentDueKey, contentPendingKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, endOfDayOrAfter, inWindow, minutesOf } from './window.js'

/** The day-before time for drafts when the workspace has switched the agenda one off. */
const CONTENT_DAY_BEFORE_DEFAULT = '16:00'
/** "Saatnya tayang" stays worth sending until the end of the planned day, and at least this long. */
const CONTENT_DUE_MIN_LIFE_MS = 3 * 3600_000

/**
 * Content reminders into every active group (SPEC §3): "Saatnya tayang" at the planned time of an
 * approved draft (until the end of that day), and the day before — at the workspace's day-before time —
 * for a draft still waiting for review or revision (until its planned time). Approving, editing or
 * withdrawing a draft changes which of them it produces.
 */
export function deriveContentReminders(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const { workspace } = state
  const zone = workspace.timezone
  const dayBeforeAt = workspace.agendaDayBeforeAt ?? CONTENT_DAY_BEFORE_DEFAULT
  const messages: PlannedMessage[] = []
  for (const draft of state.drafts) {
    const plannedAt = draft.plannedAt
    if (!plannedAt) continue
    for (const chat of state.groups) {
      if (draft.status === 'disetujui' && inWindow(plannedAt, window)) {
        messages.push({
          key: contentDueKey(workspace.id, draft.number, plannedAt, chat.id),
          kind: 'content_due',
          workspaceId: workspace.id,
          chatId: chat.id,
          subjectNumber: draft.number,
          payload: { number: draft.number, plannedAt: plannedAt.toISOString() },
          dueAt: plannedAt,
          expiresAt: endOfDayOrAfter(plannedAt, zone, CONTENT_DUE_MIN_LIFE_MS),
        })
      }
      if (draft.status === 'diajukan' || draft.status === 'revisi') {
        const plannedDate = localDateOf(plannedAt, zone)
        const due = instantAt(addDays(plannedDate, -1), minutesOf(dayBeforeAt), zone)
        if (due < plannedAt && inWindow(due, window)) {
          messages.push({
            key: contentPendingKey(workspace.id, draft.number, plannedDate, chat.id),
            kind: 'content_pending',
            workspaceId: workspace.id,
            chatId: chat.id,
            subjectNumber: draft.number,
            payload: { number: draft.number, plannedDate },
            dueAt: due,
            expiresAt: plannedAt,
          })
        }
      }
    }
  }
  return messages
}
