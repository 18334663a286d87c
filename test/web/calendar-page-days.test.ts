import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, seededForum, webApp } from './fixture.js'

/** The commemoration lines of one day section of the page, as shown. */
function commemorationsOn(page: string, date: string): string[] {
  const start = page.indexOf(`data-date="${date}"`)
  if (start < 0) return []
  const section = page.slice(start, page.indexOf('</section>', start))
  return [...section.matchAll(/<li class="k-([a-z_]+)">([^<]*)<\/li>/g)].map(
    ([, kind, text]) => `${kind}: ${text}`,
  )
}

describeWithDatabase('commemoration days on the web calendar page', (get) => {
  it('shows the national days, days off and forum days by date, whatever agency is filtered on', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { group, coordinator, workspaceId } = await seededForum(chat)
    await chat.send(group, coordinator, '/hari tambah 14 Januari Hari Jadi Kabupaten')
    await chat.send(group, coordinator, '/hari sembunyikan Hari Gizi Nasional')
    const app = webApp(get(), new FixedClock(NOW))
    const base = calendarPath(workspaceId, 'guest')

    const week = await (
      await app.request(`${base}?tampilan=minggu&tanggal=2026-01-12&instansi=POLRES`)
    ).text()
    expect(commemorationsOn(week, '2026-01-14')).toEqual(['forum: Hari Jadi Kabupaten (hari forum)'])
    expect(commemorationsOn(week, '2026-01-16')).toEqual([
      'libur_nasional: Isra Mikraj Nabi Muhammad SAW (libur nasional)',
    ])
    expect(commemorationsOn(week, '2026-01-15')).toEqual([])

    const month = await (await app.request(`${base}?tampilan=bulan&tanggal=2027-03-01`)).text()
    expect(commemorationsOn(month, '2027-03-01')).toEqual(['nasional: Hari Penegakan Kedaulatan Negara'])
    expect(commemorationsOn(month, '2027-03-10')).toEqual([
      'libur_nasional: Idul Fitri 1448 H (libur nasional) perkiraan',
    ])
    const january = await (await app.request(`${base}?tampilan=bulan&tanggal=2026-01-01`)).text()
    expect(commemorationsOn(january, '2026-01-25')).toEqual([])
  })
})
