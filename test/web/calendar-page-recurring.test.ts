import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, seededForum, webApp } from './fixture.js'

/** The agenda numbers shown on one day of the page. */
function agendaOn(page: string, date: string): string[] {
  const start = page.indexOf(`data-date="${date}"`)
  const end = page.indexOf('</section>', start)
  return [
    ...page.slice(start, end).matchAll(/<details class="entry agenda s-[a-z]+" data-number="(\d+)"/g),
  ].map(([, number]) => number!)
}

describeWithDatabase('web calendar page with a recurring item', (get) => {
  it('shows the series on each day it happens, under its own number', async () => {
    // Wednesday 7 January 2026, 10.00 WIB.
    const chat = new ChatHarness(get().db, { now: NOW })
    const forum = await seededForum(chat)
    const added = await chat.send(
      forum.group,
      forum.people.Budi!,
      '/agenda tambah setiap Rabu dan Jumat 13.00 Senam',
    )
    const number = /Agenda #(\d+) tercatat/.exec(added.text)![1]!
    const response = await webApp(get(), new FixedClock(NOW)).request(
      calendarPath(forum.workspaceId, 'guest'),
    )
    const page = await response.text()
    expect(agendaOn(page, '2026-01-07')).toContain(number)
    expect(agendaOn(page, '2026-01-08')).not.toContain(number)
    expect(agendaOn(page, '2026-01-09')).toContain(number)
  })
})
