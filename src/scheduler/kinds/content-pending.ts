/**
 * "Besok tayang, belum disetujui" (SPEC §3): the day before a draft still waiting for review or revision
 * is planned, at the workspace's day-before time, into every active group. Expires at the planned time.
 */
import { z } from 'zod'
import { draftLine, statusName } from '../../domain/content/present.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { paragraph, type RichText } from '../../text/rich-text.js'
import { addDays, instantAt, type LocalDate, localDateOf } from '../../time/calendar.js'
import { line, type TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { inWindow, minutesOf } from '../producers/window.js'
import { sendAboutDraft, toEachGroup } from './about-items.js'
import { type DerivedKind, itemNumberField, itemScope, localDateField } from './kind.js'

/** The day-before time for drafts when the workspace has switched the agenda one off. */
const CONTENT_DAY_BEFORE_DEFAULT = '16:00'

/** `plannedDate` is the local date the draft is planned for. */
export const contentPendingKey = (
  workspaceId: number,
  number: number,
  plannedDate: LocalDate,
  chatId: number,
) => `w${workspaceId}:konten#${number}:pending:${plannedDate}:c${chatId}`

const contentPendingPayload = z.object({ number: itemNumberField, plannedDate: localDateField })
type ContentPendingPayload = z.infer<typeof contentPendingPayload>

export const contentPending: DerivedKind<'content_pending', ContentPendingPayload> = {
  name: 'content_pending',
  source: 'derived',
  payload: contentPendingPayload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('drafts'),
  derive(state, window) {
    const { workspace } = state
    const zone = workspace.timezone
    const dayBeforeAt = minutesOf(workspace.agendaDayBeforeAt ?? CONTENT_DAY_BEFORE_DEFAULT)
    const messages: PlannedMessage<'content_pending', ContentPendingPayload>[] = []
    for (const draft of state.drafts) {
      const plannedAt = draft.plannedAt
      if (!plannedAt || (draft.status !== 'diajukan' && draft.status !== 'revisi')) continue
      const plannedDate = localDateOf(plannedAt, zone)
      const due = instantAt(addDays(plannedDate, -1), dayBeforeAt, zone)
      if (due >= plannedAt || !inWindow(due, window)) continue
      messages.push(
        ...toEachGroup(state, {
          key: (chatId) => contentPendingKey(workspace.id, draft.number, plannedDate, chatId),
          kind: 'content_pending',
          number: draft.number,
          payload: { number: draft.number, plannedDate },
          dueAt: due,
          expiresAt: plannedAt,
        }),
      )
    }
    return messages
  },
  render: (_db, state, message, options) =>
    sendAboutDraft(state, message.subjectNumber, (draft) => contentPendingText(draft, options)),
}

/** "Besok tayang, belum disetujui", the draft's line, and what the coordinator can do. */
function contentPendingText(draft: ContentDraft, options: TextOptions): RichText {
  const { lang } = options
  return [
    line(lang, 'scheduler.content_pending', { status: statusName(draft.status, lang) }),
    paragraph(...draftLine(draft, options)),
    line(lang, 'scheduler.content_pending_hint', { number: draft.number }),
  ]
}
