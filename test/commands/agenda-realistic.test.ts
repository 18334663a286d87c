import { describe, expect, it } from 'vitest'
import { readSubmission } from '../../src/domain/agenda/read-form.js'
import { isUserError } from '../../src/errors.js'
import type { WhenErrorCode } from '../../src/time/parse-when.js'
import { instantOf, wallClock } from '../time/clock.js'

// A week of forum work in a WITA regency, written as members write it, in the one-line form and the
// key form. Every phrase is either read right (date, time, title, place) or refused naming the part
// that could not be read: none may be saved silently wrong. Now is Monday 7 December 2026, 09.00 WITA.
const ZONE = 'Asia/Makassar'
const NOW = instantOf('2026-12-07 09:00', ZONE)

type Reading = { start: string; end?: string; title: string; location?: string }
type Refusal = { refused: WhenErrorCode; part: string }
type Phrase = { text: string; expected: Reading | Refusal }

/** `/agenda tambah <line>` for the one-line form; lines after an empty first line for the key form. */
function outcomeOf(text: string): Reading | Refusal {
  const [firstLine = '', ...bodyLines] = text.split('\n')
  try {
    const { item } = readSubmission(firstLine, bodyLines, { now: NOW, zone: ZONE, lang: 'id' })
    const { time } = item
    const start = time.allDay ? time.startDate : wallClock(time.startsAt, ZONE)
    const end = time.allDay ? time.endDate : time.endsAt && wallClock(time.endsAt, ZONE)
    return {
      start,
      ...(end && { end }),
      title: item.title,
      ...(item.location && { location: item.location }),
    }
  } catch (error) {
    if (!isUserError(error) || !error.key.startsWith('agenda.when.')) throw error
    return {
      refused: error.key.slice('agenda.when.'.length) as WhenErrorCode,
      part: String(error.params.part),
    }
  }
}

const keyForm = (...lines: string[]) => ['', ...lines].join('\n')

