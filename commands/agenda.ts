import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { clashCheckDays, findClashes } from '../src/domain/agenda/clashes.js'
import { agendaByDay } from '../src/domain/agenda/days.js'
import { cancelOccurrence, cancelSeries, detachOccurrence } from '../src/domain/agenda/occurrence-service.js'
import { agendaDetails, agendaLine } from '../src/domain/agenda/present.js'
import { clashWarning } from '../src/domain/agenda/present-clashes.js'
import { getAgendaItem, listAgendaBetween } from '../src/domain/agenda/queries.js'
import { readEdit, readSubmission } from '../src/domain/agenda/read-form.js'
import { exampleDate, readOccurrenceChoice } from '../src/domain/agenda/read-occurrence.js'
import { nextOccurrenceDate, seriesFirstDay } from '../src/domain/agenda/recurrence.js'
import { recurrenceText } from '../src/domain/agenda/recurrence-text.js'
import { addAgendaItem, cancelAgendaItem, editAgendaItem } from '../src/domain/agenda/service.js'
import type { AgendaItem, LocalDate } from '../src/domain/agenda/types.js'
import { HOLIDAYS_KNOWN_UNTIL } from '../src/domain/commemorations/public-holidays.js'
import { missingItemError } from '../src/domain/numbers/item-kind.js'
import { UserError } from '../src/errors.js'
import { readItemNumber } from '../src/input/item-number.js'
import { whenUserError } from '../src/input/when-error.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { bold, type Inline, list, paragraph, type RichText } from '../src/text/rich-text.js'
import { addDays } from '../src/time/calendar.js'
import { formatClock, formatDate, formatDateSpan, localDateOf } from '../src/time/format.js'
import { parsePeriod } from '../src/time/parse-period.js'
import type { When } from '../src/time/parse-when.js'
import { itemNumber, optionalText } from './args.js'

/** A list never shows more than this many items; the rest are counted ("dan 12 lainnya"). */
const LIST_LIMIT = 30
const UPCOMING_DAYS = 7

const readContext = (ctx: WorkspaceContext) => ({
  now: ctx.now,
  zone: ctx.workspace.timezone,
  lang: ctx.lang,
})

const presentOptions = (ctx: WorkspaceContext) => ({
  lang: ctx.lang,
  zone: ctx.workspace.timezone,
  now: ctx.now,
})

/** The words after the item number: `/agenda ubah 12 Tempat: Aula` → `Tempat: Aula`. */
const afterNumber = (rest: string) => rest.replace(/^\s*\S+\s*/, '')

/** `Arsip: ya` writes history, which is the coordinator's to keep. */
function refuseArchiveUnlessCoordinator(ctx: WorkspaceContext, archive: boolean): void {
  if (archive && ctx.actor.membership?.role !== 'koordinator') {
    throw new UserError('agenda.error.archive_coordinator')
  }
}

/** What a confirmation repeats: the item in full, kept keys, a check of an early hour, how to fix it. */
function confirmation(
  ctx: WorkspaceContext,
  heading: 'agenda.added' | 'agenda.edited',
  item: AgendaItem,
  when: When | undefined,
  keptKeys: readonly string[],
  archive: boolean,
): RichText {
  const timed = when?.kind === 'time' ? when : undefined
  const blocks: RichText = [
    ...translateBlocks(ctx.lang, heading, { number: item.number }),
    ...agendaDetails(item, { ...presentOptions(ctx), untilDone: timed?.untilDone ?? false }),
  ]
  if (keptKeys.length > 0)
    blocks.push(...translateBlocks(ctx.lang, 'agenda.kept_keys', { keys: keptKeys.join(', ') }))
  if (archive) blocks.push(...translateBlocks(ctx.lang, 'agenda.archived_note'))
  const recurrence = item.recurrence
  if (recurrence?.skipHolidays && (recurrence.until === null || recurrence.until > HOLIDAYS_KNOWN_UNTIL))
    blocks.push(
      ...translateBlocks(ctx.lang, 'agenda.recur.holidays_known_until', {
        date: formatDate(HOLIDAYS_KNOWN_UNTIL, ctx.lang),
      }),
    )
  if (timed?.earlyHourUnqualified) {
    const clock = formatClock(timed.start, timed.statedZone, ctx.lang)
    blocks.push(
      ...translateBlocks(ctx.lang, 'agenda.check_early_hour', {
        time: clock,
        number: item.number,
        suggestion: `${clock} sore`,
      }),
    )
  }
  blocks.push(...translateBlocks(ctx.lang, 'agenda.fix_hint', { number: item.number }))
  return blocks
}

