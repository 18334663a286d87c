import { formatPeriod } from '../../domain/calendar/period.js'
import { commemorationName } from '../../domain/commemorations/present.js'
import type { Language, MessageKey } from '../../text/catalog/index.js'
import { translatePlain } from '../../text/catalog/index.js'
import { plainText, type TemplateParams } from '../../text/template.js'
import { weekdayOf } from '../../time/calendar.js'
import { formatDate, formatDateTime, weekdayName } from '../../time/format.js'
import { zoneAbbreviation } from '../../time/zones.js'
import { type Html, html } from '../html.js'
import { documentPage } from '../pages.js'
import { amplificationHtml, type EntryOptions, entryHtml } from './entry.js'
import type { CalendarPageModel, PageDay } from './model.js'
import { type PageQuery, queryString } from './query.js'

const AGENDA_STATUSES = ['terjadwal', 'selesai', 'batal'] as const
const GUEST_CONTENT_STATUSES = ['disetujui', 'terbit'] as const
const ALL_CONTENT_STATUSES = ['diajukan', 'revisi', 'disetujui', 'terbit', 'ditolak'] as const

function dayHtml(day: PageDay, lang: Language, options: EntryOptions, compact: boolean): Html {
  const t = (key: MessageKey) => translatePlain(lang, key)
  const classes = [
    'day',
    'cell',
    day.isToday ? 'today' : '',
    day.inPeriod ? '' : 'out',
    day.entries.length + day.amplifications.length ? '' : 'empty',
  ]
    .filter(Boolean)
    .join(' ')
  // In the month grid a wide screen shows the day of the month only; a phone lists whole dates.
  const heading = compact
    ? html`<span class="full">${formatDate(day.date, lang)}</span><span class="short">${Number(day.date.slice(8))}</span>`
    : formatDate(day.date, lang)
  return html`<section class="${classes}" data-date="${day.date}">
<h3>${heading}${day.isToday ? html`<span class="badge-today">${t('web.page.today')}</span>` : ''}</h3>
${day.commemorations.length > 0 ? commemorationsHtml(day, lang) : ''}
${
  day.entries.length + day.amplifications.length > 0
    ? html`<ul class="entries">${day.entries.map((entry) => html`<li>${entryHtml(entry, options)}</li>`)}${day.amplifications.map(
        (request) => html`<li>${amplificationHtml(request, options)}</li>`,
      )}</ul>`
    : html`<p class="none">${t('web.page.nothing_day')}</p>`
}
</section>`
}

/** The day's national days, days off and forum days, each tagged as `/hari` tags it. */
function commemorationsHtml(day: PageDay, lang: Language): Html {
  return html`<ul class="commemorations">${day.commemorations.map(
    (entry) => html`<li class="k-${entry.kind}">${plainText(commemorationName(entry, lang))}</li>`,
  )}</ul>`
}

function controls(model: CalendarPageModel, lang: Language): Html {
  const t = (key: MessageKey) => translatePlain(lang, key)
  const { query, range, today } = model
  const week = query.view === 'minggu'
  const at = (change: Partial<PageQuery>) => queryString({ ...query, ...change })
  const tab = (view: PageQuery['view'], label: string) =>
    html`<a href="${at({ view, anchor: view === query.view ? query.anchor : range.periodFrom })}"${
      view === query.view ? html` aria-current="page"` : ''
    }>${label}</a>`
  return html`<nav class="controls" aria-label="${t('web.page.views')}">
<div class="tabs">${tab('minggu', t('web.page.view_week'))}${tab('bulan', t('web.page.view_month'))}</div>
<div class="periods">
<a href="${at({ anchor: range.prev })}" rel="prev">${t(week ? 'web.page.prev_week' : 'web.page.prev_month')}</a>
<a href="${at({ anchor: today })}">${t(week ? 'web.page.this_week' : 'web.page.this_month')}</a>
<a href="${at({ anchor: range.next })}" rel="next">${t(week ? 'web.page.next_week' : 'web.page.next_month')}</a>
</div>
<form class="filter" method="get">
<input type="hidden" name="tampilan" value="${query.view}">
<input type="hidden" name="tanggal" value="${query.anchor}">
<label for="instansi">${t('web.page.agency')}</label>
<select id="instansi" name="instansi">
<option value="">${t('web.page.all_agencies')}</option>
${model.agencies.map(
  (agency) =>
    html`<option value="${agency.code}"${model.agency?.id === agency.id ? html` selected` : ''}>${agency.code} — ${agency.name}</option>`,
)}
</select>
<button type="submit">${t('web.page.apply')}</button>
</form>
</nav>`
}

