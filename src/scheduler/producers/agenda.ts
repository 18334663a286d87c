import { type AgendaItem, dayOf } from '../../domain/agenda/types.js'
import { addDays, instantAt } from '../../time/calendar.js'
import { agendaBeforeKey, agendaDayBeforeKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, inWindow, minutesOf } from './window.js'

/** When an item begins: its start, or midnight of its first day when it lasts all day. */
export function startOf(item: AgendaItem, zone: string): Date {
  return item.time.allDay ? instantAt(item.time.startDate, 0, zone) : item.time.startsAt
}

/**
 * Agenda reminders into every active group (SPEC §3): the day before at the workspace's
 * `agenda_day_before_at` ("Besok: …"), and `agenda_minutes_before` before a timed item starts (all-day
 * items get only the day-before one). Both expire when the item starts. A setting switched off (NULL)
 * produces nothing. Moving an item changes its keys, so its old reminders are withdrawn and new ones written.
 */
export function deriveAgendaReminders(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const { workspace } = state
  const zone = workspace.timezone
  const messages: PlannedMessage[] = []
  for (const item of state.agenda) {
    if (item.status !== 'terjadwal') continue
    const start = startOf(item, zone)
    const eventDate = dayOf(item, zone)
    for (const chat of state.groups) {
      if (workspace.agendaDayBeforeAt) {
        const due = instantAt(addDays(eventDate, -1), minutesOf(workspace.agendaDayBeforeAt), zone)
        if (due < start && inWindow(due, window)) {
          messages.push({
            key: agendaDayBeforeKey(workspace.id, item.number, eventDate, chat.id),
            kind: 'agenda_day_before',
            workspaceId: workspace.id,
            chatId: chat.id,
            subjectNumber: item.number,
            payload: { number: item.number, eventDate },
            dueAt: due,
            expiresAt: start,
          })
        }
      }
      const minutes = workspace.agendaMinutesBefore
      if (minutes && !item.time.allDay) {
        const due = new Date(start.getTime() - minutes * 60_000)
        if (inWindow(due, window)) {
          messages.push({
            key: agendaBeforeKey(workspace.id, item.number, minutes, start, chat.id),
            kind: 'agenda_before',
            workspaceId: workspace.id,
            chatId: chat.id,
            subjectNumber: item.number,
            payload: { number: item.number, startsAt: start.toISOString(), minutes },
            dueAt: due,
            expiresAt: start,
          })
        }
      }
    }
  }
  return messages
}