/**
 * Other agencies' items at the same time and place, or with the same official: a warning, never a
 * refusal. A series is checked on its dates of the coming weeks, and the warning says up to when.
 */
async function clashesOf(ctx: WorkspaceContext, item: AgendaItem): Promise<RichText> {
  const zone = ctx.workspace.timezone
  const today = localDateOf(ctx.now, zone)
  const clashes = await findClashes(ctx.db, item, zone, today)
  const checkedUntil = item.recurrence ? clashCheckDays(item, zone, today).last : undefined
  return clashWarning(clashes, item.number, presentOptions(ctx), checkedUntil)
}

/** An edit that may bring a new clash: the time, the place or the officials changed. */
const moved = (before: AgendaItem, after: AgendaItem) =>
  JSON.stringify([before.time, before.location, before.officials]) !==
  JSON.stringify([after.time, after.location, after.officials])

/**
 * Items grouped under each day they happen on (unless the list is of one day), at most LIST_LIMIT
 * lines, with a count of the rest.
 */
function agendaList(
  ctx: WorkspaceContext,
  heading: RichText,
  items: readonly AgendaItem[],
  from: LocalDate,
  to: LocalDate,
): RichText {
  const entries = agendaByDay(items, ctx.workspace.timezone, from, to)
  const shown = entries.slice(0, LIST_LIMIT)
  const blocks: RichText = [...heading]
  let day: LocalDate | undefined
  let lines: Inline[][] = []
  const flush = () => {
    if (lines.length > 0) blocks.push(list(lines))
    lines = []
  }
  for (const { day: itemDay, item } of shown) {
    if (itemDay !== day && from !== to) {
      flush()
      day = itemDay
      blocks.push(paragraph(bold(formatDate(itemDay, ctx.lang))))
    }
    lines.push(agendaLine(item, presentOptions(ctx)))
  }
  flush()
  if (entries.length > shown.length) {
    blocks.push(...translateBlocks(ctx.lang, 'agenda.list.more', { count: entries.length - shown.length }))
  }
  blocks.push(...translateBlocks(ctx.lang, 'agenda.list.hint', { number: shown[0]!.item.number }))
  return blocks
}

async function showDetails(ctx: WorkspaceContext, number: number) {
  const item = await getAgendaItem(ctx.db, ctx.workspace.id, number)
  if (!item) throw await missingItemError(ctx.db, ctx.workspace.id, number, 'agenda')
  return reply(agendaDetails(item, presentOptions(ctx)))
}

