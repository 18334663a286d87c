import type { Kysely } from 'kysely'
import type { Database } from '../../src/db/database.js'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import type { IssueCategory, IssueLevel, LinkPlatform } from '../../src/vocabulary.js'
import { agencyId, insertAgenda, insertDraft } from './calendar-items.js'
import type { ChatHarness } from './chat-harness.js'
import { seedForum } from './seed.js'

/** Sunday 6 December 2026, 10.00 WIB: "last full month" is November, compared with October. */
export const REPORT_NOW = '2026-12-06T10:00:00+07:00'

export interface AmplificationSeed {
  title: string
  deadlineAt: string
  targets: string[]
  reports?: Array<{ agency: string; url: string; platform: LinkPlatform; reportedAt: string; late: boolean }>
  status?: 'terbuka' | 'ditutup' | 'batal'
}

/** An amplification request with its target agencies and reported links, straight in the database. */
export async function insertAmplification(
  db: Kysely<Database>,
  workspaceId: number,
  seed: AmplificationSeed,
): Promise<number> {
  const person = await db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()
  const targets = await Promise.all(seed.targets.map((code) => agencyId(db, workspaceId, code)))
  const reporters = await Promise.all(
    (seed.reports ?? []).map(async (report) => ({
      ...report,
      agencyId: await agencyId(db, workspaceId, report.agency),
    })),
  )
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'sebar')
    const deadline = new Date(seed.deadlineAt)
    const request = await trx
      .insertInto('amplification_requests')
      .values({
        workspace_id: workspaceId,
        number,
        title: seed.title,
        content_number: null,
        links: ['https://instagram.com/p/sumber'],
        notes: null,
        opened_at: new Date(deadline.getTime() - 2 * 86_400_000),
        deadline_at: deadline,
        deadline_zone: 'Asia/Jakarta',
        status: seed.status ?? 'terbuka',
        closed_at: null,
        created_by: person.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const agency of targets)
      await trx
        .insertInto('amplification_targets')
        .values({ request_id: request.id, workspace_id: workspaceId, agency_id: agency })
        .execute()
    for (const report of reporters)
      await trx
        .insertInto('amplification_reports')
        .values({
          request_id: request.id,
          agency_id: report.agencyId,
          url: report.url,
          platform: report.platform,
          late: report.late,
          reported_by: person.id,
          chat_id: null,
          reported_at: new Date(report.reportedAt),
        })
        .execute()
    return number
  })
}

export interface IssueSeed {
  text: string
  openedAt: string
  agency?: string
  assignedAt?: string
  deadlineAt?: string
  firstAnswerAt?: string
  category?: IssueCategory
  level?: IssueLevel
}

/** An issue with its assignment and first answer, straight in the database. */
export async function insertIssue(
  db: Kysely<Database>,
  workspaceId: number,
  seed: IssueSeed,
): Promise<number> {
  const person = await db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow()
  const agency = seed.agency ? await agencyId(db, workspaceId, seed.agency) : null
  const at = (text: string | undefined) => (text ? new Date(text) : null)
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, workspaceId, 'isu')
    await trx
      .insertInto('issues')
      .values({
        workspace_id: workspaceId,
        number,
        text: seed.text,
        category: seed.category ?? 'pemberitaan',
        level: seed.level ?? 'sedang',
        status: seed.firstAnswerAt ? 'ditanggapi' : agency ? 'ditugaskan' : 'terbuka',
        agency_id: agency,
        assigned_at: at(seed.assignedAt),
        deadline_at: at(seed.deadlineAt),
        first_answer_at: at(seed.firstAnswerAt),
        reported_by: person.id,
        opened_at: new Date(seed.openedAt),
      })
      .execute()
    return number
  })
}

/**
 * A forum with November and October 2026 filled in (WIB): DINKES busy but partly late, POLRES on
 * time, BPS idle, LAMA archived in November after an item, BEKAS archived long ago with nothing.
 */
