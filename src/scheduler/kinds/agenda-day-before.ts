/**
 * "Besok: …" (SPEC §3): the day before a scheduled agenda item, at the workspace's
 * `agenda_day_before_at`, into every active group; all-day items get it too. Switched off (NULL), it
 * produces nothing. Moving an item changes its key, so the old row is withdrawn and a new one written.
 */
import { z } from 'zod'
import { agendaLine } from '../../domain/agenda/present.js'
import { type AgendaItem, dayOf } from '../../domain/agenda/types.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import { addDays, instantAt, type LocalDate } from '../../time/calendar.js'
import { formatDate } from '../../time/format.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { inWindow, minutesOf } from '../producers/window.js'
import { sendAboutAgendaItem, startOf, toEachGroup } from './about-items.js'
import { type DerivedKind, itemNumberField, itemScope, localDateField } from './kind.js'

/** For an item happening on `eventDate` (the local date of the event). */
export const agendaDayBeforeKey = (
  workspaceId: number,
  number: number,
  eventDate: LocalDate,
  chatId: number,
) => `w${workspaceId}:agenda#${number}:H-1:${eventDate}:c${chatId}`

const agendaDayBeforePayload = z.object({ number: itemNumberField, eventDate: localDateField })
type AgendaDayBeforePayload = z.infer<typeof agendaDayBeforePayload>

export const agendaDayBefore: DerivedKind<'agenda_day_before', AgendaDayBeforePayload> = {
  name: 'agenda_day_before',
  source: 'derived',
  payload: agendaDayBeforePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('agenda'),
  derive(state, window) {
    const { workspace } = state
    const zone = workspace.timezone
    const messages: PlannedMessage<'agenda_day_before', AgendaDayBeforePayload>[] = []
    if (!workspace.agendaDayBeforeAt) return messages
    const at = minutesOf(workspace.agendaDayBeforeAt)
    for (const item of state.agenda) {
      if (item.status !== 'terjadwal') continue
      // Expires when the item starts: after that "Besok" is wrong.
      const start = startOf(item, zone)
      const eventDate = dayOf(item, zone)
      const due = instantAt(addDays(eventDate, -1), at, zone)
      if (due >= start || !inWindow(due, window)) continue
      messages.push(
        ...toEachGroup(state, {
          key: (chatId) => agendaDayBeforeKey(workspace.id, item.number, eventDate, chatId),
          kind: 'agenda_day_before',
          number: item.number,
          payload: { number: item.number, eventDate },
          dueAt: due,
          expiresAt: start,
        }),
      )
    }
    return messages
  },
  render: (_db, state, message, options) =>
    sendAboutAgendaItem(
      state,
      message.subjectNumber,
      (item) => dayOf(item, state.workspace.timezone) === message.payload.eventDate,
      (item) => agendaDayBeforeText(item, message.payload.eventDate, options),
    ),
}

/** "Besok, Senin, 12 Januari 2026:" and the item's line. */
function agendaDayBeforeText(item: AgendaItem, eventDate: LocalDate, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.agenda_day_before', { date: formatDate(eventDate, lang) }),
    paragraph(...agendaLine(item, options)),
    line(lang, 'scheduler.agenda_details', { number: item.number }),
  ]
}