async function showPeriod(ctx: WorkspaceContext, text: string) {
  const zone = ctx.workspace.timezone
  let from: LocalDate
  let to: LocalDate
  let heading: RichText
  let empty: RichText
  if (!text) {
    from = localDateOf(ctx.now, zone)
    to = addDays(from, UPCOMING_DAYS - 1)
    heading = translateBlocks(ctx.lang, 'agenda.list.upcoming', {
      from: formatDate(from, ctx.lang),
      to: formatDate(to, ctx.lang),
    })
    empty = translateBlocks(ctx.lang, 'agenda.list.empty_upcoming')
  } else {
    const period = parsePeriod(text, ctx.now, zone)
    if (!period.ok) {
      if (period.error.code === 'not_understood' || period.error.code === 'missing') {
        throw new UserError('agenda.error.period', { text })
      }
      throw whenUserError('agenda.when', period.error, ctx.lang)
    }
    from = period.from
    to = period.to
    const label = formatDateSpan(from, to, ctx.lang)
    heading = translateBlocks(ctx.lang, 'agenda.list.period', { period: label })
    empty = translateBlocks(ctx.lang, 'agenda.list.empty_period', { period: label })
  }
  const items = await listAgendaBetween(ctx.db, ctx.workspace.id, from, to, zone)
  return reply(items.length === 0 ? empty : agendaList(ctx, heading, items, from, to))
}

/** A series (a recurring item not cancelled) with this number, for the commands that pick one of its dates. */
async function seriesOf(ctx: WorkspaceContext, number: number): Promise<AgendaItem | undefined> {
  const item = await getAgendaItem(ctx.db, ctx.workspace.id, number)
  return item?.recurrence && item.status === 'terjadwal' ? item : undefined
}

/** `8 Desember`: a date of the series to show in examples, its next one if it has one. */
function seriesExample(ctx: WorkspaceContext, series: AgendaItem): string {
  return exampleDate(nextOccurrenceDate(series, ctx.now) ?? seriesFirstDay(series), ctx.lang)
}

/** `/agenda batal 12 …` on a series: one date, all of it, or the question which. */
async function cancelInSeries(ctx: WorkspaceContext, series: AgendaItem, text: string) {
  const example = seriesExample(ctx, series)
  const { number } = series
  const today = localDateOf(ctx.now, ctx.workspace.timezone)
  const choice = readOccurrenceChoice(text, today, { number, example })
  if (!choice) {
    const rule = recurrenceText(series.recurrence!, ctx.lang)
    return reply(translateBlocks(ctx.lang, 'agenda.recur.cancel_which', { number, rule, example }))
  }
  const reason = choice.rest || undefined
  if (choice.kind === 'all') {
    const done = await cancelSeries(ctx.db, changeOf(ctx), ctx.actor.membership, number, reason, ctx.lang)
    const heading =
      done.kind === 'cancelled'
        ? translateBlocks(ctx.lang, 'agenda.cancelled', { number })
        : translateBlocks(ctx.lang, 'agenda.recur.series_ended', {
            number,
            from: formatDate(done.from, ctx.lang),
            past: done.past,
          })
    const { detachedCancelled } = done
    const detachedNote =
      detachedCancelled.length > 0
        ? translateBlocks(ctx.lang, 'agenda.recur.detached_cancelled', {
            count: detachedCancelled.length,
            numbers: detachedCancelled.map((detached) => `#${detached}`).join(', '),
          })
        : []
    return reply([...heading, ...detachedNote, ...agendaDetails(done.series, presentOptions(ctx))])
  }
  const after = await cancelOccurrence(
    ctx.db,
    changeOf(ctx),
    ctx.actor.membership,
    number,
    choice.date,
    reason,
    ctx.lang,
  )
  return reply([
    ...translateBlocks(ctx.lang, 'agenda.recur.occurrence_cancelled', {
      number,
      date: formatDate(choice.date, ctx.lang),
    }),
    ...agendaDetails(after, presentOptions(ctx)),
  ])
}

