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
  'days.more': '… dan {count} hari lainnya, mulai {date}: */hari {month}*.',
  'days.kind.libur_nasional': '(libur nasional)',
  'days.kind.cuti_bersama': '(cuti bersama)',
  'days.kind.forum': '(hari forum)',
  'days.estimate': '_perkiraan_',
  'days.estimate_note': '_Perkiraan: tanggalnya ditetapkan SKB 3 Menteri untuk tahun itu._',
  'days.coordinator_hint':
    'Tambah hari forum dengan */hari tambah 15 Februari Hari Jadi Kabupaten*; sembunyikan dengan */hari sembunyikan <nama>*.',
  'days.added': 'Hari forum *{name}* disimpan: setiap {day_month}. Berikutnya {date}.',
  'days.hidden':
    '*{name}* tidak ditampilkan lagi di forum ini (daftar, brief, kalender). Tampilkan lagi dengan */hari tampilkan {name}*.',
  'days.removed': 'Hari forum *{name}* dihapus.',
  'days.shown': '*{name}* ditampilkan lagi di forum ini.',
  'days.exists':
    'Hari forum *{name}* sudah ada. Lihat dengan */hari*; hapus dulu dengan */hari sembunyikan {name}* untuk mengganti tanggalnya.',
  'days.already_hidden': '*{name}* sudah disembunyikan. Tampilkan lagi dengan */hari tampilkan {name}*.',
  'days.none_hidden': 'Belum ada hari yang disembunyikan di forum ini.',
  'days.not_found': 'Tidak ada hari bernama *{name}*. Lihat namanya di */hari*, misalnya */hari Desember*.',
  'days.not_found_suggest': 'Tidak ada hari bernama *{name}*. Maksud Anda *{suggestion}*?',
  'days.ambiguous': '*{name}* cocok dengan beberapa hari: {names}. Tulis namanya lebih lengkap.',
  'days.date_required': 'Tulis tanggalnya dulu, lalu namanya.',
  'days.invalid_date': 'Tanggal *{part}* tidak ada di kalender.',
  'days.name_required': 'Nama harinya belum ditulis; tulis setelah tanggal.',
  'days.name_too_long': 'Namanya terlalu panjang (paling banyak {max} huruf).',
  'days.which': 'Tulis nama harinya, seperti di daftar */hari*.',
  'brief.section.days': '*Hari peringatan sepekan ke depan*',
  'brief.days_prompt':
    'Siapkan pesan kunci untuk hari-hari ini dengan */narasi tambah* (contoh: */bantuan narasi*).',
  'days.in_calendar': '*Hari peringatan*',
  'days.ics.nasional': 'Hari nasional (bukan hari libur)',
  'days.ics.libur_nasional': 'Hari libur nasional',
  'days.ics.cuti_bersama': 'Cuti bersama',
  'days.ics.forum': 'Hari peringatan forum',
}