const ONE_LINE: Phrase[] = [
  {
    text: 'besok 09.00 Rapat Koordinasi Bakohumas @ Aula Setda',
    expected: { start: '2026-12-08 09:00', title: 'Rapat Koordinasi Bakohumas', location: 'Aula Setda' },
  },
  {
    text: 'besok jam setengah 9 Apel Pagi Gabungan @ Halaman Kantor Bupati',
    expected: { start: '2026-12-08 08:30', title: 'Apel Pagi Gabungan', location: 'Halaman Kantor Bupati' },
  },
  {
    text: "Kamis, 10 Des '26 pkl 09.00 Kunjungan Kerja Gubernur @ Kecamatan Tenggarong",
    expected: {
      start: '2026-12-10 09:00',
      title: 'Kunjungan Kerja Gubernur',
      location: 'Kecamatan Tenggarong',
    },
  },
  {
    text: 'Senin, 14 Des 2026 | 08.00 WITA Pelantikan Pejabat Administrator @ Pendopo',
    expected: { start: '2026-12-14 08:00', title: 'Pelantikan Pejabat Administrator', location: 'Pendopo' },
  },
  {
    text: 'besok 10.00 Sore Bercerita di Perpustakaan @ Perpustakaan Daerah',
    expected: {
      start: '2026-12-08 10:00',
      title: 'Sore Bercerita di Perpustakaan',
      location: 'Perpustakaan Daerah',
    },
  },
  {
    text: '12 Des 19.30 Malam Puncak Festival Budaya @ Lapangan Merdeka',
    expected: {
      start: '2026-12-12 19:30',
      title: 'Malam Puncak Festival Budaya',
      location: 'Lapangan Merdeka',
    },
  },
  {
    text: 'tanggal 15 jam 9 Talkshow Radio Pemkab @ RRI',
    expected: { start: '2026-12-15 09:00', title: 'Talkshow Radio Pemkab', location: 'RRI' },
  },
  {
    text: 'tgl 18 13.30-15.00 Sosialisasi Keterbukaan Informasi @ Aula Diskominfo',
    expected: {
      start: '2026-12-18 13:30',
      end: '2026-12-18 15:00',
      title: 'Sosialisasi Keterbukaan Informasi',
      location: 'Aula Diskominfo',
    },
  },
  {
    text: 'minggu depan hari Rabu 09.00 Rapat Evaluasi Kinerja @ Ruang Rapat Sekda',
    expected: { start: '2026-12-16 09:00', title: 'Rapat Evaluasi Kinerja', location: 'Ruang Rapat Sekda' },
  },
  {
    text: 'Rabu minggu depan jam 10 Jumpa Pers Akhir Tahun @ Media Center',
    expected: { start: '2026-12-16 10:00', title: 'Jumpa Pers Akhir Tahun', location: 'Media Center' },
  },
  {
    text: 'nanti sore jam 3 Jumpa Pers Penanganan Banjir @ Posko Utama',
    expected: { start: '2026-12-07 15:00', title: 'Jumpa Pers Penanganan Banjir', location: 'Posko Utama' },
  },
  {
    text: 'Selasa besok 14.00 Rapat Persiapan HUT Kabupaten',
    expected: { start: '2026-12-08 14:00', title: 'Rapat Persiapan HUT Kabupaten' },
  },
  {
    text: 'besok jam 3 sore Kunjungan Kerja DPRD @ RSUD',
    expected: { start: '2026-12-08 15:00', title: 'Kunjungan Kerja DPRD', location: 'RSUD' },
  },
  {
    text: 'Jumat 07.30 Jalan Sehat 5K @ Alun-alun',
    expected: { start: '2026-12-11 07:30', title: 'Jalan Sehat 5K', location: 'Alun-alun' },
  },
  {
    text: 'Sabtu 08.00 HUT ke-80 Korpri @ Stadion',
    expected: { start: '2026-12-12 08:00', title: 'HUT ke-80 Korpri', location: 'Stadion' },
  },
  {
    text: 'lusa 09.00 2 Tahun Pemerintahan Bupati dan Wakil Bupati @ Pendopo',
    expected: {
      start: '2026-12-09 09:00',
      title: '2 Tahun Pemerintahan Bupati dan Wakil Bupati',
      location: 'Pendopo',
    },
  },
  {
    text: 'Jumat 08.00 Jumat Curhat bersama Kapolres @ Masjid Agung',
    expected: { start: '2026-12-11 08:00', title: 'Jumat Curhat bersama Kapolres', location: 'Masjid Agung' },
  },
  {
    text: 'Sabtu, 12 Desember 2026 Bakti Sosial Donor Darah @ Markas PMI',
    expected: { start: '2026-12-12', title: 'Bakti Sosial Donor Darah', location: 'Markas PMI' },
  },
  {
    text: 'besok pukul 7 malam Malam Ramah Tamah @ Rumah Jabatan',
    expected: { start: '2026-12-08 19:00', title: 'Malam Ramah Tamah', location: 'Rumah Jabatan' },
  },
  {
    text: 'Senin 14.00 Rapat Teknis Pilkades @ Kantor Camat',
    expected: { start: '2026-12-07 14:00', title: 'Rapat Teknis Pilkades', location: 'Kantor Camat' },
  },
  {
    text: 'Kamis 10/12 09.00 WIB Zoom Meeting Kementerian',
    expected: { start: '2026-12-10 10:00', title: 'Zoom Meeting Kementerian' },
  },
  {
    text: 'besok 08.00 s.d. selesai Pelantikan Kepala Desa @ Aula Kecamatan',
    expected: { start: '2026-12-08 08:00', title: 'Pelantikan Kepala Desa', location: 'Aula Kecamatan' },
  },
  {
    text: 'Jumat, 11 Des 2026 pkl 8 pagi s.d 12 siang Bimtek Humas @ Hotel Bumi Senyiur',
    expected: {
      start: '2026-12-11 08:00',
      end: '2026-12-11 12:00',
      title: 'Bimtek Humas',
      location: 'Hotel Bumi Senyiur',
    },
  },
  {
    text: 'besok jam 9an Rapat Koordinasi @ Aula',
    expected: { refused: 'approximate_time', part: 'jam 9an' },
  },
  {
    text: 'Rabu besok jam 10 Rapat Pleno @ Aula KPU',
    expected: { refused: 'weekday_mismatch', part: 'Rabu besok' },
  },
  {
    text: 'besok 10 sore Talkshow TVRI @ Studio',
    expected: { refused: 'day_part_mismatch', part: '10 sore' },
  },
  {
    text: 'besok jam 14 malam Gala Dinner',
    expected: { refused: 'day_part_mismatch', part: 'jam 14 malam' },
  },
  {
    text: 'Senin pagi Apel Kesiapsiagaan Bencana @ Halaman Kantor',
    expected: { refused: 'hour_missing', part: 'Senin pagi' },
  },
  {
    text: 'nanti siang Jumpa Pers Penanganan Banjir',
    expected: { refused: 'hour_missing', part: 'nanti siang' },
  },
  { text: 'besok Rapat Koordinasi jam 9 @ Aula', expected: { refused: 'misplaced_time', part: 'jam 9' } },
  { text: 'besok Apel Gabungan 07.30 @ Halaman', expected: { refused: 'misplaced_time', part: '07.30' } },
  { text: '12 Des kurang lebih jam 9 Rapat @ Aula', expected: { refused: 'misplaced_time', part: 'jam 9' } },
  { text: 'Kamis 09.00 besok Rapat Pleno', expected: { refused: 'not_understood', part: 'besok' } },
]

