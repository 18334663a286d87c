/**
 * What the agenda and content reminder kinds share: when an item begins, and sending a text about one
 * item that counts as announced to the chat (so that a later change to it brings a "Perubahan" notice).
 */
import type { AgendaItem } from '../../domain/agenda/types.js'
import type { ContentDraft } from '../../domain/content/types.js'
import type { RichText } from '../../text/rich-text.js'
import { instantAt } from '../../time/calendar.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { agendaItemSnapshot, draftSnapshot } from '../producers/snapshots.js'
import type { WorkspaceState } from '../producers/state.js'
import type { Prepared } from './kind.js'

/** When an item begins: its start, or midnight of its first day when it lasts all day. */
export function startOf(item: AgendaItem, zone: string): Date {
  return item.time.allDay ? instantAt(item.time.startDate, 0, zone) : item.time.startsAt
}

/** The same message about item `number` into every active group of the workspace, one row each. */
export function toEachGroup<Name extends string, Payload>(
  state: WorkspaceState,
  message: Omit<PlannedMessage<Name, Payload>, 'key' | 'workspaceId' | 'chatId' | 'subjectNumber'> & {
    readonly number: number
    readonly key: (chatId: number) => string
  },
): PlannedMessage<Name, Payload>[] {
  const { key, number, ...rest } = message
  return state.groups.map((chat) => ({
    ...rest,
    key: key(chat.id),
    workspaceId: state.workspace.id,
    chatId: chat.id,
    subjectNumber: number,
  }))
}

/**
 * Sends `text` about agenda item `number` of the state (re-derivation has just found it there); of a
 * series, about the occurrence `isTheOne` picks (the one the message's key names).
 */
export function sendAboutAgendaItem(
  state: WorkspaceState,
  number: number | null,
  isTheOne: (item: AgendaItem) => boolean,
  text: (item: AgendaItem) => RichText,
): Prepared {
  const item = state.agenda.find((candidate) => candidate.number === number && isTheOne(candidate))!
  return {
    action: 'send',
    text: text(item),
    announces: [{ number: item.number, snapshot: agendaItemSnapshot(item) }],
  }
}

/** Sends `text` about draft `number` of the state (re-derivation has just found it there). */
export function sendAboutDraft(
  state: WorkspaceState,
  number: number | null,
  text: (draft: ContentDraft) => RichText,
): Prepared {
  const draft = state.drafts.find((candidate) => candidate.number === number)!
  return {
    action: 'send',
    text: text(draft),
    announces: [{ number: draft.number, snapshot: draftSnapshot(draft) }],
  }
}
