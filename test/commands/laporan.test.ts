import { expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readPng } from '../support/png.js'
import { readWorkbook, rowOf } from '../support/read-workbook.js'
import { REPORT_NOW, seedReportForum } from '../support/report-forum.js'

describeWithDatabase('/laporan', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: REPORT_NOW })
    const seeded = await seedReportForum(chat)
    return { chat, ...seeded, budi: seeded.people.Budi! }
  }

  it('answers the coordinator with two charts and the workbook of last month', async () => {
    const { chat, group, coordinator } = await forum()
    const answer = await chat.send(group, coordinator, '/laporan')
    expect(answer.text).toBe(
      [
        'Laporan November 2026: 4 instansi, 2 perlu perhatian.',
        'Grafik terlampir; rinciannya di bakohumas-kabupaten-wonosobo-2026-11.xlsx.',
      ].join('\n'),
    )
    const files = answer.messages[0]!.files ?? []
    expect(files.map((file) => [file.fileName, file.mimeType])).toEqual([
      ['bakohumas-kabupaten-wonosobo-2026-11-instansi.png', 'image/png'],
      ['bakohumas-kabupaten-wonosobo-2026-11-tren.png', 'image/png'],
      [
        'bakohumas-kabupaten-wonosobo-2026-11.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ])
    expect(readPng(files[0]!.content)).toMatchObject({ width: 1200, height: 528 })
    expect(readPng(files[1]!.content)).toMatchObject({ width: 1200, height: 820 })
    const summary = (await readWorkbook(files[2]!.content)).getWorksheet('Ringkasan per instansi')!
    expect(summary.getCell(2, 1).value).toBe('Periode: November 2026 (dibandingkan dengan Oktober 2026)')
    expect(rowOf(summary, 6).slice(0, 5)).toEqual(['DINKES', 'Dinas Kesehatan', 2, 1, 4])
  })

  it('takes a period and the English alias', async () => {
    const { chat, group, coordinator } = await forum()
    const week = await chat.send(group, coordinator, '/summary minggu ini')
    expect(renderPlain(week.messages[0]!.text).split('\n')[0]).toBe(
      'Laporan 30 November – 6 Desember 2026: 3 instansi, 2 perlu perhatian.',
    )
    expect(week.messages[0]!.files?.[2]?.fileName).toBe(
      'bakohumas-kabupaten-wonosobo-2026-11-30_2026-12-06.xlsx',
    )
  })

  it('is for the coordinator only, and refuses a period it cannot read with an example', async () => {
    const { chat, group, coordinator, budi } = await forum()
    const refused = await chat.send(group, budi, '/laporan')
    expect(refused.messages[0]!.files).toBeUndefined()
    expect(refused.text).toContain('koordinator')
    const misread = await chat.send(group, coordinator, '/laporan Novembar')
    expect(misread.messages[0]!.files).toBeUndefined()
    expect(misread.text).toContain('/laporan November')
  })
})
