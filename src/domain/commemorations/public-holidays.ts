/**
 * Indonesian public holidays (hari libur nasional) and joint leave days (cuti bersama) for 2026 and 2027.
 *
 * Sources:
 * - 2026: Surat Keputusan Bersama (SKB) Menteri Agama, Menteri Ketenagakerjaan dan Menteri Pendayagunaan
 *   Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025
 *   tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026, announced by the Menko PMK on 19 September 2025
 *   (17 hari libur nasional, 8 hari cuti bersama). All 25 dates were checked against the SKB's list as
 *   published by government pages (disdiksmg.semarangkota.go.id, "Resmi! Daftar Hari Libur Nasional dan Cuti
 *   Bersama Tahun 2026 Berdasarkan SKB 3 Menteri") and the press; the signed text is on kemenkopmk.go.id.
 * - 2027: no SKB yet. The fixed dates come from the laws that set them: Keppres 24/2013 (Hari Buruh 1 Mei),
 *   Keppres 24/2016 (Hari Lahir Pancasila 1 Juni), UU 16/1953 and its successors (Tahun Baru, HUT RI, Natal).
 *   The other dates are perkiraan (estimate: true): Islamic days from the expected new moons under the MABIMS
 *   criterion used by Kementerian Agama, Imlek and Waisak from the lunisolar calendars, Nyepi from the new moon
 *   of Sasih Kesanga, Wafat/Kebangkitan/Kenaikan Yesus Kristus from the Gregorian Easter date. They become
 *   final when the SKB for 2027 is published. Cuti bersama 2027 are not listed until then.
 */
import type { LocalDate } from '../../time/calendar.js'

/** A national day off (libur nasional) or a joint leave day on which government offices close (cuti bersama). */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama'

export type PublicHoliday = {
  date: LocalDate
  name: string
  kind: HolidayKind
  /** True while the date is a perkiraan, not yet set by an SKB. */
  estimate: boolean
}

function holiday(date: LocalDate, name: string, kind: HolidayKind = 'libur_nasional'): PublicHoliday {
  return { date, name, kind, estimate: false }
}

function estimated(date: LocalDate, name: string): PublicHoliday {
  return { date, name, kind: 'libur_nasional', estimate: true }
}

const HOLIDAYS_2026: PublicHoliday[] = [
  holiday('2026-01-01', 'Tahun Baru 2026 Masehi'),
  holiday('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  holiday('2026-02-16', 'Cuti Bersama Tahun Baru Imlek', 'cuti_bersama'),
  holiday('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  holiday('2026-03-18', 'Cuti Bersama Hari Suci Nyepi', 'cuti_bersama'),
  holiday('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  holiday('2026-03-20', 'Cuti Bersama Idul Fitri 1447 H', 'cuti_bersama'),
  holiday('2026-03-21', 'Idul Fitri 1447 H'),
  holiday('2026-03-22', 'Idul Fitri 1447 H'),
  holiday('2026-03-23', 'Cuti Bersama Idul Fitri 1447 H', 'cuti_bersama'),
  holiday('2026-03-24', 'Cuti Bersama Idul Fitri 1447 H', 'cuti_bersama'),
  holiday('2026-04-03', 'Wafat Yesus Kristus'),
  holiday('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  holiday('2026-05-01', 'Hari Buruh Internasional'),
  holiday('2026-05-14', 'Kenaikan Yesus Kristus'),
  holiday('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', 'cuti_bersama'),
  holiday('2026-05-27', 'Idul Adha 1447 H'),
  holiday('2026-05-28', 'Cuti Bersama Idul Adha 1447 H', 'cuti_bersama'),
  holiday('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  holiday('2026-06-01', 'Hari Lahir Pancasila'),
  holiday('2026-06-16', 'Tahun Baru Islam 1448 H'),
  holiday('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  holiday('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  holiday('2026-12-24', 'Cuti Bersama Hari Raya Natal', 'cuti_bersama'),
  holiday('2026-12-25', 'Hari Raya Natal'),
]

const HOLIDAYS_2027: PublicHoliday[] = [
  holiday('2027-01-01', 'Tahun Baru 2027 Masehi'),
  estimated('2027-01-06', 'Isra Mikraj Nabi Muhammad SAW (1448 H)'),
  estimated('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
  estimated('2027-03-09', 'Hari Suci Nyepi Tahun Baru Saka 1949'),
  estimated('2027-03-10', 'Idul Fitri 1448 H'),
  estimated('2027-03-11', 'Idul Fitri 1448 H'),
  estimated('2027-03-26', 'Wafat Yesus Kristus'),
  estimated('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
  holiday('2027-05-01', 'Hari Buruh Internasional'),
  estimated('2027-05-06', 'Kenaikan Yesus Kristus'),
  estimated('2027-05-17', 'Idul Adha 1448 H'),
  estimated('2027-05-20', 'Hari Raya Waisak 2571 BE'),
  holiday('2027-06-01', 'Hari Lahir Pancasila'),
  estimated('2027-06-06', 'Tahun Baru Islam 1449 H'),
  estimated('2027-08-15', 'Maulid Nabi Muhammad SAW'),
  holiday('2027-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  holiday('2027-12-25', 'Hari Raya Natal'),
  // 27 Rajab comes twice in 2027: the Hijri year is eleven days shorter than the Gregorian one.
  estimated('2027-12-26', 'Isra Mikraj Nabi Muhammad SAW (1449 H)'),
]

/** Every listed day off in date order. */
export const PUBLIC_HOLIDAYS: readonly PublicHoliday[] = [...HOLIDAYS_2026, ...HOLIDAYS_2027]

const HOLIDAY_DATES = new Set(PUBLIC_HOLIDAYS.map((entry) => entry.date))

/** The last day the list speaks for: the end of its last year. Past it, no day counts as a holiday. */
export const HOLIDAYS_KNOWN_UNTIL: LocalDate = `${PUBLIC_HOLIDAYS.at(-1)!.date.slice(0, 4)}-12-31`

/**
 * Whether government offices are closed on `date` ('YYYY-MM-DD') for a public holiday: a libur nasional
 * or a cuti bersama (an ASN forum's apel does not happen on either). Weekends are not counted here.
 */
export function isPublicHoliday(date: LocalDate): boolean {
  return HOLIDAY_DATES.has(date)
}

/** The listed days off from `from` to `to`, both included, in date order. */
export function publicHolidaysBetween(from: LocalDate, to: LocalDate): PublicHoliday[] {
  return PUBLIC_HOLIDAYS.filter((entry) => entry.date >= from && entry.date <= to)
}
