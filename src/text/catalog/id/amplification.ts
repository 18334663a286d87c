// Amplification: requests to repost one narrative (/sebar), agencies' reports (/lapor), their reminders
// and recap, and their lines in the brief, /rekap and /ekspor.
export const amplification = {
  'help.sebar.summary': 'Minta semua instansi membagikan satu unggahan, lalu pantau siapa yang sudah',
  'help.sebar.details':
    '*/sebar 14* — minta instansi membagikan konten #14 (yang sudah disetujui atau terbit).\n*/sebar instagram.com/p/abc Hari Bela Negara* — atau tautan apa saja, dengan judul.\nTambahkan *sampai besok 12.00* (bawaan: hari ini 21.00, atau 6 jam lagi bila lebih lambat) dan *untuk DINKES POLRES* (bawaan: semua instansi aktif).\nBentuk kunci di baris berikutnya: *Tautan:*, *Judul:*, *Tagar:*, *Catatan:*, *Batas:*, *Instansi:*.\nPermintaan dikirim ke semua grup forum.\n*/sebar* — permintaan yang masih terbuka; */sebar 31* — siapa sudah lapor dan siapa belum.\n*/sebar 31 tutup*, */sebar 31 batal* — koordinator.',
  'usage.sebar':
    '/sebar 14 sampai besok 12.00\n/sebar instagram.com/p/abc Hari Bela Negara untuk DINKES POLRES\n/sebar 31 tutup',
  'usage.sebar.tutup': '/sebar tutup 31',
  'usage.sebar.batal': '/sebar batal 31',
  'help.lapor.summary': 'Laporkan tautan unggahan ulang instansi Anda untuk permintaan /sebar',
  'help.lapor.details':
    '*/lapor 31 instagram.com/p/abc facebook.com/dinkes/posts/1* — catat tautan unggahan ulang instansi Anda untuk permintaan #31.\nBisa juga membalas pesan permintaannya dengan */lapor <tautan>*.\nLaporan setelah batas waktu tetap dicatat, ditandai terlambat.\n*/lapor* — permintaan terbuka untuk instansi Anda.',
  'usage.lapor': '/lapor 31 instagram.com/p/abc fb.watch/xyz',

  'numbers.other_kind.sebar': '*#{number}* adalah permintaan sebar — lihat dengan */sebar {number}*.',

  'amplify.platform.instagram': 'Instagram',
  'amplify.platform.facebook': 'Facebook',
  'amplify.platform.x': 'X',
  'amplify.platform.tiktok': 'TikTok',
  'amplify.platform.youtube': 'YouTube',
  'amplify.platform.web': 'Situs web',
  'amplify.default_title': 'Unggahan {platform}',
  'amplify.links_counted': '{count} tautan ({platforms})',
  'amplify.link_counted': '1 tautan ({platforms})',

  'amplify.request_title': '📣 *Sebar #{number}: {title}*',
  'amplify.request_content': 'Konten #{content}',
  'amplify.request_links': 'Bagikan ulang di akun resmi instansi Anda:',
  'amplify.request_caption': 'Belum ada tautan terbit. Bagikan teks ini (lengkapnya: */konten {content}*):',
  'amplify.request_hashtags': 'Tagar: {hashtags}',
  'amplify.request_notes': 'Catatan: {notes}',
  'amplify.request_deadline': 'Batas: *{deadline}*',
  'amplify.request_for_all': 'Untuk: semua instansi ({count})',
  'amplify.request_for': 'Untuk: {codes}',
  'amplify.request_how': 'Lapor: */lapor {number} <tautan>*, atau balas pesan ini dengan */lapor <tautan>*.',
  'amplify.opened': 'Permintaan *#{number}* dikirim ke {groups} grup forum.',
  'amplify.opened_no_groups':
    'Permintaan *#{number}* tersimpan, tetapi forum ini belum punya grup aktif untuk menerimanya.',

  'amplify.list_empty': 'Tidak ada permintaan sebar yang terbuka. Koordinator membuatnya dengan */sebar 14*.',
  'amplify.list_title': '*Permintaan sebar terbuka* ({count}):',
  'amplify.list_more': '… dan {count} lainnya.',
  'amplify.list_footer': 'Rinciannya: */sebar nomor*. Lapor: */lapor nomor <tautan>*.',
  'amplify.summary_mine_reported': ' — ✓ sudah lapor',
  'amplify.summary_line': '*#{number}* {title} — {reported}/{targets} instansi, batas {deadline}',

  'amplify.status.terbuka': 'Terbuka, batas {deadline}.',
  'amplify.status.ditutup': 'Ditutup (batas {deadline}).',
  'amplify.status.batal': 'Dibatalkan.',
  'amplify.progress': 'Sudah lapor: *{reported}/{targets}* instansi',
  'amplify.progress_more': '… dan {count} instansi lain: {codes}',
  'amplify.late_mark': ' (terlambat)',
  'amplify.not_reported': '*Belum lapor* ({count}): {codes}',

  'amplify.recap_title': '📊 *Rekap sebar #{number}: {title}*',
  'amplify.recap_links': 'Tautan: {count} ({platforms})',
  'amplify.recap_late': 'Terlambat ({count}): {codes}',
  'amplify.recap_everyone': 'Semua instansi sudah lapor — terima kasih!',
  'amplify.recap_footer': 'Laporan yang menyusul tetap dicatat (*/lapor {number} <tautan>*).',
  'amplify.reminder_midpoint': '⏳ *Sebar #{number}: {title}* — waktu tinggal separuh, batas {deadline}.',
  'amplify.reminder_last_hour': '⏰ *Sebar #{number}: {title}* — batas 1 jam lagi ({deadline}).',
  'amplify.reminder_mentions': 'Mohon segera lapor: {people}',

  'amplify.closed': 'Permintaan *#{number}* ({title}) ditutup: {reported}/{targets} instansi lapor.',
  'amplify.cancelled': 'Permintaan *#{number}* ({title}) dibatalkan.',
  'amplify.already_ditutup': 'Permintaan *#{number}* sudah ditutup.',
  'amplify.already_batal': 'Permintaan *#{number}* sudah dibatalkan.',

  'amplify.draft_not_approved':
    'Konten *#{number}* masih berstatus *{status}*. Yang bisa disebar hanya konten yang sudah disetujui atau terbit.',
  'amplify.nothing_to_share': 'Apa yang disebar? Tulis nomor konten atau tautannya.',
  'amplify.link_invalid': '*{word}* bukan tautan. Tulis alamatnya, misalnya *instagram.com/p/abc*.',
  'amplify.too_many_links': 'Paling banyak {max} tautan dalam satu permintaan.',
  'amplify.title_too_long': 'Judul terlalu panjang (paling banyak {max} huruf). Persingkat di *Judul:*.',
  'amplify.notes_too_long': 'Catatan terlalu panjang (paling banyak {max} huruf). Persingkat di *Catatan:*.',
  'amplify.deadline_missing': 'Setelah *sampai* tulis batas waktunya, misalnya *sampai besok 12.00*.',
  'amplify.deadline_past': 'Batas *{when}* sudah lewat. Tulis waktu yang akan datang.',
  'amplify.deadline_span': 'Batas *{when}* harus satu waktu, bukan rentang hari.',
  'amplify.codes_missing':
    'Setelah *untuk* tulis kode instansinya, misalnya *untuk DINKES POLRES*, atau *untuk semua*.',
  'amplify.agency_archived': 'Instansi *{code}* sudah diarsipkan, jadi tidak bisa diminta menyebar.',
  'amplify.no_agencies':
    'Forum ini belum punya instansi aktif. Koordinator menambahkannya dengan */instansi tambah KODE Nama*.',

  'brief.section.amplification':
    '*Permintaan sebar terbuka* ({count}) — lapor dengan */lapor nomor <tautan>*:',

  'recap.amplification': ' · sebar {reported}/{requests} dilaporkan, {on_time} tepat waktu, {links} tautan',

  'export.amplification_done': 'Sebar {period}: {requests} permintaan, {links} tautan.\nFile: {file}',
  'export.amplification.request': 'Permintaan',
  'export.amplification.title': 'Judul',
  'export.amplification.deadline': 'Batas',
  'export.amplification.link': 'Tautan',
  'export.amplification.reported_at': 'Dilaporkan',
  'export.amplification.late': 'Terlambat',
  'export.yes': 'ya',
  'export.no': 'tidak',

  'web.page.kind_amplification': 'Sebar',
  'web.page.amplification.ditutup': 'ditutup',
  'web.page.amplification.batal': 'batal',
  'web.page.field.deadline': 'Batas lapor',
  'web.page.field.share': 'Dibagikan',

  'web.page.legend_amplification': 'Sebar: batas lapor permintaan',

  'report.saved': '*#{number}* — {code}: {counted} — terima kasih!',
  'report.late_note': '_Dicatat terlambat: batas waktunya sudah lewat._',
  'report.known_note': '_{count} tautan lain sudah tercatat sebelumnya._',
  'report.all_known':
    'Tautan itu sudah tercatat untuk *#{number}*, jadi tidak ada yang baru dari {code}. Bila {code} membagikannya di akun lain juga, kirim tautan unggahan itu: */lapor {number} <tautan>*.',
  'report.no_agency':
    'Laporan dicatat atas nama instansi, dan Anda belum terdaftar di instansi mana pun. Bergabung dulu dengan */gabung KODE*.',
  'report.number_missing':
    'Untuk permintaan nomor berapa? Tulis nomornya, atau balas pesan permintaannya dengan */lapor <tautan>*.',
  'report.links_missing': 'Tulis tautan unggahan ulang instansi Anda untuk *#{number}*.',
  'report.not_links':
    'Tautan ini tidak terbaca: *{words}*. Periksa penulisannya, misalnya *instagram.com/p/abc*.',
  'report.original_link':
    'Itu tautan unggahan aslinya (*{url}*), bukan unggahan ulang. Kirim tautan unggahan ulang di akun {code}, misalnya */lapor {number} instagram.com/p/abc*.',
  'report.known_by_other':
    'Tautan *{url}* sudah dilaporkan oleh {other}. Kirim tautan unggahan ulang di akun {code} sendiri, misalnya */lapor {number} instagram.com/p/abc*.',
  'report.too_many_links': 'Paling banyak {max} tautan dalam satu laporan.',
  'report.not_target': 'Permintaan *#{number}* tidak ditujukan kepada {code}.',
  'report.request_ditutup': 'Permintaan *#{number}* sudah ditutup; laporan tidak dicatat lagi.',
  'report.request_batal': 'Permintaan *#{number}* sudah dibatalkan.',
  'report.list_empty': 'Tidak ada permintaan sebar yang terbuka untuk {code}.',
  'report.list_title': '*Permintaan sebar untuk {code}* ({count}):',
  'report.list_footer': 'Lapor dengan */lapor {number} <tautan>*.',
}
