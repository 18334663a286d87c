import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, seededForum, webApp } from './fixture.js'

/** The amplification requests shown in one day section of the page, as `number:status`. */
function requestsOn(page: string, date: string): string[] {
  const start = page.indexOf(`data-date="${date}"`)
  if (start < 0) return []
  const end = page.indexOf('</section>', start)
  return [
    ...page
      .slice(start, end)
      .matchAll(/<details class="entry amplification (s-[a-z]+)" data-number="(\d+)"/g),
  ].map(([, status, number]) => `${number}:${status}`)
}

describeWithDatabase('amplification requests on the web calendar', (get) => {
  it('shows each request on the day of its deadline, with what to share, and only for a filtered agency it asks', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { workspaceId, group, coordinator } = await seededForum(chat)
    await chat.send(
      group,
      coordinator,
      '/sebar instagram.com/p/HBN Hari Bela Negara sampai besok 12.00 untuk DINKES',
    )
    await chat.send(group, coordinator, '/sebar youtu.be/ibu Hari Ibu')
    await chat.send(group, coordinator, '/sebar fb.watch/x Dibatalkan')
    const [cancelled] = await chat.db
      .selectFrom('amplification_requests')
      .select('number')
      .where('title', '=', 'Dibatalkan')
      .execute()
    await chat.send(group, coordinator, `/sebar ${cancelled!.number} batal`)
    const [first, second] = await chat.db
      .selectFrom('amplification_requests')
      .select('number')
      .orderBy('number')
      .execute()

    const app = webApp(get(), new FixedClock(NOW))
    const page = await (await app.request(calendarPath(workspaceId, 'guest'))).text()
    expect(requestsOn(page, '2026-01-07')).toEqual([`${second!.number}:s-terbuka`])
    expect(requestsOn(page, '2026-01-08')).toEqual([`${first!.number}:s-terbuka`])
    expect(page).toMatch(
      /<span class="time">12\.00<\/span> <span class="kind">Sebar<\/span><span class="title">Hari Bela Negara<\/span>/,
    )
    expect(page).toContain('<a href="https://instagram.com/p/HBN"')
    expect(page).not.toContain('Dibatalkan')

    const polres = await (await app.request(`${calendarPath(workspaceId, 'guest')}?instansi=POLRES`)).text()
    expect(requestsOn(polres, '2026-01-07')).toEqual([`${second!.number}:s-terbuka`])
    expect(requestsOn(polres, '2026-01-08')).toEqual([])
  })
})