export async function seedReportForum(chat: ChatHarness) {
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'POLRES', name: 'Polres Wonosobo', kind: 'vertikal' },
      { code: 'BPS', name: 'Badan Pusat Statistik', kind: 'vertikal' },
      { code: 'LAMA', name: 'Instansi lama' },
      { code: 'BEKAS', name: 'Instansi bekas' },
    ],
    members: [{ name: 'Budi', agency: 'DINKES', role: 'admin' }],
  })
  const db = chat.db
  const id = seeded.workspaceId
  await db
    .updateTable('agencies')
    .set({ archived_at: new Date('2026-11-20T00:00:00Z') })
    .where('code', 'in', ['LAMA', 'BEKAS'])
    .execute()

  // November 2026.
  await insertAgenda(db, id, {
    agency: 'DINKES',
    title: 'Rapat koordinasi posyandu',
    startsAt: '2026-11-03T02:00:00Z',
    endsAt: '2026-11-03T04:00:00Z',
    location: 'Aula Dinkes',
    coverage: true,
  })
  await insertAgenda(db, id, { agency: 'DINKES', title: 'Hari Kesehatan Nasional', startDate: '2026-11-12' })
  await insertAgenda(db, id, {
    agency: 'DINKES',
    title: 'Yang batal',
    startsAt: '2026-11-05T02:00:00Z',
    status: 'batal',
  })
  await insertAgenda(db, id, { agency: 'POLRES', title: 'Operasi Zebra', startsAt: '2026-11-16T01:00:00Z' })
  await insertAgenda(db, id, { agency: 'LAMA', title: 'Serah terima', startsAt: '2026-11-02T03:00:00Z' })
  await insertDraft(db, id, {
    agency: 'DINKES',
    title: 'Tepat hari',
    plannedAt: '2026-11-04T03:00:00Z',
    status: 'terbit',
    publishedAt: '2026-11-04T09:00:00Z',
    platforms: ['instagram', 'facebook'],
    links: ['https://instagram.com/p/HKN'],
  })
  await insertDraft(db, id, {
    agency: 'DINKES',
    title: 'Terlambat dua hari',
    plannedAt: '2026-11-10T03:00:00Z',
    status: 'terbit',
    publishedAt: '2026-11-12T03:00:00Z',
  })
  await insertDraft(db, id, {
    agency: 'DINKES',
    title: 'Sudah disetujui',
    plannedAt: '2026-11-20T03:00:00Z',
    status: 'disetujui',
  })
  await insertDraft(db, id, { agency: 'DINKES', title: 'Masih diajukan', plannedAt: '2026-11-25T03:00:00Z' })
  await insertDraft(db, id, {
    agency: 'DINKES',
    title: 'Ditarik',
    plannedAt: '2026-11-26T03:00:00Z',
    status: 'dibatalkan',
  })
  await insertDraft(db, id, {
    agency: 'POLRES',
    title: 'Himbauan tertib lalu lintas',
    plannedAt: '2026-11-16T05:00:00Z',
    status: 'terbit',
    publishedAt: '2026-11-16T05:30:00Z',
    platforms: ['x'],
  })
  await insertAmplification(db, id, {
    title: 'Hari Pahlawan',
    deadlineAt: '2026-11-10T05:00:00Z',
    targets: ['DINKES', 'POLRES'],
    reports: [
      {
        agency: 'POLRES',
        url: 'https://instagram.com/p/POLRES1',
        platform: 'instagram',
        reportedAt: '2026-11-10T02:00:00Z',
        late: false,
      },
    ],
  })

  await insertIssue(db, id, {
    text: 'Hoaks vaksin di grup warga',
    category: 'hoaks',
    level: 'tinggi',
    openedAt: '2026-11-03T01:30:00Z',
    agency: 'DINKES',
    assignedAt: '2026-11-03T02:00:00Z',
    deadlineAt: '2026-11-03T04:00:00Z',
    firstAnswerAt: '2026-11-03T04:30:00Z',
  })
  await insertIssue(db, id, {
    text: 'Pertanyaan wartawan soal DBD',
    category: 'pertanyaan media',
    openedAt: '2026-11-20T02:30:00Z',
    agency: 'DINKES',
    assignedAt: '2026-11-20T03:00:00Z',
    deadlineAt: '2026-11-20T09:00:00Z',
    firstAnswerAt: '2026-11-20T04:00:00Z',
  })
  await insertIssue(db, id, {
    text: 'Keluhan macet di alun-alun',
    category: 'keluhan publik',
    openedAt: '2026-11-16T05:00:00Z',
    agency: 'POLRES',
    assignedAt: '2026-11-16T05:10:00Z',
    deadlineAt: '2026-11-16T11:10:00Z',
  })
  await insertIssue(db, id, { text: 'Berita belum jelas sumbernya', openedAt: '2026-11-28T03:00:00Z' })

  // October 2026.
  await insertIssue(db, id, {
    text: 'Video lama beredar lagi',
    openedAt: '2026-10-10T03:00:00Z',
    agency: 'POLRES',
    assignedAt: '2026-10-10T03:00:00Z',
    deadlineAt: '2026-10-10T09:00:00Z',
    firstAnswerAt: '2026-10-10T03:30:00Z',
  })
  await insertAgenda(db, id, { agency: 'DINKES', title: 'Bulan lalu', startsAt: '2026-10-14T02:00:00Z' })
  for (const day of ['05', '12', '19'])
    await insertAgenda(db, id, {
      agency: 'POLRES',
      title: `Apel ${day}`,
      startsAt: `2026-10-${day}T01:00:00Z`,
    })
  await insertDraft(db, id, {
    agency: 'POLRES',
    title: 'Oktober',
    plannedAt: '2026-10-20T03:00:00Z',
    status: 'terbit',
    publishedAt: '2026-10-20T04:00:00Z',
  })

  // The week of 30 November – 6 December.
  await insertAgenda(db, id, { agency: 'POLRES', title: 'Awal Desember', startsAt: '2026-12-01T02:00:00Z' })
  return seeded
}
