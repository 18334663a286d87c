/**
 * The coverage desk's day-before reminder (issue 17): at the workspace's day-before time, into every
 * active group (where the coordinator and the agencies' teams read), the items of the next day that
 * ask for coverage and that no agency has claimed yet, each with its number for /liput. A day with
 * items asking for coverage has a row; when every one of them is claimed by the time it is due, it is
 * skipped. Switched off with the day-before reminders (`/pengingat agenda H-1 mati`).
 */
import { z } from 'zod'
import { agendaLine, awaitsCoverage } from '../../domain/agenda/present.js'
import { dayOf } from '../../domain/agenda/types.js'
import { list } from '../../text/rich-text.js'
import { addDays, instantAt, type LocalDate } from '../../time/calendar.js'
import { formatDate } from '../../time/format.js'
import { line } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { agendaItemSnapshot } from '../producers/snapshots.js'
import { inWindow, minutesOf } from '../producers/window.js'
import { type DerivedKind, localDateField } from './kind.js'

/** For the items happening on `eventDate` (a local date in the workspace zone). */
export const coverageDayBeforeKey = (workspaceId: number, eventDate: LocalDate, chatId: number) =>
  `w${workspaceId}:liputan:H-1:${eventDate}:c${chatId}`

const coverageDayBeforePayload = z.object({ eventDate: localDateField })
type CoverageDayBeforePayload = z.infer<typeof coverageDayBeforePayload>

export const coverageDayBefore: DerivedKind<'coverage_day_before', CoverageDayBeforePayload> = {
  name: 'coverage_day_before',
  source: 'derived',
  payload: coverageDayBeforePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: (chatId) => ({ chatId, need: ['agenda'] }),
  derive(state, window) {
    const { workspace } = state
    const zone = workspace.timezone
    const messages: PlannedMessage<'coverage_day_before', CoverageDayBeforePayload>[] = []
    if (!workspace.agendaDayBeforeAt) return messages
    const at = minutesOf(workspace.agendaDayBeforeAt)
    // Whether claimed or not: a claim must not move or withdraw the row, only empty its list.
    const eventDates = new Set(state.agenda.filter((item) => item.coverage).map((item) => dayOf(item, zone)))
    for (const eventDate of eventDates) {
      const due = instantAt(addDays(eventDate, -1), at, zone)
      if (!inWindow(due, window)) continue
      for (const chat of state.groups) {
        messages.push({
          key: coverageDayBeforeKey(workspace.id, eventDate, chat.id),
          kind: 'coverage_day_before',
          workspaceId: workspace.id,
          chatId: chat.id,
          subjectNumber: null,
          payload: { eventDate },
          dueAt: due,
          // "Besok" is wrong once the day has begun.
          expiresAt: instantAt(eventDate, 0, zone),
        })
      }
    }
    return messages
  },
  render(_db, state, message, options) {
    const { eventDate } = message.payload
    const zone = state.workspace.timezone
    const waiting = state.agenda.filter((item) => awaitsCoverage(item) && dayOf(item, zone) === eventDate)
    if (waiting.length === 0) return { action: 'skip', reason: 'skipped: every item of the day is covered' }
    const { lang } = options
    return {
      action: 'send',
      text: [
        line(lang, 'scheduler.coverage_day_before', { date: formatDate(eventDate, lang) }),
        list(waiting.map((item) => agendaLine(item, options))),
        line(lang, 'scheduler.coverage_day_before_hint', { number: waiting[0]!.number }),
      ],
      announces: waiting.map((item) => ({ number: item.number, snapshot: agendaItemSnapshot(item) })),
    }
  },
}
