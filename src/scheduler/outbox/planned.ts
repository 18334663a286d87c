import type { OutboxKind } from '../../db/tables/outbox.js'

/** A scheduled message as a producer derives it, before (or instead of) being written to the outbox. */
export interface PlannedMessage {
  readonly key: string
  readonly kind: OutboxKind
  readonly workspaceId: number
  readonly chatId: number
  /** The item it speaks of (#12), so that cancelling the item can find it; null for briefs and nudges. */
  readonly subjectNumber: number | null
  /** What rendering at send time needs besides the current data (the day of a brief, the week of a nudge, …). */
  readonly payload: Record<string, unknown>
  readonly dueAt: Date
  /** After this it is dropped, never sent (SPEC §3: no flood of stale messages after downtime). */
  readonly expiresAt: Date
}
