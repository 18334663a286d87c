/**
 * What a kind of scheduled message declares: one module per kind, listed once in ./index.ts. The
 * planner, the outbox and the worker know kinds only through these declarations.
 *
 * Idempotency keys (SPEC §3) are each kind's own, and every key holds its target time, so a rescheduled
 * message is a new row and a repeated one collides with the unique key and is not written twice. Short
 * numbers (#12) are per workspace, so keys about items start with `w<workspace>:`; derived messages go
 * to every group of the workspace, one row each, so they end with `:c<chat>`. Stored rows keep their
 * keys: a key format never changes.
 */
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { OutgoingFile } from '../../chat/types.js'
import type { Database } from '../../db/database.js'
import type { RichText } from '../../text/rich-text.js'
import type { TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import type { Snapshot } from '../producers/snapshots.js'
import type { StateScope, WorkspaceState } from '../producers/state.js'
import type { DeriveWindow } from '../producers/window.js'

/** An item a sent message told its chat about, and how: recorded for "Perubahan" notices. */
export interface Announced {
  readonly number: number
  readonly snapshot: Snapshot
}

export type Prepared =
  | {
      readonly action: 'send'
      readonly text: RichText
      readonly announces: readonly Announced[]
      /** Pictures sent with it (Monday's brief as the week's calendar). */
      readonly files?: readonly OutgoingFile[]
    }
  /** The data no longer produces this row (cancelled, moved, switched off). */
  | { readonly action: 'withdraw'; readonly reason: string }
  /** Nothing to say to this chat (a nudge when every agency has something next week). */
  | { readonly action: 'skip'; readonly reason: string }
  /** Still wanted, but later than its row says: give it back for then. */
  | { readonly action: 'release'; readonly dueAt: Date }

/** The item an outbox row speaks of, as the hooks of its kind see it. */
export interface RowSubject {
  /** The row's idempotency key. */
  readonly key: string
  readonly workspaceId: number | null
  readonly subjectNumber: number | null
}

interface KindBase<Name extends string, Payload> {
  /** Stored in `outbox.kind`: a lower-case snake name (the column's check). */
  readonly name: Name
  /** The row's payload, read back typed; it is written as JSON from what the kind produced. */
  readonly payload: z.ZodType<Payload>
  /**
   * One row per group at the same minute (the 07.00 briefs, the Friday nudge): claimed after every
   * time-critical row that is due. outbox_pending_claim_idx lists these kinds; a new one needs a migration.
   */
  readonly bulk: boolean
  /** `any chat`: the chat the row names, a private one too; `workspace groups`: only while linked to it. */
  readonly audience: 'any chat' | 'workspace groups'
  /** Runs in the transaction that marks a row of this kind sent. */
  afterSent?(db: Kysely<Database>, subject: RowSubject): Promise<void>
  /** Runs in the transaction that ends a row of this kind unsent for good (expired, failed, chat gone). */
  givenUp?(db: Kysely<Database>, subject: RowSubject): Promise<void>
}

/** A kind the producers derive from a workspace's data; a row is derived again before it is sent. */
export interface DerivedKind<Name extends string = string, Payload = unknown>
  extends KindBase<Name, Payload> {
  readonly source: 'derived'
  /**
   * Its source is a durable record of its own (an `/ingatkan` row, a changed item): first seen after its
   * due time (the planner was down), it is still written and goes out late until it expires.
   * Calendar-derived kinds are written ahead of time instead, and one first noticed late is not sent.
   */
  readonly catchUp: boolean
  /** Every message of this kind the data produces with a due time in the window; each sets its expiry. */
  derive(state: WorkspaceState, window: DeriveWindow): PlannedMessage<Name, Payload>[]
  /** The slice of a workspace's data one row of this kind is derived from. */
  scope(chatId: number, subjectNumber: number | null): StateScope
  /** The text from current data, for a message the current data still produces. */
  render(
    db: Kysely<Database>,
    state: WorkspaceState,
    message: PlannedMessage<Name, Payload>,
    options: TextOptions,
  ): Prepared | Promise<Prepared>
}

/** A kind written once, its text rendered when written; sent as it is, nothing derived again. */
export interface WrittenKind<Name extends string = string, Payload = unknown>
  extends KindBase<Name, Payload> {
  readonly source: 'written once'
  render(payload: Payload): Prepared
}

export type ScheduledKind<Name extends string = string, Payload = unknown> =
  | DerivedKind<Name, Payload>
  | WrittenKind<Name, Payload>

/** A row about one item is derived again from its chat, its number and the collection the item is in. */
export const itemScope =
  (need: NonNullable<StateScope['need']>[number]) =>
  (chatId: number, subjectNumber: number | null): StateScope => ({
    chatId,
    ...(subjectNumber !== null && { numbers: [subjectNumber] }),
    need: [need],
  })

/** A local date (`YYYY-MM-DD`) in a payload. */
export const localDateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
/** An instant in a payload, as `Date.toISOString()` writes it. */
export const instantField = z.iso.datetime()
/** An item's short number (#12). */
export const itemNumberField = z.number().int().positive()
