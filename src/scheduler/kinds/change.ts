/**
 * "Perubahan" notices (SPEC §3): for every active group that was told about an item (a brief or a
 * reminder mentioned it), when the item now has another time or place or is cancelled. One notice per
 * chat and state of the item: a second edit before it goes out replaces it (its key holds the item's
 * `updated_at`), and once it is sent the chat's snapshot is the new state, so nothing repeats. Items
 * whose old and new times have both passed get no notice. Which changes count: `changeBetween`.
 */
import { z } from 'zod'
import { agendaWhenText } from '../../domain/agenda/present.js'
import { getAgendaItem } from '../../domain/agenda/queries.js'
import type { AgendaItem } from '../../domain/agenda/types.js'
import { getDraft } from '../../domain/content/queries.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { type Language, translatePlain } from '../../text/catalog/index.js'
import { bold, type RichText } from '../../text/rich-text.js'
import { formatDateTime, localDateOf } from '../../time/format.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import {
  type AgendaSnapshot,
  type Change,
  type ContentSnapshot,
  changeBetween,
  snapshotEnd,
} from '../producers/snapshots.js'
import { endOfDay } from '../producers/window.js'
import { type DerivedKind, itemNumberField, itemScope } from './kind.js'

/** A notice not delivered within this long after the change is dropped. */
const CHANGE_LIFE_MS = 24 * 3600_000

/** About the state of an item as of its last change (`updatedAt`). */
export const changeKey = (
  workspaceId: number,
  subject: 'agenda' | 'konten',
  number: number,
  chatId: number,
  updatedAt: Date,
) => `w${workspaceId}:change:${subject}#${number}:c${chatId}:${updatedAt.toISOString()}`

const agendaSnapshot = z.object({
  subject: z.literal('agenda'),
  status: z.enum(['terjadwal', 'batal']),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string().nullable(),
  location: z.string().nullable(),
})
const contentSnapshot = z.object({
  subject: z.literal('konten'),
  status: z.enum(['diajukan', 'revisi', 'disetujui', 'terbit', 'ditolak', 'dibatalkan']),
  plannedAt: z.string().nullable(),
})
const snapshot = z.discriminatedUnion('subject', [agendaSnapshot, contentSnapshot])
const changePayload = z.object({
  subject: z.enum(['agenda', 'konten']),
  number: itemNumberField,
  before: snapshot,
  after: snapshot,
})
type ChangePayload = z.infer<typeof changePayload>

export const change: DerivedKind<'change', ChangePayload> = {
  name: 'change',
  source: 'derived',
  payload: changePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: true,
  scope: itemScope('announced'),
  derive(state, window) {
    const { now, workspace } = state
    const groups = new Set(state.groups.map((chat) => chat.id))
    const dayEnd = (date: string) => endOfDay(date, workspace.timezone)
    const messages: PlannedMessage<'change', ChangePayload>[] = []
    for (const item of state.announced) {
      if (!groups.has(item.chatId)) continue
      const found = changeBetween(item.before, item.after)
      if (!found) continue
      const ends = [
        snapshotEnd(item.before, dayEnd),
        found.cancelled ? undefined : snapshotEnd(item.after, dayEnd),
      ]
      if (!ends.some((end) => end && end.getTime() > now.getTime())) continue
      const dueAt = item.updatedAt
      if (dueAt.getTime() > window.to.getTime()) continue
      messages.push({
        key: changeKey(workspace.id, item.before.subject, item.number, item.chatId, item.updatedAt),
        kind: 'change',
        workspaceId: workspace.id,
        chatId: item.chatId,
        subjectNumber: item.number,
        payload: {
          subject: item.before.subject,
          number: item.number,
          before: item.before,
          after: item.after,
        },
        dueAt,
        expiresAt: new Date(dueAt.getTime() + CHANGE_LIFE_MS),
      })
    }
    return messages
  },
  async render(db, state, message, options) {
    const announced = state.announced.find(
      (candidate) => candidate.number === message.subjectNumber && candidate.chatId === message.chatId,
    )!
    const found = changeBetween(announced.before, announced.after)!
    const { before, after } = announced
    if (before.subject === 'agenda' && after.subject === 'agenda') {
      const item = await getAgendaItem(db, state.workspace.id, announced.number)
      if (!item) return { action: 'withdraw', reason: 'withdrawn: item not found' }
      return {
        action: 'send',
        text: agendaChangeText(item, before, after, found, options),
        announces: [{ number: item.number, snapshot: after }],
      }
    }
    if (before.subject === 'konten' && after.subject === 'konten') {
      const draft = await getDraft(db, state.workspace.id, announced.number)
      if (!draft) return { action: 'withdraw', reason: 'withdrawn: draft not found' }
      return {
        action: 'send',
        text: contentChangeText(draft, before, after, found, options),
        announces: [{ number: draft.number, snapshot: after }],
      }
    }
    return { action: 'withdraw', reason: 'withdrawn: item changed kind' }
  },
}

