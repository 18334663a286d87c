import { expect, it } from 'vitest'
import { readPeriod } from '../../../src/domain/calendar/period.js'
import { buildReport, type ReportFigures } from '../../../src/domain/report/report-data.js'
import { ChatHarness } from '../../support/chat-harness.js'
import { describeWithDatabase } from '../../support/databases.js'
import { REPORT_NOW, seedReportForum } from '../../support/report-forum.js'

const ZONE = 'Asia/Jakarta'
const context = { now: new Date(REPORT_NOW), zone: ZONE, lang: 'id' as const }
const laporanPeriod = (text: string) => readPeriod(text, context, { fallback: 'bulan lalu' })

const none = { requests: 0, reported: 0, onTime: 0, links: 0 }
const zero: ReportFigures = {
  agenda: 0,
  submitted: 0,
  approved: 0,
  published: 0,
  onTime: 0,
  onTimeRate: null,
  amplification: none,
  amplificationRate: null,
  issues: { assigned: 0, answered: 0, medianResponseMinutes: null },
}

describeWithDatabase('the leadership report data', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: REPORT_NOW })
    const seeded = await seedReportForum(chat)
    return { chat, ...seeded }
  }

  it('reports the last full month by default, every agency with the month before beside it', async () => {
    const { chat, workspaceId } = await forum()
    const report = await buildReport(chat.db, workspaceId, laporanPeriod(''), ZONE)
    expect(report.period).toEqual({ from: '2026-11-01', to: '2026-11-30', kind: 'month' })
    expect(report.previousPeriod).toEqual({ from: '2026-10-01', to: '2026-10-31', kind: 'month' })
    expect(report.agencies.map((row) => row.code)).toEqual(['DINKES', 'POLRES', 'LAMA', 'BPS'])
    const [dinkes, polres, lama, bps] = report.agencies
    expect(dinkes).toMatchObject({
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      archived: false,
      agenda: 2,
      submitted: 4,
      approved: 3,
      published: 2,
      onTime: 1,
      onTimeRate: 0.5,
      amplification: { requests: 1, reported: 0, onTime: 0, links: 0 },
      amplificationRate: 0,
      issues: { assigned: 2, answered: 2, medianResponseMinutes: 105 },
      previous: { ...zero, agenda: 1 },
      attention: ['late_publication', 'amplification_unreported'],
    })
    expect(polres).toMatchObject({
      agenda: 1,
      submitted: 1,
      approved: 1,
      published: 1,
      onTime: 1,
      onTimeRate: 1,
      amplification: { requests: 1, reported: 1, onTime: 1, links: 1 },
      amplificationRate: 1,
      issues: { assigned: 1, answered: 0, medianResponseMinutes: null },
      previous: {
        ...zero,
        agenda: 3,
        submitted: 1,
        approved: 1,
        published: 1,
        onTime: 1,
        onTimeRate: 1,
        issues: { assigned: 1, answered: 1, medianResponseMinutes: 30 },
      },
      attention: [],
    })
    expect(lama).toMatchObject({ archived: true, agenda: 1, submitted: 0, attention: [] })
    expect(bps).toMatchObject({ ...zero, code: 'BPS', previous: zero, attention: ['no_activity'] })
    expect(report.totals).toEqual({
      agenda: 4,
      submitted: 5,
      approved: 4,
      published: 3,
      onTime: 2,
      onTimeRate: 2 / 3,
      amplification: { requests: 2, reported: 1, onTime: 1, links: 1 },
      amplificationRate: 0.5,
      issues: { assigned: 3, answered: 2, medianResponseMinutes: 105 },
    })
    expect(report.previousTotals).toEqual({
      ...zero,
      agenda: 4,
      submitted: 1,
      approved: 1,
      published: 1,
      onTime: 1,
      onTimeRate: 1,
      issues: { assigned: 1, answered: 1, medianResponseMinutes: 30 },
    })
  })

  it('reports this week against the week before', async () => {
    const { chat, workspaceId } = await forum()
    const report = await buildReport(chat.db, workspaceId, laporanPeriod('minggu ini'), ZONE)
    expect(report.period).toEqual({ from: '2026-11-30', to: '2026-12-06', kind: 'week' })
    expect(report.previousPeriod).toEqual({ from: '2026-11-23', to: '2026-11-29', kind: 'week' })
    expect(report.agencies.map((row) => [row.code, row.agenda, row.previous.submitted])).toEqual([
      ['POLRES', 1, 0],
      ['BPS', 0, 0],
      ['DINKES', 0, 1],
    ])
    expect(report.totals).toMatchObject({ agenda: 1, submitted: 0 })
    expect(report.previousTotals).toMatchObject({ agenda: 0, submitted: 1 })
  })

  it('reads a month by name, and lists every agency with zeros for a month without activity', async () => {
    const { chat, workspaceId } = await forum()
    const november = await buildReport(chat.db, workspaceId, laporanPeriod('November'), ZONE)
    expect(november.totals.submitted).toBe(5)
    const empty = await buildReport(chat.db, workspaceId, laporanPeriod('November 2025'), ZONE)
    expect(empty.period).toEqual({ from: '2025-11-01', to: '2025-11-30', kind: 'month' })
    expect(empty.agencies.map((row) => [row.code, row.attention])).toEqual([
      ['BPS', ['no_activity']],
      ['DINKES', ['no_activity']],
      ['POLRES', ['no_activity']],
    ])
    expect(empty.totals).toEqual(zero)
  })
})
