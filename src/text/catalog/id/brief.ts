// The morning brief (/brief: preview and schedule) and ad-hoc reminders (/ingatkan).
export const brief = {
  'help.brief.summary': 'Brief hari ini, dan jadwal brief pagi grup ini',
  'help.brief.details':
    '*/brief* — brief hari ini sekarang juga: agenda, konten yang tayang, draf menunggu tinjauan, pesan kunci, dan instansi yang belum mengisi agenda pekan ini (mulai Jumat: pekan depan). Sabtu dan Minggu ditambah jadwal pekan depan.\nKoordinator mengatur brief pagi grup ini:\n*/brief jam 07.00* — jam kirim (zona forum)\n*/brief hari senin-jumat* — atau *setiap hari*, atau *senin,rabu,jumat*\n*/brief mati* / */brief hidup* — hentikan atau lanjutkan\n*/brief gambar hidup* / */brief gambar mati* — brief hari Senin berupa gambar agenda sepekan, atau teks',
  'usage.brief': '/brief\n/brief jam 07.00\n/brief hari senin-jumat',
  'usage.brief.jam': '/brief jam 07.00',
  'usage.brief.hari': '/brief hari senin-jumat\n/brief hari setiap hari\n/brief hari senin,rabu,jumat',
  'usage.brief.mati': '/brief mati',
  'usage.brief.hidup': '/brief hidup',
  'brief.unknown_subcommand': '*/brief {text}* tidak dikenal. Pakai */brief* saja untuk brief hari ini.',
  'brief.time_missing': 'Tulis jamnya, misalnya */brief jam 07.00*.',
  'brief.time_invalid': 'Jam *{text}* tidak bisa dipakai. Tulis satu jam, misalnya *07.00* atau *6.30*.',
  'brief.time_other_zone': 'Brief dikirim menurut zona forum ({zone}). Tulis jamnya dalam {zone}.',
  'brief.days_missing': 'Tulis harinya, misalnya */brief hari senin-jumat* atau */brief hari setiap hari*.',
  'brief.days_invalid': '*{word}* bukan nama hari. Contoh: senin-jumat, setiap hari, senin,rabu,jumat.',
  'brief.schedule_on': 'Brief pagi grup ini: *{time}, {days}*.',
  'brief.schedule_off':
    'Brief pagi grup ini: *mati* (jadwal tersimpan {time}, {days}). Hidupkan lagi dengan */brief hidup*.',
  'brief.schedule_footer':
    '_Jadwal brief pagi grup ini: {time}, {days}. Cara mengubahnya: */bantuan brief*._',
  'brief.schedule_footer_off':
    '_Brief pagi grup ini sedang mati. Koordinator menghidupkannya dengan */brief hidup*._',

  'brief.title': '*Brief {date}*',
  'brief.workspace': '_{name}_',
  'brief.empty_day': 'Hari ini tidak ada agenda, konten, draf menunggu, maupun pesan kunci aktif.',
  'brief.empty_day_public': 'Hari ini tidak ada agenda, konten, maupun pesan kunci aktif.',
  'brief.section.agenda': '*Agenda hari ini* ({count})',
  'brief.section.content': '*Konten tayang hari ini* ({count})',
  'brief.section.pending': '*Draf menunggu tinjauan* ({count})',
  'brief.section.key_messages': '*Pesan kunci aktif*',
  'brief.section.missing_agencies': '*Belum mengisi agenda pekan ini* ({count})',
  'brief.section.missing_agencies_next': '*Belum mengisi agenda pekan depan* ({count})',
  'brief.section.week_ahead': '*Pekan depan, {period}* ({count})',
  'brief.section.week_ahead_empty': '*Pekan depan, {period}*: belum ada agenda maupun konten.',
  'brief.week_day': '_{date}_',
  'brief.week_ahead_more': '… dan {count} lainnya pekan depan (*/kalender*).',
  'brief.more': '… dan {count} lainnya.',
  'brief.agenda_more': '… dan {count} agenda lainnya (*/agenda hari ini*).',
  'brief.content_more': '… dan {count} konten lainnya (*/kalender hari ini*).',
  'brief.pending_more': '… dan {count} draf lainnya (*/konten*).',

  'help.ingatkan.summary': 'Pengingat sekali kirim ke chat ini',
  'help.ingatkan.details':
    '*/ingatkan besok 09.00 Kirim rilis HUT kabupaten* — Sinergi mengirim pesan itu ke chat ini pada waktunya.\nTanpa jam (*/ingatkan Senin Kumpulkan laporan*) dikirim pukul 08.00; jam saja (*/ingatkan 15.00 Rapat redaksi*) berarti hari ini. Bisa juga *30 menit lagi* atau *dalam 2 jam*.\n*/ingatkan* — daftar pengingat yang menunggu di chat ini.\n*/ingatkan batal 15* — batalkan (pembuatnya, rekan seinstansinya, atau koordinator).',
  'usage.ingatkan':
    '/ingatkan besok 09.00 Kirim rilis HUT kabupaten\n/ingatkan Jumat 14.00 Rekap konten pekan ini',
  'usage.ingatkan.batal': '/ingatkan batal 15',
  'remind.message_missing': 'Pesan pengingatnya belum ditulis. Tulis setelah waktunya.',
  'remind.message_too_long': 'Pesan pengingat paling panjang {max} karakter.',
  'remind.past': 'Waktu *{when}* sudah lewat. Pengingat harus untuk waktu yang akan datang.',
  'remind.one_day':
    'Pengingat dikirim sekali, bukan *{when}*. Tulis satu tanggal, misalnya *besok 09.00 Kirim laporan*.',
  'remind.past_date_only':
    'Pengingat tanpa jam dikirim pukul 08.00, dan untuk *{when}* itu sudah lewat. Tambahkan jamnya, misalnya *{when} 15.00*.',
  'remind.saved': 'Pengingat *#{number}* tersimpan.\nWaktu: {when}\nPesan: {message}\nDikirim ke: {where}',
  'remind.where_group': 'grup ini',
  'remind.where_private': 'chat pribadi ini',
  'remind.date_only_note': '_Tanpa jam, jadi dikirim pukul 08.00._',
  'remind.early_hour_note': '_Jamnya sebelum 06.00. Maksud Anda malam? Tulis misalnya *jam 5 sore*._',
  'remind.saved_footer': 'Batalkan dengan */ingatkan batal {number}*.',
  'remind.list_empty':
    'Belum ada pengingat yang menunggu di chat ini. Buat dengan */ingatkan besok 09.00 Pesan*.',
  'remind.list_title': '*Pengingat menunggu di chat ini* ({count}):',
  'remind.list_item': '*#{number}* {when} — {message}',
  'remind.list_more': '… dan {count} lainnya.',
  'remind.list_footer': 'Batalkan dengan */ingatkan batal nomor*.',
  'remind.cancel_denied':
    'Pengingat *#{number}* hanya bisa dibatalkan oleh pembuatnya, rekan seinstansinya, atau koordinator.',
  'remind.already_cancelled': 'Pengingat *#{number}* sudah dibatalkan.',
  'remind.already_sent': 'Pengingat *#{number}* sudah terkirim.',
  'remind.cancelled': 'Pengingat *#{number}* ({when}) dibatalkan: {message}',
}
