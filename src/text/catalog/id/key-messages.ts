// Key messages (pesan kunci / narasi tunggal): /narasi.
export const keyMessages = {
  'help.narasi.summary': 'Pesan kunci (narasi tunggal) yang berlaku',
  'help.narasi.details':
    '*/narasi* — pesan kunci yang berlaku hari ini. */narasi 5* — rincian pesan kunci #5.\nKoordinator menambah dengan satu kunci per baris:\n/narasi tambah\nTema: Hari Kesehatan Nasional\nPesan: Keluarga sehat, Indonesia kuat.\nPoin:\n- Imunisasi lengkap\n- Gizi seimbang\nTagar: #HKN2026 #SehatBersama\nBerlaku: {ex_period}\n*/narasi hapus 5* — hapus (diarsipkan). Draf konten merujuknya dengan `Pesan kunci: 5`.',
  'usage.narasi': '/narasi\n/narasi 5',
  'usage.narasi.tambah':
    '/narasi tambah\nTema: Hari Kesehatan Nasional\nPesan: Keluarga sehat, Indonesia kuat.\nPoin:\n- Imunisasi lengkap\n- Gizi seimbang\nTagar: #HKN2026\nBerlaku: {ex_period}',
  'usage.narasi.hapus': '/narasi hapus 5',

  'key_message.active_title': '*Pesan kunci yang berlaku* — {date}',
  'key_message.none_active': 'Tidak ada pesan kunci yang berlaku hari ini.',
  'key_message.upcoming_title': '*Segera berlaku*',
  'key_message.more': '… dan {count} lagi.',
  'key_message.add_hint':
    'Koordinator menambah pesan kunci dengan */narasi tambah* (contoh: */bantuan narasi*).',
  'key_message.details_hint':
    'Rincian: */narasi nomor*, misalnya */narasi {number}*. Draf konten merujuknya dengan `Pesan kunci: {number}`.',
  'key_message.title': '*Pesan kunci #{number}* — {theme}',
  'key_message.valid': 'Berlaku: {period}',
  'key_message.message': 'Pesan:',
  'key_message.points': 'Poin:',
  'key_message.hashtags': 'Tagar: {hashtags}',
  'key_message.archived_note': '_Pesan kunci ini sudah dihapus._',
  'key_message.expired_note': '_Masa berlakunya sudah lewat._',
  'key_message.not_yet_note': '_Belum berlaku; mulai {date}._',

  'key_message.added': 'Pesan kunci *#{number}* disimpan.',
  'key_message.added_hint':
    'Draf konten merujuknya dengan `Pesan kunci: {number}`. Ada yang keliru? Hapus dengan */narasi hapus {number}* lalu tambah lagi.',
  'key_message.extras': 'Baris lain ikut disimpan di pesan:',
  'key_message.archived':
    'Pesan kunci *#{number}* {theme} dihapus dari daftar (diarsipkan). Draf yang merujuknya tetap menyimpan rujukannya.',
  'key_message.already_archived': 'Pesan kunci #{number} sudah dihapus sebelumnya.',
  'key_message.not_found': 'Tidak ada pesan kunci #{number}. Lihat yang berlaku dengan */narasi*.',
  'key_message.filter_unknown': 'Tulis nomor pesan kunci, misalnya */narasi 5*, atau */narasi* saja.',
  'key_message.theme_required':
    'Tema belum ditulis. Tulis `Tema: …` di barisnya sendiri, setelah */narasi tambah*.',
  'key_message.theme_too_long': 'Temanya terlalu panjang (paling banyak 200 huruf).',
  'key_message.too_long': 'Pesan kuncinya terlalu panjang (paling banyak {max} huruf untuk pesan dan poin).',
  'key_message.period_required': 'Masa berlaku belum ditulis, misalnya `Berlaku: {ex_period}`.',
  'key_message.period.invalid_date': 'Tanggal *{part}* di masa berlaku tidak ada di kalender.',
  'key_message.period.weekday_mismatch': 'Hari dan tanggal *{part}* tidak cocok: tanggal itu hari {weekday}.',
  'key_message.period.not_understood':
    'Bagian *{part}* dari masa berlaku tidak dimengerti. Contoh: `Berlaku: {ex_period}` atau `Berlaku: 1/11 - 10/11`.',
  'key_message.period_past': 'Masa berlaku itu ({period}) sudah lewat.',
}
