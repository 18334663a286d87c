/**
 * The weekly nudge (SPEC §3) into every active group: Friday 14.00 in the workspace zone, naming the
 * agencies with nothing on next week's calendar, worked out when it is sent (with nobody to name it is
 * not sent). Expires at the end of that Friday.
 */
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from '../../db/database.js'
import { listAgendaBetween } from '../../domain/agenda/queries.js'
import { instantsOfDays } from '../../domain/agenda/types.js'
import { listContentBetween } from '../../domain/content/queries.js'
import type { Language } from '../../text/catalog/index.js'
import { bold, type Inline, list, type RichText } from '../../text/rich-text.js'
import { addDays, type LocalDate, localDateOf } from '../../time/calendar.js'
import { formatDateSpan } from '../../time/format.js'
import { line } from '../messages/texts.js'
import type { PlannedMessage } from '../outbox/planned.js'
import { weeklyRuns } from '../producers/recurrence.js'
import { endOfDay } from '../producers/window.js'
import { type DerivedKind, localDateField } from './kind.js'

const NUDGE_AT = '14:00'
const NUDGE_DAYS = [5]
/** Lines of agencies a nudge names before counting the rest. */
const NUDGE_AGENCIES_MAX = 40

/** The nudge about the week starting `monday`. */
export const nudgeKey = (chatId: number, monday: LocalDate) => `nudge:${chatId}:${monday}`

const nudgePayload = z.object({ monday: localDateField })
type NudgePayload = z.infer<typeof nudgePayload>

export const nudge: DerivedKind<'nudge', NudgePayload> = {
  name: 'nudge',
  source: 'derived',
  payload: nudgePayload,
  bulk: true,
  audience: 'workspace groups',
  catchUp: false,
  scope: (chatId) => ({ chatId, need: [] }),
  derive(state, window) {
    const zone = state.workspace.timezone
    const messages: PlannedMessage<'nudge', NudgePayload>[] = []
    for (const chat of state.groups) {
      for (const run of weeklyRuns(NUDGE_AT, NUDGE_DAYS, zone, window.from, window.to)) {
        const friday = localDateOf(run, zone)
        const monday = addDays(friday, 3)
        messages.push({
          key: nudgeKey(chat.id, monday),
          kind: 'nudge',
          workspaceId: state.workspace.id,
          chatId: chat.id,
          subjectNumber: null,
          payload: { monday },
          dueAt: run,
          expiresAt: endOfDay(friday, zone),
        })
      }
    }
    return messages
  },
  async render(db, state, message, options) {
    const { monday } = message.payload
    const missing = await agenciesWithNothingBetween(db, state.workspace, monday, addDays(monday, 6))
    if (missing.length === 0)
      return { action: 'skip', reason: 'skipped: every agency has something next week' }
    return { action: 'send', text: nudgeText(monday, missing, options.lang), announces: [] }
  },
}

/** Active agencies with no agenda item (not cancelled) and no draft (not withdrawn or rejected) in the days. */
async function agenciesWithNothingBetween(
  db: Kysely<Database>,
  workspace: { readonly id: number; readonly timezone: string },
  from: LocalDate,
  to: LocalDate,
): Promise<{ code: string; name: string }[]> {
  const zone = workspace.timezone
  const agenda = await listAgendaBetween(db, workspace.id, from, to, zone, { includeCancelled: false })
  const { start, end } = instantsOfDays(from, to, zone)
  const content = await listContentBetween(db, workspace.id, start, end, { drafts: 'all' })
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

/** Next week's dates and the agencies with nothing on them. */
function nudgeText(
  monday: LocalDate,
  missing: readonly { code: string; name: string }[],
  lang: Language,
): RichText {
  const shown = missing.slice(0, NUDGE_AGENCIES_MAX)
  const text: RichText = [
    line(lang, 'scheduler.nudge_title', { period: formatDateSpan(monday, addDays(monday, 6), lang) }),
    line(lang, 'scheduler.nudge_missing', { count: missing.length }),
    list(shown.map((agency): Inline[] => [bold(agency.code), ` — ${agency.name}`])),
  ]
  if (missing.length > shown.length)
    text.push(line(lang, 'scheduler.nudge_more', { count: missing.length - shown.length }))
  text.push(line(lang, 'scheduler.nudge_hint'))
  return text
}
