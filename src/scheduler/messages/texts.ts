/**
 * The texts of scheduled messages as neutral rich text, from current data (never from what was stored
 * when the row was written): a reminder shows the item's time as it is when the reminder goes out.
 */
import { agendaLine, agendaWhenText } from '../../domain/agenda/present.js'
import type { AgendaItem } from '../../domain/agenda/types.js'
import { draftLine, statusName } from '../../domain/content/present.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { type Language, type MessageKey, translate, translatePlain } from '../../text/catalog/index.js'
import { bold, type Inline, list, paragraph, type RichText } from '../../text/rich-text.js'
import type { TemplateParams } from '../../text/template.js'
import { addDays, type LocalDate } from '../../time/calendar.js'
import { formatDate, formatDateSpan, formatDateTime } from '../../time/format.js'
import type { AgendaSnapshot, Change, ContentSnapshot } from '../producers/snapshots.js'

export interface TextOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
}

const line = (lang: Language, key: MessageKey, params?: TemplateParams) =>
  paragraph(...translate(lang, key, params))

/** "Besok, Senin, 12 Januari 2026:" and the item's line. */
export function agendaDayBeforeText(item: AgendaItem, eventDate: LocalDate, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.agenda_day_before', { date: formatDate(eventDate, lang) }),
    paragraph(...agendaLine(item, options)),
    line(lang, 'scheduler.agenda_details', { number: item.number }),
  ]
}

/** `45 menit`, `60 menit`, `90 menit`, `2 jam`, `2 jam 30 menit` (as `/pengingat` shows offsets). */
export function durationText(minutes: number, lang: Language): string {
  if (minutes < 120) return translatePlain(lang, 'scheduler.minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0
    ? translatePlain(lang, 'scheduler.hours', { n: hours })
    : translatePlain(lang, 'scheduler.hours_minutes', { h: hours, m: rest })
}

/** "Segera dimulai (60 menit lagi):", counted from now (a late reminder never claims a stale lead time). */
export function agendaSoonText(item: AgendaItem, startsAt: Date, options: TextOptions): RichText {
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

/** "Saatnya tayang #14", the draft's line, and how to report it published. */
export function contentDueText(draft: ContentDraft, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.content_due', { number: draft.number }),
    paragraph(...draftLine(draft, options)),
    line(lang, 'scheduler.content_due_report', { number: draft.number }),
  ]
}

/** "Besok tayang, belum disetujui", the draft's line, and what the coordinator can do. */
export function contentPendingText(draft: ContentDraft, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.content_pending', { status: statusName(draft.status, lang) }),
    paragraph(...draftLine(draft, options)),
    line(lang, 'scheduler.content_pending_hint', { number: draft.number }),
  ]
}

/** Lines of agencies a nudge names before counting the rest. */
const NUDGE_AGENCIES_MAX = 40

/** The Friday nudge: next week's dates and the agencies with nothing on them. */
export function nudgeText(
  monday: LocalDate,
  missing: readonly { code: string; name: string }[],
  lang: Language,
): RichText {
  const shown = missing.slice(0, NUDGE_AGENCIES_MAX)
  const text: RichText = [
    line(lang, 'scheduler.nudge_title', { period: formatDateSpan(monday, addDays(monday, 6), lang) }),
    line(lang, 'scheduler.nudge_missing', { count: missing.length }),
    list(shown.map((agency): Inline[] => [bold(agency.code), ` — ${agency.name}`])),
  ]
  if (missing.length > shown.length)
    text.push(line(lang, 'scheduler.nudge_more', { count: missing.length - shown.length }))
  text.push(line(lang, 'scheduler.nudge_hint'))
  return text
}

/** An `/ingatkan` reminder: who asked for it, then the message as written (its lines kept). */
export function reminderText(number: number, message: string, creatorName: string, lang: Language): RichText {
  return [
    line(lang, 'scheduler.reminder_title', { number, name: creatorName }),
    ...message.split('\n').map((text) => paragraph(text)),
  ]
}

/** `Senin, 12 Januari 2026, 09.00–11.00 WIB` / `…, sepanjang hari` for an agenda snapshot. */
function agendaSnapshotWhen(snapshot: AgendaSnapshot, zone: string, lang: Language): string {
  const time = snapshot.allDay
    ? { allDay: true as const, startDate: snapshot.start, endDate: snapshot.end }
    : {
        allDay: false as const,
        startsAt: new Date(snapshot.start),
        endsAt: snapshot.end ? new Date(snapshot.end) : null,
      }
  const when = agendaWhenText({ time, statedZone: zone }, zone, lang)
  return `${when.date}, ${when.time}`
}

/** A "Perubahan" notice about an agenda item: cancelled, or its old and new time and place. */
export function agendaChangeText(
  item: AgendaItem,
  before: AgendaSnapshot,
  after: AgendaSnapshot,
  change: Change,
  options: TextOptions,
): RichText {
  const { lang, zone } = options
  if (change.cancelled) {
    const text = [line(lang, 'scheduler.change_cancelled', { number: item.number, title: bold(item.title) })]
    if (item.cancelReason)
      text.push(line(lang, 'scheduler.change_cancel_reason', { reason: item.cancelReason }))
    return text
  }
  const text: RichText = [
    line(lang, 'scheduler.change_title', { number: item.number, title: bold(item.title) }),
  ]
  if (change.time) {
    text.push(
      line(lang, 'scheduler.change_time', {
        before: agendaSnapshotWhen(before, zone, lang),
        after: agendaSnapshotWhen(after, zone, lang),
      }),
    )
  }
  if (change.place) {
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

/** A "Perubahan" notice about a draft: it will not go out, or its old and new planned time. */
export function contentChangeText(
  draft: ContentDraft,
  before: ContentSnapshot,
  after: ContentSnapshot,
  change: Change,
  options: TextOptions,
): RichText {
  const { lang, zone } = options
  if (change.cancelled) {
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
