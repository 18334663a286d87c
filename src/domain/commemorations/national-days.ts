/**
 * Indonesian national days and commemorations (hari nasional / hari peringatan) on a fixed date each year.
 * They are not days off; the days off are in public-holidays.ts (which also carries Hari Lahir Pancasila
 * and HUT Kemerdekaan RI, so they are not repeated here).
 *
 * Each entry names the Keputusan Presiden (Keppres) or other act that set it; where the day was set by a
 * ministry or institution rather than a Keppres, that body is named. Written without network access from
 * the published decrees as known; a forum hides an entry it does not mark with `/hari sembunyikan`.
 */
export type NationalDay = {
  month: number
  day: number
  name: string
  source: string
}

const KEPPRES_316_1959 = 'Keppres No. 316 Tahun 1959 tentang Hari-Hari Nasional yang Bukan Hari Libur'

/** Every national day, in calendar order. */
export const NATIONAL_DAYS: readonly NationalDay[] = [
  {
    month: 1,
    day: 3,
    name: 'Hari Amal Bakti Kementerian Agama',
    source: 'Kementerian Agama (berdiri 3 Januari 1946)',
  },
  { month: 1, day: 25, name: 'Hari Gizi Nasional', source: 'Kementerian Kesehatan' },
  { month: 2, day: 9, name: 'Hari Pers Nasional', source: 'Keppres No. 5 Tahun 1985' },
  {
    month: 2,
    day: 21,
    name: 'Hari Peduli Sampah Nasional',
    source: 'Kementerian Lingkungan Hidup dan Kehutanan (sejak 2006)',
  },
  { month: 3, day: 1, name: 'Hari Penegakan Kedaulatan Negara', source: 'Keppres No. 2 Tahun 2022' },
  { month: 3, day: 30, name: 'Hari Film Nasional', source: 'Keppres No. 25 Tahun 1999' },
  { month: 4, day: 21, name: 'Hari Kartini', source: 'Keppres No. 108 Tahun 1964' },
  { month: 4, day: 25, name: 'Hari Otonomi Daerah', source: 'Keppres No. 11 Tahun 1996' },
  { month: 5, day: 2, name: 'Hari Pendidikan Nasional', source: KEPPRES_316_1959 },
  { month: 5, day: 20, name: 'Hari Kebangkitan Nasional', source: KEPPRES_316_1959 },
  { month: 6, day: 29, name: 'Hari Keluarga Nasional', source: 'Keppres No. 39 Tahun 2014' },
  {
    month: 7,
    day: 1,
    name: 'Hari Bhayangkara',
    source: 'Kepolisian Negara RI (Penetapan Pemerintah No. 11/S.D. Tahun 1946)',
  },
  { month: 7, day: 14, name: 'Hari Pajak', source: 'Direktorat Jenderal Pajak' },
  { month: 7, day: 22, name: 'Hari Bhakti Adhyaksa', source: 'Kejaksaan Agung RI (sejak 22 Juli 1960)' },
  { month: 7, day: 23, name: 'Hari Anak Nasional', source: 'Keppres No. 44 Tahun 1984' },
  { month: 8, day: 10, name: 'Hari Veteran Nasional', source: 'Keppres No. 30 Tahun 2014' },
  { month: 8, day: 10, name: 'Hari Kebangkitan Teknologi Nasional', source: 'Keppres No. 71 Tahun 1995' },
  { month: 8, day: 14, name: 'Hari Pramuka', source: 'Keppres No. 238 Tahun 1961' },
  { month: 8, day: 18, name: 'Hari Konstitusi', source: 'Keppres No. 18 Tahun 2008' },
  { month: 9, day: 9, name: 'Hari Olahraga Nasional', source: 'Keppres No. 67 Tahun 1985' },
  { month: 9, day: 24, name: 'Hari Tani Nasional', source: 'Keppres No. 169 Tahun 1963' },
  {
    month: 9,
    day: 26,
    name: 'Hari Statistik Nasional',
    source: 'Badan Pusat Statistik (UU No. 7 Tahun 1960 tentang Statistik)',
  },
  { month: 10, day: 1, name: 'Hari Kesaktian Pancasila', source: 'Pemerintah RI (diperingati sejak 1966)' },
  { month: 10, day: 2, name: 'Hari Batik Nasional', source: 'Keppres No. 33 Tahun 2009' },
  { month: 10, day: 5, name: 'Hari Tentara Nasional Indonesia', source: KEPPRES_316_1959 },
  { month: 10, day: 22, name: 'Hari Santri', source: 'Keppres No. 22 Tahun 2015' },
  { month: 10, day: 28, name: 'Hari Sumpah Pemuda', source: KEPPRES_316_1959 },
  { month: 10, day: 30, name: 'Hari Oeang Republik Indonesia', source: 'Kementerian Keuangan (sejak 1946)' },
  { month: 11, day: 10, name: 'Hari Pahlawan', source: KEPPRES_316_1959 },
  {
    month: 11,
    day: 12,
    name: 'Hari Kesehatan Nasional',
    source: 'Kementerian Kesehatan (diperingati sejak 1964)',
  },
  { month: 11, day: 25, name: 'Hari Guru Nasional', source: 'Keppres No. 78 Tahun 1994' },
  { month: 11, day: 29, name: 'HUT KORPRI', source: 'Keppres No. 82 Tahun 1971 tentang Korps Pegawai RI' },
  {
    month: 12,
    day: 3,
    name: 'Hari Bakti Pekerjaan Umum',
    source: 'Kementerian Pekerjaan Umum (peristiwa Gedung Sate, 3 Desember 1945)',
  },
  { month: 12, day: 13, name: 'Hari Nusantara', source: 'Keppres No. 126 Tahun 2001' },
  { month: 12, day: 19, name: 'Hari Bela Negara', source: 'Keppres No. 28 Tahun 2006' },
  { month: 12, day: 22, name: 'Hari Ibu', source: KEPPRES_316_1959 },
]
