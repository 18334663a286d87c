import { describe, expect, it } from 'vitest'
import { parseDateAndTime, parseLeadingWhen, parseWhen, type WhenResult } from '../../src/time/parse-when.js'
import { instantOf, wallClock } from './clock.js'

const JAKARTA = 'Asia/Jakarta'
const MAKASSAR = 'Asia/Makassar'
// A Wednesday, 10.00 WIB.
const NOW = instantOf('2026-01-07 10:00', JAKARTA)

function timed(result: WhenResult, zone = JAKARTA) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  if (result.when.kind !== 'time') throw new Error(`not a time: ${JSON.stringify(result.when)}`)
  const { start, end, ...flags } = result.when
  return { start: wallClock(start, zone), end: end && wallClock(end, zone), ...flags }
}

function refusal(result: WhenResult) {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.when)}`)
  return result.error
}

describe('parseWhen', () => {
  it('converts a time written in another zone and remembers that zone', () => {
    const when = timed(parseWhen('besok 09.00 WIB', NOW, MAKASSAR), MAKASSAR)
    expect(when.start).toBe('2026-01-08 10:00')
    expect(when.statedZone).toBe(JAKARTA)
  })

  it('uses the workspace zone when none is written', () => {
    expect(timed(parseWhen('besok 09.00', NOW, MAKASSAR), MAKASSAR).statedZone).toBe(MAKASSAR)
  })

  it('flags an hour before 06.00 given without pagi/siang/sore/malam', () => {
    expect(timed(parseWhen('besok jam 3', NOW, JAKARTA)).earlyHourUnqualified).toBe(true)
    expect(timed(parseWhen('besok jam 3 pagi', NOW, JAKARTA)).earlyHourUnqualified).toBe(false)
    expect(timed(parseWhen('besok jam 9', NOW, JAKARTA)).earlyHourUnqualified).toBe(false)
  })

  it('says when the year was inferred', () => {
    expect(timed(parseWhen('5/1 08.00', NOW, JAKARTA))).toMatchObject({
      start: '2027-01-05 08:00',
      yearInferred: true,
    })
    expect(timed(parseWhen('5/1/2026 08.00', NOW, JAKARTA)).yearInferred).toBe(false)
  })

  it('reads "s.d. selesai" as lasting until the event is over, with no end', () => {
    for (const text of [
      'besok 09.00 s.d. selesai',
      'besok 09.00 s/d selesai',
      'besok 09.00 - selesai acara',
    ]) {
      expect(timed(parseWhen(text, NOW, JAKARTA))).toMatchObject({ untilDone: true, end: undefined })
    }
  })

  it('lets one part of the day cover both ends of a range', () => {
    expect(timed(parseWhen('besok jam 1-3 siang', NOW, JAKARTA))).toMatchObject({
      start: '2026-01-08 13:00',
      end: '2026-01-08 15:00',
    })
  })

  it('ends a range that passes midnight on the next day', () => {
    expect(timed(parseWhen('besok 22.00-01.00', NOW, JAKARTA)).end).toBe('2026-01-09 01:00')
  })

  it('gives a date without a time as an all-day date, and a range of dates as a span', () => {
    expect(parseWhen('Sabtu, 17 Januari 2026', NOW, JAKARTA)).toMatchObject({
      when: { kind: 'date', date: '2026-01-17' },
    })
    expect(parseWhen('12-14 Januari 2026', NOW, JAKARTA)).toMatchObject({
      when: { kind: 'date', date: '2026-01-12', endDate: '2026-01-14' },
    })
  })

  it('reads Sunday as "hari Minggu" or "Minggu" before a date, and "Minggu depan" alone as a week, not a day', () => {
    expect(parseWhen('hari Minggu depan', NOW, JAKARTA)).toMatchObject({ when: { date: '2026-01-18' } })
    expect(parseWhen('Minggu, 11 Januari 2026', NOW, JAKARTA)).toMatchObject({ when: { date: '2026-01-11' } })
    expect(refusal(parseWhen('Minggu depan', NOW, JAKARTA)).code).toBe('not_understood')
  })

  it('accepts a weekday after the date, in parentheses, and short weekdays before a date', () => {
    expect(timed(parseWhen('12/1 (Senin) 09.00', NOW, JAKARTA)).start).toBe('2026-01-12 09:00')
    expect(timed(parseWhen('Sen 12/1 09.00', NOW, JAKARTA)).start).toBe('2026-01-12 09:00')
  })

  it('reads durations with chrono.id, number words included', () => {
    expect(parseWhen('dua hari lagi', NOW, JAKARTA)).toMatchObject({
      when: { kind: 'date', date: '2026-01-09' },
    })
    expect(timed(parseWhen('3 hari lagi jam 9', NOW, JAKARTA)).start).toBe('2026-01-10 09:00')
    expect(timed(parseWhen('2 jam lagi', NOW, JAKARTA)).start).toBe('2026-01-07 12:00')
  })

  it('names the weekday that does not match its date, and the weekday the date really is', () => {
    expect(refusal(parseWhen('Senin, 13 Januari 2026', NOW, JAKARTA))).toEqual({
      code: 'weekday_mismatch',
      part: 'Senin',
      expectedWeekday: 2,
    })
  })

  it('names impossible dates and times', () => {
    expect(refusal(parseWhen('31/2 09.00', NOW, JAKARTA))).toEqual({ code: 'invalid_date', part: '31/2' })
    expect(refusal(parseWhen('30 Februari 2026', NOW, JAKARTA))).toEqual({
      code: 'invalid_date',
      part: '30 Februari 2026',
    })
    expect(refusal(parseWhen('besok jam 25', NOW, JAKARTA))).toEqual({ code: 'invalid_time', part: 'jam 25' })
    expect(refusal(parseWhen('besok 09.75', NOW, JAKARTA))).toEqual({ code: 'invalid_time', part: '09.75' })
  })

  it('refuses an expression only partly understood, naming the rest', () => {
    expect(refusal(parseWhen('besok 09.00 kira-kira', NOW, JAKARTA))).toEqual({
      code: 'not_understood',
      part: 'kira-kira',
    })
    expect(refusal(parseWhen('besok pagi', NOW, JAKARTA))).toEqual({
      code: 'hour_missing',
      part: 'besok pagi',
    })
  })

  it('requires a date: a time alone or nothing at all is missing', () => {
    expect(refusal(parseWhen('pukul 09.00', NOW, JAKARTA)).code).toBe('missing')
    expect(refusal(parseWhen('   ', NOW, JAKARTA)).code).toBe('missing')
  })

  it('refuses two different zones in one range', () => {
    expect(refusal(parseWhen('besok 09.00 WIB - 12.00 WITA', NOW, JAKARTA))).toEqual({
      code: 'not_understood',
      part: '12.00 WITA',
    })
  })
})

describe('parseLeadingWhen', () => {
  it('takes the longest leading date/time and leaves the title as the rest', () => {
    const result = parseLeadingWhen('besok 09.00-11.00 WIB Rapat Koordinasi @ Aula', NOW, JAKARTA)
    expect(result).toMatchObject({
      ok: true,
      consumed: 'besok 09.00-11.00 WIB',
      rest: 'Rapat Koordinasi @ Aula',
    })
  })

  it('drops the punctuation between the date/time and the title', () => {
    expect(parseLeadingWhen('besok 09.00 - Rapat', NOW, JAKARTA)).toMatchObject({ rest: 'Rapat' })
    expect(parseLeadingWhen('Senin, 12 Januari 2026, Rapat', NOW, JAKARTA)).toMatchObject({ rest: 'Rapat' })
  })

  it('keeps a number that starts the title in the title', () => {
    expect(parseLeadingWhen('besok 09.00 3 Tahun Kerja Nyata', NOW, JAKARTA)).toMatchObject({
      consumed: 'besok 09.00',
      rest: '3 Tahun Kerja Nyata',
    })
  })

  it('refuses a text that does not start with a date, naming its first word', () => {
    expect(refusal(parseLeadingWhen('Rapat besok', NOW, JAKARTA))).toEqual({
      code: 'not_understood',
      part: 'Rapat',
    })
  })
})

describe('parseDateAndTime', () => {
  it.each([
    ['Senin, 12 Januari 2026', '08.00 WIB s.d. selesai', '2026-01-12 08:00', undefined, true],
    ['14/1', '13.30-15.00', '2026-01-14 13:30', '2026-01-14 15:00', false],
    [undefined, 'Senin depan jam 7 pagi', '2026-01-12 07:00', undefined, false],
    ['Kamis / 15 Januari 2026', '09.00 s/d selesai', '2026-01-15 09:00', undefined, true],
    ['Senin - 12 Januari 2026.', 'Pukul 08.00 WIB s.d.Selesai', '2026-01-12 08:00', undefined, true],
  ])('reads Hari/Tanggal %j with Waktu %j', (dateText, timeText, start, end, untilDone) => {
    expect(timed(parseDateAndTime(dateText, timeText, NOW, JAKARTA))).toMatchObject({ start, end, untilDone })
  })

  it('takes the date from the date field and the time from the time field', () => {
    expect(
      timed(parseDateAndTime('Senin, 12 Januari 2026', '08.00 WIB s.d. selesai', NOW, JAKARTA)),
    ).toMatchObject({
      start: '2026-01-12 08:00',
      untilDone: true,
    })
  })

  it('accepts both in one field, either one', () => {
    expect(timed(parseDateAndTime(undefined, 'Senin depan jam 7 pagi', NOW, JAKARTA)).start).toBe(
      '2026-01-12 07:00',
    )
    expect(timed(parseDateAndTime('besok pukul 13.00', undefined, NOW, JAKARTA)).start).toBe(
      '2026-01-08 13:00',
    )
  })

  it('gives an all-day date when there is no time', () => {
    expect(parseDateAndTime('Kamis / 15 Januari 2026', undefined, NOW, JAKARTA)).toMatchObject({
      when: { kind: 'date', date: '2026-01-15' },
    })
  })

  it('refuses a time field whose date contradicts the date field', () => {
    expect(refusal(parseDateAndTime('12/1', 'Selasa 09.00', NOW, JAKARTA)).code).toBe('invalid_date')
  })

  it('refuses a time without any date as missing, and names leftovers in a field', () => {
    expect(refusal(parseDateAndTime(undefined, '09.00', NOW, JAKARTA)).code).toBe('missing')
    expect(refusal(parseDateAndTime('12/1', '09.00 bertempat', NOW, JAKARTA))).toEqual({
      code: 'not_understood',
      part: 'bertempat',
    })
  })

  it('passes on the error of the date field', () => {
    expect(refusal(parseDateAndTime('Senin, 13 Januari 2026', '09.00', NOW, JAKARTA)).code).toBe(
      'weekday_mismatch',
    )
  })
})

describe('spans of days', () => {
  // A Sunday, 10.00 WIB: Saturday 12 and Sunday 13 December 2026 are the coming weekend.
  const SUNDAY = instantOf('2026-12-06 10:00', JAKARTA)

  it('reads a weekday range before a date range as one span, leaving the title', () => {
    expect(
      parseLeadingWhen('Sabtu-Minggu, 12-13 Desember 2026 Jambore @ Kalianget', SUNDAY, JAKARTA),
    ).toEqual({
      ok: true,
      when: { kind: 'date', date: '2026-12-12', endDate: '2026-12-13' },
      consumed: 'Sabtu-Minggu, 12-13 Desember 2026',
      rest: 'Jambore @ Kalianget',
    })
    for (const text of [
      'Senin–Rabu (7–9/12)',
      'Senin s.d. Rabu, 7 s.d. 9 Desember 2026',
      'Sen-Rab 7/12 - 9/12',
    ]) {
      expect(parseWhen(text, SUNDAY, JAKARTA)).toMatchObject({
        when: { kind: 'date', date: '2026-12-07', endDate: '2026-12-09' },
      })
    }
  })

  it('names the weekday that does not fall on its end of the range, and the day it really is', () => {
    expect(refusal(parseWhen('Sabtu-Senin, 12-13 Desember 2026', SUNDAY, JAKARTA))).toEqual({
      code: 'weekday_mismatch',
      part: 'Senin',
      expectedWeekday: 0,
    })
    expect(refusal(parseWhen('Minggu - Senin / 12 - 13 Des', SUNDAY, JAKARTA))).toMatchObject({
      code: 'weekday_mismatch',
      part: 'Minggu',
    })
  })

  it('refuses two weekdays before one date, naming the date', () => {
    expect(refusal(parseWhen('Senin-Rabu, 7 Desember 2026', SUNDAY, JAKARTA))).toEqual({
      code: 'not_understood',
      part: '7 Desember 2026',
    })
  })

  it('reads weekdays alone as the coming such span, or that of the week named', () => {
    const span = (text: string, now: Date) => {
      const result = parseLeadingWhen(text, now, JAKARTA)
      return result.ok && result.when.kind === 'date'
        ? [result.when.date, result.when.endDate, result.rest]
        : result
    }
    expect(span('Senin-Rabu Bimtek', SUNDAY)).toEqual(['2026-12-07', '2026-12-09', 'Bimtek'])
    const tuesday = instantOf('2026-12-08 10:00', JAKARTA)
    expect(span('Senin-Rabu Bimtek', tuesday)).toEqual(['2026-12-14', '2026-12-16', 'Bimtek'])
    expect(span('Senin-Rabu ini Bimtek', tuesday)).toEqual(['2026-12-07', '2026-12-09', 'Bimtek'])
    expect(span('Jumat-Senin depan Bimtek', tuesday)).toEqual(['2026-12-18', '2026-12-21', 'Bimtek'])
  })

  it('reads a span with a time as the first day’s times repeated up to the last day', () => {
    expect(timed(parseWhen('12-13 Desember 2026 pukul 08.00-16.00', SUNDAY, JAKARTA))).toMatchObject({
      start: '2026-12-12 08:00',
      end: '2026-12-12 16:00',
      lastDay: '2026-12-13',
    })
    const keyForm = parseDateAndTime(
      'Sabtu-Minggu, 12-13 Desember 2026',
      '08.00 - 16.00 WITA',
      SUNDAY,
      JAKARTA,
    )
    expect(timed(keyForm, MAKASSAR)).toMatchObject({
      start: '2026-12-12 08:00',
      end: '2026-12-12 16:00',
      lastDay: '2026-12-13',
      statedZone: MAKASSAR,
    })
  })
})

describe('the one-line form never guesses (Monday 7 December 2026, 09.00 WITA)', () => {
  const MONDAY = instantOf('2026-12-07 09:00', MAKASSAR)
  const leading = (text: string) => parseLeadingWhen(text, MONDAY, MAKASSAR)
  const read = (text: string) => {
    const result = leading(text)
    return { ...timed(result, MAKASSAR), rest: result.ok ? result.rest : '' }
  }

  it('reads "setengah 9" as half past eight', () => {
    expect(read('besok jam setengah 9 Rapat')).toMatchObject({ start: '2026-12-08 08:30', rest: 'Rapat' })
    expect(read('besok setengah 8 malam Rapat')).toMatchObject({ start: '2026-12-08 19:30', rest: 'Rapat' })
  })

  it("reads a year cut to two digits after an apostrophe: 10 Des '26", () => {
    expect(read("Kamis, 10 Des '26 pkl 09.00 Rapat")).toMatchObject({
      start: '2026-12-10 09:00',
      rest: 'Rapat',
    })
  })

  it('reads "|" between the date and the time', () => {
    expect(read('Senin, 14 Des 2026 | 08.00 WIB Rapat')).toMatchObject({
      start: '2026-12-14 09:00',
      rest: 'Rapat',
    })
  })

  it('reads "Rabu besok" when tomorrow is a Wednesday, and refuses naming both words when not', () => {
    expect(read('Selasa besok jam 10 Rapat')).toMatchObject({ start: '2026-12-08 10:00', rest: 'Rapat' })
    expect(read('besok, Selasa 10.00 Rapat')).toMatchObject({ start: '2026-12-08 10:00', rest: 'Rapat' })
    expect(refusal(leading('Rabu besok jam 10 Rapat'))).toEqual({
      code: 'weekday_mismatch',
      part: 'Rabu besok',
      expectedWeekday: 2,
    })
  })

  it('keeps a weekday after a relative day without comma or "hari" in the title: "Jumat Curhat"', () => {
    expect(leading('besok Jumat Curhat')).toMatchObject({
      ok: true,
      when: { date: '2026-12-08' },
      rest: 'Jumat Curhat',
    })
  })

  it('refuses "jam 9an": "around nine" is not a time to schedule', () => {
    expect(refusal(leading('besok jam 9an Rapat'))).toEqual({ code: 'approximate_time', part: 'jam 9an' })
  })

  it('starts the title at a capitalised part of the day after a time with minutes', () => {
    expect(read('besok 10.00 Sore Bercerita di Perpustakaan')).toMatchObject({
      start: '2026-12-08 10:00',
      rest: 'Sore Bercerita di Perpustakaan',
    })
    expect(read('12 Des 19.30 Malam Puncak Festival')).toMatchObject({
      start: '2026-12-12 19:30',
      rest: 'Malam Puncak Festival',
    })
  })

  it('lets a part of the day qualify an hour without minutes, or a time it fits', () => {
    expect(read('besok jam 3 sore Rapat').start).toBe('2026-12-08 15:00')
    expect(read('besok pukul 7 malam Rapat').start).toBe('2026-12-08 19:00')
    expect(read('besok 3 sore Rapat').start).toBe('2026-12-08 15:00')
    expect(read('besok jam 6 sore Rapat').start).toBe('2026-12-08 18:00')
    expect(read('besok 19.30 malam Rapat').start).toBe('2026-12-08 19:30')
    expect(read('besok 3.30 sore Rapat').start).toBe('2026-12-08 15:30')
  })

  it('refuses an hour that does not fit its part of the day, never turning "10 sore" into 22.00', () => {
    expect(refusal(leading('besok 10 sore Rapat'))).toEqual({ code: 'day_part_mismatch', part: '10 sore' })
    expect(refusal(leading('besok jam 10 sore Rapat'))).toEqual({
      code: 'day_part_mismatch',
      part: 'jam 10 sore',
    })
    expect(refusal(leading('besok 10.00 sore Rapat'))).toEqual({
      code: 'day_part_mismatch',
      part: '10.00 sore',
    })
    expect(refusal(leading('besok jam 12 pagi Rapat')).code).toBe('day_part_mismatch')
    expect(refusal(leading('besok jam 14 malam Rapat')).code).toBe('day_part_mismatch')
  })

  it('reads "tanggal 15" and "tgl 15" as the next such day of a month', () => {
    expect(read('tanggal 15 jam 9 Rapat').start).toBe('2026-12-15 09:00')
    expect(read('tgl 15 09.00 Rapat').start).toBe('2026-12-15 09:00')
    expect(read('tgl 5 09.00 Rapat').start).toBe('2027-01-05 09:00')
    expect(refusal(leading('tgl 32 09.00 Rapat'))).toEqual({ code: 'invalid_date', part: 'tgl 32' })
  })

  it('reads "minggu depan hari Rabu" and "Rabu minggu depan" as the Wednesday of next week', () => {
    expect(read('minggu depan hari Rabu 09.00 Rapat').start).toBe('2026-12-16 09:00')
    expect(read('Rabu minggu depan 09.00 Rapat').start).toBe('2026-12-16 09:00')
  })

  it('reads "nanti sore jam 3" as 15.00 today, and refuses "nanti" without an hour', () => {
    expect(read('nanti sore jam 3 Jumpa Pers')).toMatchObject({
      start: '2026-12-07 15:00',
      rest: 'Jumpa Pers',
    })
    expect(refusal(leading('nanti sore Jumpa Pers'))).toEqual({ code: 'hour_missing', part: 'nanti sore' })
    // Alone, `nanti` is no date at all, so a title such as `Nanti Dulu, Cek Faktanya` stays one.
    expect(refusal(leading('nanti Jumpa Pers'))).toEqual({ code: 'not_understood', part: 'nanti' })
    expect(refusal(leading('Nanti Dulu, Cek Faktanya'))).toEqual({ code: 'not_understood', part: 'Nanti' })
  })

  it('refuses "Senin pagi" with no hour, saying the hour is missing', () => {
    expect(refusal(leading('Senin pagi Apel'))).toEqual({ code: 'hour_missing', part: 'Senin pagi' })
  })

  it('refuses time words left after the leading date/time instead of making them the title', () => {
    expect(refusal(leading('Kamis 09.00 besok Rapat'))).toEqual({ code: 'not_understood', part: 'besok' })
    expect(refusal(leading('besok 09.00 WIT/WITA Rapat'))).toEqual({ code: 'not_understood', part: '/WITA' })
    expect(refusal(leading('besok 07.30 WITA/08.30 WIT Rapat'))).toEqual({
      code: 'not_understood',
      part: '/08.30',
    })
    expect(refusal(leading('besok jam setengah Rapat'))).toEqual({
      code: 'not_understood',
      part: 'jam setengah',
    })
    expect(refusal(leading('besok 09.00 pukul 10 Rapat'))).toEqual({
      code: 'not_understood',
      part: 'pukul 10',
    })
    expect(refusal(leading('Selasa, tgl 15 Rapat'))).toEqual({ code: 'not_understood', part: 'tgl 15' })
  })

  it('never keeps a time inside the title of an all-day item', () => {
    expect(refusal(leading('besok Rapat Koordinasi jam 9'))).toEqual({
      code: 'misplaced_time',
      part: 'jam 9',
    })
    expect(refusal(leading('besok Apel 07.30 @ Halaman'))).toEqual({ code: 'misplaced_time', part: '07.30' })
    expect(refusal(leading('besok Senam setengah 7'))).toEqual({ code: 'misplaced_time', part: 'setengah 7' })
  })

  it('keeps ordinary titles as titles', () => {
    for (const title of [
      'Rapat Koordinasi',
      'Jalan Sehat 5K',
      'HUT ke-80 Kabupaten',
      'HUT ke-80 Malam Puncak',
      '2 Tahun Pemerintahan Bupati',
      'Lomba 17 Agustus',
      'Bantuan 1.500 Paket Sembako',
      'Festival 3 Malam',
    ]) {
      expect(leading(`besok ${title}`)).toMatchObject({ ok: true, rest: title })
      expect(leading(`besok 09.00 ${title}`)).toMatchObject({ ok: true, rest: title })
    }
    for (const title of [
      'Pagi Ceria Bersama Bupati',
      'Pukul Rata Bantuan Sosial',
      'Setengah Abad Dinas Kominfo',
    ]) {
      expect(leading(`besok 09.00 ${title}`)).toMatchObject({ ok: true, rest: title })
    }
  })

  it('refuses a part of the day right after a date even when capitalised: "Senin Pagi" is a time of day', () => {
    expect(refusal(leading('besok Pagi Ceria'))).toEqual({ code: 'hour_missing', part: 'besok Pagi' })
  })
})