export default defineCommand({
  name: 'agenda',
  aliases: ['events'],
  summary: 'help.agenda.summary',
  help: 'help.agenda.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.agenda',
    read: (input) => ({ text: input.rest }),
    args: z.object({ text: z.string().trim() }),
    async run(ctx, { text }) {
      const number = readItemNumber(text)
      return number === undefined ? showPeriod(ctx, text) : showDetails(ctx, number)
    },
  }),
  subcommands: {
    tambah: {
      aliases: ['add'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.agenda.tambah',
        read: (input) => ({ firstLine: input.rest, lines: input.bodyLines }),
        args: z.object({ firstLine: z.string(), lines: z.array(z.string()) }),
        async run(ctx, { firstLine, lines }) {
          const submission = readSubmission(firstLine, lines, readContext(ctx))
          refuseArchiveUnlessCoordinator(ctx, submission.archive)
          const item = await addAgendaItem(ctx.db, changeOf(ctx), ctx.actor.membership, submission.item)
          const { when, keptKeys, archive } = submission
          return reply([
            ...confirmation(ctx, 'agenda.added', item, when, keptKeys, archive),
            ...(await clashesOf(ctx, item)),
          ])
        },
      }),
    },
    ubah: {
      aliases: ['edit'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.agenda.ubah',
        // `/agenda ubah 12 Tempat: Aula`: after the number, the rest of the first line is the first key.
        read: (input) => ({ number: input.tokens[0], lines: [afterNumber(input.rest), ...input.bodyLines] }),
        args: z.object({ number: itemNumber, lines: z.array(z.string()) }),
        async run(ctx, { number, lines }) {
          const series = await seriesOf(ctx, number)
          const [first = '', ...more] = lines
          const today = localDateOf(ctx.now, ctx.workspace.timezone)
          const example = series ? seriesExample(ctx, series) : ''
          const choice = series ? readOccurrenceChoice(first, today, { number, example }) : undefined
          if (choice?.kind === 'date') {
            const plan = readEdit(number, [choice.rest, ...more], readContext(ctx))
            refuseArchiveUnlessCoordinator(ctx, plan.archive)
            let when: When | undefined
            const { occurrence, detached } = await detachOccurrence(
              ctx.db,
              changeOf(ctx),
              ctx.actor.membership,
              number,
              choice.date,
              (occurrence) => {
                const built = plan.build(occurrence)
                when = built.when
                return built.patch
              },
              ctx.lang,
            )
            return reply([
              ...translateBlocks(ctx.lang, 'agenda.recur.detached', {
                number,
                date: formatDate(choice.date, ctx.lang),
                detached: detached.number,
              }),
              ...confirmation(ctx, 'agenda.edited', detached, when, plan.keptKeys, plan.archive),
              ...(moved(occurrence, detached) ? await clashesOf(ctx, detached) : []),
            ])
          }
          const plan = readEdit(number, lines, readContext(ctx))
          if (series && plan.movesDate) throw new UserError('agenda.recur.edit_date', { number, example })
          refuseArchiveUnlessCoordinator(ctx, plan.archive)
          let when: When | undefined
          const { before, after } = await editAgendaItem(
            ctx.db,
            changeOf(ctx),
            ctx.actor.membership,
            number,
            (current) => {
              const built = plan.build(current)
              when = built.when
              return built.patch
            },
          )
          return reply([
            ...confirmation(ctx, 'agenda.edited', after, when, plan.keptKeys, plan.archive),
            ...(moved(before, after) ? await clashesOf(ctx, after) : []),
          ])
        },
      }),
    },
    batal: {
      aliases: ['cancel'],
      action: workspaceAction({
        allowed: 'agency',
        mutates: true,
        usage: 'usage.agenda.batal',
        read: (input) => ({
          number: input.tokens[0],
          reason: [afterNumber(input.rest), ...input.bodyLines].join('\n').trim(),
        }),
        args: z.object({ number: itemNumber, reason: optionalText(500) }),
        async run(ctx, { number, reason }) {
          const series = await seriesOf(ctx, number)
          if (series) return cancelInSeries(ctx, series, reason ?? '')
          const item = await cancelAgendaItem(ctx.db, changeOf(ctx), ctx.actor.membership, number, reason)
          return reply([
            ...translateBlocks(ctx.lang, 'agenda.cancelled', { number: item.number }),
            ...agendaDetails(item, presentOptions(ctx)),
          ])
        },
      }),
    },
  },
})
