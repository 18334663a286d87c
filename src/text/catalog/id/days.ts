// Commemoration days (hari peringatan): /hari, and the days in the brief and the calendar.
export const days = {
  'help.hari.summary': 'Hari nasional, hari libur dan hari peringatan forum',
  'help.hari.details':
    '*/hari* — hari peringatan 30 hari ke depan. */hari Desember*, */hari minggu depan*, */hari 2027* — periode lain.\nKoordinator:\n*/hari tambah 15 Februari Hari Jadi Kabupaten* — hari forum, diingat setiap tahun.\n*/hari sembunyikan Hari Bakti Pekerjaan Umum* — tidak ditampilkan lagi di forum ini; */hari tampilkan <nama>* — tampilkan lagi.\nBrief pagi menyebut hari peringatan 7 hari ke depan, agar pesan kunci (*/narasi*) disiapkan.',
  'usage.hari': '/hari\n/hari Desember\n/hari 2027',
  'usage.hari.tambah': '/hari tambah 15 Februari Hari Jadi Kabupaten',
  'usage.hari.sembunyikan': '/hari sembunyikan Hari Bakti Pekerjaan Umum',
  'usage.hari.tampilkan': '/hari tampilkan Hari Bakti Pekerjaan Umum',

  'days.title': '*Hari peringatan* — {period}',
  'days.none': 'Tidak ada hari peringatan pada {period}.',
  'days.kind.libur_nasional': '(libur nasional)',
  'days.kind.cuti_bersama': '(cuti bersama)',
  'days.kind.forum': '(hari forum)',
  'days.estimate': '_perkiraan_',
  'days.estimate_note': '_Perkiraan: tanggalnya ditetapkan SKB 3 Menteri untuk tahun itu._',
  'days.coordinator_hint':
    'Tambah hari forum dengan */hari tambah 15 Februari Hari Jadi Kabupaten*; sembunyikan dengan */hari sembunyikan <nama>*.',
}
