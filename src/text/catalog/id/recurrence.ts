// Recurring agenda items: `Ulangi: setiap Senin`, the one-line `setiap Senin 07.30 …`, and their occurrences.
export const recurrence = {
  'agenda.recur.not_understood':
    'Pengulangan "{part}" tidak terbaca. Contoh: *setiap Senin*, *setiap Senin dan Kamis*, *setiap hari kerja*, *setiap tanggal 5*, *setiap Senin pertama*, ditambah *sampai 31 Desember 2026* bila perlu.',
  'agenda.recur.week_ambiguous':
    '"{part}" bisa berarti setiap pekan atau setiap hari Minggu. Tulis harinya, misalnya *setiap Senin* atau *setiap hari Minggu*.',
  'agenda.recur.nth_one_day':
    '"{part}": urutan (pertama, kedua, terakhir) hanya untuk satu hari, misalnya *setiap Senin pertama*.',
  'agenda.recur.month_day_invalid':
    'Tanggal "{part}" tidak ada. Tulis 1 sampai 28, misalnya *setiap tanggal 5*.',
  'agenda.recur.month_day_late':
    '"{part}" tidak ada di setiap bulan. Pilih tanggal 1 sampai 28, atau hari seperti *setiap Jumat terakhir*.',
  'agenda.recur.bound_invalid':
    '"{part}" tidak terbaca sebagai tanggal. Contoh: *sampai 31 Desember 2026* atau *mulai 7 Desember*.',
  'agenda.recur.until_trailing_invalid':
    '"{part}" di akhir agenda berulang tidak terbaca sebagai tanggal terakhirnya. Contoh: *setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai 31 Desember 2026*. Bila kata itu bagian dari nama atau tempat kegiatan, tulis dengan baris *Kegiatan:* dan *Tempat:*.',
  'agenda.recur.until_twice':
    'Tanggal *sampai* ditulis dua kali. Tulis satu saja, misalnya *setiap Senin 07.30 Apel Pagi @ Halaman Setda sampai 31 Desember 2026*.',
  'agenda.recur.one_day':
    'Agenda berulang hanya untuk kegiatan satu hari. Contoh: *setiap Senin 07.30 Apel Pagi @ Halaman Setda*.',
  'agenda.recur.date_mismatch':
    'Tanggal {date} tidak cocok dengan pengulangannya. Tulis tanggal pertama kegiatan, atau hapus baris Tanggal.',
  'agenda.recur.month_needs_date':
    '*setiap bulan* perlu tanggal pertamanya: tulis *Tanggal: 5 Januari 2027*, atau *setiap tanggal 5*.',
  'agenda.recur.none_until': 'Tidak ada jadwal sampai {until}. Periksa tanggal *sampai*.',
  'agenda.recur.until_before_start': 'Tanggal *sampai* ({until}) sebelum kegiatan pertama ({first}).',

  'agenda.recur.daily': 'setiap hari',
  'agenda.recur.workdays': 'setiap hari kerja (Senin–Jumat)',
  'agenda.recur.weekly': 'setiap {days}',
  'agenda.recur.month_day': 'setiap tanggal {day}',
  'agenda.recur.nth.1': 'setiap {weekday} pertama',
  'agenda.recur.nth.2': 'setiap {weekday} kedua',
  'agenda.recur.nth.3': 'setiap {weekday} ketiga',
  'agenda.recur.nth.4': 'setiap {weekday} keempat',
  'agenda.recur.nth.-1': 'setiap {weekday} terakhir',
  'agenda.recur.and': 'dan',
  'agenda.recur.until': 'sampai {date}',
  'agenda.recur.skip_holidays': 'kecuali hari libur',
  'agenda.recur.holidays_known_until':
    'Catatan: hari libur baru diketahui sampai {date}; sesudahnya tidak ada jadwal yang dilewati.',
  'agenda.detail.recurrence': '🔁 Ulangi: {rule}',
  'agenda.detail.next': 'Berikutnya: {date}',
  'agenda.detail.detached': 'Bagian dari agenda berulang *#{number}* ({date}), diubah tersendiri.',
  'agenda.line.recurring': 'rutin',

  'agenda.recur.not_series': 'Agenda *#{number}* tidak berulang, jadi tidak punya jadwal per tanggal.',
  'agenda.recur.no_occurrence': 'Agenda *#{number}* tidak berjadwal pada {date}.',
  'agenda.recur.occurrence_date_invalid':
    '"{part}" tidak terbaca sebagai tanggal. Contoh: */agenda batal {number} tanggal {example}*.',
  'agenda.recur.cancel_which':
    'Agenda *#{number}* berulang ({rule}). Batalkan satu jadwal atau seluruhnya?\n*/agenda batal {number} tanggal {example}* — satu jadwal saja\n*/agenda batal {number} semua* — seluruh rangkaian',
  'agenda.recur.occurrence_cancelled':
    'Jadwal agenda *#{number}* pada {date} dibatalkan. Jadwal lainnya tetap:',
  'agenda.recur.series_ended':
    'Agenda berulang *#{number}* dihentikan mulai {from}; {past} jadwal yang sudah lewat tetap tercatat.',
  'agenda.recur.detached_cancelled': 'Juga dibatalkan: {count} jadwal yang diubah tersendiri ({numbers}).',
  'agenda.recur.already_over':
    'Agenda berulang *#{number}* sudah berakhir: jadwal terakhirnya {last}. Tidak ada yang perlu dibatalkan.',
  'agenda.recur.detached':
    'Jadwal agenda *#{number}* pada {date} diubah tersendiri menjadi agenda *#{detached}*. Jadwal lainnya tetap.',
  'agenda.recur.edit_date':
    'Agenda *#{number}* berulang, jadi tanggalnya mengikuti pengulangan. Untuk memindah satu jadwal: */agenda ubah {number} tanggal {example}* lalu baris *Tanggal: …*.',
  'agenda.recur.change_one_date': 'Hanya jadwal {date}; jadwal lainnya tetap.',
  'agenda.recur.change_from_date': 'Jadwal {date} dan seterusnya dihentikan.',
  'agenda.recur.edit_rule':
    'Pengulangan tidak bisa diubah. Batalkan dengan */agenda batal {number} semua*, lalu tambahkan agenda baru dengan *Ulangi:*.',
} as const
