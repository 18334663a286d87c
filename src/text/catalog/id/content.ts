// Content drafts: /konten, /setujui, /revisi, /tolak, /terbit.
export const content = {
  'help.konten.summary': 'Draf konten: daftar, rincian, ajukan, ubah, batalkan',
  'help.konten.details':
    '*/konten* — draf menurut status. */konten 14* — rincian draf #14. */konten disetujui* — satu status saja.\nAjukan draf dengan satu kunci per baris:\n/konten tambah\nJudul: Infografis Imunisasi Anak\nPlatform: IG, FB\nTayang: Senin 09.00\nNaskah: Ayo lengkapi imunisasi si kecil…\nTagar: #SehatBersama\nPesan kunci: 3\nKirim perintah itu sebagai keterangan foto/video, atau balas fotonya, agar terlampir. Koordinator boleh menambah `Instansi: DINKES`.\nCara singkat: */konten tambah besok 09.00 Infografis Imunisasi*.\n*/konten ubah 14* lalu kunci yang diubah (draf diajukan ulang). */konten batal 14* — tarik draf.',
  'usage.konten': '/konten\n/konten 14\n/konten disetujui',
  'usage.konten.tambah':
    '/konten tambah\nJudul: Infografis Imunisasi Anak\nPlatform: IG, FB\nTayang: Senin 09.00\nNaskah: Ayo lengkapi imunisasi si kecil.\nTagar: #SehatBersama',
  'usage.konten.ubah': '/konten ubah 14\nTayang: besok 10.00\nTagar: #SehatBersama',
  'usage.konten.batal': '/konten batal 14 jadwal bergeser',

  'help.setujui.summary': 'Setujui draf konten (koordinator)',
  'help.setujui.details':
    '*/setujui 14* — setujui draf #14. Boleh dengan catatan: */setujui 14 tayangkan pagi hari*. Pengirim draf diberi tahu.',
  'usage.setujui': '/setujui 14\n/setujui 14 tayangkan pagi hari',
  'help.revisi.summary': 'Kembalikan draf konten untuk direvisi (koordinator)',
  'help.revisi.details':
    '*/revisi 14 catatan* — kembalikan draf #14 dengan catatan, misalnya */revisi 14 ganti foto utama*. Tanpa catatan, Sinergi menanyakannya. Pengirim draf diberi tahu.',
  'usage.revisi': '/revisi 14 ganti foto utama',
  'help.tolak.summary': 'Tolak draf konten (koordinator)',
  'help.tolak.details':
    '*/tolak 14 alasan* — tolak draf #14, misalnya */tolak 14 tidak sesuai narasi tunggal*. Tanpa alasan, Sinergi menanyakannya. Pengirim draf diberi tahu.',
  'usage.tolak': '/tolak 14 tidak sesuai narasi tunggal',
  'help.terbit.summary': 'Laporkan draf yang sudah tayang, dengan tautannya',
  'help.terbit.details':
    '*/terbit 14 https://instagram.com/p/abc* — draf #14 (yang sudah disetujui) tercatat terbit. Boleh beberapa tautan sekaligus; tautan tambahan boleh dilaporkan kemudian.',
  'usage.terbit': '/terbit 14 https://instagram.com/p/abc https://facebook.com/dinkes/posts/1',

  'content.status.diajukan': 'diajukan',
  'content.status.revisi': 'perlu revisi',
  'content.status.disetujui': 'disetujui',
  'content.status.terbit': 'terbit',
  'content.status.ditolak': 'ditolak',
  'content.status.dibatalkan': 'dibatalkan',
  'content.platform.instagram': 'Instagram',
  'content.platform.facebook': 'Facebook',
  'content.platform.x': 'X',
  'content.platform.tiktok': 'TikTok',
  'content.platform.youtube': 'YouTube',
  'content.platform.website': 'Website',
  'content.platform.lainnya': 'Lainnya',
  'content.unscheduled': 'belum dijadwalkan',

  'content.list_title': '*Draf konten*',
  'content.section.diajukan': '*Menunggu tinjauan* ({count})',
  'content.section.revisi': '*Perlu revisi* ({count})',
  'content.section.disetujui': '*Disetujui, belum terbit* ({count})',
  'content.section.terbit': '*Sudah terbit* ({count}, terbaru di atas)',
  'content.section_more': '… dan {count} lagi: */konten {filter}*',
  'content.closed_counts': 'Juga {counts}: */konten ditolak*, */konten dibatalkan*.',
  'content.closed_count.ditolak': '{count} ditolak',
  'content.closed_count.dibatalkan': '{count} dibatalkan',
  'content.list_footer': 'Rincian satu draf: */konten nomor*, misalnya */konten {number}*.',
  'content.list_empty': 'Belum ada draf konten. Ajukan dengan */konten tambah* (contoh: */bantuan konten*).',
  'content.list_empty_public': 'Belum ada konten yang disetujui.',
  'content.guest_note': '_Draf yang belum disetujui hanya terlihat oleh anggota instansi forum ini._',
  'content.status_list_title': '*Konten {status}* ({count})',
  'content.status_list_empty': 'Tidak ada konten berstatus *{status}*.',
  'content.status_list_more': '… {count} lainnya tidak ditampilkan.',
  'content.filter_unknown':
    'Tidak mengerti *{word}*. Tulis nomor draf (*/konten 14*) atau status: diajukan, revisi, disetujui, terbit, ditolak, dibatalkan.',
  'content.pending_pointer':
    '_{count} draf menunggu tinjauan — lihat */konten* di chat pribadi dengan Sinergi._',
  'content.hidden_in_group':
    'Draf #{number} belum disetujui: di grup yang juga dibaca tamu, draf hanya ditampilkan di chat pribadi. Kirim */konten {number}* ke Sinergi secara pribadi.',
  'content.status_hidden_in_group':
    'Di grup yang juga dibaca tamu, draf yang belum disetujui hanya ditampilkan di chat pribadi. Kirim perintah ini ke Sinergi secara pribadi.',
  'content.hidden_from_guest':
    'Draf #{number} belum disetujui; hanya anggota instansi pemiliknya dan koordinator yang bisa melihatnya.',
  'content.hidden_other_agency':
    'Draf #{number} milik *{agency}* belum disetujui; hanya anggota {agency} dan koordinator yang bisa melihatnya.',
  'content.status_hidden_from_guest':
    'Draf yang belum disetujui hanya terlihat oleh anggota instansi forum ini.',
  'content.add_needs_subcommand':
    'Untuk mengajukan draf, tulis */konten tambah* di baris pertama, lalu kuncinya di baris berikutnya.',

  'content.details_title': '*Draf konten #{number}* — {status}',
  'content.field.title': 'Judul: {title}',
  'content.field.agency': 'Instansi: {code} ({name})',
  'content.field.platforms': 'Platform: {platforms}',
  'content.field.platforms_none': 'Platform: _belum ditulis_',
  'content.field.planned': 'Tayang: {when}',
  'content.field.planned_none': 'Tayang: _belum dijadwalkan_',
  'content.field.hashtags': 'Tagar: {hashtags}',
  'content.field.key_message': 'Pesan kunci: #{number} {theme}',
  'content.field.attachments': 'Lampiran: {count} berkas',
  'content.field.body': 'Naskah:',
  'content.field.body_none': 'Naskah: _belum ada_',
  'content.field.published': 'Terbit: {when}',
  'content.links': 'Tautan:',
  'content.history': 'Riwayat:',
  'content.history_more': '_({count} catatan lebih lama tidak ditampilkan)_',
  'content.history.diajukan': '{when} — diajukan oleh {name}',
  'content.history.diubah': '{when} — diubah oleh {name}',
  'content.history.disetujui': '{when} — disetujui oleh {name}',
  'content.history.revisi': '{when} — {name} meminta revisi',
  'content.history.ditolak': '{when} — ditolak oleh {name}',
  'content.history.terbit': '{when} — dilaporkan terbit oleh {name}',
  'content.history.dibatalkan': '{when} — dibatalkan oleh {name}',
  'content.review_hint': 'Tinjau: */setujui {number}*, */revisi {number} catatan*, */tolak {number} alasan*.',
  'content.publish_hint': 'Setelah tayang, laporkan dengan */terbit {number} tautan*.',
  'content.edit_hint':
    'Ubah: */konten ubah {number}* lalu kunci yang diubah. Tarik: */konten batal {number}*.',

  'content.submitted': 'Draf konten *#{number}* diajukan dan menunggu tinjauan koordinator.',
  'content.edited_resubmitted':
    'Draf *#{number}* diperbarui dan diajukan ulang untuk ditinjau koordinator (sebelumnya: {previous}).',
  'content.edited': 'Draf *#{number}* diperbarui dan masih menunggu tinjauan koordinator.',
  'content.extras': 'Disimpan sebagai catatan:',
  'content.fix_hint':
    'Ada yang keliru? */konten ubah {number}* lalu kunci yang diubah, misalnya `Tayang: besok 10.00`. Tarik draf: */konten batal {number}*.',
  'content.planned_past': 'Perhatian: waktu tayang itu sudah lewat. Periksa lagi.',
  'content.early_hour':
    'Perhatian: jam tayangnya sebelum pukul 06.00. Bila maksudnya malam, tulis misalnya `jam 7 malam`.',
  'content.no_plan_hint':
    'Belum ada waktu tayang. Tambahkan dengan */konten ubah {number}* lalu `Tayang: Senin 09.00` agar masuk kalender.',
  'content.edit_nothing':
    'Tulis apa yang diubah di draf #{number}, satu kunci per baris, misalnya `Tayang: besok 10.00`.',
  'content.edit_form':
    'Tulis perubahan sebagai kunci, misalnya */konten ubah 14 Judul: judul baru*, atau satu kunci per baris.',
  'content.cancelled': 'Draf *#{number}* {title} dibatalkan. Riwayatnya tetap tersimpan.',

  'content.title_required': 'Judul draf belum ditulis. Tulis `Judul: …` di barisnya sendiri.',
  'content.title_too_long': 'Judulnya terlalu panjang (paling banyak 300 huruf).',
  'content.body_too_long':
    'Naskahnya terlalu panjang ({length} huruf; paling banyak {max}). Lampirkan sebagai dokumen bila perlu.',
  'content.platform_unknown':
    'Platform *{word}* tidak dikenal. Pilih dari: instagram (ig), facebook (fb), x (twitter), tiktok, youtube (yt), website (web), lainnya.',
  'content.hashtag_invalid':
    'Tagar *{word}* tidak bisa dipakai: tagar hanya berisi huruf, angka dan garis bawah.',
  'content.when.missing': 'Waktu tayangnya belum lengkap, misalnya `Tayang: Senin 09.00`.',
  'content.when.invalid_date': 'Tanggal tayang *{part}* tidak ada di kalender.',
  'content.when.invalid_time': 'Jam tayang *{part}* tidak bisa dipakai.',
  'content.when.weekday_mismatch': 'Hari dan tanggal *{part}* tidak cocok: tanggal itu hari {weekday}.',
  'content.when.not_understood':
    'Bagian *{part}* dari waktu tayang tidak dimengerti. Contoh: `Tayang: {ex_date} 09.00`.',
  'content.when.needs_time': 'Tulis juga jam tayangnya, misalnya `Tayang: {date} 09.00`.',
  'content.when.one_day': 'Konten tayang pada satu waktu, bukan *{part}*. Contoh: `Tayang: Senin 09.00`.',
  'content.when.hour_missing': 'Jam tayang pada *{part}* belum ada, misalnya `Tayang: Senin 09.00`.',
  'content.when.day_part_mismatch':
    'Jam tayang *{part}* tidak cocok dengan bagian harinya. Tulis misalnya `Tayang: Senin 16.00`.',
  'content.when.approximate_time':
    'Jam tayang *{part}* belum pasti: tulis jam yang tepat, misalnya `Tayang: Senin 09.00`.',
  'content.when.misplaced_time':
    'Jam *{part}* ada di dalam judul: tulis waktu tayang di depan, misalnya `Senin 09.00 Judul`.',
  'content.agency_required': 'Tulis instansi pemilik draf, misalnya `Instansi: DINKES`.',
  'content.agency_unknown': 'Instansi *{code}* tidak ada di forum ini. Lihat daftarnya dengan */instansi*.',
  'content.agency_not_yours': 'Anda hanya bisa mengajukan draf untuk instansi Anda sendiri, bukan *{code}*.',
  'content.not_owner':
    'Draf #{number} milik *{agency}*; hanya instansi itu atau koordinator yang bisa mengubahnya.',
  'content.not_found': 'Tidak ada draf konten #{number}. Lihat daftarnya dengan */konten*.',
  'content.key_message_ref.invalid': 'Pesan kunci ditulis dengan nomornya, misalnya `Pesan kunci: 3`.',
  'content.key_message_ref.not_found':
    'Pesan kunci #{number} tidak ada. Lihat yang berlaku dengan */narasi*.',
  'content.key_message_ref.other_kind': '#{number} bukan pesan kunci. Lihat yang berlaku dengan */narasi*.',
  'content.key_message_ref.archived':
    'Pesan kunci #{number} sudah dihapus. Pilih yang masih berlaku (*/narasi*).',
  'content.cannot.edit':
    'Draf #{number} sudah *{status}*, jadi tidak bisa diubah lagi. Ajukan draf baru dengan */konten tambah*.',
  'content.cannot.cancel': 'Draf #{number} sudah *{status}*, jadi tidak bisa dibatalkan.',
  'content.cannot.approve':
    'Draf #{number} berstatus *{status}*; yang bisa disetujui hanya draf yang menunggu tinjauan.',
  'content.cannot.revise':
    'Draf #{number} berstatus *{status}*; revisi hanya bisa diminta untuk draf yang menunggu tinjauan.',
  'content.cannot.reject':
    'Draf #{number} berstatus *{status}*; yang bisa ditolak hanya draf yang menunggu tinjauan atau perlu revisi.',
  'content.cannot.publish':
    'Draf #{number} berstatus *{status}*; hanya draf yang sudah disetujui yang bisa dilaporkan terbit.',

  'content.ask.revise':
    'Apa yang perlu direvisi di draf *#{number}* {title}? Balas pesan ini dengan catatannya.',
  'content.ask.reject': 'Apa alasan menolak draf *#{number}* {title}? Balas pesan ini dengan alasannya.',
  'content.answer_empty': 'Catatannya kosong, jadi draf #{number} tidak diubah.',
  'content.approved':
    'Draf *#{number}* {title} disetujui. {owner}, silakan tayangkan lalu laporkan dengan */terbit {number} tautan*.',
  'content.approved_when': 'Jadwal tayang: {when}.',
  'content.approved_unscheduled': 'Draf ini belum punya jadwal tayang.',
  'content.review_note': 'Catatan koordinator: {note}',
  'content.revision_requested':
    '{owner}, draf *#{number}* {title} perlu revisi:\n{note}\nPerbaiki dengan */konten ubah {number}* lalu kunci yang diubah; draf otomatis diajukan ulang.',
  'content.rejected': '{owner}, draf *#{number}* {title} ditolak.\nAlasan: {note}',

  'content.published': 'Draf *#{number}* {title} tercatat terbit pada {when}. Terima kasih!',
  'content.links_added': 'Tautan baru dicatat untuk *#{number}* {title}.',
  'content.links_known': 'Tautan itu sudah tercatat untuk #{number}.',
  'content.links_required': 'Tulis tautan unggahannya setelah nomor draf, diawali https://.',
  'content.link_invalid':
    '*{word}* bukan tautan. Tulis tautan lengkap yang diawali https://, misalnya https://instagram.com/p/abc.',
}
