import type ExcelJS from 'exceljs'
import { expect, it } from 'vitest'
import { readPeriod } from '../../../src/domain/calendar/period.js'
import { buildReport } from '../../../src/domain/report/report-data.js'
import { buildWorkbook } from '../../../src/domain/report/workbook.js'
import { reportDetails } from '../../../src/domain/report/workbook-data.js'
import { ChatHarness } from '../../support/chat-harness.js'
import { describeWithDatabase } from '../../support/databases.js'
import { readWorkbook, rowOf } from '../../support/read-workbook.js'
import { REPORT_NOW, seedReportForum } from '../../support/report-forum.js'

const ZONE = 'Asia/Jakarta'

describeWithDatabase('the leadership report workbook', (get) => {
  async function workbookOf(lang: 'id' | 'en', periodText = ''): Promise<ExcelJS.Workbook> {
    const chat = new ChatHarness(get().db, { now: REPORT_NOW })
    const { workspaceId } = await seedReportForum(chat)
    const now = new Date(REPORT_NOW)
    const period = readPeriod(periodText, { now, zone: ZONE, lang }, { fallback: 'bulan lalu' })
    const bytes = await buildWorkbook({
      forum: 'Bakohumas Kabupaten Wonosobo',
      zone: ZONE,
      lang,
      now,
      report: await buildReport(chat.db, workspaceId, period, ZONE),
      details: await reportDetails(chat.db, workspaceId, period, ZONE),
    })
    return readWorkbook(bytes)
  }

  const headerBlock = [
    'Laporan Bakohumas Kabupaten Wonosobo',
    'Periode: November 2026 (dibandingkan dengan Oktober 2026)',
    'Waktu dalam WIB (Asia/Jakarta) · dibuat Minggu, 6 Desember 2026 pukul 10.00 WIB',
  ]

  it('has one sheet per subject, each opening with the forum and period and a frozen header row', async () => {
    const book = await workbookOf('id')
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan per instansi',
      'Agenda',
      'Konten',
      'Amplifikasi',
      'Isu',
    ])
    for (const sheet of book.worksheets) {
      expect([1, 2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual([...headerBlock, null])
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 })
      expect(sheet.getCell(5, 1).font?.bold).toBe(true)
    }
    expect(book.getWorksheet('Ringkasan per instansi')!.views[0]).toMatchObject({ xSplit: 1 })
  })

  it('sums up every agency beside the previous period, idle ones included, with a constructive note', async () => {
    const sheet = (await workbookOf('id')).getWorksheet('Ringkasan per instansi')!
    expect(rowOf(sheet, 5)).toEqual([
      'Kode',
      'Nama instansi',
      'Agenda',
      'Agenda periode lalu',
      'Konten diajukan',
      'Diajukan periode lalu',
      'Disetujui',
      'Terbit',
      'Terbit periode lalu',
      'Terbit tepat waktu',
      'Tepat waktu',
      'Tepat waktu periode lalu',
      'Permintaan sebar',
      'Sebar dilaporkan',
      'Sebar dilaporkan (%)',
      'Isu ditugaskan',
      'Isu ditanggapi',
      'Median respons isu (jam)',
      'Catatan',
    ])
    expect(rowOf(sheet, 6)).toEqual([
      'DINKES',
      'Dinas Kesehatan',
      2,
      1,
      4,
      0,
      3,
      2,
      0,
      1,
      0.5,
      null,
      1,
      0,
      0,
      2,
      2,
      1.8,
      'Perlu perhatian: tepat waktu di bawah 80%; ada permintaan sebar yang belum dilaporkan',
    ])
    expect(rowOf(sheet, 7)).toEqual([
      'POLRES',
      'Polres Wonosobo',
      1,
      3,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      null,
      'Berjalan baik',
    ])
    expect(rowOf(sheet, 8)).toEqual([
      'LAMA',
      'Instansi lama (diarsipkan)',
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      null,
      null,
      0,
      0,
      null,
      0,
      0,
      null,
      'Berjalan baik',
    ])
    expect(rowOf(sheet, 9)).toEqual([
      'BPS',
      'Badan Pusat Statistik',
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      null,
      null,
      0,
      0,
      null,
      0,
      0,
      null,
      'Perlu perhatian: belum ada agenda atau konten',
    ])
    expect(rowOf(sheet, 10)).toEqual([
      'Total forum',
      null,
      4,
      4,
      5,
      1,
      4,
      3,
      1,
      2,
      2 / 3,
      1,
      2,
      1,
      0.5,
      3,
      2,
      1.8,
      null,
    ])
    expect(rowOf(sheet, 11)).toEqual(Array(19).fill(null))
    expect(sheet.getCell(6, 11).numFmt).toBe('0%')
    expect(sheet.getCell(10, 1).font?.bold).toBe(true)
    expect(sheet.getColumn(2).width).toBe(32)
    expect(sheet.getColumn(19).width).toBe(60)
  })

  it('lists the agenda with real Excel dates showing the wall clock of the workspace zone', async () => {
    const sheet = (await workbookOf('id')).getWorksheet('Agenda')!
    expect(rowOf(sheet, 5)).toEqual([
      'Nomor',
      'Mulai',
      'Selesai',
      'Judul',
      'Instansi',
      'Nama instansi',
      'Tempat',
      'Liputan',
      'Status',
    ])
    expect(rowOf(sheet, 6)).toEqual([
      5,
      new Date('2026-11-02T10:00:00Z'),
      null,
      'Serah terima',
      'LAMA',
      'Instansi lama',
      null,
      'tidak',
      'selesai',
    ])
    expect(rowOf(sheet, 7)).toEqual([
      1,
      new Date('2026-11-03T09:00:00Z'),
      new Date('2026-11-03T11:00:00Z'),
      'Rapat koordinasi posyandu',
      'DINKES',
      'Dinas Kesehatan',
      'Aula Dinkes',
      'ya',
      'selesai',
    ])
    expect(rowOf(sheet, 8).slice(0, 4)).toEqual([3, new Date('2026-11-05T09:00:00Z'), null, 'Yang batal'])
    expect(rowOf(sheet, 8)[8]).toBe('batal')
    expect(rowOf(sheet, 9).slice(0, 4)).toEqual([
      2,
      new Date('2026-11-12T00:00:00Z'),
      null,
      'Hari Kesehatan Nasional',
    ])
    expect(rowOf(sheet, 10).slice(0, 5)).toEqual([
      4,
      new Date('2026-11-16T08:00:00Z'),
      null,
      'Operasi Zebra',
      'POLRES',
    ])
    expect(rowOf(sheet, 11)).toEqual(Array(9).fill(null))
    expect(sheet.getCell(7, 2).numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(sheet.getCell(9, 2).numFmt).toBe('dd/mm/yyyy')
  })

  it('lists every draft of the period with its publication and whether it was on time', async () => {
    const sheet = (await workbookOf('id')).getWorksheet('Konten')!
    expect(rowOf(sheet, 5)).toEqual([
      'Nomor',
      'Rencana tayang',
      'Diajukan',
      'Judul',
      'Instansi',
      'Platform',
      'Status',
      'Terbit',
      'Tepat waktu',
      'Tautan',
    ])
    const rows = [6, 7, 8, 9, 10, 11].map((row) => rowOf(sheet, row))
    expect(rows.map((row) => [row[0], row[3], row[6], row[8]])).toEqual([
      [6, 'Tepat hari', 'terbit', 'ya'],
      [7, 'Terlambat dua hari', 'terbit', 'tidak'],
      [11, 'Himbauan tertib lalu lintas', 'terbit', 'ya'],
      [8, 'Sudah disetujui', 'disetujui', null],
      [9, 'Masih diajukan', 'diajukan', null],
      [10, 'Ditarik', 'dibatalkan', null],
    ])
    expect(rows[0]).toEqual([
      6,
      new Date('2026-11-04T10:00:00Z'),
      expect.any(Date),
      'Tepat hari',
      'DINKES',
      'Instagram, Facebook',
      'terbit',
      new Date('2026-11-04T16:00:00Z'),
      'ya',
      'https://instagram.com/p/HKN',
    ])
    expect(rows[1]![7]).toEqual(new Date('2026-11-12T10:00:00Z'))
    expect(rows[3]![7]).toBeNull()
    expect(rowOf(sheet, 12)).toEqual(Array(10).fill(null))
  })

  it('lists each asked agency of each amplification request, reported or not', async () => {
    const sheet = (await workbookOf('id')).getWorksheet('Amplifikasi')!
    expect(rowOf(sheet, 5)).toEqual([
      'Permintaan',
      'Judul',
      'Batas',
      'Instansi',
      'Platform',
      'Tautan',
      'Dilaporkan',
      'Keterangan',
    ])
    expect(rowOf(sheet, 6)).toEqual([
      12,
      'Hari Pahlawan',
      new Date('2026-11-10T12:00:00Z'),
      'DINKES',
      null,
      null,
      null,
      'belum lapor',
    ])
    expect(rowOf(sheet, 7)).toEqual([
      12,
      'Hari Pahlawan',
      new Date('2026-11-10T12:00:00Z'),
      'POLRES',
      'Instagram',
      'https://instagram.com/p/POLRES1',
      new Date('2026-11-10T09:00:00Z'),
      'tepat waktu',
    ])
    expect(rowOf(sheet, 8)).toEqual(Array(8).fill(null))
  })

  it('lists the issues of the period with their response time in hours', async () => {
    const sheet = (await workbookOf('id')).getWorksheet('Isu')!
    expect(rowOf(sheet, 5)).toEqual([
      'Nomor',
      'Dibuka',
      'Isu',
      'Jenis',
      'Tingkat',
      'Instansi',
      'Ditugaskan',
      'Tenggat',
      'Tanggapan pertama',
      'Waktu respons (jam)',
      'Hasil',
    ])
    expect(rowOf(sheet, 6)).toEqual([
      13,
      new Date('2026-11-03T08:30:00Z'),
      'Hoaks vaksin di grup warga',
      'hoaks',
      'tinggi',
      'DINKES',
      new Date('2026-11-03T09:00:00Z'),
      new Date('2026-11-03T11:00:00Z'),
      new Date('2026-11-03T11:30:00Z'),
      2.5,
      null,
    ])
    expect(rowOf(sheet, 7).slice(0, 4)).toEqual([
      14,
      new Date('2026-11-20T09:30:00Z'),
      'Pertanyaan wartawan soal DBD',
      'pertanyaan media',
    ])
    expect(rowOf(sheet, 7)[9]).toBe(1)
    expect(rowOf(sheet, 8)).toEqual([
      15,
      new Date('2026-11-16T12:00:00Z'),
      'Keluhan macet di alun-alun',
      'keluhan publik',
      'sedang',
      'POLRES',
      new Date('2026-11-16T12:10:00Z'),
      new Date('2026-11-16T18:10:00Z'),
      null,
      null,
      null,
    ])
    expect(rowOf(sheet, 9)).toEqual([
      16,
      new Date('2026-11-28T10:00:00Z'),
      'Berita belum jelas sumbernya',
      'pemberitaan',
      'sedang',
      null,
      null,
      null,
      null,
      null,
      null,
    ])
    expect(rowOf(sheet, 10)).toEqual(Array(11).fill(null))
  })

  it('says there is no issue data yet for a period without issues', async () => {
    const sheet = (await workbookOf('id', 'minggu ini')).getWorksheet('Isu')!
    expect(rowOf(sheet, 6).slice(0, 3)).toEqual([null, null, 'Belum ada data isu pada periode ini.'])
  })

  it('speaks the workspace language', async () => {
    const book = await workbookOf('en', 'this week')
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary by agency',
      'Agenda',
      'Content',
      'Amplification',
      'Issues',
    ])
    const summary = book.getWorksheet('Summary by agency')!
    expect(summary.getCell(2, 1).value).toBe(
      'Period: 30 November – 6 December 2026 (compared with 23–29 November 2026)',
    )
    expect(rowOf(summary, 6).slice(0, 4)).toEqual(['POLRES', 'Polres Wonosobo', 1, 0])
    expect(rowOf(summary, 6)[18]).toBe('On track')
  })
})
