/**
 * "Saatnya tayang" (SPEC §3): at the planned time of an approved draft, into every active group, with
 * how to report it published. Approving, rescheduling or withdrawing the draft changes whether and when.
 */
import { z } from 'zod'
import { draftLine } from '../../domain/content/present.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { endOfDayOrAfter, inWindow } from '../producers/window.js'
import { sendAboutDraft, toEachGroup } from './about-items.js'
import { type DerivedKind, instantField, itemNumberField, itemScope } from './kind.js'

/** Stays worth sending until the end of the planned day, and at least this long. */
const CONTENT_DUE_MIN_LIFE_MS = 3 * 3600_000

export const contentDueKey = (workspaceId: number, number: number, plannedAt: Date, chatId: number) =>
  `w${workspaceId}:konten#${number}:due:${plannedAt.toISOString()}:c${chatId}`

const contentDuePayload = z.object({ number: itemNumberField, plannedAt: instantField })
type ContentDuePayload = z.infer<typeof contentDuePayload>

export const contentDue: DerivedKind<'content_due', ContentDuePayload> = {
  name: 'content_due',
  source: 'derived',
  payload: contentDuePayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('drafts'),
  derive(state, window) {
    const { workspace } = state
    const messages: PlannedMessage<'content_due', ContentDuePayload>[] = []
    for (const draft of state.drafts) {
      const plannedAt = draft.plannedAt
      if (draft.status !== 'disetujui' || !plannedAt || !inWindow(plannedAt, window)) continue
      messages.push(
        ...toEachGroup(state, {
          key: (chatId) => contentDueKey(workspace.id, draft.number, plannedAt, chatId),
          kind: 'content_due',
          number: draft.number,
          payload: { number: draft.number, plannedAt: plannedAt.toISOString() },
          dueAt: plannedAt,
          expiresAt: endOfDayOrAfter(plannedAt, workspace.timezone, CONTENT_DUE_MIN_LIFE_MS),
        }),
      )
    }
    return messages
  },
  render: (_db, state, message, options) =>
    sendAboutDraft(state, message.subjectNumber, (draft) => contentDueText(draft, options)),
}

/** "Saatnya tayang #14", the draft's line, and how to report it published. */
function contentDueText(draft: ContentDraft, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.content_due', { number: draft.number }),
    paragraph(...draftLine(draft, options)),
    line(lang, 'scheduler.content_due_report', { number: draft.number }),
  ]
}
