/**
 * The calendar of a period as PNG files ready to send (`/kalender gambar`, Monday's brief): the days as
 * the viewer may see them, laid out (picture.ts), drawn (src/render), the caption on the first page.
 */
import type { Kysely } from 'kysely'
import type { OutgoingFile } from '../../chat/types.js'
import type { Database } from '../../db/database.js'
import { renderer } from '../../render/renderer.js'
import type { RichText } from '../../text/rich-text.js'
import { instantsOfDays } from '../agenda/types.js'
import { commemorationsBetween } from '../commemorations/days.js'
import { listContentBetween } from '../content/queries.js'
import type { Workspace } from '../workspaces/workspaces.js'
import type { Period } from './period.js'
import { calendarPicture } from './picture.js'
import { calendarDays, type Viewer } from './view.js'

/** Drafts planned in the period that still wait for review (a group sees only how many). */
export async function draftsUnderReview(
  db: Kysely<Database>,
  workspace: Pick<Workspace, 'id' | 'timezone'>,
  period: Pick<Period, 'from' | 'to'>,
): Promise<number> {
  const { start, end } = instantsOfDays(period.from, period.to, workspace.timezone)
  const drafts = await listContentBetween(db, workspace.id, start, end, { drafts: 'all' })
  return drafts.filter((draft) => draft.status === 'diajukan').length
}

/** The pictures of a period's calendar, or none when nothing is on in it. */
export async function calendarPictureFiles(
  db: Kysely<Database>,
  workspace: Workspace,
  options: { period: Period; periodLabel: string; viewer: Viewer; now: Date; caption: RichText },
): Promise<OutgoingFile[]> {
  const { period, viewer } = options
  const days = await calendarDays(db, workspace, period, viewer)
  // Commemoration days alone make no picture: the words "nothing on" say more than a page of holidays.
  if (days.length === 0) return []
  const commemorations = await commemorationsBetween(db, workspace.id, period.from, period.to)
  const picture = calendarPicture(days, {
    lang: workspace.language,
    zone: workspace.timezone,
    now: options.now,
    forumName: workspace.name,
    period,
    periodLabel: options.periodLabel,
    draftsHidden: viewer === 'group' ? await draftsUnderReview(db, workspace, period) : 0,
    commemorations,
  })
  const pngs = await renderer.render({ kind: 'calendar', picture })
  const page = (index: number) => (pngs.length > 1 ? `-${index + 1}` : '')
  return pngs.map((content, index) => ({
    fileName: `kalender-${period.from}${page(index)}.png`,
    mimeType: 'image/png',
    content,
    ...(index === 0 ? { caption: options.caption } : {}),
  }))
}