const KEY_FORM: Phrase[] = [
  {
    text: keyForm(
      'Kegiatan: Rapat Koordinasi Bakohumas',
      'Hari/Tanggal: Kamis, 10 Desember 2026',
      'Waktu: 09.00 WITA s.d. selesai',
      'Tempat: Aula Setda',
    ),
    expected: { start: '2026-12-10 09:00', title: 'Rapat Koordinasi Bakohumas', location: 'Aula Setda' },
  },
  {
    text: keyForm(
      'Acara: Talkshow Pemkab Menyapa',
      'Hari: Selasa',
      'Tanggal: 8 Des 2026',
      'Pukul: 10.00-11.00',
    ),
    expected: { start: '2026-12-08 10:00', end: '2026-12-08 11:00', title: 'Talkshow Pemkab Menyapa' },
  },
  {
    text: keyForm(
      'Kegiatan: Malam Puncak Hari Jadi',
      'Tanggal: 12/12',
      'Waktu: 19.30 Malam',
      'Tempat: Pendopo',
    ),
    expected: { start: '2026-12-12 19:30', title: 'Malam Puncak Hari Jadi', location: 'Pendopo' },
  },
  {
    text: keyForm('Kegiatan: Apel Siaga Banjir', 'Waktu: besok jam setengah 8 pagi'),
    expected: { start: '2026-12-08 07:30', title: 'Apel Siaga Banjir' },
  },
  {
    text: keyForm('Kegiatan: Jumpa Pers', 'Hari: Selasa', 'Tanggal: besok', 'Waktu: 13.00'),
    expected: { start: '2026-12-08 13:00', title: 'Jumpa Pers' },
  },
  {
    text: keyForm(
      'Kegiatan: Kunjungan Kerja Menteri',
      'Hari/Tanggal: Selasa, 15 Desember 2026',
      'Waktu: 10.00 WIB',
    ),
    expected: { start: '2026-12-15 11:00', title: 'Kunjungan Kerja Menteri' },
  },
  {
    text: keyForm('Kegiatan: Pelantikan Pengurus', 'Tanggal: tgl 19', 'Waktu: jam 2 siang'),
    expected: { start: '2026-12-19 14:00', title: 'Pelantikan Pengurus' },
  },
  {
    text: keyForm('Kegiatan: Rapat Pleno', 'Tanggal: 10 Des 2026', 'Waktu: jam 9an'),
    expected: { refused: 'approximate_time', part: 'jam 9an' },
  },
  {
    text: keyForm('Kegiatan: Talkshow TVRI', 'Tanggal: besok', 'Waktu: 10 sore'),
    expected: { refused: 'day_part_mismatch', part: '10 sore' },
  },
  {
    text: keyForm('Kegiatan: Apel Pagi', 'Hari/Tanggal: Senin pagi'),
    expected: { refused: 'hour_missing', part: 'Senin pagi' },
  },
  {
    text: keyForm('Kegiatan: Rapat', 'Tanggal: 10 Des 2026', 'Waktu: 09.00 kira-kira'),
    expected: { refused: 'not_understood', part: 'kira-kira' },
  },
  {
    text: keyForm('Kegiatan: Rapat', 'Hari/Tanggal: Jumat, 10 Desember 2026', 'Waktu: 09.00'),
    expected: { refused: 'weekday_mismatch', part: 'Jumat' },
  },
  {
    text: keyForm('Kegiatan: Rapat', 'Hari: Rabu', 'Tanggal: besok', 'Waktu: 09.00'),
    expected: { refused: 'weekday_mismatch', part: 'Rabu, besok' },
  },
]

describe('a week of realistic agenda phrases in a WITA regency', () => {
  it('holds 46 phrases in both forms, read or refused', () => {
    const all = [...ONE_LINE, ...KEY_FORM]
    expect(all).toHaveLength(46)
    expect(all.filter((phrase) => 'refused' in phrase.expected).length).toBeGreaterThanOrEqual(15)
  })

  it.each(ONE_LINE)('one-line "$text"', ({ text, expected }) => {
    expect(outcomeOf(text)).toEqual(expected)
  })

  it.each(KEY_FORM)('key form "$text"', ({ text, expected }) => {
    expect(outcomeOf(text)).toEqual(expected)
  })
})
