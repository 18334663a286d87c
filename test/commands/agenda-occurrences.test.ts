import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readIcs } from '../support/ics-reader.js'
import { seedForum } from '../support/seed.js'
import { instantOf } from '../time/clock.js'

type NodeIcal = typeof import('node-ical')
const nodeIcal = (await import('node-ical').then(
  (module) => (module as { default?: NodeIcal }).default ?? module,
)) as NodeIcal

const WIB = 'Asia/Jakarta'

describeWithDatabase('occurrences of a recurring item', (get) => {
  // Thursday 3 December 2026, 10.00 WIB.
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-12-03 10:00', WIB).toISOString() })
    const seeded = await seedForum(chat, {
      agencies: [{ code: 'SETDA', name: 'Sekretariat Daerah', kind: 'opd' }],
      members: [{ name: 'Budi Setda', agency: 'SETDA' }],
    })
    const budi = seeded.people['Budi Setda']!
    const send = (text: string) => chat.send(seeded.group, budi, text)
    return { chat, send, ...seeded }
  }

  it('lists each occurrence under its day, with the series’ number, in /agenda and /kalender', async () => {
    const { send } = await forum()
    await send(
      '/agenda tambah setiap Senin dan Kamis sampai 17 Desember 2026 07.30 Apel Pagi @ Halaman Setda',
    )
    await send('/agenda tambah 8 Desember 2026 09.00 Rapat Humas')
    const week = await send('/agenda 7-11 Desember 2026')
    expect(week.text).toContain(
      [
        'Senin, 7 Desember 2026',
        '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
        'Selasa, 8 Desember 2026',
        '• #2 · 09.00 WIB · Rapat Humas · SETDA',
        'Kamis, 10 Desember 2026',
        '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
      ].join('\n'),
    )
    const month = await send('/kalender Desember 2026')
    const apelDays = month.text
      .split('\n\n')
      .filter((day) => day.includes('Apel Pagi'))
      .map((day) => day.split('\n')[0])
    // Until 17 December: nothing on the 21st and after.
    expect(apelDays).toEqual([
      'Senin, 7 Desember 2026',
      'Kamis, 10 Desember 2026',
      'Senin, 14 Desember 2026',
      'Kamis, 17 Desember 2026',
    ])
  })

  it('puts the day’s occurrence in the brief, and shows the next one in the details', async () => {
    const { chat, send } = await forum()
    await send('/agenda tambah setiap hari kerja 13.00 Piket Humas @ Ruang Media')
    chat.clock.set(instantOf('2026-12-07 07:00', WIB).toISOString())
    const brief = await send('/brief')
    expect(brief.text).toContain('13.00 WIB · Piket Humas @ Ruang Media · SETDA · rutin')
    chat.clock.set(instantOf('2026-12-04 14:00', WIB).toISOString())
    const details = await send('/agenda 1')
    expect(details.text).toContain('Tanggal: Kamis, 3 Desember 2026')
    expect(details.text).toContain('Ulangi: setiap hari kerja (Senin–Jumat)')
    expect(details.text).toContain('Berikutnya: Senin, 7 Desember 2026')
  })

  it('writes a series to the .ics file as one event with its rule, read back day by day by node-ical', async () => {
    const { send } = await forum()
    await send('/agenda tambah setiap Senin pertama sampai 31 Maret 2027 08.00-10.00 Rakor Humas @ Aula')
    await send('/agenda tambah setiap tanggal 5 Sosialisasi')
    const answer = await send('/kalender ics')
    const raw = new TextDecoder().decode(answer.messages[0]!.files![0]!.content)
    const { events: read } = readIcs(raw)
    const rakor = read.find((event) => event.SUMMARY?.value === 'Rakor Humas')
    const sosialisasi = read.find((event) => event.SUMMARY?.value === 'Sosialisasi')
    expect(rakor!.DTSTART).toEqual({ params: { TZID: WIB }, value: '20261207T080000' })
    expect(rakor!.DTEND).toEqual({ params: { TZID: WIB }, value: '20261207T100000' })
    expect(rakor!.RRULE!.value).toBe('FREQ=MONTHLY;BYDAY=+1MO;UNTIL=20270331T165959Z')
    expect(sosialisasi!.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20261205' })
    expect(sosialisasi!.RRULE!.value).toBe('FREQ=MONTHLY;BYMONTHDAY=5')
    expect(raw).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\nBEGIN:STANDARD')
    expect(raw).toContain('TZOFFSETTO:+0700')

    const events = Object.values(nodeIcal.sync.parseICS(raw)).filter(
      (component) => component?.type === 'VEVENT',
    ) as import('node-ical').VEvent[]
    const rule = events.find((event) => event.summary === 'Rakor Humas')!.rrule!
    const dates = rule.between(new Date('2026-12-01T00:00:00Z'), new Date('2027-06-01T00:00:00Z'), true)
    expect(dates.map((date) => date.toISOString())).toEqual([
      '2026-12-07T01:00:00.000Z',
      '2027-01-04T01:00:00.000Z',
      '2027-02-01T01:00:00.000Z',
      '2027-03-01T01:00:00.000Z',
    ])
  })

  it('skips public holidays only when `kecuali libur` is given, in lists and as EXDATEs', async () => {
    const { send } = await forum()
    const added = await send(
      '/agenda tambah setiap Kamis dan Jumat kecuali libur 07.30 Senam Pagi @ Alun-alun',
    )
    expect(added.text).toContain('Ulangi: setiap Kamis dan Jumat, kecuali hari libur')
    // The shipped holidays end with 2027: an open-ended series is told that later ones are not skipped.
    expect(added.text).toContain(
      'Catatan: hari libur baru diketahui sampai Jumat, 31 Desember 2027; sesudahnya tidak ada jadwal yang dilewati.',
    )
    const bounded = await send(
      '/agenda tambah setiap Senin kecuali libur sampai 30 Juni 2027 08.00 Apel Pagi @ Halaman Setda',
    )
    expect(bounded.text).toContain('kecuali hari libur')
    expect(bounded.text).not.toContain('hari libur baru diketahui')
    await send('/agenda tambah setiap Kamis 09.00 Rapat Staf')
    const lines = (await send('/agenda 24-31 Desember 2026')).text
      .split('\n')
      .filter((line) => /^(•|[A-Z][a-z]+, )/.test(line))
    // 24 December is cuti bersama and 25 December Christmas: only the rapat, which has no `kecuali libur`.
    expect(lines).toEqual([
      'Kamis, 24 Desember 2026',
      '• #3 · 09.00 WIB · Rapat Staf · SETDA · rutin',
      'Senin, 28 Desember 2026',
      '• #2 · 08.00 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
      'Kamis, 31 Desember 2026',
      '• #1 · 07.30 WIB · Senam Pagi @ Alun-alun · SETDA · rutin',
      '• #3 · 09.00 WIB · Rapat Staf · SETDA · rutin',
    ])
    const answer = await send('/kalender ics')
    const raw = new TextDecoder().decode(answer.messages[0]!.files![0]!.content)
    const senam = readIcs(raw).events.find((event) => event.SUMMARY?.value === 'Senam Pagi')!
    expect(senam.EXDATE!.value).toMatch(/^20261224T073000,20261225T073000,20270101T073000,/)
    const rapat = readIcs(raw).events.find((event) => event.SUMMARY?.value === 'Rapat Staf')!
    expect(rapat.EXDATE).toBeUndefined()
  })
})
