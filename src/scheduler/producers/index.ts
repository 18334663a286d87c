import type { OutboxKind } from '../../db/tables/outbox.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { deriveAdHocReminders } from './ad-hoc.js'
import { deriveAgendaReminders } from './agenda.js'
import { deriveBriefs } from './briefs.js'
import { deriveChangeNotices } from './changes.js'
import { deriveContentReminders } from './content.js'
import { deriveNudges } from './nudges.js'
import type { StateScope, WorkspaceState } from './state.js'
import type { DeriveWindow } from './window.js'

/** Every kind the producers write (the planner reconciles exactly these). */
export const PRODUCED_KINDS: readonly OutboxKind[] = [
  'brief',
  'agenda_day_before',
  'agenda_before',
  'content_due',
  'content_pending',
  'nudge',
  'reminder',
  'change',
]

/** Every scheduled message the current data of a workspace produces with a due time in the window. */
export function deriveAll(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  return [
    ...deriveBriefs(state, window),
    ...deriveAgendaReminders(state, window),
    ...deriveContentReminders(state, window),
    ...deriveNudges(state, window),
    ...deriveAdHocReminders(state, window),
    ...deriveChangeNotices(state, window),
  ]
}

/** The slice of a workspace's data one outbox row of `kind` is derived from. */
export function scopeOf(kind: OutboxKind, chatId: number, subjectNumber: number | null): StateScope {
  const number = subjectNumber ?? undefined
  switch (kind) {
    case 'brief':
    case 'nudge':
      return { chatId, need: [] }
    case 'agenda_day_before':
    case 'agenda_before':
      return { chatId, number, need: ['agenda'] }
    case 'content_due':
    case 'content_pending':
      return { chatId, number, need: ['drafts'] }
    case 'reminder':
      return { chatId, number, need: ['reminders'] }
    default:
      return { chatId, number, need: ['announced'] }
  }
}
