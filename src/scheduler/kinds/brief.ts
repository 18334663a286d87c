/**
 * The morning brief (SPEC §3) of each active group whose brief is on, at its `brief_at` on its
 * `brief_days` in the workspace zone. Its text is composed when it is sent, so it shows the day as it is
 * then; on Mondays a group with `/brief gambar hidup` gets the week's picture instead.
 */
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from '../../db/database.js'
import { listAgendaBetween } from '../../domain/agenda/queries.js'
import { instantsOfDays } from '../../domain/agenda/types.js'
import { composeBrief } from '../../domain/briefs/compose.js'
import { weekAheadOf } from '../../domain/briefs/week-ahead.js'
import { formatPeriod, weekInView } from '../../domain/calendar/period.js'
import { calendarPictureFiles } from '../../domain/calendar/picture-files.js'
import { listContentBetween } from '../../domain/content/queries.js'
import { translateBlocks } from '../../text/catalog/index.js'
import { type LocalDate, localDateOf, weekdayOf } from '../../time/calendar.js'
import { formatDate } from '../../time/format.js'
import type { TextOptions } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { weeklyRuns } from '../producers/recurrence.js'
import { agendaItemSnapshot, draftSnapshot } from '../producers/snapshots.js'
import type { WorkspaceState } from '../producers/state.js'
import { endOfDay } from '../producers/window.js'
import type { Announced, DerivedKind, Prepared } from './kind.js'
import { localDateField } from './kind.js'

/** At most one brief per chat and local day. */
export const briefKey = (chatId: number, date: LocalDate) => `brief:${chatId}:${date}`

const briefPayload = z.object({ localDate: localDateField })
type BriefPayload = z.infer<typeof briefPayload>

/** The end of its local day: after downtime a brief goes out late the same day, never the next. */
const briefExpiry = (localDate: LocalDate, zone: string) => endOfDay(localDate, zone)

export const brief: DerivedKind<'brief', BriefPayload> = {
  name: 'brief',
  source: 'derived',
  payload: briefPayload,
  bulk: true,
  audience: 'workspace groups',
  catchUp: false,
  scope: (chatId) => ({ chatId, need: [] }),
  derive(state, window) {
    const zone = state.workspace.timezone
    const messages: PlannedMessage<'brief', BriefPayload>[] = []
    for (const chat of state.groups) {
      if (!chat.briefEnabled) continue
      for (const run of weeklyRuns(chat.briefAt, chat.briefDays, zone, window.from, window.to)) {
        const localDate = localDateOf(run, zone)
        messages.push({
          key: briefKey(chat.id, localDate),
          kind: 'brief',
          workspaceId: state.workspace.id,
          chatId: chat.id,
          subjectNumber: null,
          payload: { localDate },
          dueAt: run,
          expiresAt: briefExpiry(localDate, zone),
        })
      }
    }
    return messages
  },
  render: (db, state, message, options) =>
    renderBrief(db, state, message.chatId, message.payload.localDate, options),
}

/**
 * The brief as `/brief` shows it in a group: guests read along there, so drafts waiting for review show
 * only as a count (SPEC §1). The items in its agenda and content sections, and on a weekend those of the
 * coming week, count as announced to the chat: a change to Monday's item seen on Sunday gets a notice.
 */
async function renderBrief(
  db: Kysely<Database>,
  state: WorkspaceState,
  chatId: number,
  localDate: LocalDate,
  options: TextOptions,
): Promise<Prepared> {
  const { workspace } = state
  const zone = workspace.timezone
  const chat = state.groups.find((group) => group.id === chatId)
  const week =
    chat?.briefImage && weekdayOf(localDate) === MONDAY
      ? await weekPicture(db, state, localDate, options)
      : []
  const text =
    week.length > 0 ? [] : await composeBrief(db, { workspace, localDate, viewer: 'group', now: options.now })
  const agenda = await listAgendaBetween(db, workspace.id, localDate, localDate, zone, {
    includeCancelled: false,
  })
  const { start, end } = instantsOfDays(localDate, localDate, zone)
  const content = await listContentBetween(db, workspace.id, start, end, { drafts: 'none' })
  const weekAhead = await weekAheadOf(db, workspace, localDate, 'group')
  const weekEntries = weekAhead?.days.flatMap((day) => day.entries) ?? []
  const announced: Announced[] = [
    ...agenda.map((item) => ({ number: item.number, snapshot: agendaItemSnapshot(item) })),
    ...content.map((draft) => ({ number: draft.number, snapshot: draftSnapshot(draft) })),
    ...weekEntries.map((entry) =>
      entry.kind === 'agenda'
        ? { number: entry.item.number, snapshot: agendaItemSnapshot(entry.item) }
        : { number: entry.draft.number, snapshot: draftSnapshot(entry.draft) },
    ),
  ]
  // An event running from Saturday into Monday is in both lists; the chat was told about it once.
  const announces = [...new Map(announced.map((item) => [item.number, item])).values()]
  return { action: 'send', text, announces, ...(week.length > 0 ? { files: week } : {}) }
}

const MONDAY = 1

/**
 * Monday's brief with `/brief gambar hidup`: the week as the group sees it on `/kalender gambar`, captioned
 * with the brief's date and how to get the full text; none when the week is empty (the text brief goes).
 */
async function weekPicture(
  db: Kysely<Database>,
  state: WorkspaceState,
  monday: LocalDate,
  options: TextOptions,
) {
  const { workspace } = state
  const lang = workspace.language
  const period = weekInView(monday)
  const caption = translateBlocks(lang, 'picture.brief_caption', {
    date: formatDate(monday, lang),
    name: workspace.name,
  })
  const periodLabel = formatPeriod(period, lang)
  return calendarPictureFiles(db, workspace, {
    period,
    periodLabel,
    viewer: 'group',
    now: options.now,
    caption,
  })
}
