/**
 * Every kind of scheduled message, in one list. Everything that differs by kind (which kinds the planner
 * derives and reconciles, what a row's re-derivation loads, the bulk kinds claimed last, where a row may
 * go, how it is rendered, what its sending or giving up changes elsewhere) comes from these modules.
 * Adding a kind is one module in this folder and one line here.
 */
import type { PlannedMessage } from '../outbox/planned.js'
import type { WorkspaceState } from '../producers/state.js'
import type { DeriveWindow } from '../producers/window.js'
import { agendaBefore } from './agenda-before.js'
import { agendaDayBefore } from './agenda-day-before.js'
import { amplifyLastHour } from './amplify-last-hour.js'
import { amplifyMidpoint } from './amplify-midpoint.js'
import { amplifyRecap } from './amplify-recap.js'
import { brief } from './brief.js'
import { change } from './change.js'
import { contentDue } from './content-due.js'
import { contentPending } from './content-pending.js'
import { coverageDayBefore } from './coverage-day-before.js'
import type { DerivedKind, ScheduledKind } from './kind.js'
import { notice } from './notice.js'
import { nudge } from './nudge.js'
import { reminder } from './reminder.js'

export const KINDS = [
  brief,
  agendaDayBefore,
  agendaBefore,
  contentDue,
  contentPending,
  nudge,
  reminder,
  change,
  notice,
  amplifyMidpoint,
  amplifyLastHour,
  amplifyRecap,
  coverageDayBefore,
] as const

/** The `outbox.kind` of a row. */
export type OutboxKind = (typeof KINDS)[number]['name']

const ALL_KINDS: readonly ScheduledKind<OutboxKind>[] = KINDS
const DERIVED_KINDS = ALL_KINDS.filter((kind): kind is DerivedKind<OutboxKind> => kind.source === 'derived')

/** The declaration of a kind stored in the outbox. */
export function kindNamed(name: OutboxKind): ScheduledKind<OutboxKind> {
  const kind = ALL_KINDS.find((candidate) => candidate.name === name)
  if (!kind) throw new Error(`unknown scheduled-message kind: ${name}`)
  return kind
}

/** Every kind the producers write (the planner reconciles exactly these). */
export const PRODUCED_KINDS: readonly OutboxKind[] = DERIVED_KINDS.map((kind) => kind.name)

/** The bulk kinds, claimed after time-critical ones; must equal outbox_pending_claim_idx's list. */
export const BULK_KINDS: readonly OutboxKind[] = ALL_KINDS.filter((kind) => kind.bulk).map(
  (kind) => kind.name,
)

/** Kinds still written, and sent late, when first seen after their due time. */
export const CATCH_UP_KINDS: ReadonlySet<OutboxKind> = new Set(
  DERIVED_KINDS.filter((kind) => kind.catchUp).map((kind) => kind.name),
)

/** Every scheduled message the current data of a workspace produces with a due time in the window. */
export function deriveAll(state: WorkspaceState, window: DeriveWindow): PlannedMessage<OutboxKind>[] {
  return DERIVED_KINDS.flatMap((kind) => kind.derive(state, window))
}
