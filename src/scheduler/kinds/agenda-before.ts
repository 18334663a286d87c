/**
 * "Segera dimulai" (SPEC §3): `agenda_minutes_before` (set with `/pengingat`) before a timed agenda
 * item starts, into every active group; all-day items get none. Expires when the item starts. Its key
 * holds the start and the offset, so moving the item or changing the offset writes a new row.
 */
import { z } from 'zod'
import { agendaLine } from '../../domain/agenda/present.js'
import type { AgendaItem } from '../../domain/agenda/types.js'
import { durationText } from '../../text/duration-text.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { inWindow } from '../producers/window.js'
import { sendAboutAgendaItem, startOf, toEachGroup } from './about-items.js'
import { type DerivedKind, instantField, itemNumberField, itemScope } from './kind.js'

/** `minutes` before an item starting at `startsAt`. */
export const agendaBeforeKey = (
  workspaceId: number,
  number: number,
  minutes: number,
  startsAt: Date,
  chatId: number,
) => `w${workspaceId}:agenda#${number}:${minutes}m:${startsAt.toISOString()}:c${chatId}`

const agendaBeforePayload = z.object({
  number: itemNumberField,
  startsAt: instantField,
  minutes: z.number().int().positive(),
})
type AgendaBeforePayload = z.infer<typeof agendaBeforePayload>

export const agendaBefore: DerivedKind<'agenda_before', AgendaBeforePayload> = {
  name: 'agenda_before',
  source: 'derived',
  payload: agendaBeforePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('agenda'),
  derive(state, window) {
    const { workspace } = state
    const minutes = workspace.agendaMinutesBefore
    const messages: PlannedMessage<'agenda_before', AgendaBeforePayload>[] = []
    if (!minutes) return messages
    for (const item of state.agenda) {
      if (item.status !== 'terjadwal' || item.time.allDay) continue
      const start = startOf(item, workspace.timezone)
      const due = new Date(start.getTime() - minutes * 60_000)
      if (!inWindow(due, window)) continue
      messages.push(
        ...toEachGroup(state, {
          key: (chatId) => agendaBeforeKey(workspace.id, item.number, minutes, start, chatId),
          kind: 'agenda_before',
          number: item.number,
          payload: { number: item.number, startsAt: start.toISOString(), minutes },
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
      (item) => startOf(item, state.workspace.timezone).toISOString() === message.payload.startsAt,
      (item) => agendaSoonText(item, new Date(message.payload.startsAt), options),
    ),
}

/** "Segera dimulai (60 menit lagi):", counted from now (a late reminder never claims a stale lead time). */
function agendaSoonText(item: AgendaItem, startsAt: Date, options: TextOptions): RichText {
  const { lang, now } = options
  const left = Math.round((startsAt.getTime() - now.getTime()) / 60_000)
  const title =
    left >= 1
      ? line(lang, 'scheduler.agenda_soon', { left: durationText(left, lang) })
      : line(lang, 'scheduler.agenda_soon_now')
  return [
    title,
    paragraph(...agendaLine(item, options)),
    line(lang, 'scheduler.agenda_details', { number: item.number }),
  ]
}
