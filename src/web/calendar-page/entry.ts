import { agendaWhenText } from '../../domain/agenda/present.js'
import { type AgendaItem, shownStatus } from '../../domain/agenda/types.js'
import type { AmplificationRequest } from '../../domain/amplification/types.js'
import type { CalendarEntry } from '../../domain/calendar/view.js'
import { platformNames, statusName } from '../../domain/content/present.js'
import type { ContentDraft } from '../../domain/content/types.js'
import { type Language, type MessageKey, translatePlain } from '../../text/catalog/index.js'
import { shorten } from '../../text/shorten.js'
import type { TemplateParams } from '../../text/template.js'
import { formatClock, formatDateTime } from '../../time/format.js'
import { type Html, type HtmlValue, html } from '../html.js'

export interface EntryOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
  readonly links: ReadonlyMap<number, readonly string[]>
}

const BODY_PREVIEW = 600

function field(label: string, value: HtmlValue): Html {
  return html`<dt>${label}</dt><dd>${value}</dd>`
}

/** Only web addresses become links: a stored `javascript:` URL stays inert text. */
function safeLink(url: string): Html {
  return /^https?:\/\//i.test(url)
    ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${url}</a>`
    : html`${url}`
}

/** "ya, perlu liputan" until an agency claims it with /liput, then "ya, diliput DISKOMINFO". */
function coverageText(item: AgendaItem, t: (key: MessageKey, params?: TemplateParams) => string): string {
  if (!item.coverage) return t('web.page.coverage_no')
  return item.coveredBy ? t('web.page.covered', { agency: item.coveredBy }) : t('web.page.coverage_yes')
}

function agendaEntry(item: AgendaItem, options: EntryOptions): Html {
  const { lang, zone, now } = options
  const t = (key: MessageKey, params?: TemplateParams) => translatePlain(lang, key, params)
  const status = shownStatus(item, now, zone)
  const when = agendaWhenText(item, zone, lang)
  const time = item.time.allDay ? t('web.page.all_day') : formatClock(item.time.startsAt, zone, lang)
  return html`<details class="entry agenda s-${status}" data-number="${item.number}">
<summary><span class="time">${time}</span> <span class="title">${item.title}</span><span class="agency">${item.agencyCode}</span>${
    status === 'terjadwal' ? '' : html`<span class="status">${t(`agenda.status.${status}`)}</span>`
  }</summary>
<dl>
${field(t('web.page.field.date'), when.date)}
${field(t('web.page.field.time'), when.time)}
${item.location ? field(t('web.page.field.place'), item.location) : ''}
${field(t('web.page.field.agency'), `${item.agencyCode} — ${item.agencyName}`)}
${field(t('web.page.field.coverage'), coverageText(item, t))}
${item.notes ? field(t('web.page.field.notes'), item.notes) : ''}
${field(t('web.page.field.status'), t(`agenda.status.${status}`))}
${item.status === 'batal' && item.cancelReason ? field(t('web.page.field.reason'), item.cancelReason) : ''}
${field(t('web.page.field.number'), `#${item.number} · ${t('web.page.in_chat', { command: `/agenda ${item.number}` })}`)}
</dl>
</details>`
}

function contentEntry(draft: ContentDraft, options: EntryOptions): Html {
  const { lang, zone } = options
  const t = (key: MessageKey, params?: TemplateParams) => translatePlain(lang, key, params)
  const planned = draft.plannedAt!
  const links = options.links.get(draft.id) ?? []
  const body = shorten(draft.body, BODY_PREVIEW)
  return html`<details class="entry content s-${draft.status}" data-number="${draft.number}">
<summary><span class="time">${formatClock(planned, zone, lang)}</span> <span class="kind">${t('web.page.kind_content')}</span><span class="title">${draft.title}</span><span class="agency">${draft.agencyCode}</span><span class="status">${statusName(draft.status, lang)}</span></summary>
<dl>
${field(t('web.page.field.planned'), formatDateTime(planned, zone, lang))}
${draft.platforms.length > 0 ? field(t('web.page.field.platforms'), platformNames(draft.platforms, lang)) : ''}
${field(t('web.page.field.agency'), `${draft.agencyCode} — ${draft.agencyName}`)}
${field(t('web.page.field.status'), statusName(draft.status, lang))}
${draft.hashtags.length > 0 ? field(t('web.page.field.hashtags'), draft.hashtags.join(' ')) : ''}
${draft.keyMessage ? field(t('web.page.field.key_message'), `#${draft.keyMessage.number} ${draft.keyMessage.theme}`) : ''}
${
  links.length > 0
    ? field(
        t('web.page.field.links'),
        links.map((url, i) => html`${i > 0 ? html`<br>` : ''}${safeLink(url)}`),
      )
    : ''
}
${body ? field(t('web.page.field.body'), body) : ''}
${field(t('web.page.field.number'), `#${draft.number} · ${t('web.page.in_chat', { command: `/konten ${draft.number}` })}`)}
</dl>
</details>`
}

/** One agenda item or draft: a line that opens (without script) to show every detail. */
export function entryHtml(entry: CalendarEntry, options: EntryOptions): Html {
  return entry.kind === 'agenda' ? agendaEntry(entry.item, options) : contentEntry(entry.draft, options)
}

/** An amplification request on the day of its deadline: what to share and how to report. */
export function amplificationHtml(request: AmplificationRequest, options: EntryOptions): Html {
  const { lang, zone } = options
  const t = (key: MessageKey, params?: TemplateParams) => translatePlain(lang, key, params)
  return html`<details class="entry amplification s-${request.status}" data-number="${request.number}">
<summary><span class="time">${formatClock(request.deadlineAt, zone, lang)}</span> <span class="kind">${t('web.page.kind_amplification')}</span><span class="title">${request.title}</span>${
    request.status === 'terbuka'
      ? ''
      : html`<span class="status">${t(`web.page.amplification.${request.status}`)}</span>`
  }</summary>
<dl>
${field(t('web.page.field.deadline'), formatDateTime(request.deadlineAt, zone, lang))}
${
  request.links.length > 0
    ? field(
        t('web.page.field.share'),
        request.links.map((url, i) => html`${i > 0 ? html`<br>` : ''}${safeLink(url)}`),
      )
    : ''
}
${request.hashtags.length > 0 ? field(t('web.page.field.hashtags'), request.hashtags.join(' ')) : ''}
${request.notes ? field(t('web.page.field.notes'), request.notes) : ''}
${field(t('web.page.field.number'), `#${request.number} · ${t('web.page.in_chat', { command: `/sebar ${request.number}` })}`)}
</dl>
</details>`
}
