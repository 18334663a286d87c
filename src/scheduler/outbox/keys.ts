/**
 * Idempotency keys of scheduled messages (SPEC §3). Every key holds its target time, so a rescheduled
 * message is a new row and a repeated one collides with the unique key and is not written twice.
 * Short numbers (#12) are per workspace, so keys about items start with `w<workspace>:`; derived
 * messages go to every group of the workspace, one row each, so they end with `:c<chat>`.
 */
import type { LocalDate } from '../../time/calendar.js'

const at = (instant: Date) => instant.toISOString()

/** The morning brief of one chat on one local day: at most one per chat and day. */
export const briefKey = (chatId: number, date: LocalDate) => `brief:${chatId}:${date}`

/** "Besok: …" for an item happening on `eventDate` (local date of the event). */
export const agendaDayBeforeKey = (
  workspaceId: number,
  number: number,
  eventDate: LocalDate,
  chatId: number,
) => `w${workspaceId}:agenda#${number}:H-1:${eventDate}:c${chatId}`

/** `minutes` before an item starting at `startsAt`. */
export const agendaBeforeKey = (
  workspaceId: number,
  number: number,
  minutes: number,
  startsAt: Date,
  chatId: number,
) => `w${workspaceId}:agenda#${number}:${minutes}m:${at(startsAt)}:c${chatId}`

/** "Saatnya tayang" at the planned time of an approved draft. */
export const contentDueKey = (workspaceId: number, number: number, plannedAt: Date, chatId: number) =>
  `w${workspaceId}:konten#${number}:due:${at(plannedAt)}:c${chatId}`

/** The day before a draft still not approved is planned (`plannedDate` is its local date). */
export const contentPendingKey = (
  workspaceId: number,
  number: number,
  plannedDate: LocalDate,
  chatId: number,
) => `w${workspaceId}:konten#${number}:pending:${plannedDate}:c${chatId}`

/** The Friday nudge about the week starting `monday`. */
export const nudgeKey = (chatId: number, monday: LocalDate) => `nudge:${chatId}:${monday}`

/** An ad-hoc `/ingatkan` reminder: its own number is its only target. */
export const reminderKey = (workspaceId: number, number: number) => `w${workspaceId}:reminder#${number}`

/** A "Perubahan" notice about the state of an item as of its last change (`updatedAt`). */
export const changeKey = (
  workspaceId: number,
  subject: 'agenda' | 'konten',
  number: number,
  chatId: number,
  updatedAt: Date,
) => `w${workspaceId}:change:${subject}#${number}:c${chatId}:${at(updatedAt)}`
