import { PNG } from 'pngjs'
import { expect, it } from 'vitest'
import { readPeriod } from '../../../src/domain/calendar/period.js'
import { activityChart, CHART_WIDTH, trendChart } from '../../../src/domain/report/chart-options.js'
import { renderChart } from '../../../src/domain/report/charts.js'
import { buildReport, type Report } from '../../../src/domain/report/report-data.js'
import { ChatHarness } from '../../support/chat-harness.js'
import { describeWithDatabase } from '../../support/databases.js'
import { readPng } from '../../support/png.js'
import { REPORT_NOW, seedReportForum } from '../../support/report-forum.js'

const ZONE = 'Asia/Jakarta'
const FORUM = 'Bakohumas Kabupaten Wonosobo'

/** The words of an ECharts SVG, one entry per <text> element, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&#39;', "'"),
  )
}

/** Pixels within a small distance of an RGB colour: text drawn in that colour leaves them. */
function pixelsNear(bytes: Buffer, rgb: [number, number, number]): number {
  const png = PNG.sync.read(bytes)
  let count = 0
  for (let at = 0; at < png.data.length; at += 4) {
    const distance =
      Math.abs(png.data[at]! - rgb[0]) +
      Math.abs(png.data[at + 1]! - rgb[1]) +
      Math.abs(png.data[at + 2]! - rgb[2])
    if (distance < 24) count++
  }
  return count
}

type Series = { name: string; data: number[] }

describeWithDatabase('the leadership report charts', (get) => {
  async function novemberReport(): Promise<Report> {
    const chat = new ChatHarness(get().db, { now: REPORT_NOW })
    const { workspaceId } = await seedReportForum(chat)
    const now = new Date(REPORT_NOW)
    const period = readPeriod('', { now, zone: ZONE, lang: 'id' }, { fallback: 'bulan lalu' })
    return buildReport(chat.db, workspaceId, period, ZONE)
  }

  it('draws every agency with its four bars, its rates under the code, and codes needing attention in orange', async () => {
    const spec = activityChart(await novemberReport(), FORUM, 'id')
    expect(spec.width).toBe(CHART_WIDTH)
    expect(spec.height).toBe(170 + 4 * 72 + 70)
    const option = spec.option as { yAxis: { data: string[] }; series: Series[] }
    expect(option.yAxis.data).toEqual([
      '{attention|DINKES}\n{rates|tepat waktu 50% · sebar 0/1}',
      '{code|POLRES}\n{rates|tepat waktu 100% · sebar 1/1}',
      '{code|LAMA}\n{rates|tepat waktu – · sebar –}',
      '{attention|BPS}\n{rates|tepat waktu – · sebar –}',
    ])
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['Agenda', [2, 1, 1, 0]],
      ['Konten diajukan', [4, 1, 0, 0]],
      ['Disetujui', [3, 1, 0, 0]],
      ['Terbit', [2, 1, 0, 0]],
    ])

    const { svg, png } = await renderChart(spec)
    const texts = svgTexts(svg)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Kegiatan per instansi',
        'Bakohumas Kabupaten Wonosobo · November 2026',
        'Agenda',
        'Konten diajukan',
        'DINKES',
        'tepat waktu 50% · sebar 0/1',
        'POLRES',
        'LAMA',
        'BPS',
        'Kode berwarna jingga: perlu perhatian',
      ]),
    )
    const image = readPng(png)
    expect([image.width, image.height]).toEqual([1200, 528])
    expect(image.colours).toBeGreaterThan(50)
    expect(image.ink).toBeGreaterThan(0.03)
    // The orange of attention is used only for text: glyphs were drawn in the shipped font.
    expect(pixelsNear(png, [0xc2, 0x41, 0x0c])).toBeGreaterThan(200)
  })

  it('puts the forum totals beside the previous period, with both rates written out', async () => {
    const spec = trendChart(await novemberReport(), FORUM, 'id')
    const option = spec.option as { xAxis: { data: string[] }; series: Series[] }
    expect(option.xAxis.data).toEqual([
      'Agenda',
      'Konten diajukan',
      'Disetujui',
      'Terbit',
      'Terbit tepat waktu',
      'Sebar dilaporkan',
    ])
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['Oktober 2026', [4, 1, 1, 1, 1, 0]],
      ['November 2026', [4, 5, 4, 3, 2, 1]],
    ])
    const { svg, png } = await renderChart(spec)
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['Dibandingkan dengan periode sebelumnya', 'Oktober 2026', 'November 2026']),
    )
    // The line of rates may wrap onto two lines: its words in order are what counts.
    expect(svgTexts(svg).join(' ').replace(/\s+/g, ' ')).toContain(
      'Tepat waktu 67% (sebelumnya 100%) · sebar dilaporkan 50% (sebelumnya –) · respons isu: median 105 menit (sebelumnya 30 menit)',
    )
    const image = readPng(png)
    expect([image.width, image.height]).toEqual([1200, 820])
    expect(image.ink).toBeGreaterThan(0.05)
  })

  it('writes English labels for an English workspace', async () => {
    const spec = trendChart(await novemberReport(), FORUM, 'en')
    expect(svgTexts((await renderChart(spec)).svg)).toEqual(
      expect.arrayContaining(['Compared with the previous period', 'October 2026', 'Published on time']),
    )
  })
})
