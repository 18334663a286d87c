import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, SECRET, seededForum, webApp } from './fixture.js'

/** The entries of one day section of the page, as `kind:number:status` (e.g. `agenda:1:s-terjadwal`). */
function entriesOn(page: string, date: string): string[] {
  const start = page.indexOf(`data-date="${date}"`)
  if (start < 0) return []
  const end = page.indexOf('</section>', start)
  return [
    ...page
      .slice(start, end)
      .matchAll(/<details class="entry (agenda|content) (s-[a-z]+)" data-number="(\d+)"/g),
  ].map(([, kind, status, number]) => `${kind}:${number}:${status}`)
}

describeWithDatabase('web calendar page', (get) => {
  async function setup() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const forum = await seededForum(chat)
    const clock = new FixedClock(NOW)
    const app = webApp(get(), clock)
    const open = async (path: string) => {
      const response = await app.request(path)
      return { response, page: await response.text() }
    }
    return { ...forum, chat, clock, app, open }
  }

  it('shows which agency covers an item once one has claimed it with /liput', async () => {
    const { open, chat, workspaceId, numbers: n } = await setup()
    const agency = await chat.db
      .selectFrom('agencies')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('code', '=', 'DINKES')
      .executeTakeFirstOrThrow()
    await chat.db
      .updateTable('agenda_items')
      .set({ coverage_agency_id: agency.id, coverage_claimed_at: new Date(NOW) })
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', n.rapat)
      .execute()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(page).toContain('<dt>Liputan</dt><dd>ya, diliput DINKES</dd>')
    expect(page).not.toContain('ya, perlu liputan')
  })

  it("shows this week's agenda and approved content by day to a guest link, in the workspace zone", async () => {
    const { open, workspaceId, numbers: n } = await setup()
    const { response, page } = await open(calendarPath(workspaceId, 'guest'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(page).toContain('<html lang="id">')
    expect(page).toContain('Kalender Bakohumas Kabupaten Wonosobo')
    expect(page).toContain('Semua waktu dalam WIB (Asia/Jakarta)')
    expect(page).toContain('5–11 Januari 2026')
    expect([...page.matchAll(/data-date="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1])).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ])
    expect(entriesOn(page, '2026-01-05')).toEqual([`agenda:${n.rapat}:s-selesai`])
    expect(entriesOn(page, '2026-01-06')).toEqual([`content:${n.rilis}:s-terbit`])
    expect(entriesOn(page, '2026-01-07')).toEqual([])
    // All-day first, then by time; the two-day operation shows on both of its days.
    expect(entriesOn(page, '2026-01-08')).toEqual([
      `agenda:${n.operasi}:s-terjadwal`,
      `agenda:${n.apel}:s-batal`,
      `content:${n.infografis}:s-disetujui`,
    ])
    expect(entriesOn(page, '2026-01-09')).toEqual([
      `agenda:${n.operasi}:s-terjadwal`,
      `agenda:${n.skrip}:s-terjadwal`,
    ])
    expect(page).not.toContain('Draf video patroli')
    expect(page).not.toContain('Draf ditolak')
    expect(page).not.toContain('Posyandu pekan depan')
    // 02.00 UTC is 09.00 WIB; the meeting's details list every field.
    expect(page).toMatch(
      /<span class="time">09\.00<\/span> <span class="title">Rapat koordinasi imunisasi<\/span>/,
    )
    expect(page).toContain('<dt>Waktu</dt><dd>09.00–11.00 WIB</dd>')
    expect(page).toContain('<dt>Tempat</dt><dd>Aula Dinkes</dd>')
    expect(page).toContain('<dt>Instansi</dt><dd>DINKES — Dinas Kesehatan</dd>')
    expect(page).toContain('<dt>Liputan</dt><dd>ya, perlu liputan</dd>')
    expect(page).toContain('<dt>Keterangan</dt><dd>Bawa data cakupan\nPakaian: batik</dd>')
    expect(page).toContain('<dt>Alasan batal</dt><dd>Hujan deras</dd>')
    expect(page).toMatch(/class="day cell today[^"]*" data-date="2026-01-07"/)
    expect(page).toContain('4 agenda, 2 konten.')
    expect(page).toContain('Tautan ini berlaku sampai Rabu, 14 Januari 2026 pukul 10.00 WIB.')
  })

  it('shows an item with daily times on each of its days, at that day’s hour', async () => {
    const { chat, group, people, open, workspaceId, numbers: n } = await setup()
    const answer = await chat.send(
      group,
      people.Budi!,
      '/agenda tambah Jumat-Sabtu, 9-10 Januari 2026 08.00-09.00 Bimtek @ Aula',
    )
    const number = Number(/Agenda #(\d+) tercatat/.exec(answer.text)![1])
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(entriesOn(page, '2026-01-09')).toEqual([
      `agenda:${n.operasi}:s-terjadwal`,
      `agenda:${number}:s-terjadwal`,
      `agenda:${n.skrip}:s-terjadwal`,
    ])
    expect(entriesOn(page, '2026-01-10')).toEqual([`agenda:${number}:s-terjadwal`])
    expect(page).toContain('<dt>Waktu</dt><dd>08.00–09.00 WIB setiap hari</dd>')
  })

  it("shows drafts under review and rejected ones only on a coordinator's link", async () => {
    const { open, workspaceId, coordinatorId, numbers: n } = await setup()
    const { page } = await open(calendarPath(workspaceId, { coordinatorId }))
    expect(page).toContain('Tautan koordinator: draf yang belum disetujui ikut ditampilkan.')
    expect(entriesOn(page, '2026-01-08')).toContain(`content:${n.video}:s-diajukan`)
    expect(entriesOn(page, '2026-01-09')).toContain(`content:${n.ditolak}:s-ditolak`)
    expect(page).toContain('Konten: diajukan')
  })

  it('shows a title, a place and a link written as markup as text', async () => {
    const { open, workspaceId } = await setup()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(page).not.toMatch(/<script/i)
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;kutip&quot;')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('<a href="https://instagram.com/p/abc" rel="noopener noreferrer nofollow"')
    expect(page).toContain('href="https://dinkes.example.go.id/rilis?a=1&amp;b=&quot;&gt;&lt;script&gt;"')
  })

  it('switches to the month view, padded to whole weeks, and navigates between months', async () => {
    const { open, workspaceId, numbers: n } = await setup()
    const base = calendarPath(workspaceId, 'guest')
    const { page } = await open(`${base}?tampilan=bulan&tanggal=2026-01-20`)
    expect(page).toContain('<h2 class="period">Januari 2026</h2>')
    const dates = [...page.matchAll(/data-date="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1])
    expect(dates[0]).toBe('2025-12-29')
    expect(dates.at(-1)).toBe('2026-02-01')
    expect(dates).toHaveLength(35)
    expect(page).toMatch(/class="day cell out empty" data-date="2025-12-29"/)
    expect(entriesOn(page, '2026-01-13')).toEqual([`agenda:${n.depan}:s-terjadwal`])
    expect(page).toContain(
      '<a href="?tampilan=bulan&amp;tanggal=2025-12-01" rel="prev">‹ Bulan sebelumnya</a>',
    )
    expect(page).toContain(
      '<a href="?tampilan=bulan&amp;tanggal=2026-02-01" rel="next">Bulan berikutnya ›</a>',
    )
    expect(page).toContain('<a href="?tampilan=bulan&amp;tanggal=2026-01-01" aria-current="page">Bulan</a>')
    const next = await open(`${base}?tampilan=bulan&tanggal=2026-02-01`)
    expect(next.page).toContain('<h2 class="period">Februari 2026</h2>')
    expect(entriesOn(next.page, '2026-02-02')).toEqual([`agenda:${n.februari}:s-terjadwal`])
  })

  it('navigates week by week, and reads an unreadable date as this week', async () => {
    const { open, workspaceId, numbers: n } = await setup()
    const base = calendarPath(workspaceId, 'guest')
    const { page } = await open(base)
    expect(page).toContain(
      '<a href="?tampilan=minggu&amp;tanggal=2025-12-29" rel="prev">‹ Pekan sebelumnya</a>',
    )
    expect(page).toContain(
      '<a href="?tampilan=minggu&amp;tanggal=2026-01-12" rel="next">Pekan berikutnya ›</a>',
    )
    const next = await open(`${base}?tampilan=minggu&tanggal=2026-01-12`)
    expect(next.page).toContain('12–18 Januari 2026')
    expect(entriesOn(next.page, '2026-01-13')).toEqual([`agenda:${n.depan}:s-terjadwal`])
    for (const bad of ['2026-02-31', '9999-01-01', 'besok', '<x>']) {
      const fallback = await open(`${base}?tanggal=${encodeURIComponent(bad)}`)
      expect(fallback.response.status).toBe(200)
      expect(fallback.page).toContain('5–11 Januari 2026')
    }
  })

  it('opens on the coming week on Saturday and Sunday, still reaching this week and this month', async () => {
    const { open, clock, workspaceId, numbers: n } = await setup()
    const base = calendarPath(workspaceId, 'guest')
    for (const now of ['2026-01-10T08:00:00+07:00', '2026-01-11T21:00:00+07:00']) {
      clock.set(now)
      const { page } = await open(base)
      expect(page).toContain('12–18 Januari 2026')
      expect(page).toContain('data-date="2026-01-12"')
      expect(page).not.toContain('data-date="2026-01-11"')
      expect(entriesOn(page, '2026-01-13')).toEqual([`agenda:${n.depan}:s-terjadwal`])
      expect(page).toMatch(/<a href="\?tampilan=minggu&amp;tanggal=2026-01-1[01]">Pekan ini<\/a>/)
      const thisWeek = await open(`${base}?tampilan=minggu&tanggal=${now.slice(0, 10)}`)
      expect(thisWeek.page).toContain('5–11 Januari 2026')
      const month = await open(`${base}?tampilan=bulan`)
      expect(month.page).toContain('<h2 class="period">Januari 2026</h2>')
    }
    clock.set('2026-01-09T23:00:00+07:00')
    expect((await open(base)).page).toContain('5–11 Januari 2026')
  })

  it('filters by agency, keeping the choice in the form and in the navigation', async () => {
    const { open, workspaceId, numbers: n } = await setup()
    const { page } = await open(
      `${calendarPath(workspaceId, 'guest')}?tampilan=minggu&tanggal=2026-01-07&instansi=polres`,
    )
    expect(page).toContain('<option value="POLRES" selected>POLRES — Polres Wonosobo</option>')
    expect(page).toContain('Hanya POLRES — Polres Wonosobo.')
    expect(entriesOn(page, '2026-01-05')).toEqual([])
    expect(entriesOn(page, '2026-01-06')).toEqual([])
    expect(entriesOn(page, '2026-01-08')).toEqual([
      `agenda:${n.operasi}:s-terjadwal`,
      `agenda:${n.apel}:s-batal`,
    ])
    expect(page).toContain('href="?tampilan=minggu&amp;tanggal=2026-01-12&amp;instansi=POLRES" rel="next"')
    const unknown = await open(`${calendarPath(workspaceId, 'guest')}?instansi=BPS`)
    expect(entriesOn(unknown.page, '2026-01-05')).toEqual([`agenda:${n.rapat}:s-selesai`])
  })

  it('shows times in the zone of the workspace', async () => {
    const { open, workspaceId, chat } = await setup()
    await chat.db
      .updateTable('workspaces')
      .set({ timezone: 'Asia/Makassar' })
      .where('id', '=', workspaceId)
      .execute()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(page).toContain('Semua waktu dalam WITA (Asia/Makassar)')
    expect(page).toMatch(/<span class="time">10\.00<\/span> <span class="title">Rapat koordinasi imunisasi/)
  })

  it('speaks English to an English workspace', async () => {
    const { open, workspaceId, chat } = await setup()
    await chat.db.updateTable('workspaces').set({ language: 'en' }).where('id', '=', workspaceId).execute()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Calendar of Bakohumas Kabupaten Wonosobo')
    expect(page).toContain('Next week ›')
  })

  it('answers a forged, altered or foreign link with a plain 404 page in Indonesian', async () => {
    const { app, workspaceId } = await setup()
    const genuine = calendarPath(workspaceId, 'guest').slice('/kalender/'.length)
    const [id, generation, , expires, signature] = genuine.split('.')
    const forged = [
      `${id}.${generation}.c1.${expires}.${signature}`,
      `${Number(id) + 1}.${generation}.g.${expires}.${signature}`,
      `${id}.${generation}.g.${Number(expires) + 86_400}.${signature}`,
      `${id}.${generation}.g.${expires}.${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`,
      calendarPath(workspaceId, 'guest', undefined, 'kunci-lain-yang-juga-cukup-panjang-untuk-hmac').slice(
        10,
      ),
      'bukan-tautan',
      '',
    ]
    for (const token of forged) {
      const response = await app.request(`/kalender/${token}`)
      expect(response.status, token).toBe(404)
      const page = await response.text()
      if (token) expect(page).toContain('Halaman tidak ditemukan')
    }
    const listing = await app.request('/kalender')
    expect(listing.status).toBe(404)
  })

  it('answers an expired link with 410 and says how to get a new one', async () => {
    const { app, clock, workspaceId } = await setup()
    const path = calendarPath(workspaceId, 'guest', '2026-01-08T10:00:00+07:00')
    expect((await app.request(path)).status).toBe(200)
    clock.set('2026-01-08T10:00:00+07:00')
    const response = await app.request(path)
    expect(response.status).toBe(410)
    const page = await response.text()
    expect(page).toContain('Tautan sudah kedaluwarsa')
    expect(page).toContain('/kalender web')
  })

  it('answers a link to a workspace that no longer exists with 404', async () => {
    const { app } = await setup()
    const response = await app.request(calendarPath(999_999, 'guest'))
    expect(response.status).toBe(404)
  })

  it('serves its stylesheet from its own origin, cacheable', async () => {
    const { app, open, workspaceId } = await setup()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!
    const css = await app.request(href)
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(css.headers.get('cache-control')).toContain('max-age=')
    expect(await css.text()).toContain('details.content.s-ditolak')
  })

  it('prints a week on A4 landscape as seven columns, without the controls', async () => {
    const { app, open, workspaceId } = await setup()
    const { page } = await open(calendarPath(workspaceId, 'guest'))
    expect(page).toContain('<div class="week">')
    const css = await (await app.request(/<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!)).text()
    expect(css).toContain('@page { size: A4 landscape; margin: 10mm; }')
    const print = css.slice(css.indexOf('@media print {'))
    expect(print).toContain(
      '.week, .month .grid { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr));',
    )
    expect(print).toContain('nav.controls, .notice, footer p { display: none; }')
    expect(print).toContain('.day { margin: 0; padding: 1.5mm; border-color: #9ca3af; break-inside: avoid; }')
  })

  it('makes the secret links only with the secret it was given', async () => {
    const { workspaceId } = await setup()
    const other = webApp(get(), new FixedClock(NOW), { linkSecret: `${SECRET}-lain` })
    expect((await other.request(calendarPath(workspaceId, 'guest'))).status).toBe(404)
  })
})
