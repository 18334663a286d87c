/**
 * What a claimed row becomes when it is about to be sent. The row's subject is loaded again and the
 * producers derive again from it: the row is sent only if the current data still produces its very key
 * (an item cancelled or moved since the row was written withdraws it; a brief moved later gives it back
 * for the new time). The text is rendered from the data as it is now.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { getAgendaItem, listAgendaBetween } from '../../domain/agenda/queries.js'
import { instantsOfDays } from '../../domain/agenda/types.js'
import { composeBrief } from '../../domain/briefs/compose.js'
import { getDraft, listContentBetween } from '../../domain/content/queries.js'
import type { RichText } from '../../text/rich-text.js'
import { addDays, type LocalDate } from '../../time/calendar.js'
import type { OutboxRow } from '../outbox/claim.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { deriveAll, scopeOf } from '../producers/index.js'
import { validityRange } from '../producers/planner.js'
import { agendaItemSnapshot, changeBetween, draftSnapshot, type Snapshot } from '../producers/snapshots.js'
import { loadWorkspaceState, type WorkspaceState } from '../producers/state.js'
import {
  agendaChangeText,
  agendaDayBeforeText,
  agendaSoonText,
  contentChangeText,
  contentDueText,
  contentPendingText,
  nudgeText,
  reminderText,
  type TextOptions,
} from './texts.js'

/** An item a sent message told its chat about, and how: recorded for "Perubahan" notices. */
export interface Announced {
  readonly number: number
  readonly snapshot: Snapshot
}

export type Prepared =
  | { readonly action: 'send'; readonly text: RichText; readonly announces: readonly Announced[] }
  /** The data no longer produces this row (cancelled, moved, switched off). */
  | { readonly action: 'withdraw'; readonly reason: string }
  /** Nothing to say to this chat (a nudge when every agency has something next week). */
  | { readonly action: 'skip'; readonly reason: string }
  /** Still wanted, but later than its row says: give it back for then. */
  | { readonly action: 'release'; readonly dueAt: Date }

/** A brief moved less than this much later is sent now rather than given back. */
const RELEASE_THRESHOLD_MS = 1000

export async function prepareRow(
  db: Kysely<Database>,
  row: OutboxRow,
  now: Date,
  lookaheadMs: number,
): Promise<Prepared> {
  if (row.kind === 'notice') return prepareNotice(row)
  if (row.workspace_id === null) return { action: 'withdraw', reason: 'withdrawn: no workspace' }
  const range = validityRange(now, lookaheadMs)
  const state = await loadWorkspaceState(
    db,
    row.workspace_id,
    now,
    range,
    scopeOf(row.kind, row.chat_id, row.subject_number),
  )
  if (!state) return { action: 'withdraw', reason: 'withdrawn: workspace not found' }
  const wanted = deriveAll(state, range).find((message) => message.key === row.idempotency_key)
  if (!wanted) return { action: 'withdraw', reason: 'withdrawn: its subject changed since it was written' }
  if (
    row.attempts <= 1 &&
    wanted.dueAt.getTime() > now.getTime() + RELEASE_THRESHOLD_MS &&
    wanted.dueAt.getTime() !== row.due_at.getTime()
  ) {
    return { action: 'release', dueAt: wanted.dueAt }
  }
  const options: TextOptions = { lang: state.workspace.language, zone: state.workspace.timezone, now }
  return render(db, state, wanted, options)
}