/** `Senin, 12 Januari 2026, 09.00–11.00 WIB` / `…, sepanjang hari` for an agenda snapshot. */
function agendaSnapshotWhen(snapshot: AgendaSnapshot, zone: string, lang: Language): string {
  const time = snapshot.allDay
    ? { allDay: true as const, startDate: snapshot.start, endDate: snapshot.end }
    : {
        allDay: false as const,
        startsAt: new Date(snapshot.start),
        endsAt: snapshot.end ? new Date(snapshot.end) : null,
        daily: snapshot.daily ?? false,
      }
  const when = agendaWhenText({ time, statedZone: zone }, zone, lang)
  return `${when.date}, ${when.time}`
}

/** About an agenda item: cancelled, or its old and new time and place. */
function agendaChangeText(
  item: AgendaItem,
  before: AgendaSnapshot,
  after: AgendaSnapshot,
  found: Change,
  options: TextOptions,
): RichText {
  const { lang, zone } = options
  if (found.cancelled) {
    const text = [line(lang, 'scheduler.change_cancelled', { number: item.number, title: bold(item.title) })]
    // One date of a series that goes on: say which, so nobody drops the rest; or, when the series was
    // ended before that date (`/agenda batal 12 semua` once under way), that the rest goes too.
    if (item.recurrence && item.status === 'terjadwal') {
      const date = agendaSnapshotWhen(before, zone, lang)
      const until = item.recurrence.until
      const day = before.allDay ? before.start : localDateOf(new Date(before.start), item.statedZone)
      const ended = until !== null && day > until
      text.push(
        line(lang, ended ? 'agenda.recur.change_from_date' : 'agenda.recur.change_one_date', { date }),
      )
    }
    if (item.cancelReason)
      text.push(line(lang, 'scheduler.change_cancel_reason', { reason: item.cancelReason }))
    return text
  }
  const text: RichText = [
    line(lang, 'scheduler.change_title', { number: item.number, title: bold(item.title) }),
  ]
  if (found.time) {
    text.push(
      line(lang, 'scheduler.change_time', {
        before: agendaSnapshotWhen(before, zone, lang),
        after: agendaSnapshotWhen(after, zone, lang),
      }),
    )
  }
  if (found.place) {
    const none = translatePlain(lang, 'scheduler.change_no_place')
    text.push(
      line(lang, 'scheduler.change_place', {
        before: before.location ?? none,
        after: after.location ?? none,
      }),
    )
  }
  text.push(line(lang, 'scheduler.change_agenda_details', { number: item.number }))
  return text
}

/** About a draft: it will not go out, or its old and new planned time. */
function contentChangeText(
  draft: ContentDraft,
  before: ContentSnapshot,
  after: ContentSnapshot,
  found: Change,
  options: TextOptions,
): RichText {
  const { lang, zone } = options
  if (found.cancelled) {
    return [
      line(lang, 'scheduler.change_content_cancelled', { number: draft.number, title: bold(draft.title) }),
    ]
  }
  const when = (at: string | null) =>
    at ? formatDateTime(new Date(at), zone, lang) : translatePlain(lang, 'content.unscheduled')
  return [
    line(lang, 'scheduler.change_title', { number: draft.number, title: bold(draft.title) }),
    line(lang, 'scheduler.change_content_time', {
      before: when(before.plannedAt),
      after: when(after.plannedAt),
    }),
    line(lang, 'scheduler.change_content_details', { number: draft.number }),
  ]
}
