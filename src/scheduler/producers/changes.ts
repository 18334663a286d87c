import { changeKey } from '../outbox/keys.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { changeBetween, snapshotEnd } from './snapshots.js'
import type { WorkspaceState } from './state.js'
import { type DeriveWindow, endOfDay } from './window.js'

/** A change notice not delivered within this long after the change is dropped. */
const CHANGE_LIFE_MS = 24 * 3600_000

/**
 * "Perubahan" notices (SPEC §3): for every active group that was told about an item (a brief or a
 * reminder mentioned it), when the item now has another time or place or is cancelled. One notice per
 * chat and state of the item: a second edit before it goes out replaces it (its key holds the item's
 * `updated_at`), and once it is sent the chat's snapshot is the new state, so nothing repeats. Items
 * whose old and new times have both passed get no notice.
 */
export function deriveChangeNotices(state: WorkspaceState, window: DeriveWindow): PlannedMessage[] {
  const { now, workspace } = state
  const zone = workspace.timezone
  const groups = new Set(state.groups.map((chat) => chat.id))
  const dayEnd = (date: string) => endOfDay(date, zone)
  const messages: PlannedMessage[] = []
  for (const item of state.announced) {
    if (!groups.has(item.chatId)) continue
    const change = changeBetween(item.before, item.after)
    if (!change) continue
    const ends = [
      snapshotEnd(item.before, dayEnd),
      change.cancelled ? undefined : snapshotEnd(item.after, dayEnd),
    ]
    if (!ends.some((end) => end && end.getTime() > now.getTime())) continue
    const dueAt = item.updatedAt
    const expiresAt = new Date(dueAt.getTime() + CHANGE_LIFE_MS)
    if (dueAt.getTime() > window.to.getTime()) continue
    messages.push({
      key: changeKey(workspace.id, item.before.subject, item.number, item.chatId, item.updatedAt),
      kind: 'change',
      workspaceId: workspace.id,
      chatId: item.chatId,
      subjectNumber: item.number,
      payload: { subject: item.before.subject, number: item.number, before: item.before, after: item.after },
      dueAt,
      expiresAt,
    })
  }
  return messages
}
