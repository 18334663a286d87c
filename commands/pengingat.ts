import { z } from 'zod'
import { requireAccess } from '../src/chat/access.js'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { updateWorkspaceSettings } from '../src/domain/workspaces/settings.js'
import { UserError } from '../src/errors.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { type Block, list } from '../src/text/rich-text.js'
import { pad2 } from '../src/time/calendar.js'
import { isError } from '../src/time/scan.js'
import { scanTime } from '../src/time/scan-time.js'
import { zoneAbbreviation } from '../src/time/zones.js'

/** The schema's defaults, which `hidup` brings back. */
const DEFAULT_DAY_BEFORE_AT = '16:00'
const DEFAULT_MINUTES_BEFORE = 60

const OFF = new Set(['mati', 'off', 'nonaktif', 'matikan'])
const ON = new Set(['hidup', 'on', 'aktif', 'nyala', 'nyalakan', 'hidupkan'])
const MINUTES_NAMES = new Set(['menit', 'mnt', 'minutes', 'minute', 'sebelum', 'before'])

interface Offsets {
  agenda_day_before_at?: string | null
  agenda_minutes_before?: number | null
}

interface Shown {
  readonly dayBeforeAt: string | null
  readonly minutesBefore: number | null
}

export default defineCommand({
  name: 'pengingat',
  aliases: ['reminders'],
  summary: 'help.pengingat.summary',
  help: 'help.pengingat.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: (input) => input.rest.trim() !== '',
    usage: 'usage.pengingat',
    read: (input) => ({ rest: input.rest }),
    args: z.object({ rest: z.string().trim() }),
    async run(ctx, { rest }) {
      const current: Shown = {
        dayBeforeAt: ctx.workspace.agendaDayBeforeAt,
        minutesBefore: ctx.workspace.agendaMinutesBefore,
      }
      const setting = rest.replace(/^(agenda|events?|acara)(\s+|$)/i, '')
      if (!setting) {
        return reply([
          ...translateBlocks(ctx.lang, 'offsets.title'),
          describe(ctx, current),
          ...translateBlocks(ctx.lang, 'offsets.hint'),
        ])
      }
      await requireAccess('coordinator', ctx)
      const offsets = readOffsets(setting, ctx.workspace.timezone)
      const change = changeOf(ctx)
      await updateWorkspaceSettings(ctx.db, change, offsets)
      const now: Shown = {
        dayBeforeAt:
          offsets.agenda_day_before_at !== undefined ? offsets.agenda_day_before_at : current.dayBeforeAt,
        minutesBefore:
          offsets.agenda_minutes_before !== undefined ? offsets.agenda_minutes_before : current.minutesBefore,
      }
      return reply([...translateBlocks(ctx.lang, 'offsets.changed'), describe(ctx, now)])
    },
  }),
})

function describe(ctx: WorkspaceContext, offsets: Shown): Block {
  const zone = zoneAbbreviation(ctx.workspace.timezone, ctx.now)
  const dayBefore = offsets.dayBeforeAt
    ? ctx.t('offsets.day_before_on', { time: `${offsets.dayBeforeAt.replace(':', '.')} ${zone}` })
    : ctx.t('offsets.day_before_off')
  const minutes = offsets.minutesBefore
  let before = ctx.t('offsets.minutes_off')
  if (minutes) {
    const duration =
      minutes >= 120 && minutes % 60 === 0
        ? ctx.t('offsets.duration_hours', { n: minutes / 60 })
        : ctx.t('offsets.duration_minutes', { n: minutes })
    before = ctx.t('offsets.minutes_on', { duration })
  }
  return list([dayBefore, before])
}

/**
 * What a coordinator wrote after `/pengingat agenda`: `H-1 16.00`, `H-1 jam 4 sore`, `H-1 mati`,
 * `60 menit`, `2 jam`, `menit mati`, or `mati` / `hidup` for both.
 */
function readOffsets(written: string, zone: string): Offsets {
  const text = written.trim()
  const lower = text.toLowerCase()
  if (/^(konten|content)\b/.test(lower)) throw new UserError('offsets.only_agenda')
  if (OFF.has(lower)) return { agenda_day_before_at: null, agenda_minutes_before: null }
  if (ON.has(lower))
    return { agenda_day_before_at: DEFAULT_DAY_BEFORE_AT, agenda_minutes_before: DEFAULT_MINUTES_BEFORE }

  const dayBefore = /^[hd]\s*-\s*1(?!\d)\s*(.*)$/i.exec(text)
  if (dayBefore) {
    const tail = dayBefore[1]!.trim()
    if (!tail) throw new UserError('offsets.time_invalid', { text })
    if (OFF.has(tail.toLowerCase())) return { agenda_day_before_at: null }
    if (ON.has(tail.toLowerCase())) return { agenda_day_before_at: DEFAULT_DAY_BEFORE_AT }
    return { agenda_day_before_at: readClock(tail, zone) }
  }

  const [first = '', second = '', ...more] = lower.split(/\s+/)
  if (MINUTES_NAMES.has(first) && more.length === 0) {
    if (OFF.has(second)) return { agenda_minutes_before: null }
    if (ON.has(second)) return { agenda_minutes_before: DEFAULT_MINUTES_BEFORE }
  }

  const amount =
    /^(\d{1,4})\s*(menit|mnt|m|minutes?|mins?|jam|j|hours?|h)?(?:\s+(?:sebelum(?:nya)?|before))?$/i.exec(text)
  if (amount) {
    const unit = (amount[2] ?? 'menit').toLowerCase()
    const minutes = Number(amount[1]) * (/^(jam|j|hours?|h)$/.test(unit) ? 60 : 1)
    if (minutes < 5 || minutes > 1440) throw new UserError('offsets.minutes_range')
    return { agenda_minutes_before: minutes }
  }
  throw new UserError('offsets.not_understood', { text })
}

/** `16.00`, `16:00`, `16`, `jam 4 sore`, `pukul 16.00` → `16:00`; a zone other than the forum's is refused. */
function readClock(written: string, zone: string): string {
  const bareHour = /^(\d{1,2})$/.exec(written)
  if (bareHour) {
    const hour = Number(bareHour[1])
    if (hour > 23) throw new UserError('offsets.time_invalid', { text: written })
    return `${pad2(hour)}:00`
  }
  const scan = scanTime(written, 0)
  if (scan === null || isError(scan)) throw new UserError('offsets.time_invalid', { text: written })
  const { value, end } = scan
  if (written.slice(end).trim() || value.end || value.untilDone)
    throw new UserError('offsets.time_invalid', { text: written })
  if (value.zone && value.zone !== zone)
    throw new UserError('offsets.time_zone', { zone: zoneAbbreviation(zone) })
  if (value.start.minutes >= 1440) throw new UserError('offsets.time_invalid', { text: written })
  return `${pad2(Math.floor(value.start.minutes / 60))}:${pad2(value.start.minutes % 60)}`
}
