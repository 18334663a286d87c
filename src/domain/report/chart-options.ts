/**
 * The ECharts options of the `/laporan` charts, as plain data: which bars, labels and colours. Kept
 * apart from rendering so what a chart shows is tested without drawing it.
 */
import type { EChartsCoreOption } from 'echarts/core'
import { imageFontFamily } from '../../render/fonts.js'
import { type MessageKey, translatePlain } from '../../text/catalog/index.js'
import { durationText } from '../../text/duration-text.js'
import type { Language } from '../../vocabulary.js'
import { formatPeriod } from '../calendar/period.js'
import type { Report, ReportFigures } from './report-data.js'

/** Wide enough for a phone to show it sharp; text sizes are chosen for that width. */
export const CHART_WIDTH = 1200
const TOP = 170
/** Height per agency: four bars and a two-line label. */
const BAND = 72
const BOTTOM = 70
const TREND_HEIGHT = 820

const INK = '#1f2937'
const MUTED = '#6b7280'
const ATTENTION = '#c2410c'
const COLOURS = ['#2563eb', '#0891b2', '#16a34a', '#9333ea']
const PREVIOUS_COLOUR = '#94a3b8'
const CURRENT_COLOUR = '#2563eb'

export interface ChartSpec {
  readonly width: number
  readonly height: number
  readonly option: EChartsCoreOption
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`)

function common(lang: Language, forum: string, report: Report, titleKey: MessageKey) {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: imageFontFamily, color: INK, fontSize: 20 },
    title: {
      text: translatePlain(lang, titleKey),
      subtext: translatePlain(lang, 'report.chart.subtitle', {
        forum,
        period: formatPeriod(report.period, lang),
      }),
      left: 32,
      top: 24,
      textStyle: { fontFamily: imageFontFamily, fontSize: 34, fontWeight: 'bold', color: INK },
      subtextStyle: { fontFamily: imageFontFamily, fontSize: 22, color: MUTED },
    },
    legend: {
      top: 116,
      left: 32,
      itemWidth: 28,
      itemHeight: 18,
      itemGap: 32,
      textStyle: { fontFamily: imageFontFamily, fontSize: 20, color: INK },
    },
  }
}

/**
 * Bars per agency (agenda, submitted, approved, published), every agency listed, busiest first; under
 * each code its on-time rate and amplification reported. Codes needing attention are orange.
 */
export function activityChart(report: Report, forum: string, lang: Language): ChartSpec {
  const t = (key: MessageKey) => translatePlain(lang, key)
  const rows = report.agencies
  const series: Array<[MessageKey, (row: ReportFigures) => number]> = [
    ['report.chart.agenda', (row) => row.agenda],
    ['report.chart.submitted', (row) => row.submitted],
    ['report.chart.approved', (row) => row.approved],
    ['report.chart.published', (row) => row.published],
  ]
  const labels = rows.map((row) => {
    const style = row.attention.length > 0 ? 'attention' : 'code'
    const rates = translatePlain(lang, 'report.chart.agency_rates', {
      on_time: percent(row.onTimeRate),
      amplified:
        row.amplification.requests === 0
          ? '–'
          : `${row.amplification.reported}/${row.amplification.requests}`,
    })
    return `{${style}|${row.code}}\n{rates|${rates}}`
  })
  const height = TOP + BAND * Math.max(rows.length, 1) + BOTTOM
  const base = common(lang, forum, report, 'report.chart.activity_title')
  return {
    width: CHART_WIDTH,
    height,
    option: {
      ...base,
      color: COLOURS,
      graphic: [
        {
          type: 'text',
          right: 32,
          bottom: 20,
          style: {
            text: t('report.chart.attention_legend'),
            fill: ATTENTION,
            fontSize: 18,
            fontFamily: imageFontFamily,
          },
        },
      ],
      grid: {
        left: 32,
        right: 48,
        top: TOP,
        bottom: BOTTOM,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 18, color: MUTED } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisLabel: {
          fontFamily: imageFontFamily,
          rich: {
            code: { fontSize: 22, fontWeight: 'bold', color: INK, fontFamily: imageFontFamily },
            attention: { fontSize: 22, fontWeight: 'bold', color: ATTENTION, fontFamily: imageFontFamily },
            rates: { fontSize: 16, color: MUTED, fontFamily: imageFontFamily, padding: [4, 0, 0, 0] },
          },
        },
      },
      series: series.map(([key, value]) => ({
        type: 'bar',
        name: t(key),
        data: rows.map(value),
        barGap: '10%',
        label: { show: true, position: 'right', fontSize: 14, color: INK, fontFamily: imageFontFamily },
      })),
    },
  }
}

/** The forum's totals beside the previous period's, with the rates of both under the title. */
export function trendChart(report: Report, forum: string, lang: Language): ChartSpec {
  const t = (key: MessageKey) => translatePlain(lang, key)
  const measures: Array<[MessageKey, (figures: ReportFigures) => number]> = [
    ['report.chart.agenda', (f) => f.agenda],
    ['report.chart.submitted', (f) => f.submitted],
    ['report.chart.approved', (f) => f.approved],
    ['report.chart.published', (f) => f.published],
    ['report.chart.on_time', (f) => f.onTime],
    ['report.chart.reported', (f) => f.amplification.reported],
  ]
  const bars = (figures: ReportFigures) => measures.map(([, value]) => value(figures))
  const base = common(lang, forum, report, 'report.chart.trend_title')
  const response = (minutes: number | null) => (minutes === null ? '–' : durationText(minutes, lang))
  const issuesNow = report.totals.issues.medianResponseMinutes
  const issuesBefore = report.previousTotals.issues.medianResponseMinutes
  const rates =
    translatePlain(lang, 'report.chart.trend_rates', {
      on_time: percent(report.totals.onTimeRate),
      on_time_before: percent(report.previousTotals.onTimeRate),
      amplified: percent(report.totals.amplificationRate),
      amplified_before: percent(report.previousTotals.amplificationRate),
    }) +
    (issuesNow === null && issuesBefore === null
      ? translatePlain(lang, 'report.chart.issue_no_data')
      : translatePlain(lang, 'report.chart.issue_response', {
          now: response(issuesNow),
          before: response(issuesBefore),
        }))
  const label = { show: true, position: 'top', fontSize: 18, color: INK, fontFamily: imageFontFamily }
  return {
    width: CHART_WIDTH,
    height: TREND_HEIGHT,
    option: {
      ...base,
      graphic: [
        {
          type: 'text',
          left: 32,
          bottom: 24,
          style: {
            text: rates,
            fill: INK,
            fontSize: 20,
            fontFamily: imageFontFamily,
            width: CHART_WIDTH - 64,
            overflow: 'break',
          },
        },
      ],
      grid: {
        left: 32,
        right: 32,
        top: TOP,
        bottom: 110,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: measures.map(([key]) => t(key)),
        axisLabel: {
          fontSize: 18,
          color: INK,
          interval: 0,
          width: 170,
          overflow: 'break',
          fontFamily: imageFontFamily,
        },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 18, color: MUTED } },
      series: [
        {
          type: 'bar',
          name: formatPeriod(report.previousPeriod, lang),
          data: bars(report.previousTotals),
          itemStyle: { color: PREVIOUS_COLOUR },
          label,
        },
        {
          type: 'bar',
          name: formatPeriod(report.period, lang),
          data: bars(report.totals),
          itemStyle: { color: CURRENT_COLOUR },
          label,
        },
      ],
    },
  }
}
