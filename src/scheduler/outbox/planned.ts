/**
 * A scheduled message as a producer derives it, before (or instead of) being written to the outbox. `Kind`
 * is a kind's name and `Payload` its payload (see kinds/kind.ts); the outbox sees any of them.
 */
export interface PlannedMessage<Kind extends string = string, Payload = unknown> {
  readonly key: string
  readonly kind: Kind
  readonly workspaceId: number
  readonly chatId: number
  /** The item it speaks of (#12), so that cancelling the item can find it; null for briefs and nudges. */
  readonly subjectNumber: number | null
  /** What rendering at send time needs besides the current data (the day of a brief, the week of a nudge, …). */
  readonly payload: Payload
  readonly dueAt: Date
  /** After this it is dropped, never sent (SPEC §3: no flood of stale messages after downtime). */
  readonly expiresAt: Date
}
