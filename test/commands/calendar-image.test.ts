import { expect, it } from 'vitest'
import type { OutgoingFile } from '../../src/chat/types.js'
import { renderPlain } from '../../src/text/render-plain.js'
import { insertAgenda, insertDraft } from '../support/calendar-items.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readPng } from '../support/png.js'
import { seedForum } from '../support/seed.js'

// Wednesday 7 January 2026, 10.00 WIB: this week runs Monday 5 to Sunday 11 January.
const NOW = '2026-01-07T10:00:00+07:00'

describeWithDatabase('/kalender gambar', (get) => {
  async function forum() {
    const chat = new ChatHarness(get().db, { now: NOW })
    const seeded = await seedForum(chat, {
      agencies: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'POLRES', name: 'Polres Wonosobo' },
      ],
      members: [{ name: 'Budi', agency: 'DINKES' }],
    })
    await insertAgenda(chat.db, seeded.workspaceId, {
      agency: 'DINKES',
      title: 'Rapat koordinasi imunisasi',
      startsAt: '2026-01-07T02:00:00Z',
      location: 'Aula Dinkes',
    })
    await insertDraft(chat.db, seeded.workspaceId, {
      agency: 'POLRES',
      title: 'Draf video patroli',
      plannedAt: '2026-01-08T05:00:00Z',
      status: 'diajukan',
      platforms: ['tiktok'],
    })
    return { chat, ...seeded, budi: seeded.people.Budi! }
  }

  function onlyImage(messages: readonly { text: unknown; files?: readonly OutgoingFile[] }[]): OutgoingFile {
    expect(messages).toHaveLength(1)
    const files = messages[0]!.files ?? []
    expect(files).toHaveLength(1)
    return files[0]!
  }

  it('answers with a PNG of this week, 1080 pixels wide, captioned with the period and the forum', async () => {
    const { chat, group, budi } = await forum()
    const answer = await chat.send(group, budi, '/kalender gambar')
    expect(answer.text).toBe('')
    const image = onlyImage(answer.messages)
    expect(image.mimeType).toBe('image/png')
    expect(image.fileName).toBe('kalender-2026-01-05.png')
    expect(renderPlain(image.caption!)).toBe('Kalender 5–11 Januari 2026 — Bakohumas Kabupaten Wonosobo')
    const png = readPng(image.content)
    expect(png.width).toBe(1080)
    expect(png.height).toBeGreaterThan(1000)
    expect(png.colours).toBeGreaterThan(10)
  })

  it('takes a period and the English alias, in the workspace language', async () => {
    const { chat, group, budi, coordinator } = await forum()
    const nextMonth = await chat.send(group, budi, '/kalender gambar Januari')
    expect(renderPlain(onlyImage(nextMonth.messages).caption!)).toBe(
      'Kalender Januari 2026 — Bakohumas Kabupaten Wonosobo',
    )
    await chat.send(group, coordinator, '/bahasa en')
    const english = await chat.send(group, budi, '/calendar image')
    expect(renderPlain(onlyImage(english.messages).caption!)).toBe(
      'Calendar 5–11 January 2026 — Bakohumas Kabupaten Wonosobo',
    )
  })

  it('says so in words when the period is empty, and refuses a period longer than a month', async () => {
    const { chat, group, budi } = await forum()
    const empty = await chat.send(group, budi, '/kalender gambar Maret 2026')
    expect(empty.text).toBe('Tidak ada agenda maupun konten pada Maret 2026.')
    expect(empty.messages[0]!.files).toBeUndefined()
    const year = await chat.send(group, budi, '/kalender gambar tahun ini')
    expect(year.text).toContain('Gambar kalender memuat satu hari, satu pekan, atau satu bulan.')
    expect(year.messages[0]!.files).toBeUndefined()
  })
})
