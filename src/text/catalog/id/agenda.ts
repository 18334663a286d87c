// Agenda items (/agenda); and the answers about short numbers (#14) every command shares (`numbers.*`).
export const agenda = {
  'help.agenda.summary': 'Agenda kegiatan: lihat, tambah, ubah, batalkan',
  'help.agenda.details':
    '*/agenda* — agenda 7 hari ke depan. Juga */agenda hari ini*, */agenda besok*, */agenda minggu ini*, */agenda minggu depan* atau tanggal, misalnya */agenda 12/1*.\n' +
    '*/agenda 12* — rincian agenda #12.\n' +
    '*/agenda tambah besok 09.00 Rapat Koordinasi @ Aula Dinkes* — satu baris: waktu dulu, lalu judul, lalu tempat setelah " @ ".\n' +
    'Atau salin undangan, satu kunci per baris di bawah */agenda tambah*:\n' +
    '`Kegiatan: Posyandu Serentak`\n' +
    '`Hari/Tanggal: {ex_date}`\n' +
    '`Waktu: 08.00 WIB s.d. selesai`\n' +
    '`Tempat: Balai Desa Kalibeber`\n' +
    '`Liputan: ya`\n' +
    '`Keterangan: dihadiri Bupati`\n' +
    'Kunci lain (Kepada, Pakaian, Narahubung, …) disimpan di keterangan. Koordinator menulis *Instansi: POLRES* untuk agenda instansi lain, dan *Arsip: ya* untuk mencatat kegiatan yang sudah lewat (bahan rekap).\n' +
    '*/agenda ubah 12 Waktu: 10.00* — ubah satu kunci. Beberapa kunci: tulis satu per baris di bawah */agenda ubah 12*. Waktu saja tetap di tanggal yang sama; tanggal saja tetap di jam yang sama. Tanda - mengosongkan tempat atau keterangan (*Waktu: -* menjadikannya sepanjang hari).\n' +
    '*/agenda batal 12 diundur* — batalkan; agenda tetap tercatat dengan tanda batal.\n' +
    'Agenda diubah atau dibatalkan oleh anggota instansi pemiliknya atau koordinator.',
  'usage.agenda': '/agenda\n/agenda besok\n/agenda minggu depan\n/agenda 12',
  'usage.agenda.tambah':
    '/agenda tambah besok 09.00 Rapat Koordinasi @ Aula Dinkes\natau:\n/agenda tambah\nKegiatan: Rapat Koordinasi\nHari/Tanggal: {ex_date}\nWaktu: 09.00 WIB\nTempat: Aula Dinkes',
  'usage.agenda.ubah':
    '/agenda ubah 12 Waktu: 10.00\natau:\n/agenda ubah 12\nTempat: Aula Setda\nLiputan: ya',
  'usage.agenda.batal': '/agenda batal 12 diundur ke minggu depan',

  'agenda.added': 'Agenda *#{number}* tercatat:',
  'agenda.edited': 'Agenda *#{number}* diubah:',
  'agenda.cancelled': 'Agenda *#{number}* dibatalkan. Agenda tetap tercatat dengan tanda batal.',
  'agenda.archived_note': '_Dicatat sebagai arsip kegiatan yang sudah berlangsung._',
  'agenda.kept_keys': 'Disimpan di keterangan: {keys}.',
  'agenda.check_early_hour':
    '⚠️ Jam {time} sebelum pukul 06.00. Sudah benar? Bila maksudnya sore atau malam: */agenda ubah {number} Waktu: {suggestion}*',
  'agenda.fix_hint':
    'Ada yang keliru? Perbaiki dengan */agenda ubah {number} Tempat: …* (atau Kegiatan, Tanggal, Waktu, Liputan, Keterangan), batalkan dengan */agenda batal {number}*.',
  'agenda.all_day': 'sepanjang hari',
  'agenda.daily': '{time} setiap hari',
  'agenda.line.coverage': 'liputan: belum ada peliput',
  'agenda.status.terjadwal': 'terjadwal',
  'agenda.status.selesai': 'selesai',
  'agenda.status.batal': 'batal',
  'agenda.detail.title': '*#{number} {title}*',
  'agenda.detail.date': 'Tanggal: {date}',
  'agenda.detail.time': 'Waktu: {time}',
  'agenda.detail.place': 'Tempat: {place}',
  'agenda.detail.agency': 'Instansi: {code} ({name})',
  'agenda.detail.coverage_yes': 'Liputan: ya, belum ada peliput',
  'agenda.detail.coverage_no': 'Liputan: tidak',
  'agenda.detail.notes': 'Keterangan: {notes}',
  'agenda.detail.status': 'Status: {status}',
  'agenda.detail.cancel_reason': 'Alasan batal: {reason}',

  'agenda.list.upcoming': '*Agenda 7 hari ke depan* ({from} – {to}):',
  'agenda.list.period': '*Agenda {period}*:',
  'agenda.list.empty_upcoming':
    'Belum ada agenda untuk 7 hari ke depan. Tambahkan dengan */agenda tambah besok 09.00 Judul @ Tempat*.',
  'agenda.list.empty_period': 'Tidak ada agenda untuk {period}.',
  'agenda.list.more': '… dan {count} lainnya. Persempit dengan */agenda besok* atau */agenda 12/1*.',
  'agenda.list.hint': 'Rincian: */agenda nomor*, misalnya */agenda {number}*.',

  'agenda.error.nothing': 'Tulis waktu dan judul agendanya.',
  'agenda.error.title_missing': 'Judul agenda tidak boleh kosong.',
  'agenda.error.title_missing_key':
    'Judul agenda belum ada. Tulis *Kegiatan:* (atau Acara, Judul). Agenda belum disimpan.',
  'agenda.error.title_missing_line': 'Judul agenda belum ada: tulis judulnya setelah waktu.',
  'agenda.error.title_too_long': 'Judul terlalu panjang (paling banyak {max} huruf).',
  'agenda.error.location_too_long': 'Tempat terlalu panjang (paling banyak {max} huruf).',
  'agenda.error.notes_too_long': 'Keterangan terlalu panjang (paling banyak {max} huruf).',
  'agenda.error.date_missing':
    'Tanggal agenda belum ada. Tulis tanggalnya, misalnya *besok 09.00*, *12/1 09.00*, atau baris *Tanggal: 12/1*.',
  'agenda.error.when_first':
    'Tulis tanggal dan jam di depan judul: "{part}" tidak terbaca sebagai tanggal atau jam.',
  'agenda.error.mixed_forms':
    'Tulis waktu dan judul di baris pertama, atau semuanya sebagai kunci (Kegiatan, Tanggal, Waktu) di bawah */agenda tambah*, jangan keduanya.',
  'agenda.error.yes_no_invalid': '{key} "{value}" tidak dikenal: tulis *ya* atau *tidak*.',
  'agenda.error.past':
    'Tanggal *{date}* sudah lewat, jadi agenda belum disimpan. Periksa tanggalnya. Untuk mencatat kegiatan yang sudah berlangsung (bahan rekap), koordinator menambahkan baris *Arsip: ya*.',
  'agenda.error.past_next_year':
    'Tanggal *{date}* sudah lewat, jadi agenda belum disimpan. Maksudnya tahun depan, *{next}*? Untuk mencatat kegiatan yang sudah berlangsung (bahan rekap), koordinator menambahkan baris *Arsip: ya*.',
  'agenda.error.archive_coordinator':
    '*Arsip: ya* (mencatat kegiatan yang sudah lewat) hanya untuk koordinator. Hapus baris itu dan tulis tanggal yang akan datang.',
  'agenda.error.duplicate':
    'Agenda ini sudah tercatat sebagai *#{number}* (judul, waktu, dan instansi sama), jadi tidak dicatat lagi. Lihat dengan */agenda {number}*, ubah dengan */agenda ubah {number} …*.',
  'agenda.error.agency_unknown':
    'Instansi *{code}* tidak ada di forum ini. Lihat daftarnya dengan */instansi*.',
  'agenda.error.agency_other':
    'Anda hanya bisa mencatat agenda untuk instansi Anda sendiri ({own}). Agenda instansi lain dicatat oleh anggotanya atau koordinator.',
  'agenda.error.agency_required':
    'Anda koordinator tanpa instansi: sebutkan instansinya dengan baris *Instansi: KODE* di bentuk kunci, misalnya Instansi: DINKES.',
  'agenda.error.not_owner':
    'Agenda *#{number}* milik *{agency}*. Hanya anggota {agency} atau koordinator yang bisa mengubah atau membatalkannya.',
  'agenda.error.already_cancelled': 'Agenda *#{number}* sudah dibatalkan sebelumnya.',
  'agenda.error.cancelled_no_edit':
    'Agenda *#{number}* sudah dibatalkan, jadi tidak bisa diubah. Bila kegiatannya tetap berlangsung, tambahkan agenda baru.',
  'agenda.error.edit_nothing':
    'Tulis yang diubah sebagai *Kunci: nilai*, misalnya */agenda ubah {number} Tempat: Aula Setda*.',
  'agenda.error.edit_line':
    'Baris "{line}" tidak punya kunci. Tulis *Kunci: nilai*, misalnya */agenda ubah {number} Waktu: besok 10.00*. Belum ada yang diubah.',
  'agenda.error.period':
    'Periode "{text}" tidak dikenal. Coba *hari ini*, *besok*, *minggu ini*, *minggu depan*, tanggal seperti *12/1*, atau nomor agenda.',

  'agenda.when.missing':
    'Tanggal/waktu agenda belum ada. Tulis *Tanggal:* (misalnya 12/1) dan *Waktu:* (misalnya 09.00).',
  'agenda.when.invalid_date': 'Tanggal "{part}" tidak ada di kalender.',
  'agenda.when.invalid_time': 'Jam "{part}" tidak valid.',
  'agenda.when.weekday_mismatch': 'Hari "{part}" tidak cocok dengan tanggalnya: tanggal itu hari {weekday}.',
  'agenda.when.not_understood': 'Bagian "{part}" tidak terbaca sebagai tanggal atau jam.',
  'agenda.when.hour_missing':
    'Jamnya belum ada pada "{part}": tulis jamnya juga, misalnya *besok pagi jam 8* atau *besok 08.00*.',
  'agenda.when.day_part_mismatch':
    'Jam "{part}" tidak cocok dengan bagian harinya (pagi 01–11, siang 11–15, sore 15–18, malam 18–03). Tulis misalnya *jam 4 sore* atau *16.00*.',
  'agenda.when.approximate_time': 'Jam "{part}" belum pasti: tulis jam yang tepat, misalnya *09.00*.',
  'agenda.when.misplaced_time':
    'Jam "{part}" ada di dalam judul: tulis tanggal dan jamnya di depan, misalnya */agenda tambah besok 09.00 Rapat @ Aula*.',

  'numbers.not_found': 'Tidak ada item *#{number}* di forum ini.',
  'numbers.other_kind.agenda': '*#{number}* adalah agenda — lihat dengan */agenda {number}*.',
  'numbers.other_kind.konten': '*#{number}* adalah konten — lihat dengan */konten {number}*.',
  'numbers.other_kind.narasi': '*#{number}* adalah pesan kunci — lihat dengan */narasi*.',
  'numbers.other_kind.pengingat': '*#{number}* adalah pengingat — lihat dengan */ingatkan*.',
}
