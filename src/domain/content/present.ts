import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import { type Language, type MessageKey, translate, translatePlain } from '../../text/catalog/index.js'
import {
  bold,
  type Inline,
  italic,
  link,
  list,
  mention,
  paragraph,
  type RichText,
} from '../../text/rich-text.js'
import { shorten } from '../../text/shorten.js'
import type { TemplateParams } from '../../text/template.js'
import { formatDateTime, formatDayMonth, formatTime, localDateOf } from '../../time/format.js'
import type { Platform } from '../../vocabulary.js'
import { identityOn } from '../people/identities.js'
import type { DraftStatusError } from './service.js'
import type { ContentDraft, ContentReview, ContentStatus, SocialPlatform } from './types.js'

/** How a draft is shown: in the workspace zone and language. */
export interface ShowOptions {
  readonly zone: string
  readonly lang: Language
}

/** `disetujui`, `perlu revisi` / `approved`, `revision requested`. */
export function statusName(status: ContentStatus, lang: Language): string {
  return translatePlain(lang, `content.status.${status}`)
}

/** `Instagram, Facebook`. */
export function platformNames(platforms: readonly SocialPlatform[], lang: Language): string {
  return platforms.map((p) => translatePlain(lang, `content.platform.${p}`)).join(', ')
}

/** `Sen 12/1 09.00 WIB` for lists; `belum dijadwalkan` when there is no planned time. */
export function plannedShort(plannedAt: Date | null, { zone, lang }: ShowOptions): string {
  if (!plannedAt) return translatePlain(lang, 'content.unscheduled')
  return `${formatDayMonth(localDateOf(plannedAt, zone), lang)} ${formatTime(plannedAt, zone, lang)}`
}

/**
 * One line per draft for lists, the calendar and the brief:
 * `#14 Infografis imunisasi — DINKES · Sen 12/1 09.00 WIB · Instagram, Facebook`, with the status
 * when asked (lists that mix statuses).
 */
export function draftLine(draft: ContentDraft, options: ShowOptions & { withStatus?: boolean }): Inline[] {
  const parts = [draft.agencyCode, plannedShort(draft.plannedAt, options)]
  if (draft.platforms.length > 0) parts.push(platformNames(draft.platforms, options.lang))
  // A clarification of an issue is urgent: marked so that it stands out in the review queue.
  const urgent = draft.issueNumber !== null ? [`🚨 `] : []
  const line: Inline[] = [...urgent, `#${draft.number} `, bold(draft.title), ` — ${parts.join(' · ')}`]
  if (options.withStatus) line.push(' (', italic(statusName(draft.status, options.lang)), ')')
  return line
}

const BODY_PREVIEW = 300
/** History notes are shown on one line each. */
const NOTE_MAX = 200

/** The fields of a draft, one line each, as confirmations and details repeat them. */
export function draftFields(
  draft: ContentDraft,
  options: ShowOptions & { attachments: number; fullBody: boolean },
): RichText {
  const { lang, zone } = options
  const line = (key: MessageKey, params?: TemplateParams) => paragraph(...translate(lang, key, params))
  const blocks: RichText = [
    line('content.field.title', { title: bold(draft.title) }),
    line('content.field.agency', { code: draft.agencyCode, name: draft.agencyName }),
    draft.platforms.length > 0
      ? line('content.field.platforms', { platforms: platformNames(draft.platforms, lang) })
      : line('content.field.platforms_none'),
    draft.plannedAt
      ? line('content.field.planned', { when: formatDateTime(draft.plannedAt, zone, lang) })
      : line('content.field.planned_none'),
  ]
  if (draft.hashtags.length > 0)
    blocks.push(line('content.field.hashtags', { hashtags: draft.hashtags.join(' ') }))
  if (draft.keyMessage) {
    blocks.push(
      line('content.field.key_message', { number: draft.keyMessage.number, theme: draft.keyMessage.theme }),
    )
  }
  if (options.attachments > 0) blocks.push(line('content.field.attachments', { count: options.attachments }))
  if (draft.body) {
    const body =
      options.fullBody || draft.body.length <= BODY_PREVIEW ? draft.body : shorten(draft.body, BODY_PREVIEW)
    blocks.push(line('content.field.body'))
    for (const text of body.split('\n')) blocks.push(paragraph(text))
  } else {
    blocks.push(line('content.field.body_none'))
  }
  return blocks
}

/** A history note on one line, shortened: notes may be long or span lines. */
function noteText(note: string): string {
  const flat = note.replace(/\s*\n\s*/g, ' · ')
  return shorten(flat, NOTE_MAX)
}

/** `/konten 14`: everything about a draft — fields, status, links, history. */
export function draftDetails(
  draft: ContentDraft,
  extra: {
    history: { entries: readonly ContentReview[]; total: number }
    links: readonly string[]
    attachments: number
  },
  options: ShowOptions,
): RichText {
  const { lang, zone } = options
  const blocks: RichText = [
    paragraph(
      ...translate(lang, 'content.details_title', {
        number: draft.number,
        status: statusName(draft.status, lang),
      }),
    ),
    ...draftFields(draft, { ...options, attachments: extra.attachments, fullBody: true }),
  ]
  if (draft.publishedAt) {
    blocks.push(
      paragraph(
        ...translate(lang, 'content.field.published', {
          when: formatDateTime(draft.publishedAt, zone, lang),
        }),
      ),
    )
  }
  if (extra.links.length > 0) {
    blocks.push(paragraph(...translate(lang, 'content.links')))
    blocks.push(list(extra.links.map((url) => [link(url)])))
  }
  if (extra.history.entries.length > 0) {
    blocks.push(paragraph(...translate(lang, 'content.history')))
    const hidden = extra.history.total - extra.history.entries.length
    if (hidden > 0) blocks.push(paragraph(...translate(lang, 'content.history_more', { count: hidden })))
    blocks.push(
      list(
        extra.history.entries.map((entry) => {
          const when = `${formatDayMonth(localDateOf(entry.at, zone), lang)} ${formatTime(entry.at, zone, lang)}`
          const line = translate(lang, `content.history.${entry.action}`, { when, name: entry.actorName })
          // The links of a publication report are listed above; other notes are shown here.
          if (entry.note && entry.action !== 'terbit') line.push(': ', italic(noteText(entry.note)))
          return line
        }),
      ),
    )
  }
  return blocks
}

/** A status refusal as the user reads it, naming the status in their language. */
export function statusErrorMessage(error: DraftStatusError, lang: Language): UserError {
  return new UserError(`content.cannot.${error.event}`, {
    number: error.number,
    status: statusName(error.status, lang),
  })
}

/**
 * The person who submitted a draft, named so that the platform of this chat notifies them; their
 * bold name when they have no identity there (they wrote from the other platform only).
 */
export async function ownerMention(
  db: Kysely<Database>,
  draft: ContentDraft,
  platform: Platform,
): Promise<Inline> {
  const identity = await identityOn(db, draft.createdBy, platform)
  if (!identity) return bold(draft.creatorName)
  return mention({
    platform,
    externalId: identity.external_id,
    name: identity.display_name ?? draft.creatorName,
    ...(identity.username ? { username: identity.username } : {}),
  })
}

/**
 * What a group sees of drafts waiting for review (guests read along there, SPEC §1): how many, and
 * where to see them. Nothing when none wait.
 */
export function pendingPointer(waiting: number, lang: Language): RichText {
  return waiting > 0 ? [paragraph(...translate(lang, 'content.pending_pointer', { count: waiting }))] : []
}