async function render(
  db: Kysely<Database>,
  state: WorkspaceState,
  message: PlannedMessage,
  options: TextOptions,
): Promise<Prepared> {
  const { workspace } = state
  const payload = message.payload
  switch (message.kind) {
    case 'brief':
      return renderBrief(db, state, payload.localDate as LocalDate, options)
    case 'agenda_day_before':
    case 'agenda_before': {
      const item = state.agenda.find((candidate) => candidate.number === message.subjectNumber)!
      const text =
        message.kind === 'agenda_day_before'
          ? agendaDayBeforeText(item, payload.eventDate as LocalDate, options)
          : agendaSoonText(item, new Date(payload.startsAt as string), options)
      return {
        action: 'send',
        text,
        announces: [{ number: item.number, snapshot: agendaItemSnapshot(item) }],
      }
    }
    case 'content_due':
    case 'content_pending': {
      const draft = state.drafts.find((candidate) => candidate.number === message.subjectNumber)!
      const text =
        message.kind === 'content_due' ? contentDueText(draft, options) : contentPendingText(draft, options)
      return { action: 'send', text, announces: [{ number: draft.number, snapshot: draftSnapshot(draft) }] }
    }
    case 'nudge': {
      const monday = payload.monday as LocalDate
      const missing = await agenciesWithNothingBetween(db, state, monday, addDays(monday, 6))
      if (missing.length === 0)
        return { action: 'skip', reason: 'skipped: every agency has something next week' }
      return { action: 'send', text: nudgeText(monday, missing, options.lang), announces: [] }
    }
    case 'reminder': {
      const reminder = state.reminders.find((candidate) => candidate.number === message.subjectNumber)!
      return {
        action: 'send',
        text: reminderText(reminder.number, reminder.message, reminder.creatorName, options.lang),
        announces: [],
      }
    }
    case 'change': {
      const announced = state.announced.find(
        (candidate) => candidate.number === message.subjectNumber && candidate.chatId === message.chatId,
      )!
      const change = changeBetween(announced.before, announced.after)!
      const { before, after } = announced
      if (before.subject === 'agenda' && after.subject === 'agenda') {
        const item = await getAgendaItem(db, workspace.id, announced.number)
        if (!item) return { action: 'withdraw', reason: 'withdrawn: item not found' }
        return {
          action: 'send',
          text: agendaChangeText(item, before, after, change, options),
          announces: [{ number: item.number, snapshot: after }],
        }
      }
      if (before.subject === 'konten' && after.subject === 'konten') {
        const draft = await getDraft(db, workspace.id, announced.number)
        if (!draft) return { action: 'withdraw', reason: 'withdrawn: draft not found' }
        return {
          action: 'send',
          text: contentChangeText(draft, before, after, change, options),
          announces: [{ number: draft.number, snapshot: after }],
        }
      }
      return { action: 'withdraw', reason: 'withdrawn: item changed kind' }
    }
    default:
      return { action: 'withdraw', reason: `withdrawn: no producer for ${message.kind}` }
  }
}

/**
 * A one-off notice (`kind = 'notice'`): its text was rendered when it was written and is sent as it is
 * (`payload.text`, neutral rich text); nothing is derived again for it.
 */
function prepareNotice(row: OutboxRow): Prepared {
  const text = row.payload.text
  if (!Array.isArray(text) || text.length === 0)
    return { action: 'skip', reason: 'skipped: notice without text' }
  return { action: 'send', text: text as RichText, announces: [] }
}

/**
 * The brief of SPEC §3 as `/brief` shows it. Groups get the member view (drafts waiting for review
 * included): a forum's groups are where its members work, and guests reading along see what members
 * discuss there anyway. The items in its agenda and content sections count as announced to the chat.
 */
async function renderBrief(
  db: Kysely<Database>,
  state: WorkspaceState,
  localDate: LocalDate,
  options: TextOptions,
): Promise<Prepared> {
  const { workspace } = state
  const zone = workspace.timezone
  const text = await composeBrief(db, { workspace, localDate, viewer: 'member', now: options.now })
  const agenda = await listAgendaBetween(db, workspace.id, localDate, localDate, zone, {
    includeCancelled: false,
  })
  const { start, end } = instantsOfDays(localDate, localDate, zone)
  const content = await listContentBetween(db, workspace.id, start, end, { includeUnapproved: true })
  const announces: Announced[] = [
    ...agenda.map((item) => ({ number: item.number, snapshot: agendaItemSnapshot(item) })),
    ...content.map((draft) => ({ number: draft.number, snapshot: draftSnapshot(draft) })),
  ]
  return { action: 'send', text, announces }
}

/** Active agencies with no agenda item (not cancelled) and no draft (not withdrawn or rejected) in the days. */
async function agenciesWithNothingBetween(
  db: Kysely<Database>,
  state: WorkspaceState,
  from: LocalDate,
  to: LocalDate,
): Promise<{ code: string; name: string }[]> {
  const { workspace } = state
  const zone = workspace.timezone
  const agenda = await listAgendaBetween(db, workspace.id, from, to, zone, { includeCancelled: false })
  const { start, end } = instantsOfDays(from, to, zone)
  const content = await listContentBetween(db, workspace.id, start, end, { includeUnapproved: true })
  const busy = new Set([...agenda.map((item) => item.agencyId), ...content.map((draft) => draft.agencyId)])
  const agencies = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('workspace_id', '=', workspace.id)
    .where('archived_at', 'is', null)
    .orderBy('code')
    .execute()
  return agencies.filter((agency) => !busy.has(agency.id)).map(({ code, name }) => ({ code, name }))
}
