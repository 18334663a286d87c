import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { readIcs } from '../support/ics-reader.js'
import { setdaDinkesForum } from '../support/setda-dinkes-forum.js'
import { instantOf } from '../time/clock.js'

type NodeIcal = typeof import('node-ical')
const nodeIcal = (await import('node-ical').then(
  (module) => (module as { default?: NodeIcal }).default ?? module,
)) as NodeIcal

const WIB = 'Asia/Jakarta'

describeWithDatabase('cancelling and editing one date of a recurring item', (get) => {
  // Thursday 3 December 2026, 10.00 WIB; #1 is every Monday and Thursday at 07.30 from 7 December.
  async function forum() {
    const chat = new ChatHarness(get().db, { now: instantOf('2026-12-03 10:00', WIB).toISOString() })
    const seeded = await setdaDinkesForum(chat)
    const send = (text: string, who = seeded.budi) => chat.send(seeded.group, who, text)
    await send('/agenda tambah setiap Senin dan Kamis 07.30 Apel Pagi @ Halaman Setda')
    const rows = () => chat.db.selectFrom('agenda_items').selectAll().orderBy('number').execute()
    const listed = async (period: string) =>
      (await send(`/agenda ${period}`)).text.split('\n').filter((line) => /^(•|[A-Z][a-z]+, )/.test(line))
    const icsEvents = async () => {
      const answer = await send('/kalender ics')
      return new TextDecoder().decode(answer.messages[0]!.files![0]!.content)
    }
    return { chat, send, rows, listed, icsEvents, dina: seeded.dina, sari: seeded.coordinator }
  }

  it('asks whether one date or the whole series is meant, and changes nothing', async () => {
    const { send, rows } = await forum()
    const answer = await send('/agenda batal 1')
    expect(answer.text).toBe(
      [
        'Agenda #1 berulang (setiap Senin dan Kamis). Batalkan satu jadwal atau seluruhnya?',
        '/agenda batal 1 tanggal 7 Desember — satu jadwal saja',
        '/agenda batal 1 semua — seluruh rangkaian',
      ].join('\n'),
    )
    expect(await rows()).toMatchObject([{ status: 'terjadwal', excluded_dates: [] }])
  })

  it('cancels one date: it leaves the lists and becomes an EXDATE of the series', async () => {
    const { send, rows, listed, icsEvents } = await forum()
    const answer = await send('/agenda batal 1 tanggal 10 Desember hujan deras')
    expect(answer.text).toContain(
      'Jadwal agenda #1 pada Kamis, 10 Desember 2026 dibatalkan. Jadwal lainnya tetap',
    )
    expect(await rows()).toMatchObject([{ status: 'terjadwal', excluded_dates: ['2026-12-10'] }])
    expect(await listed('7-14 Desember 2026')).toEqual([
      'Senin, 7 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
      'Senin, 14 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
    ])
    const raw = await icsEvents()
    expect(readIcs(raw).events[0]!.EXDATE).toEqual({ params: { TZID: WIB }, value: '20261210T073000' })
    const event = Object.values(nodeIcal.sync.parseICS(raw)).find(
      (component) => component?.type === 'VEVENT',
    ) as import('node-ical').VEvent
    expect(Object.values(event.exdate ?? {}).map((date) => (date as Date).toISOString())).toContain(
      '2026-12-10T00:30:00.000Z',
    )
    const again = await send('/agenda batal 1 tanggal 8 Desember')
    expect(again.text).toContain('Agenda #1 tidak berjadwal pada Selasa, 8 Desember 2026')
  })

  it('detaches an edited date into an item of its own, leaving that date out of the series', async () => {
    const { send, rows, listed, icsEvents } = await forum()
    const answer = await send('/agenda ubah 1 tanggal 14 Desember\nWaktu: 08.00\nTempat: Aula Setda')
    expect(answer.text).toContain(
      'Jadwal agenda #1 pada Senin, 14 Desember 2026 diubah tersendiri menjadi agenda #2. Jadwal lainnya tetap.',
    )
    expect(answer.text).toContain('Waktu: 08.00 WIB')
    expect(answer.text).toContain(
      'Bagian dari agenda berulang #1 (Senin, 14 Desember 2026), diubah tersendiri.',
    )
    expect(
      (await rows()).map((row) => [row.number, row.excluded_dates, row.detached_from, row.detached_date]),
    ).toEqual([
      [1, ['2026-12-14'], null, null],
      [2, [], 1, '2026-12-14'],
    ])
    expect(await listed('14-17 Desember 2026')).toEqual([
      'Senin, 14 Desember 2026',
      '• #2 · 08.00 WIB · Apel Pagi @ Aula Setda · SETDA',
      'Kamis, 17 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin',
    ])
    // The forum's commemoration days are in the file too; only the agenda's events matter here.
    const events = readIcs(await icsEvents()).events.filter((event) => !event.UID!.value.startsWith('hari-'))
    expect(events.map((event) => [event.DTSTART!.value, event.EXDATE?.value ?? null])).toEqual([
      ['20261207T073000', '20261214T073000'],
      ['20261214T010000Z', null],
    ])
  })

  it('cancels the whole series with `semua`', async () => {
    const { send, rows, listed } = await forum()
    const answer = await send('/agenda batal 1 semua apel ditiadakan')
    expect(answer.text).toContain('Agenda #1 dibatalkan')
    expect(answer.text).toContain('Alasan batal: apel ditiadakan')
    expect(await rows()).toMatchObject([{ status: 'batal', excluded_dates: [] }])
    expect(await listed('7-18 Desember 2026')).toEqual([])
  })

  it('ends a series already under way with `semua`: past dates stay as they happened, later ones go', async () => {
    const { chat, send, rows, listed, icsEvents } = await forum()
    // Wednesday 16 December: 7, 10 and 14 December took place.
    chat.clock.set(instantOf('2026-12-16 10:00', WIB).toISOString())
    const answer = await send('/agenda batal 1 semua apel ditiadakan')
    expect(answer.text).toContain(
      'Agenda berulang #1 dihentikan mulai Kamis, 17 Desember 2026; 3 jadwal yang sudah lewat tetap tercatat.',
    )
    expect(answer.text).toContain('Ulangi: setiap Senin dan Kamis, sampai Senin, 14 Desember 2026')
    expect(await rows()).toMatchObject([{ status: 'terjadwal', recurs_until: '2026-12-14' }])
    expect(await listed('7-24 Desember 2026')).toEqual([
      'Senin, 7 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin · selesai',
      'Kamis, 10 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin · selesai',
      'Senin, 14 Desember 2026',
      '• #1 · 07.30 WIB · Apel Pagi @ Halaman Setda · SETDA · rutin · selesai',
    ])
    const event = readIcs(await icsEvents()).events.find((one) => !one.UID!.value.startsWith('hari-'))!
    expect(event.RRULE!.value).toBe('FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261214T165959Z')
    const again = await send('/agenda batal 1 semua')
    expect(again.text).toContain('Agenda berulang #1 sudah berakhir')
  })

  it('cancels with `semua` the detached dates still to come, and says how many', async () => {
    const { send, rows, listed } = await forum()
    await send('/agenda ubah 1 tanggal 14 Desember\nWaktu: 08.00')
    const answer = await send('/agenda batal 1 semua apel ditiadakan')
    expect(answer.text).toContain('Agenda #1 dibatalkan')
    expect(answer.text).toContain('Juga dibatalkan: 1 jadwal yang diubah tersendiri (#2).')
    expect((await rows()).map((row) => [row.number, row.status, row.cancel_reason])).toEqual([
      [1, 'batal', 'apel ditiadakan'],
      [2, 'batal', 'apel ditiadakan'],
    ])
    expect(await listed('7-18 Desember 2026')).toEqual([
      'Senin, 14 Desember 2026',
      '• #2 · 08.00 WIB · Apel Pagi @ Halaman Setda · SETDA · batal',
    ])
  })

  it('leaves a detached date already past, and one handed to another agency, when ending a series under way', async () => {
    const { chat, send, rows, sari } = await forum()
    await send('/agenda ubah 1 tanggal 10 Desember\nWaktu: 08.00')
    await send('/agenda ubah 1 tanggal 21 Desember\nTempat: Aula Setda')
    await send('/agenda ubah 1 tanggal 24 Desember\nInstansi: DINKES', sari)
    chat.clock.set(instantOf('2026-12-16 10:00', WIB).toISOString())
    const answer = await send('/agenda batal 1 semua')
    expect(answer.text).toContain('Agenda berulang #1 dihentikan mulai Kamis, 17 Desember 2026')
    expect(answer.text).toContain('Juga dibatalkan: 1 jadwal yang diubah tersendiri (#3).')
    expect((await rows()).map((row) => [row.number, row.status])).toEqual([
      [1, 'terjadwal'],
      [2, 'terjadwal'],
      [3, 'batal'],
      [4, 'terjadwal'],
    ])
    const audited = await chat.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'in', ['agenda.series_ended', 'agenda.cancelled'])
      .orderBy('id')
      .execute()
    expect(audited).toEqual([
      { action: 'agenda.series_ended', subject: 'agenda#1' },
      { action: 'agenda.cancelled', subject: 'agenda#3' },
    ])
  })

  it('says nothing of detached dates when there were none to cancel', async () => {
    const { send } = await forum()
    const answer = await send('/agenda batal 1 semua')
    expect(answer.text).not.toContain('Juga dibatalkan')
  })

  it('says in English that a series under way was ended', async () => {
    const { chat, send } = await forum()
    chat.clock.set(instantOf('2026-12-16 10:00', WIB).toISOString())
    await chat.db.updateTable('workspaces').set({ language: 'en' }).execute()
    const answer = await send('/events cancel 1 semua')
    expect(answer.text).toContain(
      'Recurring event #1 stopped from Thursday, 17 December 2026; the 3 dates already past stay on record.',
    )
  })

  it('says in English that the detached dates still to come were cancelled too', async () => {
    const { chat, send } = await forum()
    await send('/agenda ubah 1 tanggal 14 Desember\nWaktu: 08.00')
    await send('/agenda ubah 1 tanggal 17 Desember\nWaktu: 08.00')
    await chat.db.updateTable('workspaces').set({ language: 'en' }).execute()
    const answer = await send('/events cancel 1 semua')
    expect(answer.text).toContain('Also cancelled: 2 date(s) changed on their own (#2, #3).')
  })

  it('refuses moving the series’ date or changing its rule, and an edit by another agency', async () => {
    const { send, rows, dina } = await forum()
    const moved = await send('/agenda ubah 1 Tanggal: 9 Desember')
    expect(moved.text).toContain('Agenda #1 berulang, jadi tanggalnya mengikuti pengulangan')
    expect(moved.text).toContain('/agenda ubah 1 tanggal 7 Desember')
    const rule = await send('/agenda ubah 1 Ulangi: setiap Selasa')
    expect(rule.text).toContain('Pengulangan tidak bisa diubah')
    const other = await send('/agenda batal 1 tanggal 10 Desember', dina)
    expect(other.text).toContain('Agenda #1 milik SETDA')
    expect(await rows()).toMatchObject([{ status: 'terjadwal', excluded_dates: [] }])
  })
})