function legend(model: CalendarPageModel, lang: Language): Html {
  const contentStatuses = model.link.viewer === 'coordinator' ? ALL_CONTENT_STATUSES : GUEST_CONTENT_STATUSES
  return html`<p>${translatePlain(lang, 'web.page.legend')}:</p>
<ul class="legend">
${AGENDA_STATUSES.map(
  (status) =>
    html`<li class="agenda s-${status}">${translatePlain(lang, 'web.page.kind_agenda')}: ${translatePlain(lang, `agenda.status.${status}`)}</li>`,
)}
${contentStatuses.map(
  (status) =>
    html`<li class="content s-${status}">${translatePlain(lang, 'web.page.kind_content')}: ${translatePlain(lang, `content.status.${status}`)}</li>`,
)}
<li class="amplification">${translatePlain(lang, 'web.page.legend_amplification')}</li>
</ul>`
}

/** The whole calendar page: header, view tabs, period navigation, agency filter, the days, the legend. */
export function renderCalendarPage(model: CalendarPageModel): string {
  const { workspace, query, range, now } = model
  const lang = workspace.language
  const zone = workspace.timezone
  const t = (key: MessageKey, params?: TemplateParams) => translatePlain(lang, key, params)
  const options: EntryOptions = { lang, zone, now, links: model.links }
  const periodLabel = formatPeriod(
    { from: range.periodFrom, to: range.periodTo, kind: query.view === 'bulan' ? 'month' : 'week' },
    lang,
  )
  const shown = model.days.filter((day) => day.inPeriod).flatMap((day) => day.entries)
  const agendaCount = new Set(shown.filter((e) => e.kind === 'agenda').map((e) => e.item.number)).size
  const contentCount = shown.filter((e) => e.kind === 'content').length
  const days =
    query.view === 'minggu'
      ? html`<div class="week">${model.days.map((day) => dayHtml(day, lang, options, false))}</div>`
      : html`<div class="month">
<div class="weekdays" aria-hidden="true">${model.days
          .slice(0, 7)
          .map((day) => html`<div>${weekdayName(weekdayOf(day.date), lang).slice(0, 3)}</div>`)}</div>
<div class="grid">${model.days.map((day) => dayHtml(day, lang, options, true))}</div>
</div>`
  const body = html`<header class="top">
<h1>${t('web.page.title', { name: workspace.name })}</h1>
<p>${t('web.page.subtitle', { zone: zoneAbbreviation(zone, now), iana: zone })}</p>
${model.link.viewer === 'coordinator' ? html`<p class="notice">${t('web.page.drafts_shown')}</p>` : ''}
</header>
${controls(model, lang)}
<main>
<h2 class="period">${periodLabel}</h2>
<p class="summary">${
    agendaCount + contentCount === 0
      ? t('web.page.nothing_period', { period: periodLabel })
      : t('web.page.counts', { agenda: agendaCount, content: contentCount })
  }${model.agency ? ` ${t('web.page.filtered', { code: model.agency.code, name: model.agency.name })}` : ''}</p>
${days}
</main>
<footer>
${legend(model, lang)}
<p>${t('web.page.expires', { until: formatDateTime(model.link.expiresAt, zone, lang) })}</p>
</footer>`
  return documentPage({
    lang,
    title: `${t('web.page.title', { name: workspace.name })} — ${periodLabel}`,
    body,
  })
}
